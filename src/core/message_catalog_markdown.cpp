// The catalogue rows of markdown/ (ids "markdown.…"): English, Russian, Kazakh. See message_catalog.cpp.
#include "core/message_catalog_parts.h"

namespace urker {

std::vector<CatalogEntry> catalog_markdown() {
    return {
    };
}

}  // namespace urker
