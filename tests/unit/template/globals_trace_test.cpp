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

namespace {

// A list page: its entries are shared summaries (template.h's SharedList), followed from the root
// "@item" (kListItems), one read for all the entries.
Rendered render_list(const std::string& text, const Value& context = Value::parse(R"({"paginator": {"number": 1}})")) {
    static const Value entries = Value::parse(R"([{"title": "Дроби", "url": "/a/", "word_count": 640, "params": {"subject": "математика"}},
                                                 {"title": "Фотосинтез", "url": "/b/", "word_count": 120, "params": {}}])");
    const std::vector<const Value*> items{&entries[0], &entries[1]};
    const SharedLists lists{{"", "pages", items}, {"paginator", "pages", items}};
    Engine engine;
    Diagnostics diags;
    REQUIRE(engine.add_template("t.html", text, "t.html", diags));
    GlobalsTrace trace;
    auto html = engine.render("t.html", context, kGlobals, Locale{}, diags, nullptr, &trace, &lists);
    REQUIRE(html);
    return {*html, trace.reads()};
}

const std::string kItem = "5:@item";

}  // namespace

TEST_CASE("a list's entries are followed member by member, once for all of them") {
    Rendered titles = render_list("{% for p in pages %}<a href=\"{{ p.url }}\">{{ p.title }}</a>{% endfor %}");
    CHECK(titles.html == "<a href=\"/a/\">Дроби</a><a href=\"/b/\">Фотосинтез</a>");
    CHECK(titles.has(kItem + "5:title", GlobalsRead::Kind::whole));
    CHECK(titles.has(kItem + "3:url", GlobalsRead::Kind::whole));
    CHECK_FALSE(titles.any_at(kItem + "10:word_count"));  // what no entry shows is not read
    CHECK_FALSE(titles.has(kItem, GlobalsRead::Kind::whole));
    CHECK(is_list_item_read(kItem + "5:title"));
    CHECK_FALSE(is_list_item_read(kTitle));
    CHECK(read_in_item({kItem + "6:params7:subject", GlobalsRead::Kind::truth}) == GlobalsRead{"6:params7:subject", GlobalsRead::Kind::truth});

    // Through paginator.pages, an index, a macro's parameter and loop.previtem alike.
    Rendered ways = render_list(
        "{% macro t(x) %}{{ x.title }}{% endmacro %}{{ paginator.pages[0].url }}{% for p in paginator.pages %}{{ t(p) }}"
        "{% if loop.previtem %}{{ loop.previtem.params.subject }}{% endif %}{% endfor %}");
    CHECK(ways.html == "/a/ДробиФотосинтезматематика");
    CHECK(ways.has(kItem + "3:url", GlobalsRead::Kind::whole));
    CHECK(ways.has(kItem + "5:title", GlobalsRead::Kind::whole));
    CHECK(ways.any_at(kItem + "6:params7:subject"));
    CHECK_FALSE(ways.has(kItem, GlobalsRead::Kind::whole));

    // A part of the list (the A–Z index's letters), its first or last entry: followed alike.
    Rendered parts = render_list("{% for p in pages[1:2] %}{{ p.title }}{% endfor %}|{{ (pages | first).url }}|{{ (pages | last).title }}{{ (pages | first).params.subject }}");
    CHECK(parts.html == "Фотосинтез|/a/|Фотосинтезматематика");
    CHECK(parts.has(kItem + "5:title", GlobalsRead::Kind::whole));
    CHECK(parts.has(kItem + "3:url", GlobalsRead::Kind::whole));
    CHECK(parts.any_at(kItem + "6:params7:subject"));
    CHECK_FALSE(parts.has(kItem, GlobalsRead::Kind::whole));

    // How many entries there are is the list's own (the page's inputs): no entry read.
    Rendered counted = render_list("{{ pages | length }}{% if pages %} entries{% endif %}");
    CHECK(counted.html == "2 entries");
    CHECK_FALSE(std::any_of(counted.reads.begin(), counted.reads.end(), [](const GlobalsRead& r) { return is_list_item_read(r.path); }));

    // Anything that takes the entries as values reads them whole.
    for (const char* whole : {"{{ pages | first }}", "{{ pages | map(attribute='title') | join(', ') }}", "{{ paginator | json }}",
                              "{% for p in pages %}{{ p | json }}{% endfor %}", "{% if pages[0] in pages %}in{% endif %}"}) {
        CAPTURE(whole);
        CHECK(render_list(whole).has(kItem, GlobalsRead::Kind::whole));
    }
}

