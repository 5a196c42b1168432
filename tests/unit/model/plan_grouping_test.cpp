#include <doctest/doctest.h>

#include "model/plan_groups_json.h"
#include "model/plan_grouping.h"

using namespace urker;

namespace {
std::vector<PlanWhen> whens(std::initializer_list<const char*> texts) {
    std::vector<PlanWhen> out;
    for (const char* t : texts) out.push_back(parse_plan_when(t, 2026));
    return out;
}
std::string kinds(const std::vector<PlanGroup>& groups) {
    std::string s;
    for (const auto& g : groups) {
        const char* k = g.kind == PlanGroup::Kind::month ? "M" : g.kind == PlanGroup::Kind::term ? "T" : g.kind == PlanGroup::Kind::year ? "Y" : "?";
        s += std::string(s.empty() ? "" : " ") + k + (g.kind == PlanGroup::Kind::undated ? "" : g.first.iso().substr(0, 7));
    }
    return s;
}
}  // namespace

TEST_CASE("each month of a plan is one group, in time order, whatever the order of the items") {
    auto w = whens({"октябрь 2026", "15.09.2026", "20 октября 2026", "сентябрь 2026", "2026-10-05"});
    auto g = group_plan_items(w);
    CHECK(kinds(g) == "M2026-09 M2026-10");
    REQUIRE(g.size() == 2);
    CHECK(g[0].items == std::vector<std::size_t>{3, 1});  // the whole month (1 Sep) before the 15th
    CHECK(g[1].items == std::vector<std::size_t>{0, 4, 2});
}

TEST_CASE("a range of months is placed at its first month") {
    auto w = whens({"март 2027", "февраль – март 2027", "январь 2027"});
    REQUIRE(w[1].span == PlanSpan::range);
    auto g = group_plan_items(w);
    CHECK(kinds(g) == "M2027-01 M2027-02 M2027-03");
    CHECK(g[1].items == std::vector<std::size_t>{1});
}

TEST_CASE("the whole year is a group of its own placed where it starts, before that month") {
    auto w = whens({"октябрь 2026", "в течение года", "сентябрь 2026", "жыл бойы", "ежемесячно"});
    CHECK(w[1].span == PlanSpan::year);
    auto g = group_plan_items(w);
    CHECK(kinds(g) == "Y2026-09 M2026-09 M2026-10");
    CHECK(g[0].items == std::vector<std::size_t>{1, 3, 4});
}

TEST_CASE("each term is a group of its own placed by its start, and the same term in two languages is one group") {
    auto w = whens({"II четверть", "I четверть", "ноябрь 2026", "II тоқсан", "сентябрь 2026"});
    CHECK(w[0].span == PlanSpan::term);
    auto g = group_plan_items(w);
    CHECK(kinds(g) == "T2026-09 M2026-09 T2026-11 M2026-11");
    CHECK(g[2].items == std::vector<std::size_t>{0, 3});
}

TEST_CASE("items whose time cannot be read come last, in one group") {
    auto w = whens({"по согласованию", "сентябрь 2026", "по мере необходимости"});
    auto g = group_plan_items(w);
    CHECK(kinds(g) == "M2026-09 ?");
    CHECK(g[1].items == std::vector<std::size_t>{0, 2});
}

TEST_CASE("plan groups are headed by the month in the page's language and items show one date form") {
    urker::Json items = urker::Json::array();
    for (const char* t : {"февраль – март 2027", "I четверть", "15.09.2026"}) {
        PlanWhen w = parse_plan_when(t, 2026);
        items.push_back({{"when", t}, {"when_understood", w.understood}, {"span", plan_span_name(w.span)},
                         {"first", w.first.iso()}, {"last", w.last.iso()}});
    }
    auto ru = plan_groups(items, "ru");
    REQUIRE(ru.size() == 3);
    CHECK(ru[0]["kind"] == "term");
    CHECK(ru[0]["label"] == "I четверть");
    CHECK(ru[1]["kind"] == "month");
    CHECK(ru[1]["key"] == "2026-09");
    CHECK(ru[1]["label"].get<std::string>().find("сентябрь 2026") == 0);
    CHECK(ru[1]["items"][0]["when_label"].get<std::string>().find("15 сентября 2026") == 0);
    CHECK(ru[2]["key"] == "2027-02");
    const std::string range = ru[2]["items"][0]["when_label"].get<std::string>();
    CHECK_MESSAGE(range.find("февраль") != std::string::npos, range);
    CHECK_MESSAGE(range.find("март 2027") != std::string::npos, range);
    auto kk = plan_groups(items, "kk");
    CHECK_MESSAGE(kk[1]["label"].get<std::string>().find("қыркүйек") != std::string::npos, kk[1]["label"].get<std::string>());
}
