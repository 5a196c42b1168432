// A plan's items in groups for its page (docs/kinds.md, "Plans"): every month once and in order;
// an item of days or a range of months under the month it starts in (shown with its range); the
// items of a term («I четверть») or of the whole year («в течение года», «жыл бойы») in a group
// of their own, placed where they start, before the month that starts on the same day; items
// whose time could not be read last, in one group.
#pragma once

#include <string>
#include <vector>

#include "model/plan_dates.h"

namespace urker {

struct PlanGroup {
    enum class Kind { month, term, year, undated } kind = Kind::month;
    Date first, last;                 // the month (month groups) or the span the group's items share
    std::vector<std::size_t> items;   // indexes into the input, in time order
};

// Groups `whens` (one per plan item, in the plan's order).
std::vector<PlanGroup> group_plan_items(const std::vector<PlanWhen>& whens);

}  // namespace urker
