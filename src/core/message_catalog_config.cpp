// The catalogue rows of config/ (ids "config.…"): English, Russian, Kazakh. See message_catalog.cpp.
#include "core/message_catalog_parts.h"

namespace urker {

std::vector<CatalogEntry> catalog_config() {
    return {
    };
}

}  // namespace urker