TEST_CASE("a {% cache %} body's reads go into the page's trace as the one list the cache keeps") {
    // Straight on the trace: a window's reads, folded into the list kept for them, are still read
    // by the page, and a later window that reads them again records them for its own fragment.
    GlobalsTrace trace;
    const std::size_t start = trace.open_window();
    trace.add(kTitle, GlobalsRead::Kind::whole);
    std::vector<GlobalsRead> merged;
    const std::span<const GlobalsRead> read = trace.close_window(start, merged);
    const std::vector<GlobalsRead> kept(read.begin(), read.end());
    trace.fold_closed_window(kept);
    CHECK(trace.own_reads().empty());
    REQUIRE(trace.blocks().size() == 1);
    CHECK(trace.blocks()[0] == &kept);
    trace.add(kTitle, GlobalsRead::Kind::whole);  // the page has it already, in the block
    CHECK(trace.own_reads().empty());
    const std::size_t next = trace.open_window();
    trace.add(kTitle, GlobalsRead::Kind::whole);
    CHECK(trace.close_window(next, merged).size() == 1);

    // Through the engine: a thousand cards with the same reads leave one list in the page's trace
    // (they were a thousand copies), and a fragment made after them still carries what it read.
    Engine engine;
    Diagnostics diags;
    REQUIRE(engine.add_template("t.html",
                                "{% if cards %}{% for i in range(1000) %}{% cache i %}{{ site.title }}{% endcache %}{% endfor %}"
                                "{{ site.title }}{% endif %}"
                                "{% cache 'last' %}{{ site.title }}{{ site.sections.news.title }}{% endcache %}",
                                "t.html", diags));
    FragmentCache fragments;
    GlobalsTrace page;
    auto html = engine.render("t.html", Value{{"cards", true}}, kGlobals, Locale{}, diags, &fragments, &page);
    REQUIRE(html);
    CHECK(html->size() == std::string("Сеть").size() * 1002 + std::string("Новости").size());
    CHECK(page.own_reads().size() < 10);
    CHECK(page.blocks().size() == 2);  // the cards' list and the last fragment's
    const std::vector<GlobalsRead> all = page.reads();
    CHECK(std::count(all.begin(), all.end(), GlobalsRead{kTitle, GlobalsRead::Kind::whole}) >= 1);
    CHECK(std::count(all.begin(), all.end(), GlobalsRead{kNews + "5:title", GlobalsRead::Kind::whole}) == 1);
    GlobalsTrace reused;
    html = engine.render("t.html", Value{{"cards", false}}, kGlobals, Locale{}, diags, &fragments, &reused);
    REQUIRE(html);
    CHECK(*html == "СетьНовости");
    const std::vector<GlobalsRead> from_fragment = reused.reads();
    CHECK(std::count(from_fragment.begin(), from_fragment.end(), GlobalsRead{kTitle, GlobalsRead::Kind::whole}) == 1);
}

namespace {

std::string template_read(const std::string& name) {
    const std::string member = std::string(kTemplateReads) + name;
    return std::to_string(member.size()) + ":" + member;
}

bool used(const std::vector<GlobalsRead>& reads, const std::string& name) {
    return std::find(reads.begin(), reads.end(), GlobalsRead{template_read(name), GlobalsRead::Kind::whole}) != reads.end();
}

}  // namespace

TEST_CASE("a render records the templates it used, whatever named them") {
    Engine engine;
    Diagnostics diags;
    REQUIRE(engine.add_template("base.html", "<main>{% block content %}{% endblock %}</main>", "base.html", diags));
    REQUIRE(engine.add_template("page.html",
                                "{% extends \"base.html\" %}{% block content %}{% include part %}"
                                "{% include [\"gone.html\", \"card.html\"] %}{% include \"never.html\" ignore missing %}{% endblock %}",
                                "page.html", diags));
    REQUIRE(engine.add_template("part.html", "part", "part.html", diags));
    REQUIRE(engine.add_template("card.html", "card", "card.html", diags));
    REQUIRE(engine.add_template("unused.html", "unused", "unused.html", diags));
    GlobalsTrace trace;
    auto html = engine.render("page.html", Value::parse(R"({"part": "part.html"})"), kGlobals, Locale{}, diags, nullptr, &trace);
    REQUIRE(html);
    CHECK(*html == "<main>partcard</main>");
    const std::vector<GlobalsRead> reads = trace.reads();
    for (const char* name : {"page.html", "base.html", "part.html", "card.html"}) CHECK(used(reads, name));
    // Looked for and not found: the page would change if they came.
    CHECK(used(reads, "gone.html"));
    CHECK(used(reads, "never.html"));
    CHECK_FALSE(used(reads, "unused.html"));
    CHECK(template_of_read(template_read("part.html")) == std::optional<std::string_view>("part.html"));
    CHECK_FALSE(template_of_read("4:site5:title"));

    // What such a read sees: the template's text, or that there is none.
    Engine edited;
    REQUIRE(edited.add_template("part.html", "part, edited", "part.html", diags));
    CHECK_FALSE(engine.template_fingerprint("part.html") == edited.template_fingerprint("part.html"));
    CHECK_FALSE(engine.template_fingerprint("card.html") == edited.template_fingerprint("card.html"));  // there and not there
    CHECK(engine.template_fingerprint("gone.html") == edited.template_fingerprint("gone.html"));
}

TEST_CASE("a kept fragment carries the templates its body used, for the pages that take it") {
    Engine engine;
    Diagnostics diags;
    REQUIRE(engine.add_template("macros.html", "{% macro chip(x) %}<b>{{ x }}</b>{% endmacro %}", "macros.html", diags));
    // The card's fragment calls a module its includer imported, before the fragment's window opened.
    REQUIRE(engine.add_template("card.html", "{% cache \"k\" %}{{ m.chip(1) }}{% endcache %}", "card.html", diags));
    REQUIRE(engine.add_template("list.html", "{% import \"macros.html\" as m %}{% include \"card.html\" %}", "list.html", diags));
    // This page takes the fragment the first kept, and imports nothing itself.
    REQUIRE(engine.add_template("other.html", "{% include \"card.html\" %}", "other.html", diags));
    FragmentCache fragments;
    GlobalsTrace first;
    auto a = engine.render("list.html", Value::object(), kGlobals, Locale{}, diags, &fragments, &first);
    REQUIRE(a);
    GlobalsTrace second;
    auto b = engine.render("other.html", Value::object(), kGlobals, Locale{}, diags, &fragments, &second);
    REQUIRE(b);
    CHECK(*b == "<b>1</b>");
    CHECK(used(second.reads(), "macros.html"));
    CHECK_FALSE(used(second.reads(), "list.html"));
}
