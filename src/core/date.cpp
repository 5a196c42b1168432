#include "core/date.h"

#include <cstdio>

namespace urker {

bool is_leap_year(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int days_in_month(int y, int m) {
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m < 1 || m > 12) return 0;
    return m == 2 && is_leap_year(y) ? 29 : days[m - 1];
}

std::string Date::iso() const {
    char buf[64];
    if (precision == Precision::month) {
        std::snprintf(buf, sizeof buf, "%04d-%02d", year, month);
        return buf;
    }
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
    std::string out = buf;
    if (!has_time()) return out;
    std::snprintf(buf, sizeof buf, "T%02d:%02d:%02d", hour, minute, second);
    out += buf;
    if (has_offset) {
        if (offset_minutes == 0) return out + "Z";
        int off = offset_minutes < 0 ? -offset_minutes : offset_minutes;
        std::snprintf(buf, sizeof buf, "%c%02d:%02d", offset_minutes < 0 ? '-' : '+', off / 60, off % 60);
        out += buf;
    }
    return out;
}

long Date::days_since_epoch() const {
    // Howard Hinnant's days_from_civil.
    int y = year, m = month, d = precision == Precision::month ? 1 : day;
    y -= m <= 2;
    const long era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * static_cast<unsigned>(m + (m > 2 ? -3 : 9)) + 2) / 5 + static_cast<unsigned>(d) - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<long>(doe) - 719468;
}

long long Date::epoch_seconds() const {
    long long s = static_cast<long long>(days_since_epoch()) * 86400 + hour * 3600 + minute * 60 + second;
    return s - static_cast<long long>(offset_minutes) * 60;
}

namespace {
bool digits(std::string_view s, std::size_t pos, std::size_t n, int& out) {
    if (pos + n > s.size()) return false;
    int v = 0;
    for (std::size_t i = pos; i < pos + n; ++i) {
        if (s[i] < '0' || s[i] > '9') return false;
        v = v * 10 + (s[i] - '0');
    }
    out = v;
    return true;
}
}  // namespace

DateParseResult parse_date(std::string_view s, bool allow_month, bool allow_local_time) {
    DateParseResult r;
    r.month_allowed = allow_month;
    Date d;
    const char* shape = allow_month ? "write it as YYYY-MM-DD (e.g. 2026-09-01) or a month as YYYY-MM"
                                    : "write it as YYYY-MM-DD, e.g. 2026-09-01";
    if (!digits(s, 0, 4, d.year) || s.size() < 7 || s[4] != '-' || !digits(s, 5, 2, d.month)) {
        r.error = "is not a date: " + std::string(shape);
        r.problem = "not_date";
        return r;
    }
    if (d.month < 1 || d.month > 12) {
        r.error = "has month " + std::to_string(d.month) + ", but months go from 01 to 12";
        r.problem = "bad_month";
        r.month = d.month;
        return r;
    }
    if (s.size() == 7) {
        if (!allow_month) {
            r.error = "is a month, but a full date is needed here: " + std::string(shape);
            r.problem = "month_only";
            return r;
        }
        d.precision = Date::Precision::month;
        r.date = d;
        return r;
    }
    if (s.size() < 10 || s[7] != '-' || !digits(s, 8, 2, d.day)) {
        r.error = "is not a date: " + std::string(shape);
        r.problem = "not_date";
        return r;
    }
    if (d.day < 1 || d.day > days_in_month(d.year, d.month)) {
        r.error = "is not a real date: " + std::to_string(d.year) + "-" + (d.month < 10 ? "0" : "") + std::to_string(d.month) +
                  " has " + std::to_string(days_in_month(d.year, d.month)) + " days";
        r.problem = "bad_day";
        r.year_month = Date{Date::Precision::month, d.year, d.month}.iso();
        r.days = days_in_month(d.year, d.month);
        return r;
    }
    d.precision = Date::Precision::day;
    if (s.size() == 10) {
        r.date = d;
        return r;
    }
    std::size_t p = 10;
    if ((s[p] != 'T' && s[p] != ' ') || !digits(s, p + 1, 2, d.hour) || p + 3 >= s.size() || s[p + 3] != ':' ||
        !digits(s, p + 4, 2, d.minute)) {
        r.error = "has a time that is not written as THH:MM, e.g. 2026-10-15T10:00:00+05:00";
        r.problem = "bad_time";
        return r;
    }
    p += 6;
    d.precision = Date::Precision::minute;
    if (p < s.size() && s[p] == ':') {
        if (!digits(s, p + 1, 2, d.second)) {
            r.error = "has seconds that are not two digits";
            r.problem = "bad_seconds";
            return r;
        }
        p += 3;
        d.precision = Date::Precision::second;
    }
    if (d.hour > 23 || d.minute > 59 || d.second > 59) {
        r.error = "has a time that does not exist (hours go to 23, minutes and seconds to 59)";
        r.problem = "impossible_time";
        return r;
    }
    if (p == s.size()) {
        if (!allow_local_time) {
            r.error = "has a time without a time zone: add it, e.g. +05:00";
            r.problem = "no_zone";
            return r;
        }
        r.date = d;
        return r;
    }
    if (s[p] == 'Z' && p + 1 == s.size()) {
        d.has_offset = true;
        r.date = d;
        return r;
    }
    int oh = 0, om = 0;
    if ((s[p] == '+' || s[p] == '-') && digits(s, p + 1, 2, oh) && p + 6 == s.size() && s[p + 3] == ':' && digits(s, p + 4, 2, om) &&
        oh <= 14 && om <= 59) {
        d.has_offset = true;
        d.offset_minutes = (s[p] == '-' ? -1 : 1) * (oh * 60 + om);
        r.date = d;
        return r;
    }
    r.error = "has a time zone that is not written as +HH:MM, e.g. +05:00";
    r.problem = "bad_zone";
    return r;
}

Message date_problem(const DateParseResult& result, std::string_view field, std::string_view value) {
    return Message("core.date_problem", {{"field", field},
                                         {"value", value},
                                         {"problem", result.problem},
                                         {"month_allowed", result.month_allowed ? "yes" : "no"},
                                         {"month", result.month},
                                         {"days", result.days},
                                         {"year_month", result.year_month}});
}

std::optional<std::string> iso_of_day_first(std::string_view text) {
    int parts[3] = {0, 0, 0};
    int digits[3] = {0, 0, 0};
    int k = 0;
    char separator = 0;
    for (char c : text) {
        if (c >= '0' && c <= '9') {
            if (digits[k] == 4) return std::nullopt;
            parts[k] = parts[k] * 10 + (c - '0');
            ++digits[k];
        } else if ((c == '.' || c == '/' || c == '-') && k < 2 && digits[k] > 0 && (!separator || c == separator)) {
            separator = c;
            ++k;
        } else {
            return std::nullopt;
        }
    }
    const int day = parts[0], month = parts[1], year = parts[2];
    if (k != 2 || digits[0] > 2 || digits[1] > 2 || digits[2] != 4) return std::nullopt;
    if (month < 1 || month > 12 || day < 1 || day > days_in_month(year, month)) return std::nullopt;
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
    return std::string(buf);
}

}  // namespace urker
