// Lists a page's context shares instead of holding (template.h's SharedList): the summaries on a
// list page. Every way a template reads them gives what a context holding copies would give.
#include <doctest/doctest.h>

#include "template_test_support.h"

using namespace urker;
using namespace urker::tmpl;
using namespace urker::tmpl::testing;

namespace {

// The summaries live outside every page's context, as ContextBuilder keeps them.
const Value& summaries() {
    static const Value all = Value::parse(R"([{"title": "Дроби", "url": "/a/"}, {"title": "Бөлшектер", "url": "/b/"},
                                             {"title": "Уравнения", "url": "/c/"}])");
    return all;
}

// `text` rendered twice: with `pages` and `paginator.pages` copied into the context, and with them
// shared. Both outputs are returned, for the test to compare them and check one.
std::pair<std::string, std::string> both(const std::string& text) {
    Value copied = Value::parse(R"({"lang": "ru", "paginator": {"number": 2, "total_pages": 3}})");
    copied["pages"] = summaries();
    copied["paginator"]["pages"] = summaries();
    Value context = Value::parse(R"({"lang": "ru", "paginator": {"number": 2, "total_pages": 3}})");
    std::vector<const Value*> items;
    for (const Value& s : summaries()) items.push_back(&s);
    const SharedLists lists{{"", "pages", items}, {"paginator", "pages", items}};

    Theme theme;
    theme.add("page.html", text);
    theme.add("macros.html", "{% macro count(pg) %}{{ pg.pages | length }}/{{ pg.number }}{% endmacro %}");
    const std::string with_copies = theme.render("page.html", copied);
    Diagnostics diags;
    auto shared = theme.engine.render("page.html", context, Value::object(), {}, diags, nullptr, nullptr, &lists);
    return {with_copies, shared ? *shared : formatted(diags)};
}

}  // namespace

TEST_CASE("shared lists read as the lists they stand for") {
    const std::vector<std::pair<std::string, std::string>> cases{
        {"{% for p in pages %}{{ p.title }};{% endfor %}", "Дроби;Бөлшектер;Уравнения;"},
        {"{% for p in paginator.pages %}{{ loop.index }}:{{ p.url }} {% endfor %}", "1:/a/ 2:/b/ 3:/c/ "},
        {"{{ paginator.number }} of {{ paginator.total_pages }}", "2 of 3"},
        {"{{ paginator['pages'][1].title }} {{ pages[-1].title }} {{ paginator.pages.0.title }}", "Бөлшектер Уравнения Дроби"},
        {"{% if paginator.pages %}yes{% endif %}{% if paginator %}, also{% endif %}", "yes, also"},
        {"{{ pages | length }} {{ paginator.pages | map(attribute='title') | join(', ') }}", "3 Дроби, Бөлшектер, Уравнения"},
        {"{{ paginator.pages | sort(attribute='title') | map(attribute='url') | join }}", "/b//a//c/"},
        {"{% import 'macros.html' as m %}{{ m.count(paginator) }}", "3/2"},
        {"{% set pg = paginator %}{% for p in pg.pages | reverse %}{{ p.url }}{% endfor %}", "/c//b//a/"},
        {"{{ paginator.missing is defined }} {{ pages is defined }}", "false true"},
    };
    for (const auto& [text, expected] : cases) {
        INFO(text);
        auto [copied, shared] = both(text);
        CHECK(shared == expected);
        CHECK(shared == copied);
    }
}

TEST_CASE("an object with a shared list, read whole, holds the list") {
    // tojson, items() and printing see the object as one value: the copy includes the list.
    for (const std::string text : {"{{ paginator | tojson }}", "{% for k, v in paginator | items %}{{ k }};{% endfor %}",
                                   "{{ paginator }}", "{{ paginator | dictsort | length }}"}) {
        INFO(text);
        auto [copied, shared] = both(text);
        CHECK(shared == copied);
        const bool shows_the_list = shared.find("pages") != std::string::npos || shared == "3";
        CHECK(shows_the_list);
    }
}

TEST_CASE("a shared list can be a member of an element of a context's list (the A-Z index's letters)") {
    Value context = Value::parse(R"({"letters": [{"letter": "Б", "anchor": "letter-1"}, {"letter": "Д", "anchor": "letter-2"},
                                                 {"letter": "У", "anchor": "letter-3", "pages": [{"title": "свой"}]}]})");
    const Value& all = summaries();
    const SharedLists lists{{"letters", "pages", {&all[1]}, 0}, {"letters", "pages", {&all[0]}, 1}, {"letters", "pages", {&all[2]}, 2}};
    Theme theme;
    theme.add("page.html",
              "{% for g in letters %}{{ g.letter }}:{% for p in g.pages %}{{ p.title }}{% endfor %}{{ g['pages'] | length }};{% endfor %}"
              "{{ letters[1].pages[0].url }} {{ letters | length }} {{ pages is defined }} {{ letters[0] | tojson | safe }}");
    Diagnostics diags;
    auto html = theme.engine.render("page.html", context, Value::object(), {}, diags, nullptr, nullptr, &lists);
    REQUIRE(html);
    // A member the element holds comes first; the lists are not top-level names; the element read
    // whole is the context's, without the list.
    CHECK(*html == "Б:Бөлшектер1;Д:Дроби1;У:свой1;/a/ 3 false {\"anchor\":\"letter-1\",\"letter\":\"Б\"}");
}

TEST_CASE("a page made on its summary reads the summary's members in place, its own first, and whole as both") {
    const Value summary = Value::parse(R"({"title": "Дроби", "url": "/a/", "data": {"brief": true}, "params": {"subject": "математика"}})");
    Value copied = summary;
    copied["content"] = "<p>Текст</p>";
    copied["data"] = Value::parse(R"({"authors": ["m01"]})");
    Value own = Value::parse(R"({"content": "<p>Текст</p>", "data": {"authors": ["m01"]}})");
    const SharedLists on_summary{SharedList::base_of("page", summary)};

    const std::string text =
        "{{ page.title }}|{{ page['url'] }}|{{ page.params.subject }}|{{ page.content | safe }}|{{ page.data.authors | join(',') }}|"
        "{{ page.data.brief is defined }}|{{ page.missing is defined }}|{% set p = page %}{{ p.title }}|{{ page | tojson }}";
    Theme theme;
    theme.add("page.html", text);
    const std::string with_copy = theme.render("page.html", Value{{"page", copied}});
    Diagnostics diags;
    auto made_on = theme.engine.render("page.html", Value{{"page", own}}, Value::object(), {}, diags, nullptr, nullptr, &on_summary);
    REQUIRE(made_on);
    CHECK(*made_on == with_copy);
    CHECK(with_copy.rfind("Дроби|/a/|математика|<p>Текст</p>|m01|false|false|Дроби|", 0) == 0);
}
