// The `paginator` of a list split into pages (docs/theme-reference.md): one home for the rule
// that section lists, term pages and the reviewed-materials list share.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "core/json.h"

namespace urker {

// `items` are this page's entries; `urls` every page's address in order (at least one);
// `number` counts from 1. Besides the fields a theme reads directly, `window` is what the page
// links show, worked out once here rather than by a template loop over every page's URL (a
// catalogue of 200 pages looped 200 times on each of its 200 pages): the first and last page, the
// pages within two of this one, and a gap ({"gap": true}) where pages are left out.
urker::Json make_paginator(urker::Json items, std::size_t number, std::size_t total_items, const std::vector<std::string>& urls);
// The same without `pages`, for a page that shares its entries (template.h's SharedList:
// `paginator.pages`) instead of copying them in.
urker::Json make_paginator_around(std::size_t number, std::size_t total_items, const std::vector<std::string>& urls);

}  // namespace urker
