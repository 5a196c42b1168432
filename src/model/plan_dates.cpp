#include "model/plan_dates.h"

#include <unicode/dtfmtsym.h>
#include <unicode/locid.h>

#include <map>
#include <regex>

#include "core/text.h"

namespace urker {

namespace {

// name (lower case) -> month; built once, read-only afterwards (safe to share between threads).
const std::map<std::string, int>& month_names() {
    static const std::map<std::string, int> names = [] {
        std::map<std::string, int> m;
        for (const char* lang : {"ru", "kk", "en"}) {
            UErrorCode status = U_ZERO_ERROR;
            icu::DateFormatSymbols symbols(icu::Locale(lang), status);
            if (U_FAILURE(status)) continue;
            for (auto context : {icu::DateFormatSymbols::STANDALONE, icu::DateFormatSymbols::FORMAT}) {
                for (auto width : {icu::DateFormatSymbols::WIDE, icu::DateFormatSymbols::ABBREVIATED}) {
                    int32_t count = 0;
                    const icu::UnicodeString* months = symbols.getMonths(count, context, width);
                    for (int32_t i = 0; i < count && i < 12; ++i) {
                        std::string s;
                        months[i].toUTF8String(s);
                        s = to_lower(s);
                        while (!s.empty() && s.back() == '.') s.pop_back();
                        if (s.size() >= 3) m.emplace(s, i + 1);
                    }
                }
            }
        }
        return m;
    }();
    return names;
}

Date day(int y, int m, int d) {
    Date x;
    x.precision = Date::Precision::day;
    x.year = y;
    x.month = m;
    x.day = d;
    return x;
}

Date month_end(int y, int m) { return day(y, m, days_in_month(y, m)); }

// Months written without a year belong to the school year: September..December to its first year.
int year_for_month(int month, int school_year_start) { return month >= 8 ? school_year_start : school_year_start + 1; }

int roman(std::string_view s) {
    if (s == "I" || s == "1") return 1;
    if (s == "II" || s == "2") return 2;
    if (s == "III" || s == "3") return 3;
    if (s == "IV" || s == "4") return 4;
    return 0;
}

}  // namespace

int month_from_name(std::string_view name) {
    std::string n = to_lower(trim(name));
    while (!n.empty() && n.back() == '.') n.pop_back();
    auto it = month_names().find(n);
    return it == month_names().end() ? 0 : it->second;
}

PlanWhen parse_plan_when(std::string_view raw, int sy) {
    PlanWhen w;
    std::string text = trim(raw);
    std::string lower = to_lower(text);
    auto set_range = [&](Date a, Date b) {
        w.understood = true;
        w.first = a;
        w.last = b;
        if (a.year == b.year && a.month == b.month) {
            char buf[16];
            std::snprintf(buf, sizeof buf, "%04d-%02d", a.year, a.month);
            w.month_key = buf;
        }
        return w;
    };

    // Every form below is a few words long. The patterns are matched with std::regex, which
    // recurses once per character: a longer text is no date we read, and must not reach it.
    constexpr std::size_t kLongestWhen = 120;
    if (text.size() > kLongestWhen) return w;
    if (auto iso = parse_date(text, true); iso.date) {
        const Date& d = *iso.date;
        if (d.precision == Date::Precision::month) return set_range(day(d.year, d.month, 1), month_end(d.year, d.month));
        return set_range(day(d.year, d.month, d.day), day(d.year, d.month, d.day));
    }
    static const std::regex dotted(R"((\d{1,2})\.(\d{1,2})\.(\d{4}))");
    std::smatch m;
    if (std::regex_match(text, m, dotted)) {
        int d = std::stoi(m[1]), mo = std::stoi(m[2]), y = std::stoi(m[3]);
        if (mo >= 1 && mo <= 12 && d >= 1 && d <= days_in_month(y, mo)) return set_range(day(y, mo, d), day(y, mo, d));
        return w;
    }
    if (sy > 0) {
        for (const char* phrase : {"в течение года", "в течение учебного года", "жыл бойы", "оқу жылы бойы", "during the year", "all year"})
            if (lower == phrase) return set_range(day(sy, 9, 1), day(sy + 1, 5, 31));
        static const std::regex term(R"((I{1,3}|IV|[1-4])\s+(четверть|тоқсан|term|quarter))", std::regex::icase);
        if (std::regex_match(text, m, term)) {
            switch (roman(m[1].str())) {
                case 1: return set_range(day(sy, 9, 1), day(sy, 10, 31));
                case 2: return set_range(day(sy, 11, 1), day(sy, 12, 31));
                case 3: return set_range(day(sy + 1, 1, 1), day(sy + 1, 3, 31));
                case 4: return set_range(day(sy + 1, 4, 1), day(sy + 1, 5, 31));
                default: break;
            }
        }
    }
    // "октябрь 2026", "сентябрь–октябрь 2026", "октябрь", "сентябрь - ноябрь".
    // Dashes are folded to '-' first: std::regex works on bytes.
    std::string folded;
    for (std::size_t i = 0; i < lower.size();) {
        if (lower.compare(i, 3, "\u2013") == 0 || lower.compare(i, 3, "\u2014") == 0) {
            folded += '-';
            i += 3;
        } else {
            folded += lower[i++];
        }
    }
    static const std::regex months_re(R"(^\s*([^\s-]+)\s*(?:-\s*([^\s-]+))?\s*(\d{4})?\s*(?:г\.?|ж\.?)?\s*$)");
    if (std::regex_match(folded, m, months_re)) {
        int a = month_from_name(m[1].str());
        int b = m[2].matched ? month_from_name(m[2].str()) : a;
        if (a && b) {
            int yb = m[3].matched ? std::stoi(m[3]) : (sy ? year_for_month(b, sy) : 0);
            if (yb == 0) return w;
            int ya = a <= b ? yb : yb - 1;
            if (!m[3].matched && sy) ya = year_for_month(a, sy);
            return set_range(day(ya, a, 1), month_end(yb, b));
        }
    }
    return w;
}

}  // namespace urker
