#include <doctest/doctest.h>

#include "model/plan_dates.h"

using namespace urker;

TEST_CASE("plan dates written as days are placed on that day") {
    auto w = parse_plan_when("15.09.2026", 2026);
    REQUIRE(w.understood);
    CHECK(w.first.iso() == "2026-09-15");
    CHECK(w.last.iso() == "2026-09-15");
    CHECK(w.month_key == "2026-09");
    CHECK(parse_plan_when("2026-10-05", 2026).first.iso() == "2026-10-05");
    CHECK_FALSE(parse_plan_when("31.02.2027", 2026).understood);
}

TEST_CASE("months in Russian, Kazakh and English cover the whole month") {
    auto ru = parse_plan_when("октябрь 2026", 2026);
    REQUIRE(ru.understood);
    CHECK(ru.first.iso() == "2026-10-01");
    CHECK(ru.last.iso() == "2026-10-31");
    auto kk = parse_plan_when("ақпан 2027", 2026);
    REQUIRE(kk.understood);
    CHECK(kk.last.iso() == "2027-02-28");
    CHECK(parse_plan_when("Қазан 2026", 2026).month_key == "2026-10");
    CHECK(parse_plan_when("March 2027", 2026).month_key == "2027-03");
    CHECK(parse_plan_when("2026-11", 2026).last.iso() == "2026-11-30");
    CHECK(parse_plan_when("октября 2026 г.", 2026).month_key == "2026-10");
}

TEST_CASE("a month without a year belongs to the plan's school year") {
    CHECK(parse_plan_when("ноябрь", 2026).month_key == "2026-11");
    CHECK(parse_plan_when("апрель", 2026).month_key == "2027-04");
}

TEST_CASE("month ranges span from the first to the last month") {
    auto w = parse_plan_when("сентябрь–октябрь 2026", 2026);
    REQUIRE(w.understood);
    CHECK(w.first.iso() == "2026-09-01");
    CHECK(w.last.iso() == "2026-10-31");
    CHECK(w.month_key.empty());
    auto across = parse_plan_when("декабрь - январь 2027", 2026);
    REQUIRE(across.understood);
    CHECK(across.first.iso() == "2026-12-01");
    CHECK(across.last.iso() == "2027-01-31");
}

TEST_CASE("terms and the whole year follow the school calendar") {
    auto t2 = parse_plan_when("II четверть", 2026);
    REQUIRE(t2.understood);
    CHECK(t2.first.iso() == "2026-11-01");
    CHECK(t2.last.iso() == "2026-12-31");
    CHECK(parse_plan_when("IV тоқсан", 2026).last.iso() == "2027-05-31");
    auto year = parse_plan_when("в течение года", 2026);
    REQUIRE(year.understood);
    CHECK(year.first.iso() == "2026-09-01");
    CHECK(year.last.iso() == "2027-05-31");
    CHECK(parse_plan_when("жыл бойы", 2026).understood);
}

TEST_CASE("free text that names no time is kept as text") {
    CHECK_FALSE(parse_plan_when("по согласованию", 2026).understood);
    CHECK_FALSE(parse_plan_when("", 2026).understood);
    CHECK(month_from_name("Желтоқсан") == 12);
    CHECK(month_from_name("мая") == 5);
    CHECK(month_from_name("кот") == 0);
}

TEST_CASE("a very long text is not read as a date, and cannot exhaust the stack") {
    // The date patterns use std::regex, which recurses per character; long input never reaches it.
    CHECK_FALSE(urker::parse_plan_when(std::string(100000, 'a'), 2026).understood);
    CHECK_FALSE(urker::parse_plan_when("I" + std::string(100000, ' ') + "четверть", 2026).understood);
    CHECK(urker::parse_plan_when("октябрь 2026", 2026).understood);
}
