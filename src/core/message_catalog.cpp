// The catalogue of everything urker says to a person, in English, Russian and Kazakh. Each area
// keeps its rows in its own file (message_catalog_<area>.cpp, listed in
// message_catalog_parts.h); they are joined and sorted here once. The patterns are ICU
// MessageFormat ({name} for an argument; plural rules per language: Russian has
// one/few/many/other, Kazakh one/other with the noun unchanged after a number).
// tests/unit/core/messages_test.cpp fails when a row lacks a language, when an id is used twice,
// when a pattern does not parse, or when the languages disagree about the arguments.
#include <algorithm>

#include "core/message_catalog_parts.h"

namespace urker {

const std::vector<CatalogEntry>& message_catalog() {
    static const std::vector<CatalogEntry> catalog = [] {
        std::vector<CatalogEntry> all;
        for (auto part : {catalog_build, catalog_cli, catalog_cli_help, catalog_config, catalog_content, catalog_core, catalog_history, catalog_markdown, catalog_model, catalog_monitoring,
                          catalog_output, catalog_plan, catalog_portfolio, catalog_render, catalog_review, catalog_search, catalog_serve, catalog_site, catalog_template}) {
            auto rows = part();
            all.insert(all.end(), rows.begin(), rows.end());
        }
        std::stable_sort(all.begin(), all.end(), [](const CatalogEntry& a, const CatalogEntry& b) { return a.id < b.id; });
        return all;
    }();
    return catalog;
}

}  // namespace urker
