// The catalogue rows of serve/ (ids "serve.…"): English, Russian, Kazakh. See message_catalog.cpp.
#include "core/message_catalog_parts.h"

namespace urker {

std::vector<CatalogEntry> catalog_serve() {
    return {
    };
}

}  // namespace urker
