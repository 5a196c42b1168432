// The filters that depend on the page's language: t (UI strings), plural (ICU plural rules) and
// date (ICU date formats).
//
// ICU formatters are costly to create and are not meant to be shared between threads while they
// format, so each thread keeps its own, keyed by language and format. That is per-thread state,
// not shared state: renders on different threads never touch the same formatter.
#include <unicode/datefmt.h>
#include <unicode/dtptngen.h>
#include <unicode/locid.h>
#include <unicode/plurrule.h>
#include <unicode/simpletz.h>
#include <unicode/smpdtfmt.h>

#include <algorithm>
#include <climits>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <memory>
#include <unordered_map>

#include "core/text.h"
#include "template/errors.h"
#include "template/filters.h"

namespace urker::tmpl {
namespace {

// ---- strings ------------------------------------------------------------------------------

// strings["read_more"], or strings["nav"]["home"] for "nav.home".
const Value* find_string(const Locale& locale, std::string_view key) {
    if (!locale.strings) return nullptr;
    if (const Value* v = find_member(*locale.strings, key)) return v;
    if (key.find('.') != std::string_view::npos) return resolve_path(*locale.strings, key);
    return nullptr;
}

void replace_all(std::string& s, std::string_view from, std::string_view to) {
    for (std::size_t pos = s.find(from); pos != std::string::npos; pos = s.find(from, pos + to.size()))
        s.replace(pos, from.size(), to);
}

// ---- plural rules -------------------------------------------------------------------------

std::string plural_category(double n, const std::string& lang) {
    thread_local std::map<std::string, std::unique_ptr<icu::PluralRules>> cache;
    auto it = cache.find(lang);
    if (it == cache.end()) {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::PluralRules> rules(icu::PluralRules::forLocale(icu::Locale(lang.c_str()), status));
        if (U_FAILURE(status)) rules.reset();
        it = cache.emplace(lang, std::move(rules)).first;
    }
    if (!it->second) return "other";
    icu::UnicodeString keyword = std::floor(n) == n && std::fabs(n) < 2e9
                                     ? it->second->select(static_cast<int32_t>(n))
                                     : it->second->select(n);
    std::string out;
    keyword.toUTF8String(out);
    return out;
}

// The form for `category` among {one, few, many, other, …}; "other" when that form is missing,
// then any form at all.
const Value* plural_form(const Value& forms, const std::string& category) {
    if (const Value* f = find_member(forms, category)) return f;
    if (const Value* f = find_member(forms, "other")) return f;
    for (const Value& f : forms) return &f;
    return nullptr;
}

std::optional<double> number_of(Val& v) {
    const Value* j = v.plain();
    if (!j) return std::nullopt;
    if (j->is_number()) return j->get<double>();
    if (j->is_string()) {
        std::string s = trim(j->get_ref<const std::string&>());
        char* end = nullptr;
        double d = std::strtod(s.c_str(), &end);
        if (!s.empty() && end && *end == '\0') return d;
    }
    return std::nullopt;
}

std::string format_count(Val& v) {
    const Value& j = v.json();
    if (j.is_string()) return trim(j.get_ref<const std::string&>());
    return plain_string(j);
}

// ---- dates --------------------------------------------------------------------------------

struct ParsedDate {
    int year = 0, month = 0, day = 1, hour = 0, minute = 0, second = 0;
    bool has_day = false;
    bool has_time = false;
    std::optional<int> offset_minutes;  // from "+05:00" or "Z"
};

bool digits(std::string_view s, std::size_t pos, std::size_t count, int& out) {
    if (pos + count > s.size()) return false;
    out = 0;
    for (std::size_t i = pos; i < pos + count; ++i) {
        if (s[i] < '0' || s[i] > '9') return false;
        out = out * 10 + (s[i] - '0');
    }
    return true;
}

int days_in_month(int year, int month) {
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : days[month - 1];
}

// YYYY-MM, YYYY-MM-DD, or YYYY-MM-DD[T ]HH:MM[:SS[.fff]][Z|±HH:MM].
std::optional<ParsedDate> parse_date(std::string_view s) {
    ParsedDate d;
    if (!digits(s, 0, 4, d.year) || s.size() < 7 || s[4] != '-' || !digits(s, 5, 2, d.month)) return std::nullopt;
    if (d.month < 1 || d.month > 12) return std::nullopt;
    if (s.size() == 7) return d;
    if (s[7] != '-' || !digits(s, 8, 2, d.day)) return std::nullopt;
    if (d.day < 1 || d.day > days_in_month(d.year, d.month)) return std::nullopt;
    d.has_day = true;
    if (s.size() == 10) return d;
    if ((s[10] != 'T' && s[10] != ' ') || !digits(s, 11, 2, d.hour) || s.size() < 16 || s[13] != ':' ||
        !digits(s, 14, 2, d.minute))
        return std::nullopt;
    if (d.hour > 23 || d.minute > 59) return std::nullopt;
    d.has_time = true;
    std::size_t i = 16;
    if (i < s.size() && s[i] == ':') {
        if (!digits(s, i + 1, 2, d.second) || d.second > 59) return std::nullopt;
        i += 3;
        if (i < s.size() && s[i] == '.') {
            ++i;
            while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
        }
    }
    if (i == s.size()) return d;
    if (s[i] == 'Z' && i + 1 == s.size()) {
        d.offset_minutes = 0;
        return d;
    }
    int oh = 0, om = 0;
    if ((s[i] == '+' || s[i] == '-') && digits(s, i + 1, 2, oh) && i + 6 == s.size() && s[i + 3] == ':' &&
        digits(s, i + 4, 2, om) && oh <= 14 && om <= 59) {
        d.offset_minutes = (s[i] == '-' ? -1 : 1) * (oh * 60 + om);
        return d;
    }
    return std::nullopt;
}

// Days since 1970-01-01 of a proleptic Gregorian date (the usual era arithmetic: years counted
// from March so the leap day comes last).
std::int64_t days_from_civil(int y, int m, int d) {
    y -= m <= 2 ? 1 : 0;
    std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    std::int64_t yoe = y - era * 400;
    std::int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    std::int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

UDate to_udate(const ParsedDate& d) {
    std::int64_t seconds = days_from_civil(d.year, d.month, d.day) * 86400 + d.hour * 3600 + d.minute * 60 + d.second;
    seconds -= static_cast<std::int64_t>(d.offset_minutes.value_or(0)) * 60;
    return static_cast<UDate>(seconds) * 1000.0;
}

// A formatter for one (language, format) and the UTC offset it was last set to, so the time zone
// is only replaced when a date with another offset comes along.
struct CachedFormatter {
    std::unique_ptr<icu::DateFormat> format;
    int offset_minutes = INT_MIN;
};

// A pattern with each two-letter year ("yy") made the full year ("y"), outside quoted text.
// ICU's short style writes the year in two digits in some languages (kk "dd.MM.yy", en "M/d/yy")
// and in full in others (ru "dd.MM.y"); on a portal, where a portfolio lists years of work, "06.12.26"
// reads as a day of no century, so the short style shows the year in full in every language.
icu::UnicodeString with_full_year(const icu::UnicodeString& pattern) {
    icu::UnicodeString out;
    bool quoted = false;
    for (int32_t k = 0; k < pattern.length(); ++k) {
        const char16_t c = pattern.charAt(k);
        if (c == u'\'') quoted = !quoted;
        if (!quoted && c == u'y') {
            int32_t run = 1;
            while (k + run < pattern.length() && pattern.charAt(k + run) == u'y') ++run;
            out.append(run == 2 ? icu::UnicodeString(u"y") : pattern.tempSubString(k, run));
            k += run - 1;
            continue;
        }
        out.append(c);
    }
    return out;
}

// The cached formatter for (language, format): a named style, a skeleton, or a pattern.
CachedFormatter* date_formatter(const std::string& lang, const std::string& format) {
    thread_local std::map<std::string, CachedFormatter> cache;
    std::string key = lang + '\n' + format;
    auto it = cache.find(key);
    if (it != cache.end()) return &it->second;
    icu::Locale locale(lang.c_str());
    std::unique_ptr<icu::DateFormat> f;
    UErrorCode status = U_ZERO_ERROR;
    if (format == "short") {
        f.reset(icu::DateFormat::createDateInstance(icu::DateFormat::kShort, locale));
        if (auto* simple = dynamic_cast<icu::SimpleDateFormat*>(f.get())) {
            icu::UnicodeString pattern;
            simple->applyPattern(with_full_year(simple->toPattern(pattern)));
        }
    } else if (format == "medium") f.reset(icu::DateFormat::createDateInstance(icu::DateFormat::kMedium, locale));
    else if (format == "long") f.reset(icu::DateFormat::createDateInstance(icu::DateFormat::kLong, locale));
    else if (format == "full") f.reset(icu::DateFormat::createDateInstance(icu::DateFormat::kFull, locale));
    else if (format == "datetime")
        f.reset(icu::DateFormat::createDateTimeInstance(icu::DateFormat::kLong, icu::DateFormat::kShort, locale));
    else if (format == "month") {
        // The skeleton gives each language its own month-and-year form: "ноябрь 2026 г.",
        // "2026 ж. қараша", "November 2026".
        std::unique_ptr<icu::DateTimePatternGenerator> gen(icu::DateTimePatternGenerator::createInstance(locale, status));
        if (U_SUCCESS(status)) {
            icu::UnicodeString pattern = gen->getBestPattern(icu::UnicodeString("yMMMM"), status);
            if (U_SUCCESS(status)) f = std::make_unique<icu::SimpleDateFormat>(pattern, locale, status);
        }
    } else {
        std::string pattern = format == "time" ? "HH:mm" : format;
        f = std::make_unique<icu::SimpleDateFormat>(
            icu::UnicodeString::fromUTF8(icu::StringPiece(pattern.data(), static_cast<int32_t>(pattern.size()))), locale,
            status);
    }
    if (U_FAILURE(status) || !f) return nullptr;
    return &cache.emplace(std::move(key), CachedFormatter{std::move(f)}).first->second;
}

// A site shows the same dates again and again (a material's date on its page, in its section's
// list, on its author's page), so each thread remembers the texts it made. Bounded: cleared when
// full.
class DateMemo {
public:
    const std::string* find(const std::string& key) const {
        auto it = texts_.find(key);
        return it == texts_.end() ? nullptr : &it->second;
    }
    void remember(std::string key, const std::string& text) {
        if (texts_.size() >= 8192) texts_.clear();
        texts_.emplace(std::move(key), text);
    }

private:
    std::unordered_map<std::string, std::string> texts_;
};

std::string two(int v) { return {static_cast<char>('0' + v / 10 % 10), static_cast<char>('0' + v % 10)}; }

}  // namespace

// "read_more" | t → strings["read_more"], or the key itself when there is no such string (a
// missing translation shows up on the page, it does not stop the build). Named arguments fill
// {name} placeholders; with n=… a string with plural forms picks its form.
Val filter_t(Val& in, FilterCall& call) {
    if (!call.positional.empty())
        call.fail(Message("template.t_named_only"));
    std::string key = plain_string(in);
    std::string text = key;
    if (const Value* entry = find_string(call.locale, key)) {
        if (entry->is_string()) {
            text = entry->get<std::string>();
        } else if (entry->is_object()) {
            Val* n = call.arg(SIZE_MAX, "n");
            auto number = n ? number_of(*n) : std::nullopt;
            const Value* form =
                plural_form(*entry, number ? plural_category(*number, call.locale.language) : std::string("other"));
            if (form && form->is_string()) text = form->get<std::string>();
        }
    }
    for (auto& [name, value] : call.named) replace_all(text, "{" + std::string(name) + "}", plain_string(value));
    return Val::owned(std::move(text));
}

// 5 | plural("materials") → "5 материалов", with the form chosen by ICU's plural rules for the
// page's language. The forms come from strings["materials"] or inline: plural(one="{n} файл", …).
Val filter_plural(Val& in, FilterCall& call) {
    call.allow(1, {"zero", "one", "two", "few", "many", "other"});
    if (in.is_undefined()) return {};
    auto n = number_of(in);
    if (!n) call.bad_input(in, "number");
    std::string count = format_count(in);
    std::string text;
    if (!call.positional.empty()) {
        if (!call.named.empty()) call.fail(Message("template.plural_key_and_forms"));
        std::string key = call.string_arg(0, "key", "");
        const Value* entry = find_string(call.locale, key);
        if (!entry) {
            text = "{n} " + key;  // like t: a missing string shows its key instead of failing the build
        } else if (entry->is_string()) {
            text = entry->get<std::string>();
        } else if (entry->is_object()) {
            const Value* form = plural_form(*entry, plural_category(*n, call.locale.language));
            if (!form || !form->is_string())
                call.fail(Message("template.plural_forms_not_text", {{"key", key}}));
            text = form->get<std::string>();
        } else {
            call.fail(Message("template.plural_string_kind", {{"key", key}}));
        }
    } else {
        if (call.named.empty())
            call.fail(Message("template.plural_needs_forms"));
        Value forms = Value::object();
        for (auto& [name, value] : call.named) forms[std::string(name)] = plain_string(value);
        text = plural_form(forms, plural_category(*n, call.locale.language))->get<std::string>();
    }
    replace_all(text, "{n}", count);
    return Val::owned(std::move(text));
}

// date(format="long"): an ISO date "2026-11-23", a month "2026-09", or a date and time
// "2026-11-23T10:00:00+05:00" (shown in its own offset, so this one shows 10:00). Formats: long
// (default), short, medium, full, month, time (HH:mm), datetime, iso (YYYY-MM-DD), or an ICU
// pattern such as "d MMMM y". A month alone is shown as month and year unless the format is iso
// or a pattern.
Val filter_date(Val& in, FilterCall& call) {
    call.allow(1, {"format"});
    std::string format = call.string_arg(0, "format", "long");
    if (in.is_undefined() || (in.plain() && in.plain()->is_null())) return {};
    const Value* j = in.plain();
    std::optional<ParsedDate> d;
    if (j && j->is_string()) d = parse_date(trim(j->get_ref<const std::string&>()));
    if (!d)
        fail(j && j->is_string() ? Message("template.date_unreadable", {{"value_kind", "quoted"}, {"value", j->get<std::string>()}})
                                 : with_value(Message("template.date_unreadable"), "value", in),
             Message("template.date_unreadable_hint"));
    if (format == "iso")
        return Val::owned(std::to_string(d->year) + "-" + two(d->month) + (d->has_day ? "-" + two(d->day) : ""));
    static constexpr std::string_view styles[] = {"short", "medium", "long", "full", "datetime", "time", "month"};
    bool named_style = std::find(std::begin(styles), std::end(styles), format) != std::end(styles);
    if (!named_style && format.find_first_of("GyYuUrQqMLwWdDFgEecabBhHkKmsSAzZOvVXx") == std::string::npos)
        call.fail(Message("template.date_format_unknown", {{"format", format}}));
    if (!d->has_day && named_style) format = "month";
    if ((format == "time" || format == "datetime") && !d->has_time)
        fail(Message("template.date_has_no_time", {{"date", j->get<std::string>()}, {"format", format}}),
             Message("template.date_has_no_time_hint"));
    thread_local DateMemo memo;
    std::string memo_key = call.locale.language + '\x1f' + format + '\x1f' + j->get_ref<const std::string&>();
    if (const std::string* known = memo.find(memo_key)) return Val::owned(*known);
    CachedFormatter* formatter = date_formatter(call.locale.language, format);
    if (!formatter) call.fail(Message("template.date_format_icu", {{"format", format}}));
    int offset = d->offset_minutes.value_or(0);
    if (formatter->offset_minutes != offset) {
        std::string zone_id = "GMT";
        if (offset != 0) {
            int a = std::abs(offset);
            zone_id += (offset < 0 ? "-" : "+") + two(a / 60) + ":" + two(a % 60);
        }
        formatter->format->adoptTimeZone(new icu::SimpleTimeZone(offset * 60 * 1000, icu::UnicodeString(zone_id.c_str())));
        formatter->offset_minutes = offset;
    }
    icu::UnicodeString out;
    formatter->format->format(to_udate(*d), out);
    std::string text;
    out.toUTF8String(text);
    memo.remember(std::move(memo_key), text);
    return Val::owned(std::move(text));
}

}  // namespace urker::tmpl
