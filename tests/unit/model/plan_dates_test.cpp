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

TEST_CASE("plan dates as communities' planning documents write them") {
    struct Case {
        const char* text;
        int year;
        const char* first;
        const char* last;
    };
    for (const Case& c : {
             Case{"Сентябрь 2013 года", 2013, "2013-09-01", "2013-09-30"},
             Case{"Сентябрь – ноябрь 2013 года", 2013, "2013-09-01", "2013-11-30"},
             Case{"в течение 2013–2014 учебного года", 0, "2013-09-01", "2014-05-31"},
             Case{"В течение учебного года", 2026, "2026-09-01", "2027-05-31"},
             Case{"2026–2027 оқу жылы бойы", 0, "2026-09-01", "2027-05-31"},
             Case{"ежемесячно", 2026, "2026-09-01", "2027-05-31"},
             Case{"Ай сайын", 2026, "2026-09-01", "2027-05-31"},
             Case{"I четверть", 2026, "2026-09-01", "2026-10-31"},
             Case{"1-я четверть", 2026, "2026-09-01", "2026-10-31"},
             Case{"II тоқсан", 2026, "2026-11-01", "2026-12-31"},
             Case{"I–II четверть", 2026, "2026-09-01", "2026-12-31"},
             Case{"II полугодие", 2026, "2027-01-01", "2027-05-31"},
             Case{"бірінші жартыжылдық", 2026, "2026-09-01", "2026-12-31"},
             Case{"III четверть 2026-2027 уч. г.", 0, "2027-01-01", "2027-03-31"},
             Case{"15 сентября 2026 г.", 0, "2026-09-15", "2026-09-15"},
             Case{"15 қыркүйек 2026 ж.", 0, "2026-09-15", "2026-09-15"},
             Case{"15–20 сентября", 2026, "2026-09-15", "2026-09-20"},
             Case{"с 15 сентября по 20 октября 2026", 0, "2026-09-15", "2026-10-20"},
             Case{"с сентября по ноябрь", 2026, "2026-09-01", "2026-11-30"},
             Case{"қыркүйектен мамырға дейін", 2026, "2026-09-01", "2027-05-31"},
             Case{"қазанда", 2026, "2026-10-01", "2026-10-31"},
             Case{"в сентябре", 2026, "", ""},  // «в» is not a word we read: kept as text
             Case{"01.09.2026 – 15.09.2026", 0, "2026-09-01", "2026-09-15"},
             Case{"01.09–15.09.2026", 0, "2026-09-01", "2026-09-15"},
             Case{"до 15 октября", 2026, "2026-10-15", "2026-10-15"},
             Case{"September 15, 2026", 0, "2026-09-15", "2026-09-15"},
             Case{"декабрь 2026 – январь 2027", 0, "2026-12-01", "2027-01-31"},
             Case{"2027", 0, "2027-01-01", "2027-12-31"},
             Case{"по согласованию", 2026, "", ""},
             Case{"31 февраля 2027", 0, "", ""},
             Case{"ноябрь – сентябрь 2026", 0, "2025-11-01", "2026-09-30"},  // as «декабрь – январь 2027»
         }) {
        std::string text = c.text;
        CAPTURE(text);
        PlanWhen w = parse_plan_when(c.text, c.year);
        if (*c.first == '\0') {
            CHECK_FALSE(w.understood);
            continue;
        }
        REQUIRE(w.understood);
        CHECK(w.first.iso() == c.first);
        CHECK(w.last.iso() == c.last);
    }
}

TEST_CASE("a project year from May places months without a year from May on") {
    auto w = parse_plan_when("Май-июнь", 2026, 5);
    REQUIRE(w.understood);
    CHECK(w.first.iso() == "2026-05-01");
    CHECK(w.last.iso() == "2026-06-30");
    CHECK(parse_plan_when("апрель", 2026, 5).first.iso() == "2027-04-01");
    auto year = parse_plan_when("в течение года", 2026, 5);
    REQUIRE(year.understood);
    CHECK(year.first.iso() == "2026-05-01");
    CHECK(year.last.iso() == "2027-04-30");
    // The school year is the default: May belongs to its second year.
    CHECK(parse_plan_when("Май-июнь", 2026).first.iso() == "2027-05-01");
}

TEST_CASE("a date written as one that cannot be is told as impossible, not taken as free text") {
    PlanWhen sep31 = parse_plan_when("31.09.2026", 2026);
    CHECK_FALSE(sep31.understood);
    CHECK(sep31.impossible == "bad_day");
    CHECK(sep31.year_month == "2026-09");
    CHECK(sep31.days == 30);
    PlanWhen month13 = parse_plan_when("2026-13-01", 2026);
    CHECK(month13.impossible == "bad_month");
    CHECK(month13.bad_month == 13);
    CHECK(parse_plan_when("15.13.2026", 2026).impossible == "bad_month");
    CHECK(parse_plan_when("29.02.2027", 2026).impossible == "bad_day");
    CHECK(parse_plan_when("01.09 – 31.09.2026", 2026).impossible == "bad_day");  // either end
    // Real dates and free text are not impossible.
    CHECK(parse_plan_when("29.02.2028", 2027).impossible.empty());
    CHECK(parse_plan_when("30.09.2026", 2026).understood);
    CHECK(parse_plan_when("по согласованию", 2026).impossible.empty());
}
