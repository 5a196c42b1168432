// Filters over single values: default, numbers, json, urlencode.
#include <doctest/doctest.h>

#include "template_test_support.h"

using urker::tmpl::Value;
using urker::tmpl::testing::render;

namespace {
std::string first_line(const std::string& s) { return s.substr(0, s.find('\n')); }
}  // namespace

TEST_SUITE("template value filters") {

TEST_CASE("default replaces undefined and none") {
    CHECK(render("{{ missing | default('—') }}") == "—");
    CHECK(render("{{ missing.deep | d('x') }}") == "x");
    CHECK(render("{{ n | default('x') }}", {{"n", nullptr}}) == "x");
    CHECK(render("{{ s | default('x') }}", {{"s", "set"}}) == "set");
    CHECK(render("[{{ s | default('x') }}]", {{"s", ""}}) == "[]");
    CHECK(render("{{ 0 | default(5) }}") == "0");
    CHECK(render("[{{ missing | default }}]") == "[]");
    CHECK(render("{{ missing | default(fallback) }}", {{"fallback", "F"}}) == "F");
}

TEST_CASE("default with true also replaces false-like values") {
    CHECK(render("{{ '' | default('x', true) }}") == "x");
    CHECK(render("{{ 0 | default('x', true) }}") == "x");
    CHECK(render("{{ [] | default('x', boolean=true) }}") == "x");
    CHECK(render("{{ 'a' | default('x', true) }}") == "a");
}

TEST_CASE("default keeps a safe value safe") {
    CHECK(render("{{ missing | default('<b>' | safe) }}") == "<b>");
    CHECK(render("{{ missing | default('<b>') }}") == "&lt;b&gt;");
}

TEST_CASE("round rounds halves away from zero and returns a float") {
    CHECK(render("{{ 2.5 | round }}") == "3.0");
    CHECK(render("{{ 3.14159 | round(2) }}") == "3.14");
    CHECK(render("{{ -2.5 | round }}") == "-3.0");
    CHECK(render("{{ 2.1 | round(method='ceil') }}") == "3.0");
    CHECK(render("{{ 2.9 | round(0, 'floor') }}") == "2.0");
    CHECK(render("{{ 7 | round }}") == "7.0");
    CHECK(render("{{ 2.5 | round | int }}") == "3");
    CHECK(render("{{ 1234.5678 | round(-2) }}") == "1200.0");
    CHECK(first_line(render("{{ 'x' | round }}")) ==
          "templates/page.html:1:10: error: the \"round\" filter needs a number, got text \"x\"");
    CHECK(first_line(render("{{ 1.5 | round(method='up') }}")) ==
          "templates/page.html:1:10: error: the \"round\" filter's method must be \"common\", \"ceil\" or \"floor\", got \"up\"");
}

TEST_CASE("int turns numbers and text into whole numbers") {
    CHECK(render("{{ 3.9 | int }}") == "3");
    CHECK(render("{{ -3.9 | int }}") == "-3");
    CHECK(render("{{ '42' | int }}") == "42");
    CHECK(render("{{ ' 7 ' | int }}") == "7");
    CHECK(render("{{ '3.7' | int }}") == "3");
    CHECK(render("{{ 'abc' | int }}") == "0");
    CHECK(render("{{ 'abc' | int(-1) }}") == "-1");
    CHECK(render("{{ 'ff' | int(base=16) }}") == "255");
    CHECK(render("{{ true | int }}") == "1");
    CHECK(render("{{ missing | int }}") == "0");
    CHECK(render("{{ ('12' | int) + 1 }}") == "13");
}

TEST_CASE("float turns numbers and text into floats") {
    CHECK(render("{{ 3 | float }}") == "3.0");
    CHECK(render("{{ '2.5' | float }}") == "2.5");
    CHECK(render("{{ 'x' | float }}") == "0.0");
    CHECK(render("{{ 'x' | float(1.5) }}") == "1.5");
}

TEST_CASE("abs gives the distance from zero") {
    CHECK(render("{{ -5 | abs }} {{ 5 | abs }} {{ -2.5 | abs }}") == "5 5 2.5");
    CHECK(first_line(render("{{ 'x' | abs }}")) == "templates/page.html:1:10: error: the \"abs\" filter needs a number, got text \"x\"");
}

TEST_CASE("json writes compact JSON that is safe inside a script") {
    Value ctx = {{"d", {{"title", "<b>'&'</b>"}, {"n", 1}, {"list", {1, 2}}}}};
    CHECK(render("{{ d | json | safe }}", ctx) ==
          "{\"list\":[1,2],\"n\":1,\"title\":\"\\u003cb\\u003e\\u0027\\u0026\\u0027\\u003c/b\\u003e\"}");
    CHECK(render("{{ 'кириллица' | tojson | safe }}") == "\"кириллица\"");
    CHECK(render("{{ missing | json }}") == "null");
    CHECK(render("{{ [1, 2] | json(indent=2) | safe }}") == "[\n  1,\n  2\n]");
    CHECK(render("{{ [3, 1] | sort | json }}") == "[1,3]");
}

TEST_CASE("urlencode percent-encodes UTF-8 and keeps unreserved characters") {
    CHECK(render("{{ 'a b&c=d/e' | urlencode }}") == "a%20b%26c%3Dd/e");
    CHECK(render("{{ 'Қазақ тілі' | urlencode }}") == "%D2%9A%D0%B0%D0%B7%D0%B0%D2%9B%20%D1%82%D1%96%D0%BB%D1%96");
    CHECK(render("{{ 'AZaz09-._~' | urlencode }}") == "AZaz09-._~");
    CHECK(render("{{ {'q': 'a b', 'lang': 'kk'} | urlencode }}") == "lang=kk&amp;q=a%20b");
    CHECK(render("{{ 42 | urlencode }}") == "42");
}

}  // TEST_SUITE
