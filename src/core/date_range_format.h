// Dates and ranges of dates as readers of a language write them, through ICU, so that a page
// shows one form of date per language: «15 сентября 2026 г.», «февраль – март 2027 г.»,
// «15–20 сентября 2026 г.»; «2027 ж. ақпан – наурыз» in Kazakh. Used where the build itself
// writes dates into a page (the plan's groups and its "when" column).
#pragma once

#include <string>

#include "core/date.h"

namespace urker {

// A month and its year: «сентябрь 2026 г.», «2026 ж. қыркүйек», "September 2026".
std::string format_month(const Date& month, const std::string& lang);

// The days from `first` to `last`: one day («15 сентября 2026 г.»), days of a month
// («15–20 сентября 2026 г.»), whole months («февраль – март 2027 г.»), or days across months.
// Whole months (first day of the first, last day of the last) are written without days.
std::string format_date_range(const Date& first, const Date& last, const std::string& lang);

}  // namespace urker
