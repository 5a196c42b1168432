// Lexing and parsing: delimiters, comments, raw text, whitespace control, and the exact error
// messages (with file:line:col, the source line and a caret) that a webmaster sees.
#include <doctest/doctest.h>

#include "template_test_support.h"

using urker::tmpl::Value;
using urker::tmpl::testing::render;
using urker::tmpl::testing::Theme;

TEST_SUITE("template syntax") {

TEST_CASE("plain text without tags renders unchanged") {
    CHECK(render("") == "");
    CHECK(render("Hello, мир!") == "Hello, мир!");
    CHECK(render("a { b } c %} d }}") == "a { b } c %} d }}");
    CHECK(render("{ {x} }") == "{ {x} }");
}

TEST_CASE("an expression is replaced by its value") {
    CHECK(render("{{ name }}", {{"name", "Айгуль"}}) == "Айгуль");
    CHECK(render("[{{name}}]", {{"name", "x"}}) == "[x]");
    CHECK(render("{{\n  name\n}}", {{"name", "x"}}) == "x");
}

TEST_CASE("comments render nothing, even with tags inside") {
    CHECK(render("a{# a comment #}b") == "ab");
    CHECK(render("a{# {{ x }} {% if %} #}b") == "ab");
    CHECK(render("a{#\nmany\nlines\n#}b") == "ab");
}

TEST_CASE("raw sections show tags as text") {
    CHECK(render("{% raw %}{{ x }} {% if %}{% endraw %}") == "{{ x }} {% if %}");
    CHECK(render("{%raw%}a{%endraw%}") == "a");
    CHECK(render("<{%- raw -%}  x  {%- endraw -%}>") == "<x>");
    CHECK(render("{% raw %}{% endraw %}") == "");
}

TEST_CASE("a minus inside a delimiter trims white space on that side") {
    Value ctx = {{"x", "X"}};
    CHECK(render("a  \n  {{- x }}", ctx) == "aX");
    CHECK(render("{{ x -}}  \n  b", ctx) == "Xb");
    CHECK(render("a \n {{- x -}} \n b", ctx) == "aXb");
    CHECK(render("<ul>\n  {%- for i in [1, 2] %}\n  <li>{{ i }}</li>\n  {%- endfor %}\n</ul>") ==
          "<ul>\n  <li>1</li>\n  <li>2</li>\n</ul>");
    CHECK(render("a {#- note -#} b") == "ab");
    CHECK(render("a {% if true -%}   b   {%- endif %} c") == "a b c");
}

TEST_CASE("without a minus, white space around tags is kept") {
    CHECK(render("a\n{% if true %}\nb\n{% endif %}\nc") == "a\n\nb\n\nc");
}

TEST_CASE("strings accept both quotes and backslash escapes") {
    CHECK(render("{{ 'it''s' }}") == "its");
    CHECK(render(R"({{ "a\"b" }})") == "a&quot;b");
    CHECK(render(R"({{ 'a\'b' }})") == "a&#39;b");
    CHECK(render(R"({{ "tab\there" }})") == "tab\there");
    CHECK(render(R"({{ "line\nbreak" }})") == "line\nbreak");
    CHECK(render(R"({{ "back\\slash" }})") == "back\\slash");
    CHECK(render(R"({{ "unknown \d escape" }})") == "unknown \\d escape");
    CHECK(render("{{ \"}}\" }}") == "}}");
    CHECK(render("{{ \"%}\" }}") == "%}");
}

TEST_CASE("dict literals with nested braces do not end the expression") {
    CHECK(render("{{ {'a': {'b': 1}}.a.b }}") == "1");
    CHECK(render("{% set d = {'a': {'b': 2}} %}{{ d.a.b }}") == "2");
}

TEST_CASE("an unclosed expression is reported where it starts") {
    CHECK(render("<p>\n  {{ title </p>") ==
          "templates/page.html:2:3: error: \"{{\" is never closed\n"
          "      {{ title </p>\n"
          "      ^\n"
          "    hint: add \"}}\" where the expression ends\n");
}

TEST_CASE("an unclosed tag is reported where it starts") {
    CHECK(render("{% if x\n") ==
          "templates/page.html:1:1: error: \"{%\" is never closed\n"
          "    {% if x\n"
          "    ^\n"
          "    hint: add \"%}\" where the tag ends\n");
}

TEST_CASE("a tag started inside an unclosed expression points at the expression") {
    CHECK(render("{{ a {% if %}") ==
          "templates/page.html:1:1: error: \"{{\" is never closed\n"
          "    {{ a {% if %}\n"
          "    ^\n"
          "    hint: add \"}}\" where the expression ends\n");
}

