// The catalogue's parts, one per area of urker (see message_catalog.cpp). Each returns its rows;
// ids start with the area's name ("content.slug_shape").
#pragma once

#include <vector>

#include "core/messages.h"

namespace urker {

std::vector<CatalogEntry> catalog_build();
std::vector<CatalogEntry> catalog_cli();
std::vector<CatalogEntry> catalog_cli_help();
std::vector<CatalogEntry> catalog_config();
std::vector<CatalogEntry> catalog_content();
std::vector<CatalogEntry> catalog_core();
std::vector<CatalogEntry> catalog_history();
std::vector<CatalogEntry> catalog_markdown();
std::vector<CatalogEntry> catalog_model();
std::vector<CatalogEntry> catalog_monitoring();
std::vector<CatalogEntry> catalog_output();
std::vector<CatalogEntry> catalog_plan();
std::vector<CatalogEntry> catalog_portfolio();
std::vector<CatalogEntry> catalog_render();
std::vector<CatalogEntry> catalog_review();
std::vector<CatalogEntry> catalog_search();
std::vector<CatalogEntry> catalog_serve();
std::vector<CatalogEntry> catalog_site();
std::vector<CatalogEntry> catalog_template();

}  // namespace urker
