// Strict ISO 8601 dates as teachers write them in front matter: a day (2026-09-01), a month
// (2026-09) where a kind allows it, or a moment with a time and an offset
// (2026-10-15T10:00:00+05:00). Anything else is an error the caller reports with its place.
#pragma once

#include <optional>
#include <string>
#include <string_view>

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
    std::string error;  // what is wrong, for the message
};

// `allow_month`: accept "2026-09". Times need an offset or 'Z' unless `allow_local_time`.
DateParseResult parse_date(std::string_view text, bool allow_month = false, bool allow_local_time = true);

bool is_leap_year(int year);
int days_in_month(int year, int month);

}  // namespace urker