TEST_CASE("an unclosed comment is reported where it starts") {
    CHECK(render("x\n  {# todo") ==
          "templates/page.html:2:3: error: \"{#\" comment is never closed\n"
          "      {# todo\n"
          "      ^\n"
          "    hint: add \"#}\" where the comment ends\n");
}

TEST_CASE("an unclosed raw section is reported where it starts") {
    CHECK(render("{% raw %}{{ x }}") ==
          "templates/page.html:1:1: error: \"{% raw %}\" is never closed\n"
          "    {% raw %}{{ x }}\n"
          "    ^\n"
          "    hint: add {% endraw %} after the raw text\n");
}

TEST_CASE("a single closing brace is reported with a hint") {
    CHECK(render("{{ title }") ==
          "templates/page.html:1:10: error: unexpected \"}\"\n"
          "    {{ title }\n"
          "             ^\n"
          "    hint: close the expression with \"}}\"\n");
}

TEST_CASE("mixed-up delimiters are reported") {
    CHECK(render("{% if x }}") ==
          "templates/page.html:1:9: error: the tag opened with \"{%\" is closed with \"}}\"\n"
          "    {% if x }}\n"
          "            ^\n"
          "    hint: close tags with \"%}\", e.g. {% if x %}\n");
    CHECK(render("{{ x %}") ==
          "templates/page.html:1:6: error: the expression opened with \"{{\" is closed with \"%}\"\n"
          "    {{ x %}\n"
          "         ^\n"
          "    hint: close expressions with \"}}\", e.g. {{ title }}\n");
}

TEST_CASE("an unterminated string is reported where it starts") {
    CHECK(render("{{ 'abc }}") ==
          "templates/page.html:1:4: error: this text in quotes is never closed\n"
          "    {{ 'abc }}\n"
          "       ^\n"
          "    hint: add the closing quote (')\n");
}

TEST_CASE("columns count characters, not bytes") {
    CHECK(render("Привет {{ x $ }}") ==
          "templates/page.html:1:13: error: unexpected character \"$\" in a template expression\n"
          "    Привет {{ x $ }}\n"
          "                ^\n");
}

TEST_CASE("C-style operators get a hint") {
    CHECK(render("{% if a && b %}{% endif %}") ==
          "templates/page.html:1:9: error: \"&&\" is not an operator in templates\n"
          "    {% if a && b %}{% endif %}\n"
          "            ^\n"
          "    hint: write \"and\" instead\n");
    CHECK(render("{{ !x }}") ==
          "templates/page.html:1:4: error: unexpected character \"!\" in a template expression\n"
          "    {{ !x }}\n"
          "       ^\n"
          "    hint: write \"not x\" to negate, or \"!=\" for \"not equal\"\n");
}

TEST_CASE("a for loop that is never closed is reported at its tag") {
    std::string text = "<ul>\n"
                       "{% for p in pages %}\n"
                       "  <li>{{ p.title }}</li>\n";
    CHECK(render(text) ==
          "templates/page.html:2:1: error: \"{% for %}\" is never closed\n"
          "    {% for p in pages %}\n"
          "    ^\n"
          "    hint: add {% endfor %} after the loop body\n");
}

TEST_CASE("each unclosed tag gets its own hint") {
    CHECK(render("  {% if x %}") ==
          "templates/page.html:1:3: error: \"{% if %}\" is never closed\n"
          "      {% if x %}\n"
          "      ^\n"
          "    hint: add {% endif %} after the last branch\n");
    CHECK(render("{% block content %}") ==
          "templates/page.html:1:1: error: \"{% block %}\" is never closed\n"
          "    {% block content %}\n"
          "    ^\n"
          "    hint: add {% endblock %} after the block's content\n");
    CHECK(render("{% macro m() %}") ==
          "templates/page.html:1:1: error: \"{% macro %}\" is never closed\n"
          "    {% macro m() %}\n"
          "    ^\n"
          "    hint: add {% endmacro %} after the macro's body\n");
    CHECK(render("{% set x %}") ==
          "templates/page.html:1:1: error: \"{% set %}\" is never closed\n"
          "    {% set x %}\n"
          "    ^\n"
          "    hint: add {% endset %} after the text to capture\n");
    CHECK(render("{% filter upper %}") ==
          "templates/page.html:1:1: error: \"{% filter %}\" is never closed\n"
          "    {% filter upper %}\n"
          "    ^\n"
          "    hint: add {% endfilter %} after the text to filter\n");
    CHECK(render("{% if a %}{% else %}") ==
          "templates/page.html:1:1: error: \"{% if %}\" is never closed\n"
          "    {% if a %}{% else %}\n"
          "    ^\n"
          "    hint: add {% endif %} after the last branch\n");
}

