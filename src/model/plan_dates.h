// When a plan item happens, read from what webmasters write in the "when" column: a date
// (15.09.2026, 2026-09-15), a month ("октябрь 2026", "қазан 2026", 2026-10), a range of months
// ("сентябрь–октябрь 2026"), a school term ("II четверть", "II тоқсан") or the whole year
// ("в течение года", "жыл бойы"). Month names come from ICU for ru, kk and en.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/date.h"
#include "core/month_words.h"

namespace urker {

// What kind of time a plan item names, for grouping the plan (model/plan_grouping.h).
enum class PlanSpan { day, month, range, term, year };

struct PlanWhen {
    bool understood = false;   // false: free text we could not place in time
    PlanSpan span = PlanSpan::day;  // a day or days, one month, a range of months, a term, the whole year
    Date first;                // first day (or month) it covers
    Date last;                 // last day it covers
    std::string month_key;     // "2026-10" when it falls within one month, else ""
    // A date written as one that cannot be («31.09.2026», «2026-13-01»): "bad_month" (the month
    // number, months go 1–12) or "bad_day" (the month, "2026-09", has `days` days); "" otherwise.
    // Not free text: a mistake, told as one.
    std::string impossible;
    int bad_month = 0;
    std::string year_month;
    int days = 0;
};

// `school_year_start`: the calendar year the plan's year starts in (2026 for "2026-2027"), used
// for terms, "during the year" and months written without a year. 0 = unknown. `first_month`:
// the month that year starts with — 9 for a school year, 5 for a project year from May to May
// (then «май–июнь» is May–June of the first year).
//
// Understood: dates (15.09.2026, 2026-09-15, «15 сентября 2026 года», «15 қыркүйек»), day and
// month ranges («15–20 сентября», «сентябрь – ноябрь 2013 года», «с сентября по ноябрь»,
// «қыркүйектен мамырға дейін», «01.09–15.09.2026»), a deadline («до 15 октября»), terms and
// halves («II четверть», «I–II тоқсан», «II полугодие», «екінші жартыжылдық»), the whole year
// («в течение года», «в течение 2013–2014 учебного года», «жыл бойы», «ежемесячно», «ай сайын»)
// and a calendar year («2027»). Month names in any case form, in Russian, Kazakh and English.
PlanWhen parse_plan_when(std::string_view text, int school_year_start, int first_month = 9);

}  // namespace urker
