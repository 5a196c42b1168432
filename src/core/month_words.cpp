#include "core/month_words.h"

#include <unicode/dtfmtsym.h>
#include <unicode/locid.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <map>
#include <vector>

#include "core/date.h"
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

// Stems that take case endings: Russian «сентябре», «сентябрю»; Kazakh «қыркүйекте»,
// «қыркүйектен», «мамырға», «қыркүйегі» (к -> г before a vowel). A word is the month when it
// starts with the stem and at most four letters follow.
const std::vector<std::pair<std::string, int>>& month_stems() {
    static const std::vector<std::pair<std::string, int>> stems = {
        {"январ", 1}, {"феврал", 2}, {"март", 3}, {"апрел", 4}, {"июн", 6}, {"июл", 7}, {"август", 8}, {"сентябр", 9},
        {"октябр", 10}, {"ноябр", 11}, {"декабр", 12},
        {"қаңтар", 1}, {"ақпан", 2}, {"наурыз", 3}, {"сәуір", 4}, {"мамыр", 5}, {"маусым", 6}, {"шілде", 7}, {"тамыз", 8},
        {"қыркүйек", 9}, {"қыркүйег", 9}, {"қазан", 10}, {"қараша", 11}, {"желтоқсан", 12},
    };
    return stems;
}

}  // namespace

int month_from_name(std::string_view name) {
    std::string n = to_lower(trim(name));
    while (!n.empty() && n.back() == '.') n.pop_back();
    auto it = month_names().find(n);
    return it == month_names().end() ? 0 : it->second;
}

int month_from_word(std::string_view word) {
    if (int m = month_from_name(word)) return m;
    for (const char* may : {"мае", "маю", "маем"})
        if (word == may) return 5;
    for (const auto& [stem, month] : month_stems()) {
        if (!word.starts_with(stem)) continue;
        if (count_code_points(word.substr(stem.size())) <= 4) return month;
    }
    return 0;
}


std::optional<std::string> iso_of_day_in_words(std::string_view text) {
    // Words between spaces and commas, lower case, «ё» as «е», a dot at the end dropped («г.»).
    std::string lower = to_lower(text);
    std::vector<std::string> words;
    std::string word;
    auto flush = [&] {
        while (!word.empty() && word.back() == '.') word.pop_back();
        if (!word.empty()) words.push_back(word);
        word.clear();
    };
    for (std::size_t i = 0; i < lower.size();) {
        char32_t cp = 0;
        std::size_t n = decode_utf8(lower, i, cp);
        if (n == 0) return std::nullopt;
        i += n;
        if (cp == ' ' || cp == ',' || cp == 0xA0 || cp == 0x202F || cp == '\t') {
            flush();
        } else if (cp == '-' && !word.empty() && word.size() <= 2 && std::isdigit(static_cast<unsigned char>(word[0]))) {
            flush();  // «7-желтоқсан»: the day, then the month
        } else {
            append_utf8(word, cp == U'ё' ? U'е' : cp);
        }
    }
    flush();
    static const std::vector<std::string> fillers = {"г", "гг", "год", "года", "году", "жыл", "жылы", "жылғы", "ж", "of"};
    int day = 0, month = 0, year = 0;
    for (const std::string& w : words) {
        const bool digits = std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
        if (digits && w.size() <= 2 && day == 0) {
            day = std::stoi(w);
        } else if (digits && w.size() == 4 && year == 0) {
            year = std::stoi(w);
        } else if (int m = digits ? 0 : month_from_word(w); m != 0 && month == 0) {
            month = m;
        } else if (std::find(fillers.begin(), fillers.end(), w) == fillers.end()) {
            return std::nullopt;
        }
    }
    if (day < 1 || month == 0 || year == 0 || day > days_in_month(year, month)) return std::nullopt;
    char buf[48];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
    return std::string(buf);
}

std::optional<std::string> iso_of_day_and_time(std::string_view text) {
    // The time at the end: «15:00», «9.30», after «в», «сағат», «at», a comma or a «T».
    std::string s = trim(text);
    std::size_t end = s.size();
    std::size_t colon = s.find_last_of(":.");
    if (colon == std::string::npos || colon + 3 != end || colon == 0) return std::nullopt;
    auto digit = [&](std::size_t i) { return s[i] >= '0' && s[i] <= '9'; };
    if (!digit(colon + 1) || !digit(colon + 2)) return std::nullopt;
    std::size_t start = colon;
    while (start > 0 && digit(start - 1) && colon - start < 2) --start;
    if (start == colon) return std::nullopt;
    const int hour = std::stoi(s.substr(start, colon - start)), minute = std::stoi(s.substr(colon + 1, 2));
    if (hour > 23 || minute > 59) return std::nullopt;
    std::string day = s.substr(0, start);
    // What stands between the day and the time.
    for (bool cut = true; cut;) {
        cut = false;
        day = trim(day);
        while (!day.empty() && (day.back() == ',' || day.back() == 'T')) {
            day.pop_back();
            cut = true;
        }
        for (const char* word : {" в", " сағат", " сағ", " at", " с"}) {
            const std::string_view w(word);
            if (day.size() > w.size() && std::string_view(day).substr(day.size() - w.size()) == w) {
                day.resize(day.size() - w.size());
                cut = true;
            }
        }
    }
    std::optional<std::string> iso;
    if (DateParseResult r = parse_date(day); r.date && r.date->precision == Date::Precision::day && !r.date->has_time()) iso = r.date->iso();
    if (!iso) iso = iso_of_day_first(day);
    if (!iso) iso = iso_of_day_in_words(day);
    if (!iso) return std::nullopt;
    char buf[48];
    std::snprintf(buf, sizeof buf, "%sT%02d:%02d:00", iso->c_str(), hour, minute);
    return std::string(buf);
}

}  // namespace urker