TEST_CASE("an end tag that does not match the open tag names both") {
    CHECK(render("{% for x in xs %}\n{% endif %}") ==
          "templates/page.html:2:1: error: \"{% endif %}\" does not match the open \"{% for %}\" from line 1\n"
          "    {% endif %}\n"
          "    ^\n"
          "    hint: close the \"{% for %}\" first with {% endfor %}, or remove this \"{% endif %}\"\n");
}

TEST_CASE("an end tag with nothing to close is reported") {
    CHECK(render("text {% endif %}") ==
          "templates/page.html:1:6: error: \"{% endif %}\" has no \"{% if %}\" to close\n"
          "    text {% endif %}\n"
          "         ^\n"
          "    hint: remove it, or add the {% if … %} it should close before it\n");
    CHECK(render("{% endfor %}").find("\"{% endfor %}\" has no \"{% for %}\" to close") != std::string::npos);
}

TEST_CASE("else outside if or for is reported") {
    CHECK(render("{% else %}") ==
          "templates/page.html:1:1: error: \"{% else %}\" can only be used inside \"{% if %}\" or \"{% for %}\"\n"
          "    {% else %}\n"
          "    ^\n"
          "    hint: remove it, or add the {% if … %} it belongs to before it\n");
    CHECK(render("{% elif x %}").find("\"{% elif %}\" can only be used inside \"{% if %}\"\n") != std::string::npos);
}

TEST_CASE("elif after else is reported") {
    CHECK(render("{% if a %}{% else %}{% elif b %}{% endif %}") ==
          "templates/page.html:1:21: error: \"{% elif %}\" cannot come after \"{% else %}\" in the same \"{% if %}\"\n"
          "    {% if a %}{% else %}{% elif b %}{% endif %}\n"
          "                        ^\n"
          "    hint: keep {% else %} as the last branch, just before {% endif %}\n");
}

TEST_CASE("an unknown tag suggests the closest known one") {
    CHECK(render("{% foor x in xs %}") ==
          "templates/page.html:1:4: error: unknown tag \"foor\"\n"
          "    {% foor x in xs %}\n"
          "       ^\n"
          "    hint: did you mean \"for\"?\n");
    CHECK(render("{% frobnicate %}").find(
              "hint: the tags are if, for, set, include, extends, block, macro, import, from, filter, with and raw") !=
          std::string::npos);
}

TEST_CASE("an unknown filter suggests the closest known one") {
    CHECK(render("{{ title | uper }}") ==
          "templates/page.html:1:12: error: unknown filter \"uper\"\n"
          "    {{ title | uper }}\n"
          "               ^\n"
          "    hint: did you mean \"upper\"?\n");
}

TEST_CASE("every unknown filter in a template is reported, not only the first") {
    std::string out = render("{{ a | uper }}\n{{ b | lowr }}");
    CHECK(out.find("1:8: error: unknown filter \"uper\"") != std::string::npos);
    CHECK(out.find("2:8: error: unknown filter \"lowr\"") != std::string::npos);
}

TEST_CASE("an unknown test is reported") {
    CHECK(render("{% if x is defind %}{% endif %}") ==
          "templates/page.html:1:12: error: unknown test \"defind\"\n"
          "    {% if x is defind %}{% endif %}\n"
          "               ^\n"
          "    hint: did you mean \"defined\"?\n");
}

TEST_CASE("a test with the wrong number of arguments is reported when parsing") {
    CHECK(render("{% if x is divisibleby %}{% endif %}").find(
              "error: the test \"divisibleby\" takes 1 argument, but 0 were given") != std::string::npos);
    CHECK(render("{% if x is odd(2) %}{% endif %}").find(
              "error: the test \"odd\" takes no arguments, but 1 was given") != std::string::npos);
}

TEST_CASE("an empty expression is reported") {
    CHECK(render("{{ }}") ==
          "templates/page.html:1:4: error: \"{{ }}\" is empty\n"
          "    {{ }}\n"
          "       ^\n"
          "    hint: write a variable or expression inside, e.g. {{ title }}\n");
}

