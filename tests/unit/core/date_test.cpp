#include <doctest/doctest.h>

#include "core/date.h"

using urker::iso_of_day_first;
using urker::parse_date;

TEST_CASE("a plain day parses and prints back the same") {
    auto r = parse_date("2026-09-01");
    REQUIRE(r.date);
    CHECK(r.date->iso() == "2026-09-01");
    CHECK_FALSE(r.date->has_time());
}

TEST_CASE("a moment with an offset keeps its offset") {
    auto r = parse_date("2026-10-15T10:00:00+05:00");
    REQUIRE(r.date);
    CHECK(r.date->iso() == "2026-10-15T10:00:00+05:00");
    CHECK(r.date->offset_minutes == 300);
    CHECK(r.date->epoch_seconds() == parse_date("2026-10-15T05:00:00Z").date->epoch_seconds());
}

TEST_CASE("a month is accepted only where months are allowed") {
    CHECK_FALSE(parse_date("2026-09").date);
    CHECK(parse_date("2026-09").error.find("month") != std::string::npos);
    auto r = parse_date("2026-09", true);
    REQUIRE(r.date);
    CHECK(r.date->iso() == "2026-09");
}

TEST_CASE("impossible dates are refused with a reason") {
    CHECK(parse_date("2026-13-01").error.find("months go from 01 to 12") != std::string::npos);
    CHECK(parse_date("2026-02-30").error.find("has 28 days") != std::string::npos);
    CHECK(parse_date("2024-02-29").date);  // leap year
    CHECK_FALSE(parse_date("2100-02-29").date);
    CHECK_FALSE(parse_date("01.09.2026").date);
    CHECK_FALSE(parse_date("2026-9-1").date);
    CHECK_FALSE(parse_date("2026-09-01T25:00").date);
    CHECK_FALSE(parse_date("2026-09-01T10:00+5").date);
    CHECK_FALSE(parse_date("2026-09-01T10:00", false, false).date);
}

TEST_CASE("days since epoch order dates") {
    CHECK(parse_date("1970-01-01").date->days_since_epoch() == 0);
    CHECK(parse_date("2026-11-23").date->days_since_epoch() - parse_date("2026-11-22").date->days_since_epoch() == 1);
    CHECK(parse_date("2000-03-01").date->days_since_epoch() == 11017);
}

TEST_CASE("a day-first date is shown back as urker reads dates, for the hint") {
    CHECK(iso_of_day_first("01.12.2026") == "2026-12-01");
    CHECK(iso_of_day_first("1/9/2026") == "2026-09-01");
    CHECK(iso_of_day_first("29-02-2028") == "2028-02-29");
    CHECK_FALSE(iso_of_day_first("31.09.2026"));   // no such day: the message says why, not a wrong date
    CHECK_FALSE(iso_of_day_first("01.12.26"));     // a two-digit year is a guess
    CHECK_FALSE(iso_of_day_first("01.12-2026"));   // two kinds of separator
    CHECK_FALSE(iso_of_day_first("2026-12-01"));   // already as urker reads it
    CHECK_FALSE(iso_of_day_first("первое декабря"));
}
