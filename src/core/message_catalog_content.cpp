// The catalogue rows of content/ (ids "content.…"): English, Russian, Kazakh. See message_catalog.cpp.
#include "core/message_catalog_parts.h"

namespace urker {

std::vector<CatalogEntry> catalog_content() {
    return {
    };
}

}  // namespace urker
