// When a page last changed, for freshness (monitoring): the one place that decides it, so that
// another source (the file's Git history) can take its place without touching the indicators.
// Today: the front matter's `updated` (or `lastmod`), else its `date`; none: unknown.
#pragma once

#include <optional>

#include "content/page.h"
#include "core/date.h"

namespace urker {

std::optional<Date> last_changed(const Page& page);

}  // namespace urker
