// Filters over lists and dicts.
#include <doctest/doctest.h>

#include "template_test_support.h"

using urker::tmpl::Value;
using urker::tmpl::testing::render;

namespace {
std::string first_line(const std::string& s) { return s.substr(0, s.find('\n')); }

Value pages() {
    return Value::array({
        {{"title", "Дроби"}, {"date", "2026-03-01"}, {"year", 2026}, {"author", {{"name", "Бекова"}}}, {"draft", false}},
        {{"title", "Алгебра"}, {"date", "2025-11-20"}, {"year", 2025}, {"author", {{"name", "Абаев"}}}, {"draft", true}},
        {{"title", "Геометрия"}, {"date", "2026-01-15"}, {"year", 2026}, {"author", {{"name", "Ахметова"}}}},
        {{"title", "Без даты"}, {"year", 2025}},
    });
}
}  // namespace

TEST_SUITE("template list filters") {

TEST_CASE("length counts items, keys and code points") {
    CHECK(render("{{ [1, 2, 3] | length }}") == "3");
    CHECK(render("{{ {'a': 1} | length }}") == "1");
    CHECK(render("{{ 'қазақ' | length }}") == "5");
    CHECK(render("{{ missing | length }}") == "0");
    CHECK(render("{{ [1, 2] | count }}") == "2");
    CHECK(render("{{ pages | selectattr('draft') | length }}", {{"pages", pages()}}) == "1");
    CHECK(first_line(render("{{ 5 | length }}")) ==
          "templates/page.html:1:8: error: the \"length\" filter needs text, a list or a dictionary, got the number 5");
}

TEST_CASE("first and last pick the ends of a list or text") {
    CHECK(render("{{ [1, 2, 3] | first }}{{ [1, 2, 3] | last }}") == "13");
    CHECK(render("{{ 'әбв' | first }}{{ 'әбв' | last }}") == "әв");
    CHECK(render("[{{ [] | first }}][{{ missing | last }}]") == "[][]");
    CHECK(render("{{ (pages | first).title }}", {{"pages", pages()}}) == "Дроби");
}

TEST_CASE("join puts a separator between items, optionally of one attribute") {
    CHECK(render("{{ [1, 2, 3] | join(', ') }}") == "1, 2, 3");
    CHECK(render("{{ ['a', 'b'] | join }}") == "ab");
    CHECK(render("{{ pages | join(', ', attribute='author.name') }}", {{"pages", pages()}}) ==
          "Бекова, Абаев, Ахметова, ");
    CHECK(render("{{ ['<a>', 'b'] | join('&') }}") == "&lt;a&gt;&amp;b");
    CHECK(render("{{ missing | join(',') }}") == "");
}

TEST_CASE("sort orders numbers and text, stably") {
    CHECK(render("{{ [3, 1, 2] | sort }}") == "[1,2,3]");
    CHECK(render("{{ [3, 1, 2] | sort(reverse=true) }}") == "[3,2,1]");
    CHECK(render("{{ [3, 1, 2] | sort(true) }}") == "[3,2,1]");
    CHECK(render("{{ ['b', 'a', 'C'] | sort | join }}") == "Cab");
    CHECK(render("{{ ['b', 'a', 'C'] | sort(case_sensitive=false) | join }}") == "abC");
    CHECK(render("{{ ['я', 'а', 'ә', 'z'] | sort | join }}") == "zаяә");
    CHECK(render("{{ [2.5, 1, 2] | sort }}") == "[1,2,2.5]");
}

TEST_CASE("sort by attribute, also dotted, keeps equal items in order") {
    Value ctx = {{"pages", pages()}};
    CHECK(render("{{ pages | sort(attribute='date') | map(attribute='title') | join(', ') }}", ctx) ==
          "Без даты, Алгебра, Геометрия, Дроби");
    CHECK(render("{{ pages | sort(attribute='date', reverse=true) | map(attribute='title') | join(', ') }}", ctx) ==
          "Дроби, Геометрия, Алгебра, Без даты");
    CHECK(render("{{ pages | sort(attribute='author.name') | map(attribute='title') | join(', ') }}", ctx) ==
          "Без даты, Алгебра, Геометрия, Дроби");
    CHECK(render("{{ pages | sort(attribute='year') | map(attribute='title') | join(', ') }}", ctx) ==
          "Алгебра, Без даты, Дроби, Геометрия");
    CHECK(render("{{ pages | sort(attribute='year', reverse=true) | map(attribute='title') | join(', ') }}", ctx) ==
          "Дроби, Геометрия, Алгебра, Без даты");
}

TEST_CASE("sort puts values of mixed kinds in a fixed order") {
    CHECK(render("{{ ['b', 2, none, true, 1] | sort | safe }}") == "[null,true,1,2,\"b\"]");
}

TEST_CASE("a sorted list can be looped over and indexed") {
    CHECK(render("{% for p in pages | sort(attribute='title') %}{{ p.title[0] }}{% endfor %}", {{"pages", pages()}}) ==
          "АБГД");
    CHECK(render("{{ (pages | sort(attribute='title'))[1].title }}", {{"pages", pages()}}) == "Без даты");
    CHECK(render("{% set s = pages | sort(attribute='title') %}{{ s | length }}{{ s.0.title }}", {{"pages", pages()}}) ==
          "4Алгебра");
}

TEST_CASE("reverse turns lists and text around") {
    CHECK(render("{{ [1, 2, 3] | reverse }}") == "[3,2,1]");
    CHECK(render("{{ 'абв' | reverse }}") == "вба");
    CHECK(render("{% for x in [1, 2] | reverse %}{{ x }}{% endfor %}") == "21");
}

TEST_CASE("slice takes part of a list or text like Python") {
    CHECK(render("{{ [1, 2, 3, 4, 5] | slice(1, 3) }}") == "[2,3]");
    CHECK(render("{{ [1, 2, 3, 4, 5] | slice(2) }}") == "[3,4,5]");
    CHECK(render("{{ [1, 2, 3, 4, 5] | slice(-2) }}") == "[4,5]");
    CHECK(render("{{ [1, 2, 3, 4, 5] | slice(0, -1) }}") == "[1,2,3,4]");
    CHECK(render("{{ [1, 2, 3] | slice(5, 9) }}") == "[]");
    CHECK(render("{{ 'Алматы' | slice(0, 3) }}") == "Алм");
    CHECK(render("{{ 'Алматы' | slice(-2) }}") == "ты");
    CHECK(render("{{ [1, 2, 3] | slice(end=2) }}") == "[1,2]");
}

TEST_CASE("unique keeps the first of equal items") {
    CHECK(render("{{ [1, 2, 1, 3, 2] | unique }}") == "[1,2,3]");
    CHECK(render("{{ ['a', 'A', 'a'] | unique | join }}") == "aA");
    CHECK(render("{{ ['a', 'A', 'a'] | unique(case_sensitive=false) | join }}") == "a");
    CHECK(render("{{ pages | unique(attribute='year') | map(attribute='title') | join(', ') }}", {{"pages", pages()}}) ==
          "Дроби, Алгебра");
}

TEST_CASE("map picks an attribute or applies a filter to each item") {
    Value ctx = {{"pages", pages()}};
    CHECK(render("{{ pages | map(attribute='year') | join(',') }}", ctx) == "2026,2025,2026,2025");
    CHECK(render("{{ pages | map(attribute='author.name', default='—') | join(',') }}", ctx) == "Бекова,Абаев,Ахметова,—");
    CHECK(render("{{ ['a', 'b'] | map('upper') | join }}") == "AB");
    CHECK(render("{{ ['abcdef', 'gh'] | map('truncate', 4) | join(' ') }}") == "abc… gh");
    CHECK(first_line(render("{{ [1] | map('nope') }}")) == "templates/page.html:1:10: error: there is no filter named \"nope\"");
}

TEST_CASE("select and reject keep items by a test") {
    CHECK(render("{{ [1, 2, 3, 4, 5] | select('odd') }}") == "[1,3,5]");
    CHECK(render("{{ [1, 2, 3, 4, 5] | reject('odd') }}") == "[2,4]");
    CHECK(render("{{ [0, 1, '', 'a', none] | select | safe }}") == "[1,\"a\"]");
    CHECK(render("{{ [1, 5, 10] | select('gt', 4) }}") == "[5,10]");
    CHECK(render("{{ [3, 6, 7] | select('divisibleby', 3) }}") == "[3,6]");
    CHECK(first_line(render("{{ [1] | select('nope') }}")) == "templates/page.html:1:10: error: there is no test named \"nope\"");
    CHECK(first_line(render("{{ [1] | select('divisibleby') }}")) ==
          "templates/page.html:1:10: error: the test \"divisibleby\" takes 1 argument, but 0 were given");
}

TEST_CASE("selectattr and rejectattr test an attribute of each item") {
    Value ctx = {{"pages", pages()}};
    CHECK(render("{{ pages | selectattr('draft') | map(attribute='title') | join }}", ctx) == "Алгебра");
    CHECK(render("{{ pages | rejectattr('draft') | map(attribute='title') | join(',') }}", ctx) ==
          "Дроби,Геометрия,Без даты");
    CHECK(render("{{ pages | selectattr('year', 'equalto', 2025) | map(attribute='title') | join(',') }}", ctx) ==
          "Алгебра,Без даты");
    CHECK(render("{{ pages | selectattr('year', '==', 2026) | length }}", ctx) == "2");
    CHECK(render("{{ pages | selectattr('date', 'defined') | length }}", ctx) == "3");
    CHECK(render("{{ pages | rejectattr('date', 'defined') | map(attribute='title') | join }}", ctx) == "Без даты");
    CHECK(render("{{ pages | selectattr('author.name', 'starting_with', 'А') | length }}", ctx) == "2");
    CHECK(render("{{ pages | selectattr('title', 'in', ['Дроби', 'Алгебра']) | length }}", ctx) == "2");
}

TEST_CASE("groupby groups items by an attribute, sorted by its value") {
    Value ctx = {{"pages", pages()}};
    CHECK(render("{% for g in pages | groupby('year') %}{{ g.grouper }}:{{ g.list | map(attribute='title') | join(',') }};"
                 "{% endfor %}",
                 ctx) == "2025:Алгебра,Без даты;2026:Дроби,Геометрия;");
    CHECK(render("{% for g in pages | groupby('year') | reverse %}{{ g.grouper }} {% endfor %}", ctx) == "2026 2025 ");
    CHECK(render("{% for g in pages | groupby('date', default='none') %}{{ g.grouper }} {% endfor %}", ctx) ==
          "2025-11-20 2026-01-15 2026-03-01 none ");
}

TEST_CASE("dictsort, items, keys and values read dicts in a fixed order") {
    Value ctx = {{"d", {{"b", 1}, {"a", 3}, {"c", 2}}}};
    CHECK(render("{% for k, v in d | dictsort %}{{ k }}{{ v }}{% endfor %}", ctx) == "a3b1c2");
    CHECK(render("{% for k, v in d | dictsort(by='value') %}{{ k }}{% endfor %}", ctx) == "bca");
    CHECK(render("{% for k, v in d | dictsort(reverse=true) %}{{ k }}{% endfor %}", ctx) == "cba");
    CHECK(render("{{ d | items | safe }}", ctx) == "[[\"a\",3],[\"b\",1],[\"c\",2]]");
    CHECK(render("{{ d | keys | join }}", ctx) == "abc");
    CHECK(render("{{ d | values | join }}", ctx) == "312");
    CHECK(render("{{ missing | items | length }}") == "0");
    CHECK(first_line(render("{{ [1] | dictsort }}")) ==
          "templates/page.html:1:10: error: the \"dictsort\" filter needs a dictionary, got a list");
}

TEST_CASE("batch splits a list into rows") {
    CHECK(render("{{ [1, 2, 3, 4, 5] | batch(2) }}") == "[[1,2],[3,4],[5]]");
    CHECK(render("{{ [1, 2, 3] | batch(2, 0) }}") == "[[1,2],[3,0]]");
    CHECK(render("{% for row in range(7) | batch(3) %}{{ row | join }}|{% endfor %}") == "012|345|6|");
    CHECK(first_line(render("{{ [1] | batch(0) }}")) ==
          "templates/page.html:1:10: error: the \"batch\" filter needs a size of 1 or more");
}

TEST_CASE("min, max and sum work on numbers and attributes") {
    Value ctx = {{"pages", pages()}};
    CHECK(render("{{ [3, 1, 2] | min }} {{ [3, 1, 2] | max }}") == "1 3");
    CHECK(render("{{ ['b', 'a'] | min }}") == "a");
    CHECK(render("{{ (pages | max(attribute='date')).title }}", ctx) == "Дроби");
    CHECK(render("{{ (pages | min(attribute='year')).title }}", ctx) == "Алгебра");
    CHECK(render("[{{ [] | max }}]") == "[]");
    CHECK(render("{{ [1, 2, 3] | sum }}") == "6");
    CHECK(render("{{ [1, 2.5] | sum }}") == "3.5");
    CHECK(render("{{ pages | sum(attribute='year') }}", ctx) == "8102");
    CHECK(render("{{ [1, 2] | sum(start=10) }}") == "13");
    CHECK(first_line(render("{{ [1, 'a'] | sum }}")) ==
          "templates/page.html:1:15: error: the \"sum\" filter can only add numbers, got text \"a\"");
}

TEST_CASE("list turns text and dicts into lists") {
    CHECK(render("{{ 'аб' | list | join('-') }}") == "а-б");
    CHECK(render("{{ {'a': 1, 'b': 2} | list | join }}") == "ab");
    CHECK(render("{{ [1] | list }}") == "[1]");
    CHECK(render("{{ missing | list }}") == "[]");
}

TEST_CASE("attr reads one attribute") {
    CHECK(render("{{ d | attr('x') }}", {{"d", {{"x", 7}}}}) == "7");
    CHECK(render("[{{ d | attr('y') }}]", {{"d", {{"x", 7}}}}) == "[]");
}

TEST_CASE("list filters chain without changing the context") {
    Value ctx = {{"pages", pages()}};
    CHECK(render("{{ pages | rejectattr('draft') | sort(attribute='date', reverse=true) | map(attribute='title') | "
                 "first }}|{{ pages | first | attr('title') }}",
                 ctx) == "Дроби|Дроби");
}

}  // TEST_SUITE
