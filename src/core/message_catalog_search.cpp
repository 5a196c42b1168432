// The catalogue rows of search/ (ids "search.…"): English, Russian, Kazakh. See message_catalog.cpp.
#include "core/message_catalog_parts.h"

namespace urker {

std::vector<CatalogEntry> catalog_search() {
    return {
    };
}

}  // namespace urker
