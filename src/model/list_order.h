// The order of the portal's lists, one rule for every list (a section's pages, the home page):
// pinned pages first — `pinned: true`, until the day after `pin_until` when it is given — then
// events by their time (upcoming ones first, soonest first; past ones after, newest first) and
// other pages newest first.
#pragma once

#include <optional>
#include <vector>

#include "content/page.h"
#include "core/date.h"

namespace urker {

// Whether the page is pinned on `today`.
bool is_pinned(const Page& page, const Date& today);
// The same from a page's front matter (the render stage's: render/context.h's front_matter).
bool is_pinned(const urker::Json& front_matter, const Date& today);

// An event's first and last day from its front matter (start, end); none for other pages.
std::optional<Date> event_start(const Page& page);
std::optional<Date> event_last_day(const Page& page);

// Whether an event has not ended by `today` (it ends today or later).
bool is_upcoming(const Page& page, const Date& today);

// Newest first by date (undated pages last), ties by file: the order of a member's materials, a
// school's, a taxonomy term's, the forum's topics, the feeds and the reviewed list.
void sort_newest_first(std::vector<std::size_t>& ids, const std::vector<Page>& pages);

// Sorts page ids of `pages` as the lists show them.
void sort_for_listing(std::vector<std::size_t>& ids, const std::vector<Page>& pages, const Date& today);

}  // namespace urker
