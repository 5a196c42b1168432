#include "cli/report_options.h"

#include "core/text.h"

namespace urker {

namespace {

// Only a whole day, YYYY-MM-DD: a report is for a day, not an hour.
std::optional<Date> read_day(const std::string& text) {
    std::string t = trim(text);
    if (t.size() != 10) return std::nullopt;
    auto d = parse_date(t).date;
    if (!d || d->precision != Date::Precision::day) return std::nullopt;
    return d;
}

}  // namespace

std::optional<std::pair<Message, Message>> read_report_options(const std::string& build_date, const std::string& period,
                                                               BuildOptions& options) {
    std::optional<Date> day;
    if (!build_date.empty()) {
        day = read_day(build_date);
        if (!day) return std::make_pair(Message("monitoring.bad_build_date", {{"value", build_date}}), Message("monitoring.bad_build_date_hint"));
    }
    std::optional<Period> range;
    if (!period.empty()) {
        auto dots = period.find("..");
        auto first = dots == std::string::npos ? std::nullopt : read_day(period.substr(0, dots));
        auto last = dots == std::string::npos ? std::nullopt : read_day(period.substr(dots + 2));
        if (!first || !last) return std::make_pair(Message("monitoring.bad_period", {{"value", period}}), Message("monitoring.bad_period_hint"));
        if (last->days_since_epoch() < first->days_since_epoch())
            return std::make_pair(Message("monitoring.period_reversed", {{"value", period}}), Message("monitoring.period_reversed_hint"));
        range = Period{*first, *last};
    }
    if (day) options.build_date = day;
    if (range) options.report_period = range;
    return std::nullopt;
}

}  // namespace urker
