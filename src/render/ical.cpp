#include "render/ical.h"

#include <cstdint>
#include <cstdio>
#include <string_view>

#include "core/text.h"

namespace urker {

namespace {

// --- Dates and times ------------------------------------------------------------------------

long long floor_div(long long a, long long b) {
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)));
}

struct CivilDay {
    long long year;
    int month, day;
};

// The inverse of Date::days_since_epoch: the proleptic Gregorian day `days` after 1970-01-01.
CivilDay civil_from_days(long long days) {
    days += 719468;  // count from 0000-03-01, so that the leap day ends each 400-year era
    const long long era = floor_div(days, 146097);
    const long long day_of_era = days - era * 146097;
    const long long year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
    const long long day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    const long long shifted_month = (5 * day_of_year + 2) / 153;  // 0 = March
    const int day = static_cast<int>(day_of_year - (153 * shifted_month + 2) / 5 + 1);
    const int month = static_cast<int>(shifted_month < 10 ? shifted_month + 3 : shifted_month - 9);
    return {year_of_era + era * 400 + (month <= 2), month, day};
}

std::string format_day(long long days) {
    const CivilDay c = civil_from_days(days);
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04lld%02d%02d", c.year, c.month, c.day);
    return buf;
}

std::string format_seconds(long long seconds) {
    const long long days = floor_div(seconds, 86400);
    const int in_day = static_cast<int>(seconds - days * 86400);  // 0 .. 86399
    char buf[32];
    std::snprintf(buf, sizeof buf, "T%02d%02d%02d", in_day / 3600, in_day / 60 % 60, in_day % 60);
    return format_day(days) + buf;
}

// A point in one of iCalendar's three kinds of time, as a single number so that ends compare
// with starts: days for DATE, UTC seconds for "…Z", wall-clock seconds for floating time.
struct Moment {
    enum class Kind { date, utc, floating } kind = Kind::date;
    long long value = 0;
};

long long local_seconds(const Date& d) {
    const long long clock = (static_cast<long long>(d.hour) * 60 + d.minute) * 60 + d.second;
    return static_cast<long long>(d.days_since_epoch()) * 86400 + clock;
}

// The day after the last day a date covers: the next day, or the 1st of the next month.
long long day_after(const Date& d) {
    if (d.precision == Date::Precision::month) return d.days_since_epoch() + days_in_month(d.year, d.month);
    return d.days_since_epoch() + 1;
}

Moment start_moment(const Date& d) {
    if (!d.has_time()) return {Moment::Kind::date, d.days_since_epoch()};
    if (d.has_offset) return {Moment::Kind::utc, d.epoch_seconds()};
    return {Moment::Kind::floating, local_seconds(d)};
}

// DTEND in the start's kind (RFC 5545 3.6.1 wants both of the same kind), or nothing when the
// event is a single instant. An end before the start is ignored rather than written: calendar
// programs reject or mangle such events.
std::optional<Moment> end_moment(const Date& start, const Moment& begin, const std::optional<Date>& end) {
    switch (begin.kind) {
        case Moment::Kind::date: {
            const long long fallback = day_after(start);
            if (!end) return Moment{Moment::Kind::date, fallback};
            const long long days = day_after(*end);  // a timed end still takes in its whole day
            return Moment{Moment::Kind::date, days > begin.value ? days : fallback};
        }
        case Moment::Kind::utc: {
            if (!end) return std::nullopt;
            const long long offset = static_cast<long long>(start.offset_minutes) * 60;
            long long value = 0;
            if (!end->has_time())
                value = day_after(*end) * 86400 - offset;  // midnight after it, in the start's zone
            else if (end->has_offset)
                value = end->epoch_seconds();
            else
                value = local_seconds(*end) - offset;  // an end without a zone is in the start's zone
            if (value <= begin.value) return std::nullopt;
            return Moment{Moment::Kind::utc, value};
        }
        case Moment::Kind::floating: {
            if (!end) return std::nullopt;
            // Floating time has no zone to convert into: an end's offset is dropped, its clock kept.
            const long long value = end->has_time() ? local_seconds(*end) : day_after(*end) * 86400;
            if (value <= begin.value) return std::nullopt;
            return Moment{Moment::Kind::floating, value};
        }
    }
    return std::nullopt;
}

std::string date_property(std::string_view name, const Moment& m) {
    std::string out(name);
    switch (m.kind) {
        case Moment::Kind::date:
            return out + ";VALUE=DATE:" + format_day(m.value);
        case Moment::Kind::utc:
            return out + ":" + format_seconds(m.value) + "Z";
        case Moment::Kind::floating:
            return out + ":" + format_seconds(m.value);
    }
    return out;
}

// --- Values ---------------------------------------------------------------------------------

// TEXT (RFC 5545 3.3.11): backslash, semicolon, comma and newlines escaped; other control
// characters are not allowed at all and are dropped; broken UTF-8 becomes U+FFFD.
std::string escape_text(std::string_view s) {
    std::string out;
    out.reserve(s.size() + 8);
    for (std::size_t i = 0; i < s.size();) {
        char32_t cp = 0;
        const std::size_t len = decode_utf8(s, i, cp);
        i += len;
        switch (cp) {
            case U'\\':
                out += "\\\\";
                break;
            case U';':
                out += "\\;";
                break;
            case U',':
                out += "\\,";
                break;
            case U'\n':
                out += "\\n";
                break;
            case U'\r':
                if (i >= s.size() || s[i] != '\n') out += "\\n";  // a CRLF is written once, by its LF
                break;
            case U'\t':
                out += '\t';
                break;
            default:
                if (cp < 0x20 || cp == 0x7F) break;
                append_utf8(out, cp);
        }
    }
    return out;
}

