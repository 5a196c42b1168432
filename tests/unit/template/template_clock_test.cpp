// `urker build --profile`'s time by template and macro: each part's own time and runs.
#include <doctest/doctest.h>

#include <algorithm>

#include "template/template_clock.h"
#include "template_test_support.h"

using urker::Diagnostics;
using urker::tmpl::TemplateClock;
using urker::tmpl::Value;
using urker::tmpl::testing::Theme;

namespace {

Theme profiled_theme() {
    Theme theme;
    theme.add("base.html", "<main>{% block content %}{% endblock %}</main>{% include 'footer.html' %}");
    theme.add("footer.html", "<footer>{{ site }}</footer>");
    theme.add("card.html", "<li>{{ item }}</li>");
    theme.add("macros.html",
              "{% macro chip(x) %}<b>{{ x }}</b>{% endmacro %}"
              "{% macro slow() %}{% for i in range(20000) %}{{ i }}{% endfor %}{% endmacro %}");
    theme.add("page.html",
              "{% extends 'base.html' %}{% import 'macros.html' as m %}"
              "{% block content %}<ul>{% for item in [1, 2, 3] %}{% include 'card.html' %}{{ m.chip(item) }}{% endfor %}</ul>"
              "{{ m.slow() }}{% endblock %}");
    return theme;
}

const TemplateClock::Entry* entry(const std::vector<TemplateClock::Entry>& entries, std::string_view name) {
    auto it = std::find_if(entries.begin(), entries.end(), [&](const TemplateClock::Entry& e) { return e.name == name; });
    return it == entries.end() ? nullptr : &*it;
}

}  // namespace

TEST_SUITE("template clock") {

TEST_CASE("each template and macro is timed on its own, with its runs counted over every render") {
    Theme theme = profiled_theme();
    TemplateClock clock;
    const Value context = {{"site", "Ustaz"}};
    for (int render = 0; render < 2; ++render) {
        std::string out;
        REQUIRE(theme.engine.render_into(out, "page.html", context, Value::object(), {}, theme.diags, nullptr, nullptr, nullptr, &clock));
        CHECK(out.starts_with("<main><ul><li>1</li><b>1</b><li>2</li>"));
    }
    const auto entries = clock.top(100);
    REQUIRE(entries.size() == 6);
    struct Expected {
        const char* name;
        std::size_t runs;
    };
    for (const Expected& x : {Expected{"page.html", 2}, Expected{"base.html", 2}, Expected{"footer.html", 2}, Expected{"card.html", 6},
                              Expected{"macros.html: chip", 6}, Expected{"macros.html: slow", 2}}) {
        INFO(x.name);
        const TemplateClock::Entry* e = entry(entries, x.name);
        REQUIRE(e);
        CHECK(e->runs == x.runs);
        CHECK(e->milliseconds >= 0);
    }
    // The costliest first: the macro with the long loop, not the page that calls it.
    CHECK(entries.front().name == "macros.html: slow");
    CHECK(std::is_sorted(entries.begin(), entries.end(), [](const auto& a, const auto& b) { return a.milliseconds > b.milliseconds; }));
    CHECK(clock.top(2).size() == 2);
}

TEST_CASE("a render that fails still adds what it timed, and a render without a clock adds nothing") {
    Theme theme;
    theme.add("page.html", "{% include 'part.html' %}{{ 1 / 0 }}");
    theme.add("part.html", "text");
    TemplateClock clock;
    std::string out;
    CHECK_FALSE(theme.engine.render_into(out, "page.html", Value::object(), Value::object(), {}, theme.diags, nullptr, nullptr, nullptr, &clock));
    const auto entries = clock.top(10);
    REQUIRE(entries.size() == 2);
    CHECK(entry(entries, "part.html")->runs == 1);
    CHECK(entry(entries, "page.html")->runs == 1);

    TemplateClock unused;
    Diagnostics diags;
    CHECK(theme.engine.render_into(out, "part.html", Value::object(), Value::object(), {}, diags));
    CHECK(unused.top(10).empty());
}

}  // TEST_SUITE
