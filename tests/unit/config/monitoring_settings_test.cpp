#include <doctest/doctest.h>

#include "config/site_config.h"

using namespace urker;

namespace {
std::string all(const Diagnostics& d) {
    std::string s;
    for (const auto& x : d.items()) s += format_diagnostic(x);
    return s;
}
}  // namespace

TEST_CASE("monitoring settings default to a 100 % target and windows of 12 months") {
    Diagnostics d;
    auto cfg = parse_site_config("title: Сеть\n", d);
    REQUIRE(cfg);
    CHECK(cfg->monitoring.plan_target == 100);
    CHECK(cfg->monitoring.active_window_months == 12);
    CHECK(cfg->monitoring.stale_after_months == 12);
}

TEST_CASE("site.yaml sets the plan target and the monitoring windows") {
    Diagnostics d;
    auto cfg = parse_site_config("title: Сеть\nmonitoring: {plan_target: 90, active_window_months: 6, stale_after_months: 24}\n", d);
    REQUIRE(cfg);
    CHECK_MESSAGE(d.empty(), all(d));
    CHECK(cfg->monitoring.plan_target == 90);
    CHECK(cfg->monitoring.active_window_months == 6);
    CHECK(cfg->monitoring.stale_after_months == 24);
}

TEST_CASE("a wrong monitoring setting is an error at its line") {
    Diagnostics d;
    CHECK_FALSE(parse_site_config("title: Сеть\nmonitoring:\n  plan_target: 150\n", d));
    CHECK_MESSAGE(all(d).find("site.yaml:3:16: error: \"plan_target\" must be a whole number from 1 to 100") != std::string::npos, all(d));
    Diagnostics d2;
    CHECK_FALSE(parse_site_config("title: Сеть\nmonitoring:\n  active_window_month: 6\n", d2));
    CHECK_MESSAGE(all(d2).find("site.yaml:3:3: error: unknown monitoring setting \"active_window_month\"") != std::string::npos, all(d2));
    CHECK(all(d2).find("did you mean \"active_window_months\"?") != std::string::npos);
    Diagnostics d3;
    CHECK_FALSE(parse_site_config("title: Сеть\nmonitoring: 12\n", d3));
    CHECK(all(d3).find("\"monitoring\" must be a group of settings") != std::string::npos);
    Diagnostics d4;
    CHECK_FALSE(parse_site_config("title: Сеть\nmonitoring: {stale_after_months: 2.5}\n", d4));
}
