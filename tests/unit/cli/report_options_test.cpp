#include <doctest/doctest.h>

#include "cli/report_options.h"

using namespace urker;

TEST_CASE("the build date and the report period are read from the command line") {
    BuildOptions o;
    CHECK_FALSE(read_report_options("2027-05-31", "2026-09-01..2027-05-31", o));
    REQUIRE(o.build_date);
    CHECK(o.build_date->iso() == "2027-05-31");
    REQUIRE(o.report_period);
    CHECK(o.report_period->first.iso() == "2026-09-01");
    CHECK(o.report_period->last.iso() == "2027-05-31");
    BuildOptions none;
    CHECK_FALSE(read_report_options("", "", none));
    CHECK_FALSE(none.build_date);
    CHECK_FALSE(none.report_period);
}

TEST_CASE("a build date or period that cannot be read is a message with an example, and nothing is set") {
    BuildOptions o;
    auto bad = read_report_options("31.05.2027", "", o);
    REQUIRE(bad);
    CHECK(bad->first.id == "monitoring.bad_build_date");
    CHECK(bad->second.id == "monitoring.bad_build_date_hint");
    CHECK_FALSE(o.build_date);
    bad = read_report_options("2027-02-30", "", o);
    REQUIRE(bad);
    bad = read_report_options("2027-05-31", "2026-09-01-2027-05-31", o);
    REQUIRE(bad);
    CHECK(bad->first.id == "monitoring.bad_period");
    CHECK_FALSE(o.build_date);
    bad = read_report_options("", "2027-05-31..2026-09-01", o);
    REQUIRE(bad);
    CHECK(bad->first.id == "monitoring.period_reversed");
}
