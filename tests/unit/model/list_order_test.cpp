#include <doctest/doctest.h>

#include "model/list_order.h"

using namespace urker;

namespace {

Page page(const std::string& name, const std::string& yaml) {
    Diagnostics d;
    Page p;
    p.content_path = name;
    p.title = name;
    p.front_matter = parse_yaml(yaml, "content/" + name, d);
    REQUIRE(d.empty());
    if (p.front_matter.value.contains("date")) p.date = parse_date(p.front_matter.value["date"].get<std::string>()).date;
    return p;
}

Date day(const char* iso) { return *parse_date(iso).date; }

std::vector<std::string> listed(const std::vector<Page>& pages, const Date& today) {
    std::vector<std::size_t> ids;
    for (std::size_t i = 0; i < pages.size(); ++i) ids.push_back(i);
    sort_for_listing(ids, pages, today);
    std::vector<std::string> names;
    for (auto i : ids) names.push_back(pages[i].content_path);
    return names;
}

}  // namespace

TEST_CASE("events list upcoming ones first, soonest first, then past ones, newest first") {
    // Announced (date) in another order than they happen (start), as in the example portal.
    std::vector<Page> events = {
        page("march-2027", "date: 2026-09-01\nstart: 2027-03-20T10:00:00+05:00\n"),
        page("feb-2027", "date: 2026-11-01\nstart: 2027-02-10T10:00:00+05:00\n"),
        page("dec-10", "date: 2026-10-01\nstart: 2026-12-10T15:00:00+05:00\n"),
        page("nov-26", "date: 2026-11-20\nstart: 2026-11-26T15:00:00+05:00\n"),
        page("jan-2027", "date: 2026-10-15\nstart: 2027-01-20T10:00:00+05:00\n"),
        page("oct-1", "date: 2026-09-10\nstart: 2026-10-01T10:00:00+05:00\n"),
        page("today", "date: 2026-11-01\nstart: 2026-12-01T09:00:00+05:00\n"),
        page("ends-today", "date: 2026-11-01\nstart: 2026-11-28\nend: 2026-12-01\n"),
    };
    CHECK(listed(events, day("2026-12-01")) ==
          std::vector<std::string>{"ends-today", "today", "dec-10", "jan-2027", "feb-2027", "march-2027", "nov-26", "oct-1"});
}

TEST_CASE("an event is upcoming until its last day has passed") {
    Page p = page("e", "start: 2026-11-28\nend: 2026-12-01\n");
    CHECK(is_upcoming(p, day("2026-12-01")));
    CHECK_FALSE(is_upcoming(p, day("2026-12-02")));
    CHECK_FALSE(is_upcoming(page("news", "date: 2026-11-01\n"), day("2026-10-01")));
}

TEST_CASE("a pinned page heads the list until the day after pin_until, then takes its place by date") {
    std::vector<Page> news = {
        page("new", "date: 2026-11-20\n"),
        page("old-pinned", "date: 2026-09-01\npinned: true\npin_until: 2026-11-30\n"),
        page("middle", "date: 2026-10-01\n"),
        page("pinned-for-ever", "date: 2026-08-01\npinned: true\n"),
    };
    CHECK(listed(news, day("2026-11-30")) == std::vector<std::string>{"old-pinned", "pinned-for-ever", "new", "middle"});
    CHECK(listed(news, day("2026-12-01")) == std::vector<std::string>{"pinned-for-ever", "new", "middle", "old-pinned"});
}

TEST_CASE("only a real true pins, and a pinned event heads the events") {
    CHECK_FALSE(is_pinned(page("a", "pinned: \"yes\"\n"), day("2026-01-01")));
    CHECK_FALSE(is_pinned(page("a", "pinned: false\n"), day("2026-01-01")));
    CHECK(is_pinned(page("a", "pinned: true\npin_until: 2026-01-01\n"), day("2026-01-01")));
    std::vector<Page> events = {
        page("soon", "start: 2026-12-02\n"),
        page("pinned-later", "start: 2027-05-01\npinned: true\n"),
    };
    CHECK(listed(events, day("2026-12-01")) == std::vector<std::string>{"pinned-later", "soon"});
}

TEST_CASE("newest first: by date, undated last, the same day by file") {
    std::vector<Page> pages = {page("b.md", "date: 2026-10-01\n"), page("c.md", "title: no date\n"), page("a.md", "date: 2026-10-01\n"),
                               page("d.md", "date: 2026-11-05\n")};
    std::vector<std::size_t> ids = {0, 1, 2, 3};
    sort_newest_first(ids, pages);
    CHECK(ids == std::vector<std::size_t>{3, 2, 0, 1});
}
