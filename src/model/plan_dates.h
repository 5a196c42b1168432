// When a plan item happens, read from what webmasters write in the "when" column: a date
// (15.09.2026, 2026-09-15), a month ("октябрь 2026", "қазан 2026", 2026-10), a range of months
// ("сентябрь–октябрь 2026"), a school term ("II четверть", "II тоқсан") or the whole year
// ("в течение года", "жыл бойы"). Month names come from ICU for ru, kk and en.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/date.h"

namespace urker {

struct PlanWhen {
    bool understood = false;   // false: free text we could not place in time
    Date first;                // first day (or month) it covers
    Date last;                 // last day it covers
    std::string month_key;     // "2026-10" when it falls within one month, else ""
};

// `school_year_start`: the calendar year the school year starts in (2026 for "2026-2027"), used
// for terms, "during the year" and months written without a year. 0 = unknown.
PlanWhen parse_plan_when(std::string_view text, int school_year_start);

// 1..12 for a month name in ru, kk or en (any case, nominative or genitive), else 0.
int month_from_name(std::string_view name);

}  // namespace urker
