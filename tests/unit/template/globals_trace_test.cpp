#include <doctest/doctest.h>

#include <algorithm>

#include "core/diagnostic.h"
#include "template/fragment_cache.h"
#include "template/globals_trace.h"
#include "template/template.h"

using namespace urker;
using namespace urker::tmpl;

namespace {

const Value kGlobals = Value::parse(R"({"site": {"title": "Сеть", "sections": {"news": {"count": 3, "title": "Новости"}},
                                      "taxonomies": {"tags": {"titles": {"дроби": "Дроби"}, "terms": [{"key": "дроби", "count": 5}]}}}})");

struct Rendered {
    std::string html;
    std::vector<GlobalsRead> reads;
    bool has(const std::string& path, GlobalsRead::Kind kind) const {
        return std::find(reads.begin(), reads.end(), GlobalsRead{path, kind}) != reads.end();
    }
    bool any_at(const std::string& path) const {
        return std::any_of(reads.begin(), reads.end(), [&](const GlobalsRead& r) { return r.path == path; });
    }
};

Rendered render(const std::string& text, FragmentCache* fragments = nullptr, const Value& globals = kGlobals) {
    Engine engine;
    Diagnostics diags;
    REQUIRE(engine.add_template("t.html", text, "t.html", diags));
    GlobalsTrace trace;
    auto html = engine.render("t.html", Value::object(), globals, Locale{}, diags, fragments, &trace);
    REQUIRE(html);
    return {*html, trace.reads()};
}

const std::string kTitle = "4:site5:title";
const std::string kNews = "4:site8:sections4:news";
const std::string kCount = kNews + "5:count";

}  // namespace

TEST_CASE("a render records what it read of the globals, as finely as it used it") {
    Rendered printed = render("{{ site.title }}");
    CHECK(printed.html == "Сеть");
    CHECK(printed.has("4:site", GlobalsRead::Kind::exists));
    CHECK(printed.has(kTitle, GlobalsRead::Kind::whole));
    CHECK_FALSE(printed.has("4:site", GlobalsRead::Kind::whole));  // not all of `site`

    Rendered tested = render("{% if site.sections.news.count %}feed{% endif %}");
    CHECK(tested.html == "feed");
    CHECK(tested.has(kCount, GlobalsRead::Kind::truth));
    CHECK_FALSE(tested.has(kCount, GlobalsRead::Kind::whole));  // how many does not matter here
    CHECK_FALSE(tested.any_at(kNews + "5:title"));

    // Carried through a variable and an `and`: still only its truth.
    Rendered carried = render("{% set n = site.sections.news and site.sections.news.count %}{% if n %}feed{% endif %}");
    CHECK(carried.has(kCount, GlobalsRead::Kind::truth));
    CHECK_FALSE(carried.has(kCount, GlobalsRead::Kind::whole));

    Rendered compared = render("{% if site.sections.news.count > 2 %}many{% endif %}");
    CHECK(compared.has(kCount, GlobalsRead::Kind::whole));

    Rendered looped = render("{% for t in site.taxonomies.tags.terms %}{{ t.key }}{% endfor %}");
    CHECK(looped.has("4:site10:taxonomies4:tags5:terms", GlobalsRead::Kind::whole));

    Rendered missing = render("{% if site.forum %}forum{% endif %}{{ site.forum is defined }}");
    CHECK(missing.has("4:site5:forum", GlobalsRead::Kind::whole));  // recorded as missing

    Rendered defined = render("{{ site.sections.news is defined }}");
    CHECK(defined.has(kNews, GlobalsRead::Kind::exists));
}

TEST_CASE("what a read saw changes only when the part it read changes") {
    Value more_news = kGlobals;
    more_news["site"]["sections"]["news"]["count"] = 4;
    Value no_news = kGlobals;
    no_news["site"]["sections"]["news"]["count"] = 0;
    const GlobalsRead truth{kCount, GlobalsRead::Kind::truth}, whole{kCount, GlobalsRead::Kind::whole},
        title{kTitle, GlobalsRead::Kind::whole};
    CHECK(fingerprint_of(kGlobals, truth) == fingerprint_of(more_news, truth));
    CHECK_FALSE(fingerprint_of(kGlobals, truth) == fingerprint_of(no_news, truth));
    CHECK_FALSE(fingerprint_of(kGlobals, whole) == fingerprint_of(more_news, whole));
    CHECK(fingerprint_of(kGlobals, title) == fingerprint_of(more_news, title));
    Value no_forum = kGlobals, forum = kGlobals;
    forum["site"]["forum"] = {{"url", "/forum/"}};
    const GlobalsRead forum_read{"4:site5:forum", GlobalsRead::Kind::whole};
    CHECK_FALSE(fingerprint_of(no_forum, forum_read) == fingerprint_of(forum, forum_read));
}

TEST_CASE("a fragment taken from the {% cache %} brings the reads it was made with") {
    FragmentCache fragments;
    const std::string text = "{% cache 1 %}{{ site.title }}{% endcache %}";
    Rendered first = render(text, &fragments);
    Rendered second = render(text, &fragments);  // the fragment comes from the cache
    CHECK(second.html == "Сеть");
    CHECK(second.has(kTitle, GlobalsRead::Kind::whole));

    // A fragment kept by a render that did not record its reads is rendered again by one that does.
    FragmentCache untraced;
    Engine engine;
    Diagnostics diags;
    REQUIRE(engine.add_template("t.html", text, "t.html", diags));
    REQUIRE(engine.render("t.html", Value::object(), kGlobals, Locale{}, diags, &untraced));
    Rendered after = render(text, &untraced);
    CHECK(after.has(kTitle, GlobalsRead::Kind::whole));
}

TEST_CASE("a read repeated on a page is recorded once, and a {% cache %} body keeps what it read even if the page read it first") {
    Rendered repeated = render("{% for i in range(1000) %}{{ site.title }}{% endfor %}");
    CHECK(std::count(repeated.reads.begin(), repeated.reads.end(), GlobalsRead{kTitle, GlobalsRead::Kind::whole}) == 1);

    // The first render prints the title before the block; the block's fragment must still carry
    // that read, or the second, which shows only the fragment, would not depend on the title.
    Engine engine;
    Diagnostics diags;
    REQUIRE(engine.add_template("t.html",
                                "{% if before %}{{ site.title }}{{ site.sections.news.title }}{% endif %}"
                                "{% cache 1 %}{{ site.title }}{{ site.title }}{% cache 2 %}{{ site.sections.news.title }}{% endcache %}{% endcache %}",
                                "t.html", diags));
    FragmentCache fragments;
    auto render_with = [&](bool before) {
        GlobalsTrace trace;
        auto html = engine.render("t.html", Value{{"before", before}}, kGlobals, Locale{}, diags, &fragments, &trace);
        REQUIRE(html);
        return Rendered{*html, trace.reads()};
    };
    Rendered made = render_with(true);
    CHECK(made.html == "СетьНовостиСетьСетьНовости");
    Rendered reused = render_with(false);
    CHECK(reused.html == "СетьСетьНовости");
    CHECK(reused.has(kTitle, GlobalsRead::Kind::whole));
    CHECK(reused.has(kNews + "5:title", GlobalsRead::Kind::whole));  // read inside the inner block
}
