// The catalogue rows of template/ (ids "template.…"): English, Russian, Kazakh. See message_catalog.cpp.
#include "core/message_catalog_parts.h"

namespace urker {

std::vector<CatalogEntry> catalog_template() {
    return {
    };
}

}  // namespace urker
