// Strict ISO 8601 dates as teachers write them in front matter: a day (2026-09-01), a month
// (2026-09) where a kind allows it, or a moment with a time and an offset
// (2026-10-15T10:00:00+05:00). Anything else is an error the caller reports with its place.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/messages.h"

namespace urker {

struct Date {
    enum class Precision { month, day, minute, second } precision = Precision::day;
    int year = 0, month = 0, day = 0;
    int hour = 0, minute = 0, second = 0;
    bool has_offset = false;
    int offset_minutes = 0;  // east of UTC

    // The canonical text: "2026-09", "2026-09-01", "2026-10-15T10:00:00+05:00".
    std::string iso() const;
    // Days since 1970-01-01 of the (local) date; used for comparisons and "upcoming/past".
    long days_since_epoch() const;
    // Seconds since the epoch in UTC (local time minus the offset; no offset = UTC).
    long long epoch_seconds() const;
    bool has_time() const { return precision == Precision::minute || precision == Precision::second; }
};

struct DateParseResult {
    std::optional<Date> date;
    std::string error;  // what is wrong, in English, for the message
    // The same for the message catalogue: not_date, month_only, bad_month, bad_day, bad_time,
    // bad_seconds, impossible_time, no_zone, bad_zone; with the month and days where they matter.
    std::string problem;
    bool month_allowed = false;
    int month = 0;
    int days = 0;
    std::string year_month;
};

// `allow_month`: accept "2026-09". Times need an offset or 'Z' unless `allow_local_time`.
DateParseResult parse_date(std::string_view text, bool allow_month = false, bool allow_local_time = true);

// The catalogue message for a date that did not parse: the field `field` holds `value`, and what
// is wrong with it ("the date \"2026-13-01\" has month 13, but months go from 01 to 12").
Message date_problem(const DateParseResult& result, std::string_view field, std::string_view value);

// "01.12.2026", "1/12/2026", "01-12-2026" (day first, as dates are written in Kazakhstan and
// Russia) as "2026-12-01", for a hint that shows the teacher their own date the way urker reads
// dates; nullopt when it is not such a date or the day does not exist.
std::optional<std::string> iso_of_day_first(std::string_view text);

bool is_leap_year(int year);
int days_in_month(int year, int month);

}  // namespace urker
