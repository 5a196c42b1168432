#include "core/date_range_format.h"

#include <unicode/dtitvfmt.h>
#include <unicode/dtptngen.h>
#include <unicode/smpdtfmt.h>
#include <unicode/timezone.h>
#include <unicode/ucal.h>

#include <map>
#include <memory>

namespace urker {

namespace {

// Noon UTC of the day, in ICU's milliseconds: far from any day boundary.
UDate to_udate(const Date& d) {
    Date day = d;
    day.precision = Date::Precision::day;
    if (day.day == 0) day.day = 1;
    return (static_cast<double>(day.days_since_epoch()) * 86400.0 + 43200.0) * 1000.0;
}

std::string utf8(const icu::UnicodeString& s) {
    std::string out;
    s.toUTF8String(out);
    return out;
}

// An interval formatter for (skeleton, language), made once per thread: making one loads the
// language's patterns from ICU's data, which cost far more than formatting (a plan's page formats
// a range for every item, and the plan pages were the costliest pages to render at 1 000
// materials). A formatter is not shared between threads: ICU's formatters are not thread-safe.
icu::DateIntervalFormat* interval_formatter(const char* skeleton, const std::string& lang) {
    thread_local std::map<std::string, std::unique_ptr<icu::DateIntervalFormat>> cache;
    std::string key = std::string(skeleton) + '\n' + lang;
    if (auto it = cache.find(key); it != cache.end()) return it->second.get();
    UErrorCode status = U_ZERO_ERROR;
    icu::Locale locale(lang.c_str());
    std::unique_ptr<icu::DateIntervalFormat> f(icu::DateIntervalFormat::createInstance(icu::UnicodeString(skeleton), locale, status));
    if (U_FAILURE(status)) f.reset();
    if (f) f->adoptTimeZone(icu::TimeZone::createTimeZone("UTC"));
    return cache.emplace(std::move(key), std::move(f)).first->second.get();
}

std::string interval(const Date& first, const Date& last, const char* skeleton, const std::string& lang) {
    icu::DateIntervalFormat* f = interval_formatter(skeleton, lang);
    if (!f) return first.iso() + " – " + last.iso();
    UErrorCode status = U_ZERO_ERROR;
    icu::DateInterval range(to_udate(first), to_udate(last));
    icu::UnicodeString out;
    icu::FieldPosition pos(icu::FieldPosition::DONT_CARE);
    f->format(&range, out, pos, status);
    if (U_FAILURE(status)) return first.iso() + " – " + last.iso();
    return utf8(out);
}

}  // namespace

std::string format_month(const Date& month, const std::string& lang) {
    return interval(month, month, "yMMMM", lang);
}

std::string format_date_range(const Date& first, const Date& last, const std::string& lang) {
    const bool whole_months = (first.day <= 1) && (last.day == 0 || last.day == days_in_month(last.year, last.month));
    const bool one_day = first.days_since_epoch() == last.days_since_epoch();
    if (whole_months && !one_day) return interval(first, last, "yMMMM", lang);
    return interval(first, last, "yMMMMd", lang);
}

}  // namespace urker
