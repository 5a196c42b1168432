#include "model/plan_dates.h"

#include <algorithm>
#include <charconv>
#include <map>
#include <optional>
#include <set>
#include <vector>

#include "core/month_words.h"
#include "core/text.h"

namespace urker {

namespace {

Date day(int y, int m, int d) {
    Date x;
    x.precision = Date::Precision::day;
    x.year = y;
    x.month = m;
    x.day = d;
    return x;
}

Date month_end(int y, int m) { return day(y, m, days_in_month(y, m)); }

// Months written without a year belong to the plan's year: for a school year (from September)
// August goes with the coming year (the August teachers' conference); for a year from another
// month, the months from that one on.
int year_for_month(int month, int year_start, int first_month) {
    int threshold = first_month == 9 ? 8 : first_month;
    return month >= threshold ? year_start : year_start + 1;
}

std::optional<int> number(std::string_view s) {
    int v = 0;
    auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc() || end != s.data() + s.size()) return std::nullopt;
    return v;
}

int ordinal(std::string_view s) {
    static const std::map<std::string_view, int> words = {
        {"i", 1}, {"ii", 2}, {"iii", 3}, {"iv", 4}, {"1", 1}, {"2", 2}, {"3", 3}, {"4", 4},
        {"1-я", 1}, {"2-я", 2}, {"3-я", 3}, {"4-я", 4}, {"1-е", 1}, {"2-е", 2},
        {"первая", 1}, {"вторая", 2}, {"третья", 3}, {"четвертая", 4}, {"первое", 1}, {"второе", 2},
        {"бірінші", 1}, {"екінші", 2}, {"үшінші", 3}, {"төртінші", 4}, {"first", 1}, {"second", 2}, {"third", 3}, {"fourth", 4},
    };
    auto it = words.find(s);
    return it == words.end() ? 0 : it->second;
}

// Lower case, «ё» as «е», every dash as " - ", punctuation that is not part of a date as spaces.
std::vector<std::string> tokens_of(std::string_view raw) {
    std::string lower = to_lower(raw);
    std::string spaced;
    for (std::size_t i = 0; i < lower.size();) {
        char32_t cp = 0;
        std::size_t n = decode_utf8(lower, i, cp);
        if (n == 0) n = 1;
        i += n;
        if (cp == U'ё') cp = U'е';
        if (cp == '-' || cp == 0x2010 || cp == 0x2011 || cp == 0x2012 || cp == 0x2013 || cp == 0x2014 || cp == 0x2212) {
            spaced += " - ";
        } else if (cp == ',' || cp == ';' || cp == '(' || cp == ')' || cp == U'«' || cp == U'»' || cp == '"' || cp == 0xA0 ||
                   cp == '\t' || cp == '\n' || cp == '\r') {
            spaced += ' ';
        } else {
            append_utf8(spaced, cp);
        }
    }
    std::vector<std::string> out;
    std::size_t pos = 0;
    while (pos < spaced.size()) {
        std::size_t end = spaced.find(' ', pos);
        if (end == std::string::npos) end = spaced.size();
        std::string t = spaced.substr(pos, end - pos);
        pos = end + 1;
        // "г." and "ж." abbreviations; "15.09.2026" keeps its dots.
        while (!t.empty() && t.back() == '.' && t.find_first_of("0123456789") == std::string::npos) t.pop_back();
        if (!t.empty()) out.push_back(t);
    }
    // "1-я" and "2-е" ("1-я четверть") were split at their dash: join them again.
    std::vector<std::string> joined;
    for (std::size_t k = 0; k < out.size(); ++k) {
        if (k + 2 < out.size() && out[k + 1] == "-" && number(out[k]) && (out[k + 2] == "я" || out[k + 2] == "е" || out[k + 2] == "ая")) {
            joined.push_back(out[k] + (out[k + 2] == "е" ? "-е" : "-я"));
            k += 2;
            continue;
        }
        joined.push_back(out[k]);
    }
    return joined;
}

// Words that say nothing about when: "года", "г", "жылы", "учебного"…
bool is_filler(std::string_view t) {
    static const std::set<std::string_view> words = {"г", "гг", "год", "года", "году", "годы", "жыл", "жылы", "жылғы", "ж", "жж",
                                                     "уч", "учебного", "учебный", "учебном", "оқу", "числа", "of", "the", "year", "y"};
    return words.count(t) > 0;
}

bool is_range_word(std::string_view t) {
    static const std::set<std::string_view> words = {"-", "по", "до", "to", "until", "till", "through", "by", "дейін"};
    return words.count(t) > 0;
}

bool is_from_word(std::string_view t) {
    static const std::set<std::string_view> words = {"с", "со", "from", "бастап", "от"};
    return words.count(t) > 0;
}

// One end of a range as written: any of day, month and year.
struct Piece {
    int day = 0, month = 0, year = 0;
    bool empty() const { return !day && !month && !year; }
};

// "15.09.2026", "15.09", "09.2026" (a dotted date or month).
std::optional<Piece> dotted(std::string_view t) {
    std::vector<int> parts;
    std::size_t pos = 0;
    while (pos <= t.size()) {
        std::size_t end = t.find('.', pos);
        if (end == std::string_view::npos) end = t.size();
        auto v = number(t.substr(pos, end - pos));
        if (!v) return std::nullopt;
        parts.push_back(*v);
        pos = end + 1;
        if (end == t.size()) break;
    }
    if (parts.size() == 3) return Piece{parts[0], parts[1], parts[2] < 100 ? 2000 + parts[2] : parts[2]};
    if (parts.size() == 2 && parts[1] >= 1000) return Piece{0, parts[0], parts[1]};
    if (parts.size() == 2) return Piece{parts[0], parts[1], 0};
    return std::nullopt;
}

}  // namespace


