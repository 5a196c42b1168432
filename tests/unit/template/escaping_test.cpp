// Autoescaping: every {{ }} output is HTML-escaped unless the value is safe markup. Content from
// teachers' front matter must never become markup by accident.
#include <doctest/doctest.h>

#include "template_test_support.h"

using urker::tmpl::Value;
using urker::tmpl::testing::render;
using urker::tmpl::testing::Theme;

TEST_SUITE("template escaping") {

TEST_CASE("text from the context is escaped") {
    CHECK(render("{{ t }}", {{"t", "<script>alert(1)</script>"}}) == "&lt;script&gt;alert(1)&lt;/script&gt;");
    CHECK(render("{{ t }}", {{"t", "Tom & Jerry"}}) == "Tom &amp; Jerry");
    CHECK(render("{{ t }}", {{"t", "say \"hi\" 'there'"}}) == "say &quot;hi&quot; &#39;there&#39;");
}

TEST_CASE("XSS payloads in attributes cannot break out") {
    const char* payloads[] = {
        "\" onmouseover=\"alert(1)",
        "' onload='alert(1)",
        "\"><script>alert(1)</script>",
        "javascript:alert(1)\"><img src=x onerror=alert(1)>",
        "</title><script>alert(document.cookie)</script>",
    };
    for (const char* p : payloads) {
        std::string out = render("<a title=\"{{ t }}\" data-x='{{ t }}'>{{ t }}</a>", {{"t", p}});
        CHECK(out.find('<', 1) == out.find("</a>"));  // no tag opens before the closing one
        CHECK(out.find("\"", 10) == out.find("\" data-x"));  // the double-quoted attribute is not closed early
        CHECK(out.find("onmouseover=\"") == std::string::npos);
    }
}

TEST_CASE("values nested in lists and dicts are escaped too") {
    CHECK(render("{{ d.items[0].title }}", {{"d", {{"items", {{{"title", "<b>"}}}}}}}) == "&lt;b&gt;");
    CHECK(render("{{ l }}", {{"l", {"<i>"}}}) == "[&quot;&lt;i&gt;&quot;]");
}

TEST_CASE("literals in the template are escaped like any text") {
    CHECK(render("{{ '<b>' }}") == "&lt;b&gt;");
}

TEST_CASE("safe marks markup that is shown as is") {
    CHECK(render("{{ html | safe }}", {{"html", "<p>Hi</p>"}}) == "<p>Hi</p>");
    CHECK(render("{{ '<br>' | safe }}") == "<br>");
}

TEST_CASE("escape and e escape once, and not again") {
    CHECK(render("{{ '<b>' | e }}") == "&lt;b&gt;");
    CHECK(render("{{ '<b>' | escape | escape }}") == "&lt;b&gt;");
    CHECK(render("{{ '<b>' | safe | escape }}") == "<b>");
    CHECK(render("{{ missing | e }}") == "");
}

TEST_CASE("filters that build new text drop the safe mark") {
    CHECK(render("{{ '<b>' | safe | upper }}") == "&lt;B&gt;");
    CHECK(render("{{ '<b>x</b>' | safe | replace('x', 'y') }}") == "&lt;b&gt;y&lt;/b&gt;");
}

TEST_CASE("trim and indent keep the safe mark") {
    CHECK(render("{{ '  <b>  ' | safe | trim }}") == "<b>");
    CHECK(render("{{ '<p>\n<p>' | safe | indent(2) }}") == "<p>\n  <p>");
}

TEST_CASE("macro output is markup and is not escaped again") {
    CHECK(render("{% macro b(t) %}<b>{{ t }}</b>{% endmacro %}{{ b('<i>') }}") == "<b>&lt;i&gt;</b>");
}

TEST_CASE("joining safe markup with text escapes only the text") {
    CHECK(render("{% macro b() %}<b>{% endmacro %}{{ b() ~ '<i>' }}") == "<b>&lt;i&gt;");
    CHECK(render("{{ '<a>' ~ '<i>' }}") == "&lt;a&gt;&lt;i&gt;");
}

TEST_CASE("the json filter output is escaped, unless marked safe for a script") {
    CHECK(render("{{ d | json }}", {{"d", {{"a", "x"}}}}) == "{&quot;a&quot;:&quot;x&quot;}");
    CHECK(render("<script>var d = {{ d | json | safe }};</script>", {{"d", {{"a", "</script><script>"}}}}) ==
          "<script>var d = {\"a\":\"\\u003c/script\\u003e\\u003cscript\\u003e\"};</script>");
}

TEST_CASE("included templates escape with the same rules") {
    Theme theme;
    theme.add("inc.html", "{{ t }}");
    theme.add("page.html", "{% include 'inc.html' %}");
    CHECK(theme.render("page.html", {{"t", "<x>"}}) == "&lt;x&gt;");
}

TEST_CASE("a safe value stored with set stays safe") {
    CHECK(render("{% set h = '<b>' | safe %}{{ h }}") == "<b>");
    CHECK(render("{% set h = '<b>' %}{{ h }}") == "&lt;b&gt;");
}

TEST_CASE("numbers and booleans need no escaping") {
    CHECK(render("{{ 1 }}{{ 2.5 }}{{ true }}") == "12.5true");
}

}  // TEST_SUITE
