// The catalogue rows of output/ (ids "output.…"): English, Russian, Kazakh. See message_catalog.cpp.
#include "core/message_catalog_parts.h"

namespace urker {

std::vector<CatalogEntry> catalog_output() {
    return {
    };
}

}  // namespace urker
