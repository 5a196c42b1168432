// A plan's items as its page shows them: the groups of model/plan_grouping.h with their headings
// and each item's date written in the page's language (core/date_range_format.h).
#pragma once

#include <string>

#include "core/json.h"

#include "model/plan_dates.h"

namespace urker {

// "day", "month", "range", "term", "year": an item's `span` in page.data.
const char* plan_span_name(PlanSpan span);

// An item's date as the reader's language writes it: a day, a month or a range in the language's
// one form («15 сентября 2026 г.», «2026 ж. қазан»); a term, the year or words not understood as
// written («II четверть», «в течение года»).
std::string plan_when_label(const PlanWhen& when, const std::string& written, const std::string& lang);
// The same of a normalized item (when, when_understood, span, first, last).
std::string plan_when_label(const urker::Json& item, const std::string& lang);

// `items`: the plan's normalized items (when, when_understood, span, first, last). Returns
// [{kind, key, label, range, items}] — `key` "2026-09" for a month, "" otherwise; `label` the
// heading («сентябрь 2026 г.», «I четверть», «в течение года»); `range` the dates of a term or
// year group; each item gains `when_label`, its date in one form per language.
urker::Json plan_groups(const urker::Json& items, const std::string& lang);

}  // namespace urker
