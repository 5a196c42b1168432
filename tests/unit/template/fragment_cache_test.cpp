// {% cache %}: a fragment rendered once per build and keys, reused on every later page.
#include <algorithm>
#include <atomic>
#include <map>
#include <optional>
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

TEST_CASE("keys are kept apart however their texts are cut: no two lists of keys make one key") {
    // Keys are written one after another into the block's key, so a text that holds the
    // separator, a tag or a length must not read as the start of the next value.
    CountingTheme theme("{% cache a, b %}{{ ran() }}[{{ a }}|{{ b }}]{% endcache %}");
    FragmentCache cache;
    const std::string sep = "\x1f";
    const std::vector<std::pair<Value, Value>> keys = {
        {Value("x" + sep + "s1:y"), Value("z")}, {Value("x"), Value("y" + sep + "s1:z")}, {Value("x"), Value("y")},
        {Value("x" + sep + "sy"), Value("z")}, {Value("x"), Value("y" + sep + "sz")},
        {Value("x" + sep + "i5"), Value(5)}, {Value("x"), Value("5")}, {Value("x"), Value(5)}, {Value("x"), Value(5.5)},
        {Value("1:x"), Value("")}, {Value(""), Value("1:x")}};
    for (const auto& [a, b] : keys) theme.render({{"a", a}, {"b", b}}, &cache);
    CHECK(theme.runs == static_cast<int>(keys.size()));
    CHECK(cache.size() == keys.size());
    for (const auto& [a, b] : keys) theme.render({{"a", a}, {"b", b}}, &cache);
    CHECK(theme.runs == static_cast<int>(keys.size()));
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

// ---- fragments for a later build (EarlierFragments) ----------------------------------------

namespace {

// What a build would keep of its fragments: each one made with its reads and its item, and the
// ones given to take (by key, whatever the reads see: the render layer checks that).
struct KeptForLater : EarlierFragments {
    struct Made {
        std::string text;
        std::vector<GlobalsRead> reads;
        const Value* item;
    };
    std::map<std::string, Made> made_fragments;
    std::map<std::string, std::pair<std::string, std::vector<GlobalsRead>>> to_take;
    std::optional<Taken> take(const std::string& key, const Value&, const Locale&) override {
        auto it = to_take.find(key);
        if (it == to_take.end()) return std::nullopt;
        return Taken{it->second.first, &it->second.second, nullptr};
    }
    void made(const std::string& key, std::string_view text, const std::vector<GlobalsRead>& reads, const Value* item, const Value&,
              const Locale&) override {
        made_fragments[key] = {std::string(text), reads, item};
    }
};

const Value& listed() {
    static const Value all = Value::parse(R"([{"title": "Дроби", "url": "/a/", "data": {"n": 1}}, {"title": "Бөлшектер", "url": "/b/"}])");
    return all;
}

// `page` rendered with `pages` shared (the summaries of a list page), globals {"site": …} followed.
std::string render_list(const std::string& page, FragmentCache& cache, Value context = Value::object()) {
    Theme theme;
    theme.add("page.html", page);
    theme.add("card.html", "{% cache p.url, lang %}<a href=\"{{ p.url }}\">{{ p.title }}</a>{% endcache %}");
    std::vector<const Value*> items;
    for (const Value& s : listed()) items.push_back(&s);
    const SharedLists lists{{"", "pages", items}};
    if (!context.contains("lang")) context["lang"] = "ru";
    const Value globals = Value::parse(R"({"site": {"title": "Сеть"}})");
    GlobalsTrace trace;
    Diagnostics diags;
    auto out = theme.engine.render("page.html", context, globals, {}, diags, &cache, &trace, &lists);
    return out ? *out : formatted(diags);
}

}  // namespace

TEST_CASE("a card that read only its item, the globals and its keys is kept for a later build, with its item") {
    FragmentCache cache;
    KeptForLater later;
    cache.set_earlier(&later);
    CHECK(render_list("{% for p in pages %}{% include 'card.html' %}{% endfor %}", cache) ==
          "<a href=\"/a/\">Дроби</a><a href=\"/b/\">Бөлшектер</a>");
    REQUIRE(later.made_fragments.size() == 2);
    const auto& first = later.made_fragments.begin()->second;
    CHECK(later.made_fragments.begin()->first.rfind("card.html:1:1\x1f", 0) == 0);  // the block by its place
    CHECK(first.item == &listed()[0]);
    // Its own template is among its reads, though the include came before the block.
    CHECK(std::any_of(first.reads.begin(), first.reads.end(), [](const GlobalsRead& r) { return template_of_read(r.path) == "card.html"; }));
    CHECK(std::any_of(first.reads.begin(), first.reads.end(), [](const GlobalsRead& r) { return is_list_item_read(r.path); }));
}

TEST_CASE("a fragment that read what is not followed is not kept for a later build") {
    const std::vector<std::string> unrecorded{
        // a variable set before the block, not among its keys
        "{% set note = 'x' %}{% for p in pages %}{% cache p.url %}{{ p.title }}{{ note }}{% endcache %}{% endfor %}",
        // the loop's state
        "{% for p in pages %}{% cache p.url %}{{ loop.index }}{{ p.title }}{% endcache %}{% endfor %}",
        // two items' members in one fragment
        "{% cache lang %}{% for p in pages %}{{ p.title }}{% endfor %}{% endcache %}",
        // an item as a whole: which item is not known
        "{% for p in pages %}{% cache p.url %}{{ p | tojson }}{% endcache %}{% endfor %}",
        // a value inside an item, taken before the block
        "{% for p in pages %}{% set d = p.data %}{% cache p.url %}{{ d.n }}{% endcache %}{% endfor %}",
        // a value of the page's own context
        "{% for p in pages %}{% cache p.url %}{{ p.title }}{{ heading }}{% endcache %}{% endfor %}",
        // the page's list itself: which entries, how many, are the page's own
        "{% for p in pages %}{% cache p.url %}{{ p.title }} of {{ pages | length }}{% endcache %}{% endfor %}",
    };
    for (const std::string& page : unrecorded) {
        INFO(page);
        FragmentCache cache;
        KeptForLater later;
        cache.set_earlier(&later);
        render_list(page, cache, Value{{"heading", "h"}});
        CHECK(later.made_fragments.empty());
    }
    // The same reads through the keys, or set inside the block, are followed.
    for (const std::string& page : {std::string("{% set level = 2 %}{% for p in pages %}{% cache p.url, level | default(3) %}{{ level }}{{ p.title }}{% endcache %}{% endfor %}"),
                                    std::string("{% for p in pages %}{% cache p.url %}{% set d = p.data %}{{ d.n }}{{ site.title }}{% endcache %}{% endfor %}")}) {
        INFO(page);
        FragmentCache cache;
        KeptForLater later;
        cache.set_earlier(&later);
        render_list(page, cache);
        CHECK(later.made_fragments.size() == 2);
    }
}

TEST_CASE("a fragment an earlier build kept is taken, and its reads go to the page's trace") {
    FragmentCache cache;
    KeptForLater later;
    cache.set_earlier(&later);
    render_list("{% for p in pages %}{% include 'card.html' %}{% endfor %}", cache);
    REQUIRE(later.made_fragments.size() == 2);
    // A later build: a new cache; the earlier fragments offered as kept (the first one altered, to
    // see that it is the one taken).
    FragmentCache next;
    KeptForLater earlier;
    for (const auto& [key, made] : later.made_fragments) earlier.to_take[key] = {made.text, made.reads};
    earlier.to_take.begin()->second.first = "<kept/>";
    next.set_earlier(&earlier);
    CHECK(render_list("{% for p in pages %}{% include 'card.html' %}{% endfor %}", next) == "<kept/><a href=\"/b/\">Бөлшектер</a>");
    CHECK(earlier.made_fragments.empty());  // both taken, none rendered
    CHECK(next.size() == 2);
}

TEST_CASE("an entry around a card this build rendered already is kept for a later build too, with its item") {
    // A section's list renders each card; the catalogue's file then wraps each card in a block of
    // its own: the cards come from this build's cache, and the entries, which read what the cards
    // read and their own, are kept. Unless a card's reads were not all followed (`note`, set
    // outside its block): then neither is the entry around it.
    for (const bool followed : {true, false}) {
        CAPTURE(followed);
        Theme theme;
        theme.add("card.html", followed ? "{% cache p.url, lang %}<a href=\"{{ p.url }}\">{{ p.title }}</a>{% endcache %}"
                                        : "{% cache p.url, lang %}<a href=\"{{ p.url }}\">{{ p.title }}{{ note }}</a>{% endcache %}");
        theme.add("list.html", "{% set note = '' %}{% for p in pages %}{% include 'card.html' %}{% endfor %}");
        theme.add("cards.html", "{% set note = '' %}{% for p in pages %}{% cache p.url, lang %}<li>{% include 'card.html' %}</li>{% endcache %}{% endfor %}");
        std::vector<const Value*> items;
        for (const Value& s : listed()) items.push_back(&s);
        const SharedLists lists{{"", "pages", items}};
        const Value context{{"lang", "ru"}};
        const Value globals = Value::parse(R"({"site": {"title": "Сеть"}})");
        FragmentCache cache;
        KeptForLater later;
        cache.set_earlier(&later);
        Diagnostics diags;
        GlobalsTrace list_trace, cards_trace;
        REQUIRE(theme.engine.render("list.html", context, globals, {}, diags, &cache, &list_trace, &lists));
        CHECK(later.made_fragments.size() == (followed ? 2u : 0u));
        const auto cards = theme.engine.render("cards.html", context, globals, {}, diags, &cache, &cards_trace, &lists);
        REQUIRE(cards);
        CHECK(*cards == "<li><a href=\"/a/\">Дроби</a></li><li><a href=\"/b/\">Бөлшектер</a></li>");
        if (!followed) {
            CHECK(later.made_fragments.empty());
            continue;
        }
        REQUIRE(later.made_fragments.size() == 4);
        std::size_t entries = 0;
        for (const auto& [key, made] : later.made_fragments) {
            if (key.rfind("cards.html:", 0) != 0) continue;
            ++entries;
            CHECK(made.text.rfind("<li><a href=", 0) == 0);
            CHECK((made.item == &listed()[0] || made.item == &listed()[1]));
            CHECK(made.text.find(made.item == &listed()[0] ? "Дроби" : "Бөлшектер") != std::string::npos);
            // The card's reads are the entry's too: its template, and its item's members.
            CHECK(std::any_of(made.reads.begin(), made.reads.end(), [](const GlobalsRead& r) { return template_of_read(r.path) == "card.html"; }));
            CHECK(std::any_of(made.reads.begin(), made.reads.end(), [](const GlobalsRead& r) { return is_list_item_read(r.path); }));
        }
        CHECK(entries == 2);
    }
}
