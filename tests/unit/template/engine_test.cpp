// The Engine API as other stages use it: host filters and functions, template management,
// render errors as diagnostics, and rendering one engine from many threads.
#include <doctest/doctest.h>

#include <stdexcept>
#include <thread>

#include "template_test_support.h"

using urker::Diagnostics;
using urker::tmpl::Args;
using urker::tmpl::Engine;
using urker::tmpl::Locale;
using urker::tmpl::Value;
using urker::tmpl::testing::formatted;
using urker::tmpl::testing::language;
using urker::tmpl::testing::Theme;

namespace {
std::string first_line(const std::string& s) { return s.substr(0, s.find('\n')); }
}  // namespace

TEST_SUITE("template engine") {

TEST_CASE("add_template reports success and has_template finds it") {
    Engine engine;
    Diagnostics diags;
    CHECK(engine.add_template("page.html", "x", "themes/default/templates/page.html", diags));
    CHECK(engine.has_template("page.html"));
    CHECK_FALSE(engine.has_template("other.html"));
    CHECK_FALSE(engine.add_template("bad.html", "{{", "themes/default/templates/bad.html", diags));
    CHECK_FALSE(engine.has_template("bad.html"));
    REQUIRE(diags.items().size() == 1);
    CHECK(diags.items()[0].where.file == "themes/default/templates/bad.html");
    CHECK(diags.items()[0].where.line == 1);
    CHECK(diags.items()[0].where.column == 1);
    CHECK(diags.items()[0].source_line == "{{");
}

TEST_CASE("adding a template again replaces it") {
    Theme theme;
    theme.add("page.html", "old");
    theme.add("page.html", "new");
    CHECK(theme.render("page.html") == "new");
}

TEST_CASE("rendering a template that does not exist is a diagnostic") {
    Engine engine;
    Diagnostics diags;
    engine.add_template("page.html", "", "page.html", diags);
    CHECK_FALSE(engine.render("pgae.html", Value::object(), {}, diags));
    CHECK(formatted(diags) == "pgae.html: error: the template \"pgae.html\" does not exist\n"
                              "    hint: did you mean \"page.html\"?\n");
}

TEST_CASE("rendering a template that had syntax errors says so") {
    Engine engine;
    Diagnostics diags;
    engine.add_template("page.html", "{% if %}", "page.html", diags);
    Diagnostics render_diags;
    CHECK_FALSE(engine.render("page.html", Value::object(), {}, render_diags));
    CHECK(formatted(render_diags) == "page.html: error: the template \"page.html\" has errors (reported above), so it "
                                     "cannot be rendered\n");
}

TEST_CASE("including a template that had syntax errors says so") {
    Theme theme;
    theme.add("broken.html", "{{ x");
    theme.add("page.html", "{% include 'broken.html' %}");
    theme.diags = Diagnostics();
    CHECK(first_line(theme.render("page.html")) ==
          "templates/page.html:1:1: error: the template \"broken.html\" has errors (reported above), so it cannot be "
          "included");
}

TEST_CASE("render errors carry file, line, column, source line and hint") {
    Engine engine;
    Diagnostics diags;
    engine.add_template("page.html", "<h1>\n  {{ 1 // 0 }}\n</h1>", "themes/default/templates/page.html", diags);
    CHECK_FALSE(engine.render("page.html", Value::object(), {}, diags));
    REQUIRE(diags.items().size() == 1);
    const urker::Diagnostic& d = diags.items()[0];
    CHECK(d.severity == urker::Severity::error);
    CHECK(d.where.file == "themes/default/templates/page.html");
    CHECK(d.where.line == 2);
    CHECK(d.where.column == 8);
    CHECK(d.message == "division by zero");
    CHECK(d.hint == "check the number you divide by");
    CHECK(d.source_line == "  {{ 1 // 0 }}");
}

TEST_CASE("a context that is not a dict is treated as empty") {
    Theme theme;
    theme.add("page.html", "[{{ x }}]");
    CHECK(theme.render("page.html", Value()) == "[]");
    CHECK(theme.render("page.html", Value::array({1})) == "[]");
}

TEST_CASE("globals are visible as variables after the context, also in macros and includes") {
    Theme theme;
    theme.add("inc.html", "[{{ site.title }}]");
    theme.add("page.html", "{% macro m() %}{{ site.title }}{% endmacro %}{{ site.title }} {{ title }} {{ m() }} "
                           "{% include 'inc.html' %}{% include 'inc.html' without context %}");
    Value globals = {{"site", {{"title", "Портал"}}}, {"title", "global"}};
    Diagnostics diags;
    auto out = theme.engine.render("page.html", {{"title", "page"}}, globals, Locale{}, diags);
    REQUIRE(out);
    CHECK(*out == "Портал page Портал [Портал][Портал]");
    CHECK(theme.engine.render("page.html", Value::object(), globals, Locale{}, diags)->find(" global ") != std::string::npos);
}

TEST_CASE("a host filter receives its input, arguments and locale") {
    Theme theme;
    theme.engine.add_filter("wrap", [](const Value& in, const Args& args, const Locale& locale) {
        return Value(args.positional.at(0).get<std::string>() + in.get<std::string>() +
                     args.named.value("close", std::string(")")) + locale.language);
    });
    theme.add("page.html", "{{ 'x' | wrap('(') }} {{ 'y' | wrap('[', close=']') }}");
    CHECK(theme.render("page.html", Value::object(), language("kk")) == "(x)kk [y]kk");
}

TEST_CASE("a host filter's output is escaped") {
    Theme theme;
    theme.engine.add_filter("bold", [](const Value& in, const Args&, const Locale&) {
        return Value("<b>" + in.get<std::string>() + "</b>");
    });
    theme.add("page.html", "{{ 'x' | bold }}|{{ 'x' | bold | safe }}");
    CHECK(theme.render("page.html") == "&lt;b&gt;x&lt;/b&gt;|<b>x</b>");
}

TEST_CASE("a host filter gets views and undefined values as plain JSON") {
    Theme theme;
    theme.engine.add_filter("dump", [](const Value& in, const Args& args, const Locale&) {
        return Value(in.dump() + (args.positional.empty() ? "" : args.positional[0].dump()));
    });
    theme.add("page.html", "{{ [3, 1, 2] | sort | dump | safe }} {{ missing | dump }} {{ 1 | dump([2] | reverse) }}");
    CHECK(theme.render("page.html") == "[1,2,3] null 1[2]");
}

TEST_CASE("a host filter may replace a built-in one") {
    Theme theme;
    theme.engine.add_filter("upper", [](const Value&, const Args&, const Locale&) { return Value("custom"); });
    theme.add("page.html", "{{ 'x' | upper }}");
    CHECK(theme.render("page.html") == "custom");
}

TEST_CASE("an exception from a host filter becomes a render error at the filter") {
    Theme theme;
    theme.engine.add_filter("boom", [](const Value&, const Args&, const Locale&) -> Value {
        throw std::runtime_error("the image \"a.png\" is missing");
    });
    theme.add("page.html", "ok\n{{ 'x' | boom }}");
    CHECK(first_line(theme.render("page.html")) ==
          "templates/page.html:2:10: error: the \"boom\" filter failed: the image \"a.png\" is missing");
}

TEST_CASE("a host function is called with positional and named arguments") {
    Theme theme;
    theme.engine.add_function("url_for", [](const Args& args, const Locale& locale) {
        std::string lang = args.named.value("lang", locale.language);
        return Value("/" + lang + "/" + args.positional.at(0).get<std::string>() + "/");
    });
    theme.add("page.html", "{{ url_for('materials') }} {{ url_for('members', lang='kk') }}");
    CHECK(theme.render("page.html") == "/ru/materials/ /kk/members/");
}

TEST_CASE("a host function's result can be used like any value") {
    Theme theme;
    theme.engine.add_function("recent", [](const Args& args, const Locale&) {
        Value list = Value::array();
        for (int i = 0; i < args.positional.at(0).get<int>(); ++i) list.push_back({{"n", i}});
        return list;
    });
    theme.add("page.html", "{% for r in recent(3) | reverse %}{{ r.n }}{% endfor %} {{ (recent(2) | last).n }}");
    CHECK(theme.render("page.html") == "210 1");
}

TEST_CASE("an exception from a host function becomes a render error") {
    Theme theme;
    theme.engine.add_function("fail", [](const Args&, const Locale&) -> Value { throw std::runtime_error("no"); });
    theme.add("page.html", "{{ fail() }}");
    CHECK(first_line(theme.render("page.html")) == "templates/page.html:1:4: error: the function \"fail\" failed: no");
}

TEST_CASE("a macro shadows a host function of the same name") {
    Theme theme;
    theme.engine.add_function("f", [](const Args&, const Locale&) { return Value("host"); });
    theme.add("page.html", "{% macro f() %}macro{% endmacro %}{{ f() }}");
    CHECK(theme.render("page.html") == "macro");
}

TEST_CASE("render leaves the context unchanged") {
    Theme theme;
    theme.add("page.html", "{% set ns = namespace(x=1) %}{% set ns.x = 2 %}{{ pages | sort | join }}");
    Value ctx = {{"pages", {3, 1, 2}}};
    Value before = ctx;
    CHECK(theme.render("page.html", ctx) == "123");
    CHECK(ctx == before);
}

TEST_CASE("rendering twice gives the same output") {
    Theme theme;
    theme.add("page.html", "{% set x = 1 %}{% for p in pages %}{{ p }}{% endfor %}{{ x }}");
    Value ctx = {{"pages", {1, 2}}};
    CHECK(theme.render("page.html", ctx) == "121");
    CHECK(theme.render("page.html", ctx) == "121");
}

TEST_CASE("an engine can be moved") {
    Engine a;
    Diagnostics diags;
    a.add_template("p", "{{ 1 + 1 }}", "p", diags);
    Engine b = std::move(a);
    CHECK(b.render("p", Value::object(), {}, diags) == "2");
}

TEST_CASE("one engine renders the same pages from 8 threads at once") {
    Theme theme;
    theme.engine.add_function("label", [](const Args& args, const Locale&) { return Value("#" + args.positional.at(0).dump()); });
    theme.add("base.html", "<title>{% block title %}{% endblock %}</title><main>{% block main %}{% endblock %}</main>");
    theme.add("macros.html", "{% macro card(p) %}<div>{{ p.title | upper }} {{ p.n | plural('items') }} "
                             "{{ p.date | date }}</div>{% endmacro %}");
    theme.add("page.html",
              "{% extends 'base.html' %}{% import 'macros.html' as m %}"
              "{% block title %}{{ title }} · {{ 'site' | t }}{% endblock %}"
              "{% block main %}{% for p in pages | sort(attribute='n', reverse=true) %}{{ m.card(p) }}{{ label(loop.index) }}"
              "{% endfor %}{% endblock %}");
    Value strings = {{"site", "Портал"}, {"items", {{"one", "{n} элемент"}, {"few", "{n} элемента"}, {"many", "{n} элементов"}}}};
    std::vector<Value> contexts;
    for (int c = 0; c < 8; ++c) {
        Value pages = Value::array();
        for (int i = 0; i < 20; ++i)
            pages.push_back({{"title", "страница " + std::to_string(i)}, {"n", i + c}, {"date", "2026-0" + std::to_string(1 + i % 9) + "-1" + std::to_string(i % 10)}});
        contexts.push_back({{"title", "Заголовок " + std::to_string(c)}, {"pages", pages}});
    }
    Locale locale = language("ru", &strings);
    std::vector<std::string> expected;
    for (const Value& ctx : contexts) {
        Diagnostics d;
        auto out = theme.engine.render("page.html", ctx, locale, d);
        REQUIRE(out);
        expected.push_back(*out);
    }
    CHECK(expected[0].find("ЗАГОЛОВОК") == std::string::npos);
    CHECK(expected[0].find("<title>Заголовок 0 · Портал</title>") == 0);
    CHECK(expected[0].find("СТРАНИЦА 19 19 элементов") != std::string::npos);

    std::vector<std::vector<std::string>> results(8);
    std::vector<std::thread> threads;
    for (int t = 0; t < 8; ++t) {
        threads.emplace_back([&, t] {
            for (int round = 0; round < 25; ++round) {
                for (std::size_t c = 0; c < contexts.size(); ++c) {
                    Diagnostics d;
                    auto out = theme.engine.render("page.html", contexts[(c + static_cast<std::size_t>(t)) % contexts.size()], locale, d);
                    results[static_cast<std::size_t>(t)].push_back(out ? *out : formatted(d));
                }
            }
        });
    }
    for (auto& th : threads) th.join();
    for (int t = 0; t < 8; ++t) {
        REQUIRE(results[static_cast<std::size_t>(t)].size() == 25 * contexts.size());
        for (std::size_t i = 0; i < results[static_cast<std::size_t>(t)].size(); ++i) {
            std::size_t c = (i % contexts.size() + static_cast<std::size_t>(t)) % contexts.size();
            CHECK(results[static_cast<std::size_t>(t)][i] == expected[c]);
        }
    }
}

TEST_CASE("render errors on different threads stay on their own diagnostics") {
    Theme theme;
    theme.add("page.html", "{{ 10 // n }}");
    std::vector<std::string> outs(8);
    std::vector<std::thread> threads;
    for (int t = 0; t < 8; ++t) {
        threads.emplace_back([&, t] {
            Diagnostics d;
            auto out = theme.engine.render("page.html", {{"n", t % 2}}, {}, d);
            outs[static_cast<std::size_t>(t)] = out ? *out : first_line(formatted(d));
        });
    }
    for (auto& th : threads) th.join();
    for (int t = 0; t < 8; ++t)
        CHECK(outs[static_cast<std::size_t>(t)] ==
              (t % 2 ? std::string("10") : std::string("templates/page.html:1:7: error: division by zero")));
}

}  // TEST_SUITE
