#include "model/field_checks.h"

#include <algorithm>

#include "core/month_words.h"
#include "core/text.h"
#include "core/url.h"
#include "model/message_at.h"
#include "model/type_words.h"

namespace urker {

using json = urker::Json;

namespace {

// The messages of this file (their texts are in core/message_catalog_model.cpp).
namespace msg {
Message missing(const std::string& key) { return Message("model.field_missing", {{"key", key}}); }
Message not_known_word(const std::string& value, const std::string& key) {
    return Message("model.not_known_word", {{"value", value}, {"key", key}});
}
Message use_one_of(const std::string& near, const std::string& list) {
    return near.empty() ? Message("model.use_one_of", {{"list", list}}) : Message("model.use_one_of_near", {{"near", near}, {"list", list}});
}
Message out_of_range(const std::string& key, long lo, long hi) {
    // Numbers as text: a year is "1700", not "1,700".
    return Message("model.out_of_range", {{"key", key}, {"lo", std::to_string(lo)}, {"hi", std::to_string(hi)}});
}
Message not_web_address(const std::string& key) { return Message("model.not_web_address", {{"key", key}}); }
Message web_address_hint(const std::string& key) { return Message("model.web_address_hint", {{"key", key}}); }
Message no_such_grade(long n) { return Message("model.no_such_grade", {{"grade", std::to_string(n)}}); }
Message not_a_grade(const std::string& v) { return Message("model.not_a_grade", {{"value", v}}); }
Message grade_hint() { return Message("model.grade_hint"); }
Message moment_hint(const std::string& key) { return Message("model.date_time_hint", {{"key", key}}); }
Message bad_school_year(const std::string& v) { return Message("model.bad_school_year", {{"value", v}}); }
Message school_year_hint() { return Message("model.school_year_hint"); }
Message not_listed(const std::string& value, const std::string& key) {
    return Message("model.not_listed", {{"value", value}, {"key", key}});
}
Message listed_hint(const std::string& near, const std::string& key) {
    return near.empty() ? Message("model.listed_hint", {{"key", key}}) : Message("model.listed_hint_near", {{"near", near}, {"key", key}});
}
}  // namespace msg

std::string join(const std::vector<std::string>& v) {
    std::string out;
    for (const auto& s : v) out += (out.empty() ? "" : ", ") + s;
    return out;
}

std::string as_text(const json& v) {
    if (v.is_string()) return v.get<std::string>();
    if (v.is_number_integer()) return std::to_string(v.get<long long>());
    return v.dump(-1, ' ', false, urker::Json::error_handler_t::replace);
}

bool present(const YamlDocument& fm, const std::string& key) { return fm.value.contains(key) && !fm.value[key].is_null(); }

}  // namespace

void check_word_field(const YamlDocument& fm, const std::string& key, const std::vector<std::string>& values, bool required,
                      Diagnostics& diags) {
    if (!present(fm, key)) {
        if (required) diags.add(error_at(fm, "", msg::missing(key), msg::use_one_of("", join(values))));
        return;
    }
    std::string v = as_text(fm.value[key]);
    if (std::find(values.begin(), values.end(), v) != values.end()) return;
    // «сабақ жоспары», «конспект урока»: the type meant, in words; the code is what to write.
    if (const std::string code = type_code_for(key, v); !code.empty() && std::find(values.begin(), values.end(), code) != values.end()) {
        Message hint("model.word_means_code", {{"key", key}, {"code", code}});
        for (const char* lang : {"ru", "kk", "en"}) hint.args.emplace_back(std::string("label@") + lang, type_label(key, code, lang));
        diags.add(error_at(fm, "/" + key, msg::not_known_word(v, key), std::move(hint)));
        return;
    }
    diags.add(error_at(fm, "/" + key, msg::not_known_word(v, key), msg::use_one_of(closest_match(v, values), join(values))));
}

void check_number_range(const YamlDocument& fm, const std::string& key, long lo, long hi, Diagnostics& diags) {
    if (!present(fm, key)) return;
    const json& v = fm.value[key];
    if (!v.is_number_integer() || v.get<long long>() < lo || v.get<long long>() > hi)
        diags.add(error_at(fm, "/" + key, msg::out_of_range(key, lo, hi)));
}

void check_web_address(const YamlDocument& fm, const std::string& key, Diagnostics& diags) {
    if (!present(fm, key)) return;
    std::string u = fm.value[key].is_string() ? fm.value[key].get<std::string>() : "";
    if (classify_url(u).kind == UrlKind::refused) return;  // reported by check_front_matter_urls
    if (!starts_with(u, "https://") && !starts_with(u, "http://"))
        diags.add(error_at(fm, "/" + key, msg::not_web_address(key), msg::web_address_hint(key)));
}

std::string grade_as_written(const std::string& text) {
    static const std::vector<std::string> words = {"класс", "класса", "классы", "классов", "кл", "сынып", "сыныптар",
                                                   "сыныпқа", "сыныбы", "сыныптарға", "grade", "grades", "form"};
    std::vector<int> numbers;
    bool range = false;
    std::string word;
    auto flush_word = [&]() {
        while (!word.empty() && word.back() == '.') word.pop_back();
        const bool known = word.empty() || std::find(words.begin(), words.end(), to_lower(word)) != words.end();
        word.clear();
        return known;
    };
    for (std::size_t i = 0; i < text.size();) {
        char32_t cp = 0;
        std::size_t n = decode_utf8(text, i, cp);
        if (n == 0) return "";
        if (cp >= '0' && cp <= '9') {
            if (!flush_word()) return "";
            int v = 0;
            while (i < text.size() && text[i] >= '0' && text[i] <= '9') {
                v = v * 10 + (text[i++] - '0');
                if (v > 11) return "";  // no such grade (and no overflow of a long run of digits)
            }
            if (v < 1) return "";
            numbers.push_back(v);
            continue;
        }
        i += n;
        if (cp == '-' || cp == 0x2013 || cp == 0x2014) {
            // «5-6» is a range; «7-сынып», a grade and its word (the Kazakh way of writing it).
            if (!flush_word()) return "";
            if (i < text.size() && text[i] >= '0' && text[i] <= '9') {
                if (numbers.size() != 1 || range) return "";
                range = true;
            }
        } else if (cp == ',' || cp == ';' || cp == ' ' || cp == 0xA0) {
            if (!flush_word()) return "";
        } else {
            append_utf8(word, cp);
        }
    }
    if (!flush_word() || numbers.empty()) return "";
    if (range) {
        if (numbers.size() != 2 || numbers[0] >= numbers[1]) return "";
        const int first = numbers[0], last = numbers[1];
        numbers.clear();
        for (int g = first; g <= last; ++g) numbers.push_back(g);
    }
    if (numbers.size() == 1) return std::to_string(numbers[0]);
    std::string out = "[";
    for (std::size_t k = 0; k < numbers.size(); ++k) out += (k ? ", " : "") + std::to_string(numbers[k]);
    return out + "]";
}

void check_grade(const YamlDocument& fm, Diagnostics& diags) {
    if (!present(fm, "grade")) return;
    auto check_one = [&](const json& g, const std::string& ptr) {
        if (g.is_number_integer()) {
            long long n = g.get<long long>();
            if (n < 1 || n > 11) diags.add(error_at(fm, ptr, msg::no_such_grade(static_cast<long>(n)), msg::grade_hint()));
            return;
        }
        if (g.is_string() && (g == "preschool" || g == "all")) return;
        const std::string written = g.is_string() && ptr == "/grade" ? grade_as_written(g.get<std::string>()) : "";
        diags.add(error_at(fm, ptr, msg::not_a_grade(as_text(g)),
                           written.empty() ? msg::grade_hint() : Message("model.grade_as", {{"value", written}})));
    };
    const json& g = fm.value["grade"];
    if (g.is_array()) {
        for (std::size_t k = 0; k < g.size(); ++k) check_one(g[k], "/grade/" + std::to_string(k));
    } else {
        check_one(g, "/grade");
    }
}

std::optional<Date> check_date_time(const YamlDocument& fm, const std::string& key, bool required, Diagnostics& diags) {
    if (!present(fm, key)) {
        if (required) diags.add(error_at(fm, "", msg::missing(key), Message("model.add_line", {{"line", key + ": 2026-10-15T10:00:00+05:00"}})));
        return std::nullopt;
    }
    std::string s = as_text(fm.value[key]);
    DateParseResult r = parse_date(s, false, false);
    if (!r.date) {
        // «21.12.2026 15:00»: the hint is the teacher's own day and time as urker reads them.
        const std::optional<std::string> written = iso_of_day_and_time(s);
        diags.add(error_at(fm, "/" + key, date_problem(r, key, s),
                           written ? Message("model.date_time_as", {{"key", key}, {"value", *written}}) : msg::moment_hint(key)));
        return std::nullopt;
    }
    return r.date;
}

void check_school_year(const YamlDocument& fm, Diagnostics& diags) {
    if (!present(fm, "year")) return;
    std::string y = as_text(fm.value["year"]);
    // "2026-2027", also with an en dash or a slash as teachers write it.
    bool ok = false;
    if (y.size() >= 9 && std::all_of(y.begin(), y.begin() + 4, [](char c) { return c >= '0' && c <= '9'; })) {
        std::string rest = y.substr(4);
        for (const char* sep : {"-", "–", "/"}) {
            if (!starts_with(rest, sep)) continue;
            std::string second = rest.substr(std::string_view(sep).size());
            ok = second.size() == 4 && std::all_of(second.begin(), second.end(), [](char c) { return c >= '0' && c <= '9'; }) &&
                 std::stoi(second) == std::stoi(y.substr(0, 4)) + 1;
        }
    }
    if (!ok) diags.add(error_at(fm, "/year", msg::bad_school_year(y), msg::school_year_hint()));
}

std::vector<std::string> comma_parts(std::string_view value) {
    std::vector<std::string> parts;
    for (std::size_t start = 0; start <= value.size();) {
        const std::size_t comma = std::min(value.find(',', start), value.size());
        if (std::string part = trim(value.substr(start, comma - start)); !part.empty()) parts.push_back(std::move(part));
        start = comma + 1;
    }
    return parts;
}

void check_listed_values(const YamlDocument& fm, const std::string& key, const std::vector<std::string>& allowed, Diagnostics& diags) {
    if (!present(fm, key)) return;
    std::vector<std::string> folded;
    folded.reserve(allowed.size());
    for (const auto& a : allowed) folded.push_back(to_lower(a));
    auto check_one = [&](const json& v, const std::string& ptr) {
        if (!v.is_string() && !v.is_number_integer()) return;  // the schema reports the shape
        std::string text = as_text(v);
        if (std::find(folded.begin(), folded.end(), to_lower(text)) != folded.end()) return;
        // «Математика, физика»: listed values joined by commas, meant as a list.
        if (v.is_string() && text.find(',') != std::string::npos) {
            const std::vector<std::string> parts = comma_parts(text);
            const bool all_listed = !parts.empty() && std::all_of(parts.begin(), parts.end(), [&](const std::string& part) {
                return std::find(folded.begin(), folded.end(), to_lower(part)) != folded.end();
            });
            if (all_listed) {
                diags.add(error_at(fm, ptr, Message("model.listed_values_with_comma", {{"value", text}, {"key", key}}),
                                   Message("model.taxonomy_value_with_comma_hint", {{"line", key + ": [" + join(parts) + "]"}})));
                return;
            }
        }
        diags.add(error_at(fm, ptr, msg::not_listed(text, key), msg::listed_hint(closest_match(text, allowed), key)));
    };
    const json& v = fm.value[key];
    if (v.is_array()) {
        for (std::size_t k = 0; k < v.size(); ++k) check_one(v[k], "/" + key + "/" + std::to_string(k));
    } else {
        check_one(v, "/" + key);
    }
}

}  // namespace urker
