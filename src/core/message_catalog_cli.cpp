// The catalogue rows of cli/ (ids "cli.…"): English, Russian, Kazakh. See message_catalog.cpp.
#include "core/message_catalog_parts.h"

namespace urker {

std::vector<CatalogEntry> catalog_cli() {
    return {
    };
}

}  // namespace urker
