// The catalogue rows of render/ (ids "render.…"): English, Russian, Kazakh. See message_catalog.cpp.
#include "core/message_catalog_parts.h"

namespace urker {

std::vector<CatalogEntry> catalog_render() {
    return {
    };
}

}  // namespace urker