PlanWhen parse_plan_when(std::string_view raw, int sy, int first_month) {
    PlanWhen w;
    if (first_month < 1 || first_month > 12) first_month = 9;
    // The kind of span, for a term or the whole year named by the branch that reads it.
    std::optional<PlanSpan> named_span;
    auto set_range = [&](Date a, Date b) {
        if (b.days_since_epoch() < a.days_since_epoch()) return w;
        w.understood = true;
        w.first = a;
        w.last = b;
        const bool one_month = a.year == b.year && a.month == b.month;
        const bool whole_months = a.day == 1 && b.day == days_in_month(b.year, b.month);
        w.span = named_span ? *named_span
                 : one_month ? (whole_months ? PlanSpan::month : PlanSpan::day)
                             : PlanSpan::range;
        if (one_month) {
            char buf[32];
            std::snprintf(buf, sizeof buf, "%04d-%02d", a.year, a.month);
            w.month_key = buf;
        }
        return w;
    };
    // Every form below is a few words long: a longer text is no date we read.
    constexpr std::size_t kLongestWhen = 120;
    std::string text = trim(raw);
    if (text.empty() || text.size() > kLongestWhen) return w;
    if (auto iso = parse_date(text, true); iso.date) {
        const Date& d = *iso.date;
        if (d.precision == Date::Precision::month) return set_range(day(d.year, d.month, 1), month_end(d.year, d.month));
        return set_range(day(d.year, d.month, d.day), day(d.year, d.month, d.day));
    } else if (iso.problem == "bad_month" || iso.problem == "bad_day") {
        w.impossible = iso.problem;
        w.bad_month = iso.month;
        w.year_month = iso.year_month;
        w.days = iso.days;
        return w;
    }

    std::vector<std::string> tokens = tokens_of(text);
    std::vector<int> years;  // four-digit years, in order
    for (const auto& t : tokens)
        if (auto v = number(t); v && *v >= 1900 && *v <= 2200) years.push_back(*v);
    auto has = [&](std::initializer_list<std::string_view> words) {
        for (const auto& t : tokens)
            for (auto word : words)
                if (t == word) return true;
        return false;
    };

    // The whole year: «в течение года», «в течение 2013–2014 учебного года», «жыл бойы»,
    // «ежемесячно», «ай сайын», «2026–2027 оқу жылы». A year range names the year it starts in.
    {
        static const std::set<std::string_view> words = {"в", "течение", "года", "год", "учебного", "учебный", "всего", "периода",
                                                         "жыл", "жылы", "бойы", "оқу", "during", "the", "year", "school", "academic",
                                                         "all", "ежемесячно", "ай", "сайын", "monthly", "every", "month", "каждый", "месяц",
                                                         "постоянно", "систематически", "регулярно", "-", "уч", "г", "гг", "throughout"};
        bool all_known = true;
        for (const auto& t : tokens)
            if (!words.count(t) && !(number(t) && *number(t) >= 1900 && *number(t) <= 2200)) all_known = false;
        bool says_year = has({"all", "течение", "бойы", "during", "throughout", "ежемесячно", "сайын", "monthly", "каждый", "постоянно",
                              "систематически", "регулярно"}) ||
                         (!years.empty() && has({"учебный", "учебного", "оқу", "academic", "school"}));
        if (all_known && says_year && years.size() <= 2) {
            named_span = PlanSpan::year;
            int start = years.empty() ? sy : years.front();
            if (years.size() == 2 && years[1] != years[0] + 1) return w;
            if (start <= 0) return w;
            if (first_month == 9) return set_range(day(start, 9, 1), day(start + 1, 5, 31));
            int end_month = first_month == 1 ? 12 : first_month - 1;
            return set_range(day(start, first_month, 1), month_end(first_month == 1 ? start : start + 1, end_month));
        }
    }

    // Terms and halves of the school year: «II четверть», «IV тоқсан», «I полугодие»,
    // «екінші жартыжылдық», «I–II четверть», optionally with the school year «2026–2027 уч. г.».
    {
        static const std::map<std::string_view, int> units = {
            {"четверть", 4}, {"четверти", 4}, {"тоқсан", 4}, {"тоқсаны", 4}, {"тоқсанда", 4}, {"term", 4}, {"quarter", 4},
            {"полугодие", 2}, {"полугодия", 2}, {"полугодии", 2}, {"жартыжылдық", 2}, {"жартыжылдығы", 2}, {"жартыжылдықта", 2},
            {"semester", 2}, {"half-year", 2}, {"семестр", 2}};
        int unit = 0, a = 0, b = 0;
        bool other = false;
        for (std::size_t k = 0; k < tokens.size(); ++k) {
            const auto& t = tokens[k];
            if (auto u = units.find(t); u != units.end()) {
                unit = u->second;
            } else if (int o = ordinal(t); o && !(number(t) && *number(t) >= 1900)) {
                (a ? b : a) = o;
            } else if (t == "-" || is_filler(t) || (number(t) && *number(t) >= 1900 && *number(t) <= 2200)) {
                continue;
            } else {
                other = true;
            }
        }
        if (unit && a && !other) {
            named_span = PlanSpan::term;
            int start = years.empty() ? sy : years.front();
            if (start <= 0) return w;
            if (!b) b = a;
            if (a > b || b > unit) return w;
            auto begin_of = [&](int n) {
                if (unit == 2) return n == 1 ? day(start, 9, 1) : day(start + 1, 1, 1);
                static const int months[] = {9, 11, 1, 4};
                return day(n <= 2 ? start : start + 1, months[n - 1], 1);
            };
            auto end_of = [&](int n) {
                if (unit == 2) return n == 1 ? day(start, 12, 31) : day(start + 1, 5, 31);
                static const int months[] = {10, 12, 3, 5};
                return month_end(n <= 2 ? start : start + 1, months[n - 1]);
            };
            return set_range(begin_of(a), end_of(b));
        }
    }

    // Days, months and ranges of them: «15.09.2026», «15 сентября 2026 года», «15–20 сентября»,
    // «сентябрь – ноябрь 2013 года», «с сентября по ноябрь», «қыркүйектен мамырға дейін»,
    // «01.09.2026 – 15.09.2026», «May-June», «2027».
    std::vector<Piece> pieces(1);
    for (std::size_t k = 0; k < tokens.size(); ++k) {
        const auto& t = tokens[k];
        Piece& p = pieces.back();
        if (is_range_word(t)) {
            if (k == 0) continue;                                   // «до 15 октября»: the deadline itself
            if (t == "дейін" && pieces.size() == 2) continue;       // «қыркүйектен мамырға дейін»
            if (p.empty() || pieces.size() == 2) return w;
            pieces.emplace_back();
        } else if (is_from_word(t) || is_filler(t)) {
            continue;
        } else if (auto d = dotted(t)) {
            if (!p.empty()) return w;
            p = *d;
        } else if (auto v = number(t)) {
            if (*v >= 1900 && *v <= 2200 && !p.year) p.year = *v;
            else if (*v >= 1 && *v <= 31 && !p.day && !p.year) p.day = *v;  // «15 сентября», «September 15»
            else return w;
        } else if (int m = month_from_word(t)) {
            if (p.month && pieces.size() == 1) {  // «қыркүйектен мамырға»: Kazakh ranges end with «дейін», not a dash
                pieces.emplace_back();
                pieces.back().month = m;
                continue;
            }
            if (p.month || p.year) return w;
            p.month = m;
        } else {
            return w;
        }
    }
    if (pieces.back().empty()) return w;
    for (const Piece& p : pieces)
        if (p.month > 12) {  // «15.13.2026»
            w.impossible = "bad_month";
            w.bad_month = p.month;
            return w;
        }
    Piece a = pieces.front();
    Piece b = pieces.back();
    // What the start leaves out, it takes from the end: «15–20 сентября 2026», «сентябрь – ноябрь 2013».
    if (!a.month && a.day && b.month) a.month = b.month;
    bool year_inherited = false;
    if (!a.year && b.year) {
        a.year = b.year;
        year_inherited = true;
    }
    if (!a.month && !a.day && a.year && pieces.size() == 1) {  // «2027»: a calendar year
        named_span = PlanSpan::year;
        return set_range(day(a.year, 1, 1), day(a.year, 12, 31));
    }
    if (!a.month || !b.month) {
        if (!b.month && b.year && !b.day && pieces.size() == 2 && !a.month) {  // «2026–2027»
            named_span = PlanSpan::year;
            return set_range(day(a.year, 1, 1), day(b.year, 12, 31));
        }
        return w;
    }
    if (!a.year && !b.year) {
        if (sy <= 0) return w;
        a.year = year_for_month(a.month, sy, first_month);
        b.year = year_for_month(b.month, sy, first_month);
    }
    if (!b.year) b.year = a.year;
    if (year_inherited && (a.month > b.month || (a.month == b.month && a.day > b.day))) --a.year;  // «декабрь – январь 2027»
    for (const Piece* p : {&a, &b})
        if (p->day > days_in_month(p->year, p->month)) {  // «31.09.2026»
            char buf[16];
            std::snprintf(buf, sizeof buf, "%04d-%02d", p->year, p->month);
            w.impossible = "bad_day";
            w.year_month = buf;
            w.days = days_in_month(p->year, p->month);
            return w;
        }
    Date from = day(a.year, a.month, a.day ? a.day : 1);
    Date to = b.day ? day(b.year, b.month, b.day) : month_end(b.year, b.month);
    if (pieces.size() == 1 && a.day) to = from;
    return set_range(from, to);
}

}  // namespace urker
