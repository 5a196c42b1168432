// The catalogue rows of model/ (ids "model.…"): English, Russian, Kazakh. See message_catalog.cpp.
#include "core/message_catalog_parts.h"

namespace urker {

std::vector<CatalogEntry> catalog_model() {
    return {
    };
}

}  // namespace urker