// A URI value is not escaped like TEXT, but it may hold only URI characters: anything else
// (spaces, controls, the UTF-8 bytes of a Cyrillic path) is percent-encoded.
std::string uri_value(std::string_view s) {
    static const char hex[] = "0123456789ABCDEF";
    std::string out;
    for (char c : s) {
        const auto b = static_cast<unsigned char>(c);
        if (b <= 0x20 || b >= 0x7F || c == '"' || c == '<' || c == '>' || c == '\\' || c == '^' || c == '`' || c == '{' ||
            c == '|' || c == '}') {
            out += '%';
            out += hex[b >> 4];
            out += hex[b & 0xF];
        } else {
            out += c;
        }
    }
    return out;
}

// A LANGUAGE parameter is a language tag; anything else is left out rather than quoted.
bool is_language_tag(std::string_view s) {
    if (s.empty() || s.size() > 35) return false;
    for (char c : s) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
        if (!ok) return false;
    }
    return true;
}

std::string organizers_label(std::string_view language) {
    if (starts_with(language, "kk")) return "Ұйымдастырушылар";
    if (starts_with(language, "en")) return "Organizers";
    return "Организаторы";
}

// A stand-in UID when the caller has none: derived from the event itself (FNV-1a), so that it
// stays the same from build to build.
std::string derived_uid(const CalendarEvent& e) {
    const std::string start = e.start.iso();
    std::uint64_t h = 14695981039346656037ull;
    for (std::string_view part : {std::string_view(e.summary), std::string_view("\x1f"), std::string_view(start)}) {
        for (char c : part) {
            h ^= static_cast<unsigned char>(c);
            h *= 1099511628211ull;
        }
    }
    char buf[32];
    std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
    return std::string("event-") + buf + "@urker";
}

// --- Content lines --------------------------------------------------------------------------

// Appends one content line, folded so that no line is longer than 75 octets (RFC 5545 3.1):
// a fold is CRLF and a space, and it never falls inside a UTF-8 sequence.
void add_line(std::string& out, std::string_view line) {
    constexpr std::size_t limit = 75;
    std::size_t width = 0;
    for (std::size_t i = 0; i < line.size();) {
        std::size_t j = i + 1;
        while (j < line.size() && (static_cast<unsigned char>(line[j]) & 0xC0) == 0x80) ++j;
        if (width + (j - i) > limit) {
            out += "\r\n ";
            width = 1;
        }
        out.append(line.substr(i, j - i));
        width += j - i;
        i = j;
    }
    out += "\r\n";
}

void add_text(std::string& out, std::string_view name, const std::string& params, std::string_view value) {
    if (value.empty()) return;
    add_line(out, std::string(name) + params + ":" + escape_text(value));
}

void add_event(std::string& out, const CalendarInfo& info, const CalendarEvent& e, const std::string& language_param) {
    add_line(out, "BEGIN:VEVENT");
    add_line(out, "UID:" + escape_text(e.uid.empty() ? derived_uid(e) : e.uid));
    add_line(out, "DTSTAMP:" + format_seconds(info.dtstamp_epoch) + "Z");
    const Moment begin = start_moment(e.start);
    add_line(out, date_property("DTSTART", begin));
    if (auto end = end_moment(e.start, begin, e.end)) add_line(out, date_property("DTEND", *end));
    add_text(out, "SUMMARY", language_param, e.summary);

    std::string description = e.description;
    if (!e.organizers.empty()) {
        if (!description.empty()) description += "\n\n";
        description += organizers_label(info.language) + ": ";
        for (std::size_t i = 0; i < e.organizers.size(); ++i) description += (i ? ", " : "") + e.organizers[i];
    }
    add_text(out, "DESCRIPTION", language_param, description);
    add_text(out, "LOCATION", language_param, e.location);
    if (!e.url.empty()) add_line(out, "URL:" + uri_value(e.url));

    std::string categories;
    for (const std::string& c : e.categories) {
        if (c.empty()) continue;
        if (!categories.empty()) categories += ',';
        categories += escape_text(c);  // a comma inside a category is escaped, between them it is not
    }
    if (!categories.empty()) add_line(out, "CATEGORIES" + language_param + ":" + categories);
    if (e.status == "CONFIRMED" || e.status == "CANCELLED" || e.status == "TENTATIVE") add_line(out, "STATUS:" + e.status);
    add_line(out, "END:VEVENT");
}

}  // namespace

std::string write_icalendar(const CalendarInfo& info, const std::vector<CalendarEvent>& events) {
    const std::string language_param = is_language_tag(info.language) ? ";LANGUAGE=" + info.language : "";
    std::string out;
    out.reserve(512 + events.size() * 512);
    add_line(out, "BEGIN:VCALENDAR");
    add_line(out, "VERSION:2.0");
    add_line(out, "PRODID:" + escape_text(info.prodid.empty() ? "-//urker//urker//RU" : info.prodid));
    add_line(out, "CALSCALE:GREGORIAN");
    add_line(out, "METHOD:PUBLISH");
    add_text(out, "X-WR-CALNAME", "", info.name);
    for (const CalendarEvent& e : events) add_event(out, info, e, language_param);
    add_line(out, "END:VCALENDAR");
    return out;
}

}  // namespace urker
