// {% cache %}: a fragment rendered once per build and keys, reused on every later page.
#include <atomic>
#include <string>
#include <thread>
#include <vector>

#include <doctest/doctest.h>

#include "template/fragment_cache.h"
#include "template_test_support.h"

using namespace urker::tmpl;
using namespace urker::tmpl::testing;
using urker::Diagnostics;

namespace {

// A theme whose card counts how often its body really ran: `ns.runs` would not survive the
// block's scope, so the count goes through a host function with a side effect instead.
struct CountingTheme {
    Engine engine;
    Diagnostics diags;
    std::atomic<int> runs{0};
    Value globals = Value::object();

    explicit CountingTheme(std::string card) {
        engine.add_function("ran", [this](const Args&, const Locale&) {
            ++runs;
            return Value("");
        });
        engine.add_template("card.html", std::move(card), "templates/card.html", diags);
        REQUIRE_FALSE(diags.has_errors());
    }
    std::string render(const Value& context, FragmentCache* cache, const Locale& locale = {}) {
        auto out = engine.render("card.html", context, globals, locale, diags, cache);
        return out ? *out : formatted(diags);
    }
};

Value page(const std::string& url, const std::string& title) { return {{"p", {{"url", url}, {"title", title}}}}; }

}  // namespace

TEST_CASE("a cache block renders once per keys, then gives the same bytes") {
    CountingTheme theme("<li>{% cache p.url %}{{ ran() }}<a href=\"{{ p.url }}\">{{ p.title }}</a>{% endcache %}</li>");
    FragmentCache cache;
    CHECK(theme.render(page("/a/", "A & B"), &cache) == "<li><a href=\"/a/\">A &amp; B</a></li>");
    CHECK(theme.render(page("/a/", "A & B"), &cache) == "<li><a href=\"/a/\">A &amp; B</a></li>");
    CHECK(theme.runs == 1);
    CHECK(theme.render(page("/b/", "C"), &cache) == "<li><a href=\"/b/\">C</a></li>");
    CHECK(theme.runs == 2);
    CHECK(cache.size() == 2);
}

TEST_CASE("the keys decide: whatever is not a key is taken from the first render") {
    // The title is not a key, so the second page gets the first one's fragment: the theme
    // author lists every value the fragment depends on (the default theme: url, lang, level).
    CountingTheme theme("{% cache p.url %}{{ p.title }}{% endcache %}");
    FragmentCache cache;
    CHECK(theme.render(page("/a/", "first"), &cache) == "first");
    CHECK(theme.render(page("/a/", "second"), &cache) == "first");
}

TEST_CASE("keys are compared as values: 5 and \"5\", a list and its items, undefined and none differ") {
    CountingTheme theme("{% cache k %}{{ ran() }}{{ k is defined }}{% endcache %}");
    FragmentCache cache;
    for (const Value& k : {Value(5), Value("5"), Value::array({5}), Value(nullptr)}) theme.render({{"k", k}}, &cache);
    theme.render(Value::object(), &cache);  // k undefined
    CHECK(theme.runs == 5);
    theme.render({{"k", 5}}, &cache);
    theme.render({{"k", "5"}}, &cache);
    CHECK(theme.runs == 5);
}

TEST_CASE("several keys, and two blocks with equal keys are kept apart") {
    CountingTheme theme("{% cache p.url, lang %}[{{ p.url }} {{ lang }}]{% endcache %}{% cache p.url, lang %}({{ lang }}){% endcache %}");
    FragmentCache cache;
    CHECK(theme.render({{"p", {{"url", "/a/"}}}, {"lang", "ru"}}, &cache) == "[/a/ ru](ru)");
    CHECK(theme.render({{"p", {{"url", "/a/"}}}, {"lang", "kk"}}, &cache) == "[/a/ kk](kk)");
    CHECK(theme.render({{"p", {{"url", "/a/"}}}, {"lang", "ru"}}, &cache) == "[/a/ ru](ru)");
    CHECK(cache.size() == 4);
}

TEST_CASE("what a cache block sets stays inside it, whether it ran or was reused") {
    CountingTheme theme("{% set x = 1 %}{% cache k %}{% set x = 2 %}{{ x }}{% endcache %}{{ x }}");
    FragmentCache cache;
    CHECK(theme.render({{"k", 1}}, &cache) == "21");
    CHECK(theme.render({{"k", 1}}, &cache) == "21");
}

TEST_CASE("without a cache the block simply renders every time") {
    CountingTheme theme("{% cache p.url %}{{ ran() }}{{ p.title }}{% endcache %}");
    CHECK(theme.render(page("/a/", "first"), nullptr) == "first");
    CHECK(theme.render(page("/a/", "second"), nullptr) == "second");
    CHECK(theme.runs == 2);
    CHECK(render("{% cache 1 %}x{% endcache %}") == "x");
}

TEST_CASE("render threads share one cache") {
    CountingTheme theme("{% cache n %}<p>{{ n }}</p>{% endcache %}");
    FragmentCache cache;
    std::vector<std::thread> threads;
    std::atomic<int> wrong{0};
    for (int t = 0; t < 4; ++t)
        threads.emplace_back([&] {
            Diagnostics local;
            for (int n = 0; n < 200; ++n) {
                auto out = theme.engine.render("card.html", Value{{"n", n % 50}}, theme.globals, Locale{}, local, &cache);
                if (!out || *out != "<p>" + std::to_string(n % 50) + "</p>") ++wrong;
            }
        });
    for (auto& t : threads) t.join();
    CHECK(wrong == 0);
    CHECK(cache.size() == 50);
}

TEST_CASE("a cache block without keys, or with a macro as a key, is an error with the fix") {
    CHECK(render("{% cache %}x{% endcache %}") ==
          "templates/page.html:1:10: error: \"cache\" needs at least one key: what the kept fragment depends on\n"
          "    {% cache %}x{% endcache %}\n"
          "             ^\n"
          "    hint: write {% cache p.url, lang %}…{% endcache %} with every value the fragment depends on\n");
    CHECK(render("{% cache 1 %}x").find("endcache") != std::string::npos);  // an unclosed block names its end tag
    Theme theme;
    theme.add("page.html", "{% macro card() %}x{% endmacro %}{% cache card %}y{% endcache %}");
    FragmentCache cache;
    auto out = theme.engine.render("page.html", Value::object(), Value::object(), Locale{}, theme.diags, &cache);
    CHECK_FALSE(out);
    const std::string text = formatted(theme.diags);
    CHECK(text.find("templates/page.html:1:") != std::string::npos);
    CHECK(text.find("a key of \"cache\" must be a value") != std::string::npos);
}