TEST_CASE("an expression that ends too early is reported") {
    CHECK(render("{{ a + }}") ==
          "templates/page.html:1:8: error: expected a value, found \"}}\"\n"
          "    {{ a + }}\n"
          "           ^\n"
          "    hint: the expression ends too early\n");
}

TEST_CASE("two values without an operator are reported") {
    CHECK(render("{{ a b }}") ==
          "templates/page.html:1:6: error: expected \"}}\" to end the expression, found \"b\"\n"
          "    {{ a b }}\n"
          "         ^\n"
          "    hint: an expression ends with \"}}\"; join text with ~ and add filters with |\n");
}

TEST_CASE("a malformed for tag explains the form") {
    CHECK(render("{% for x of xs %}{% endfor %}") ==
          "templates/page.html:1:10: error: expected \"in\" after the loop variable, found \"of\"\n"
          "    {% for x of xs %}{% endfor %}\n"
          "             ^\n"
          "    hint: write it as {% for item in list %} or {% for key, value in dict %}\n");
    CHECK(render("{% for in xs %}{% endfor %}").find(
              "error: expected a loop variable name after \"for\", found \"in\"") != std::string::npos);
}

TEST_CASE("a malformed set tag explains the form") {
    CHECK(render("{% set x 5 %}") ==
          "templates/page.html:1:10: error: expected \"=\" after the variable name, found 5\n"
          "    {% set x 5 %}\n"
          "             ^\n"
          "    hint: write {% set name = value %}, or {% set name %}…{% endset %} to capture text\n");
}

TEST_CASE("extra words at the end of a tag are reported") {
    CHECK(render("{% if a b %}{% endif %}") ==
          "templates/page.html:1:9: error: expected \"%}\" to end the \"{% if %}\" tag, found \"b\"\n"
          "    {% if a b %}{% endif %}\n"
          "            ^\n");
}

TEST_CASE("a block defined twice in one template is reported") {
    CHECK(render("{% block a %}{% endblock %}\n{% block a %}{% endblock %}") ==
          "templates/page.html:2:10: error: the block \"a\" is defined twice in this template\n"
          "    {% block a %}{% endblock %}\n"
          "             ^\n"
          "    hint: rename one of them; each block name can appear once per template\n");
}

TEST_CASE("endblock with another block's name is reported") {
    CHECK(render("{% block a %}{% endblock b %}").find(
              "error: \"{% endblock b %}\" closes the block \"a\"") != std::string::npos);
    CHECK(render("{% block a %}x{% endblock a %}") == "x");
}

TEST_CASE("extends inside another tag is reported") {
    CHECK(render("{% if x %}{% extends 'base.html' %}{% endif %}").find(
              "error: \"{% extends %}\" must be at the top level of the template, not inside \"{% if %}\"") !=
          std::string::npos);
}

TEST_CASE("a macro defined twice is reported") {
    CHECK(render("{% macro m() %}{% endmacro %}{% macro m() %}{% endmacro %}").find(
              "1:39: error: the macro \"m\" is defined twice in this template") != std::string::npos);
}

TEST_CASE("a macro parameter without default after one with a default is reported") {
    CHECK(render("{% macro m(a=1, b) %}{% endmacro %}").find(
              "error: the parameter \"a\" needs a default value") == std::string::npos);
    CHECK(render("{% macro m(a=1, b) %}{% endmacro %}").find("parameters with defaults must come after those without") !=
          std::string::npos);
}

TEST_CASE("a positional argument after a named one is reported") {
    CHECK(render("{{ range(stop=3, 1) }}").find("error: a value without a name comes after named ones") !=
          std::string::npos);
}

TEST_CASE("slice steps are reported as unsupported") {
    CHECK(render("{{ [1,2,3][::2] }}").find("error: slice steps (a[::2]) are not supported") != std::string::npos);
}

TEST_CASE("the error line of a multi-line template is the one with the problem") {
    std::string text = "line one\n"
                       "line two {{ ok }}\n"
                       "line three {{ 1 + }}\n";
    CHECK(render(text).rfind("templates/page.html:3:19: error:", 0) == 0);
}

TEST_CASE("a template with errors is not stored and check_references does not blame its users") {
    Theme theme;
    theme.add("broken.html", "{% if %}");
    theme.add("page.html", "{% include 'broken.html' %}");
    CHECK_FALSE(theme.engine.has_template("broken.html"));
    CHECK(theme.engine.has_template("page.html"));
    urker::Diagnostics refs;
    CHECK(theme.engine.check_references(refs));
    CHECK(refs.empty());
}

}  // TEST_SUITE
