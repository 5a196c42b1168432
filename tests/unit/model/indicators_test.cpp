#include <doctest/doctest.h>

#include "model/indicators.h"

using namespace urker;

namespace {
Date day(int y, int m, int d) {
    Date out;
    out.year = y;
    out.month = m;
    out.day = d;
    return out;
}
}  // namespace

TEST_CASE("months between two months include both ends and cross the year") {
    auto m = months_between("2026-11", "2027-02");
    REQUIRE(m.size() == 4);
    CHECK(m.front() == "2026-11");
    CHECK(m[2] == "2027-01");
    CHECK(m.back() == "2027-02");
    CHECK(months_between("2027-02", "2026-11").empty());
    CHECK(month_key(day(2026, 9, 30)) == "2026-09");
}

TEST_CASE("a month back from the 31st lands on the last day of a shorter month") {
    CHECK(months_before(day(2027, 3, 31), 1).iso() == "2027-02-28");
    CHECK(months_before(day(2027, 5, 31), 12).iso() == "2026-05-31");
    CHECK(months_before(day(2027, 1, 15), 2).iso() == "2026-11-15");
}

TEST_CASE("the default report period is the academic year from 1 September up to the build date") {
    Period p = academic_year_to_date(day(2027, 5, 31));
    CHECK(p.first.iso() == "2026-09-01");
    CHECK(p.last.iso() == "2027-05-31");
    CHECK(academic_year_to_date(day(2026, 9, 1)).first.iso() == "2026-09-01");
    CHECK(academic_year_to_date(day(2026, 8, 31)).first.iso() == "2025-09-01");
    CHECK(p.contains(day(2026, 9, 1)));
    CHECK_FALSE(p.contains(day(2027, 6, 1)));
}

TEST_CASE("a member is active when they did anything within the window up to the build date, nothing planned after it") {
    std::vector<Activity> a = {
        {"ivanova", day(2026, 5, 31), "authored"},     // exactly 12 months before: outside
        {"petrov", day(2026, 6, 1), "organised"},      // the window's first day
        {"petrov", day(2027, 1, 10), "took_part"},
        {"kim", day(2027, 5, 31), "responsible"},      // the build date itself
        {"omarova", day(2027, 6, 1), "organised"},     // after the build date
    };
    auto active = active_members(a, day(2027, 6, 1) /* a day later for omarova */, 12);
    CHECK(active.count("omarova"));
    active = active_members(a, day(2027, 5, 31), 12);
    CHECK(active.size() == 2);
    CHECK_FALSE(active.count("ivanova"));
    CHECK_FALSE(active.count("omarova"));
    REQUIRE(active.count("petrov"));
    CHECK(active["petrov"] == std::set<std::string>{"organised", "took_part"});
    CHECK(active["kim"] == std::set<std::string>{"responsible"});
    CHECK(active_members(a, day(2027, 5, 31), 3).size() == 1);  // only kim in March–May
}

TEST_CASE("a member is new once, in the month of their first activity") {
    std::vector<Activity> a = {
        {"petrov", day(2027, 1, 10), "took_part"}, {"petrov", day(2026, 10, 2), "authored"},
        {"kim", day(2026, 10, 20), "organised"},   {"kim", day(2026, 10, 21), "authored"},
        {"omarova", day(2027, 9, 1), "organised"},  // after the build date: not yet a member
    };
    auto joined = new_members_per_month(a, day(2027, 5, 31));
    REQUIRE(joined.size() == 1);
    CHECK(joined["2026-10"] == 2);
}

TEST_CASE("the community's age counts whole years from the founding year") {
    CHECK(community_age_years(2023, day(2027, 5, 31)) == 4);
    CHECK(community_age_years(2027, day(2027, 5, 31)) == 0);
    CHECK_FALSE(community_age_years(2028, day(2027, 5, 31)));
    CHECK_FALSE(community_age_years(0, day(2027, 5, 31)));
}

TEST_CASE("a page is stale when its last change is more than N months before the build date") {
    CHECK(is_stale(day(2026, 5, 30), day(2027, 5, 31), 12));
    CHECK_FALSE(is_stale(day(2026, 5, 31), day(2027, 5, 31), 12));
    CHECK_FALSE(is_stale(day(2027, 1, 1), day(2027, 5, 31), 12));
    CHECK(is_stale(day(2027, 1, 1), day(2027, 5, 31), 3));
}

TEST_CASE("plan completion is done of due in whole percent, compared with the target") {
    auto c = plan_completion(8, 6, 100);
    CHECK(c.percent == 75);
    CHECK_FALSE(c.reached());
    CHECK(plan_completion(8, 6, 75).reached());
    CHECK(plan_completion(3, 2, 60).percent == 67);
    CHECK(plan_completion(0, 0, 100).percent == 0);
    CHECK_FALSE(plan_completion(0, 0, 1).reached());  // nothing due: no claim that the target is met
}

TEST_CASE("survey answers are counted per question from a forms export, most frequent first") {
    CsvTable t = parse_csv(
        "Отметка времени,Семинар был полезен?,Что применить?\n"
        "25.09.2026 18:01:02,Да,Критерии\n"
        "25.09.2026 18:05:00,Скорее да,\n"
        "25.09.2026 18:07:30,Да,Обратная связь\n"
        "25.09.2026 18:09:00,,\n");
    REQUIRE(t.error.empty());
    auto r = read_poll_results(t);
    REQUIRE(r);
    CHECK(r->responses == 3);  // the last row answered nothing
    REQUIRE(r->questions.size() == 2);
    CHECK(r->questions[0].question == "Семинар был полезен?");
    CHECK(r->questions[0].answered == 3);
    REQUIRE(r->questions[0].answers.size() == 2);
    CHECK(r->questions[0].answers[0].answer == "Да");
    CHECK(r->questions[0].answers[0].count == 2);
    CHECK(r->questions[1].answered == 2);
    CHECK(r->questions[1].answers[0].answer == "Критерии");  // equal counts keep their first order
    CHECK_FALSE(read_poll_results(parse_csv("Timestamp\n2026-09-25\n")));
}
