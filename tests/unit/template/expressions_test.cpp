// Expressions: literals, variables, attribute and item access, arithmetic, comparisons, logic,
// tests, the inline if, function calls, and how values print.
#include <doctest/doctest.h>

#include "template_test_support.h"

using urker::tmpl::Value;
using urker::tmpl::testing::render;

namespace {
// The error message line of a failed render, without the source line and hint.
std::string first_line(const std::string& s) { return s.substr(0, s.find('\n')); }
}  // namespace

TEST_SUITE("template expressions") {

TEST_CASE("literals print like Jinja") {
    CHECK(render("{{ 42 }}") == "42");
    CHECK(render("{{ -7 }}") == "-7");
    CHECK(render("{{ 3.5 }}") == "3.5");
    CHECK(render("{{ 2.0 }}") == "2.0");
    CHECK(render("{{ 1e3 }}") == "1000.0");
    CHECK(render("{{ 0.1 }}") == "0.1");
    CHECK(render("{{ 'text' }}") == "text");
    CHECK(render("{{ \"text\" }}") == "text");
    CHECK(render("{{ 'a' 'b' }}") == "ab");
    CHECK(render("{{ true }}|{{ false }}|{{ True }}|{{ False }}") == "true|false|true|false");
    CHECK(render("[{{ none }}][{{ None }}]") == "[][]");
}

TEST_CASE("lists and dicts print as compact JSON, escaped") {
    CHECK(render("{{ [1, 2, 3] }}") == "[1,2,3]");
    CHECK(render("{{ ['a', 'b'] }}") == "[&quot;a&quot;,&quot;b&quot;]");
    CHECK(render("{{ [1, 'a'] | safe }}") == "[1,\"a\"]");
    CHECK(render("{{ {'b': 1, 'a': [true, none]} | safe }}") == "{\"a\":[true,null],\"b\":1}");
    CHECK(render("{{ [] }}{{ {} }}") == "[]{}");
    CHECK(render("{{ (1, 2) }}") == "[1,2]");
    CHECK(render("{{ [1, 2,] | length }}") == "2");
}

TEST_CASE("dict keys may be bare names, text or numbers") {
    CHECK(render("{{ {title: 'x'}.title }}") == "x");
    CHECK(render("{{ {'my key': 1}['my key'] }}") == "1");
    CHECK(render("{{ {2026: 'year'}['2026'] }}") == "year");
    CHECK(render("{% set k = 'x' %}{{ {title: k}.title }}") == "x");
}

TEST_CASE("values from the context print by type") {
    Value ctx = {{"i", 5}, {"u", 18446744073709551615ULL}, {"f", 2.25}, {"b", true}, {"n", nullptr}, {"s", "str"}};
    CHECK(render("{{ i }} {{ u }} {{ f }} {{ b }} [{{ n }}] {{ s }}", ctx) == "5 18446744073709551615 2.25 true [] str");
}

TEST_CASE("attributes and items reach into dicts and lists") {
    Value ctx = {{"page", {{"title", "T"}, {"tags", {"a", "b", "c"}}, {"author", {{"name", "N"}}}}}};
    CHECK(render("{{ page.title }}", ctx) == "T");
    CHECK(render("{{ page['title'] }}", ctx) == "T");
    CHECK(render("{{ page.author.name }}", ctx) == "N");
    CHECK(render("{{ page.tags[0] }}{{ page.tags[2] }}", ctx) == "ac");
    CHECK(render("{{ page.tags.1 }}", ctx) == "b");
    CHECK(render("{{ page.tags[-1] }}", ctx) == "c");
    CHECK(render("{% set k = 'title' %}{{ page[k] }}", ctx) == "T");
    CHECK(render("{{ 'abc'[1] }}") == "b");
    CHECK(render("{{ 'жұмыс'[-1] }}") == "с");
}

TEST_CASE("slices work on lists and text") {
    CHECK(render("{{ [1,2,3,4][1:3] }}") == "[2,3]");
    CHECK(render("{{ [1,2,3,4][:2] }}") == "[1,2]");
    CHECK(render("{{ [1,2,3,4][2:] }}") == "[3,4]");
    CHECK(render("{{ [1,2,3,4][-2:] }}") == "[3,4]");
    CHECK(render("{{ 'Қазақстан'[:5] }}") == "Қазақ");
}

TEST_CASE("undefined variables and attributes render empty and are falsy") {
    CHECK(render("[{{ missing }}]") == "[]");
    CHECK(render("[{{ missing.deeper.still }}]") == "[]");
    CHECK(render("[{{ missing[0] }}]") == "[]");
    CHECK(render("[{{ page.nope }}]", {{"page", Value::object()}}) == "[]");
    CHECK(render("[{{ list[10] }}]", {{"list", {1}}}) == "[]");
    CHECK(render("{% if missing %}yes{% else %}no{% endif %}") == "no");
    CHECK(render("{{ 'x' if missing.a.b else 'y' }}") == "y");
    CHECK(render("[{{ 5.foo }}]") == "[]");
}

TEST_CASE("arithmetic on integers stays integral") {
    CHECK(render("{{ 1 + 2 }}") == "3");
    CHECK(render("{{ 10 - 4 }}") == "6");
    CHECK(render("{{ 3 * 4 }}") == "12");
    CHECK(render("{{ 7 // 2 }}") == "3");
    CHECK(render("{{ -7 // 2 }}") == "-4");
    CHECK(render("{{ 7 % 3 }}") == "1");
    CHECK(render("{{ -7 % 3 }}") == "2");
    CHECK(render("{{ 2 ** 10 }}") == "1024");
    CHECK(render("{{ 2 + 3 * 4 }}") == "14");
    CHECK(render("{{ (2 + 3) * 4 }}") == "20");
    CHECK(render("{{ 2 * -3 }}") == "-6");
    CHECK(render("{{ -(2 + 3) }}") == "-5");
    CHECK(render("{{ n + 1 }}", {{"n", 41}}) == "42");
}

TEST_CASE("division gives a float and floats mix with integers") {
    CHECK(render("{{ 7 / 2 }}") == "3.5");
    CHECK(render("{{ 6 / 2 }}") == "3.0");
    CHECK(render("{{ 1 + 0.5 }}") == "1.5");
    CHECK(render("{{ 7.5 // 2 }}") == "3.0");
    CHECK(render("{{ 2 ** -1 }}") == "0.5");
}

TEST_CASE("integer overflow falls back to floats instead of wrapping") {
    CHECK(render("{{ 9223372036854775807 + 1 }}") == "9.223372036854776e+18");
}

TEST_CASE("plus joins text and lists, times repeats text") {
    CHECK(render("{{ 'a' + 'b' }}") == "ab");
    CHECK(render("{{ [1] + [2, 3] }}") == "[1,2,3]");
    CHECK(render("{{ '-' * 3 }}") == "---");
}

TEST_CASE("tilde joins anything as text and binds looser than plus") {
    CHECK(render("{{ 'Page ' ~ 1 }}") == "Page 1");
    CHECK(render("{{ 'Page ' ~ n + 1 }}", {{"n", 1}}) == "Page 2");
    CHECK(render("{{ 'a' ~ missing ~ 'b' }}") == "ab");
    CHECK(render("{{ 1 ~ 2 }}") == "12");
    CHECK(render("{{ 'x' ~ true ~ none }}") == "xtrue");
}

TEST_CASE("comparisons work on numbers, text and lists") {
    CHECK(render("{{ 1 < 2 }} {{ 2 <= 2 }} {{ 3 > 4 }} {{ 3 >= 4 }}") == "true true false false");
    CHECK(render("{{ 1 == 1.0 }} {{ 1 != 2 }} {{ 'a' == 'a' }} {{ 'a' == 1 }}") == "true true true false");
    CHECK(render("{{ 'apple' < 'banana' }}") == "true");
    CHECK(render("{{ [1, 2] < [1, 3] }}") == "true");
    CHECK(render("{{ 1 < 2 < 3 }} {{ 3 > 2 > 2 }}") == "true false");
    CHECK(render("{{ missing == missing }} {{ missing == none }}") == "true false");
    CHECK(render("{{ [1, 2] == [1, 2] }}") == "true");
}

TEST_CASE("in and not in look inside text, lists and dict keys") {
    CHECK(render("{{ 'b' in 'abc' }} {{ 'z' in 'abc' }}") == "true false");
    CHECK(render("{{ 2 in [1, 2] }} {{ 3 not in [1, 2] }}") == "true true");
    CHECK(render("{{ 'k' in {'k': 1} }} {{ 'v' in {'k': 1} }}") == "true false");
    CHECK(render("{{ 'x' in missing }}") == "false");
    CHECK(render("{{ 'x' in tags }}", {{"tags", {"x", "y"}}}) == "true");
}

TEST_CASE("and, or and not follow Python: they return one of their operands") {
    CHECK(render("{{ true and false }} {{ true or false }} {{ not true }}") == "false true false");
    CHECK(render("{{ title or 'Untitled' }}") == "Untitled");
    CHECK(render("{{ title or 'Untitled' }}", {{"title", "Real"}}) == "Real");
    CHECK(render("{{ 0 and 1 }} {{ 2 and 3 }}") == "0 3");
    CHECK(render("{{ not missing }}") == "true");
    CHECK(render("{{ not 1 == 2 }}") == "true");
    CHECK(render("{{ true or false and false }}") == "true");
}

TEST_CASE("and and or stop early") {
    // The right side would fail if evaluated.
    CHECK(render("{{ false and (1 / 0) }}") == "false");
    CHECK(render("{{ true or (1 / 0) }}") == "true");
}

TEST_CASE("truthiness follows Jinja") {
    for (const char* falsy : {"0", "0.0", "''", "[]", "{}", "none", "false", "missing"})
        CHECK(render(std::string("{{ 'T' if ") + falsy + " else 'F' }}") == "F");
    for (const char* truthy : {"1", "-1", "0.5", "' '", "[0]", "{'a': 0}", "true"})
        CHECK(render(std::string("{{ 'T' if ") + truthy + " else 'F' }}") == "T");
}

TEST_CASE("the inline if without else gives nothing when false") {
    CHECK(render("[{{ 'yes' if false }}]") == "[]");
    CHECK(render("[{{ 'yes' if true }}]") == "[yes]");
    CHECK(render("{{ 'a' if x == 1 else 'b' if x == 2 else 'c' }}", {{"x", 2}}) == "b");
}

TEST_CASE("tests check what a value is") {
    Value ctx = {{"s", "x"}, {"i", 3}, {"f", 1.5}, {"n", nullptr}, {"l", {1}}, {"d", {{"a", 1}}}, {"b", false}};
    CHECK(render("{{ s is defined }} {{ missing is defined }} {{ missing is undefined }}", ctx) == "true false true");
    CHECK(render("{{ n is none }} {{ missing is none }} {{ s is none }}", ctx) == "true false false");
    CHECK(render("{{ s is string }} {{ i is string }}", ctx) == "true false");
    CHECK(render("{{ i is number }} {{ f is number }} {{ b is number }} {{ s is number }}", ctx) == "true true false false");
    CHECK(render("{{ i is integer }} {{ f is float }}", ctx) == "true true");
    CHECK(render("{{ l is iterable }} {{ d is iterable }} {{ s is iterable }} {{ i is iterable }}", ctx) ==
          "true true true false");
    CHECK(render("{{ l is sequence }} {{ d is mapping }} {{ l is mapping }}", ctx) == "true true false");
    CHECK(render("{{ b is boolean }} {{ b is false }} {{ b is true }}", ctx) == "true true false");
    CHECK(render("{{ 3 is odd }} {{ 4 is odd }} {{ 4 is even }}") == "true false true");
    CHECK(render("{{ 9 is divisibleby(3) }} {{ 10 is divisibleby 3 }}") == "true false");
    CHECK(render("{{ x is not defined }}") == "true");
    CHECK(render("{{ 2 is equalto 2 }} {{ 2 is eq(3) }} {{ 2 is ne(3) }}") == "true false true");
    CHECK(render("{{ 2 is lt 3 }} {{ 2 is gt(3) }} {{ 3 is ge 3 }} {{ 3 is le(2) }}") == "true false true false");
    CHECK(render("{{ 2 is in [1, 2] }} {{ [1, 2] is containing 2 }}") == "true true");
    CHECK(render("{{ '' is empty }} {{ [] is empty }} {{ missing is empty }} {{ 'a' is empty }}") ==
          "true true true false");
    CHECK(render("{{ 'urker' is starting_with 'ur' }} {{ 'urker' is ending_with('er') }}") == "true true");
}

TEST_CASE("a test binds tighter than not and and") {
    CHECK(render("{{ not x is defined }}") == "true");
    CHECK(render("{{ x is defined and x > 1 }}") == "false");
    CHECK(render("{{ x is defined and x > 1 }}", {{"x", 2}}) == "true");
}

TEST_CASE("filters bind tighter than arithmetic but looser than unary minus") {
    CHECK(render("{{ 1 + [1, 2] | length }}") == "3");
    CHECK(render("{{ -3 | abs }}") == "3");
    CHECK(render("{{ -x | abs }}", {{"x", 4}}) == "4");
    CHECK(render("{{ 'a' ~ 'b' | upper }}") == "aB");
    CHECK(render("{{ ('a' ~ 'b') | upper }}") == "AB");
}

TEST_CASE("range makes lists of numbers") {
    CHECK(render("{{ range(4) }}") == "[0,1,2,3]");
    CHECK(render("{{ range(2, 5) }}") == "[2,3,4]");
    CHECK(render("{{ range(0, 10, 3) }}") == "[0,3,6,9]");
    CHECK(render("{{ range(5, 0, -2) }}") == "[5,3,1]");
    CHECK(render("{{ range(0) }}") == "[]");
    CHECK(first_line(render("{{ range(0, 1, 0) }}")) == "templates/page.html:1:4: error: range() cannot step by 0");
    CHECK(first_line(render("{{ range('a') }}")) ==
          "templates/page.html:1:4: error: range() needs whole numbers, got text \"a\"");
    CHECK(first_line(render("{{ range(1000000) }}")) ==
          "templates/page.html:1:4: error: range() would make more than 100000 numbers");
}

TEST_CASE("dict and namespace make dicts from named values") {
    CHECK(render("{{ dict(a=1, b='x') | safe }}") == "{\"a\":1,\"b\":\"x\"}");
    CHECK(render("{% set ns = namespace(n=0) %}{{ ns.n }}") == "0");
}

TEST_CASE("Python methods that Jinja users know work on values") {
    Value ctx = {{"d", {{"b", 2}, {"a", 1}}}, {"s", "  Hello World  "}};
    CHECK(render("{% for k, v in d.items() %}{{ k }}={{ v }};{% endfor %}", ctx) == "a=1;b=2;");
    CHECK(render("{{ d.keys() | join(',') }}", ctx) == "a,b");
    CHECK(render("{{ d.values() | join(',') }}", ctx) == "1,2");
    CHECK(render("{{ d.get('a') }} [{{ d.get('z') }}] {{ d.get('z', 9) }}", ctx) == "1 [] 9");
    CHECK(render("{{ s.strip() }}|{{ s.upper() | trim }}|{{ s.lower() | trim }}", ctx) == "Hello World|HELLO WORLD|hello world");
    CHECK(render("{{ s.strip().startswith('Hell') }} {{ s.strip().endswith('x') }}", ctx) == "true false");
    CHECK(render("{{ 'a-b'.replace('-', '+') }} {{ 'a b'.split() | length }}") == "a+b 2");
    CHECK(first_line(render("{{ s.frobnicate() }}", ctx)) ==
          "templates/page.html:1:6: error: \"s.frobnicate\" is not a macro or a known method, so it cannot be called");
}

TEST_CASE("variables may have non-ASCII names") {
    CHECK(render("{% set заголовок = 'Т' %}{{ заголовок }}") == "Т");
}

TEST_CASE("arithmetic on an undefined variable names it") {
    CHECK(render("{{ count + 1 }}") ==
          "templates/page.html:1:10: error: cannot use \"+\" with \"count\", which is an undefined value\n"
          "    {{ count + 1 }}\n"
          "             ^\n"
          "    hint: check the variable's name, or give it a default: count | default(0)\n");
}

TEST_CASE("adding text to a number suggests the tilde") {
    CHECK(render("{{ 'Page ' + 2 }}") ==
          "templates/page.html:1:12: error: cannot use \"+\" with text \"Page \" and the number 2\n"
          "    {{ 'Page ' + 2 }}\n"
          "               ^\n"
          "    hint: to join text, use ~: {{ a ~ b }}\n");
}

TEST_CASE("division by zero is a render error") {
    CHECK(first_line(render("{{ 1 / 0 }}")) == "templates/page.html:1:6: error: division by zero");
    CHECK(first_line(render("{{ 1 // 0 }}")) == "templates/page.html:1:6: error: division by zero");
    CHECK(first_line(render("{{ 1 % 0 }}")) == "templates/page.html:1:6: error: division by zero");
}

TEST_CASE("ordering values of different kinds is a render error") {
    CHECK(render("{{ 1 < 'a' }}") ==
          "templates/page.html:1:6: error: cannot compare the number 1 with text \"a\" using \"<\"\n"
          "    {{ 1 < 'a' }}\n"
          "         ^\n"
          "    hint: compare numbers with numbers and text with text; the int filter turns text into a number\n");
    CHECK(first_line(render("{% if page.year > 2020 %}{% endif %}")) ==
          "templates/page.html:1:17: error: cannot compare an undefined value with the number 2020 using \">\"");
}

TEST_CASE("long text in a message is cut after 40 characters") {
    CHECK(first_line(render("{{ t + 1 }}", {{"t", "Абвгдежзийклмнопрстуфхцчшщъыьэюя абвгдежзийк"}})) ==
          "templates/page.html:1:6: error: cannot use \"+\" with text \"Абвгдежзийклмнопрстуфхцчшщъыьэюя абвгдеж…\" and "
          "the number 1");
}

TEST_CASE("odd on text is a render error") {
    CHECK(first_line(render("{{ 'a' is odd }}")) ==
          "templates/page.html:1:11: error: the test \"odd\" needs a whole number, got text \"a\"");
}

TEST_CASE("calling something that is not a macro is a render error") {
    CHECK(render("{{ title() }}", {{"title", "Hi"}}) ==
          "templates/page.html:1:4: error: \"title\" is text \"Hi\", not a macro, so it cannot be called\n"
          "    {{ title() }}\n"
          "       ^\n"
          "    hint: remove the \"(…)\" after it, or check the macro's name\n");
}

TEST_CASE("calling an unknown function suggests a close name") {
    CHECK(render("{{ rnage(3) }}") ==
          "templates/page.html:1:4: error: there is no macro or function named \"rnage\"\n"
          "    {{ rnage(3) }}\n"
          "       ^\n"
          "    hint: did you mean \"range\"?\n");
}

TEST_CASE("printing a macro without calling it is a render error") {
    CHECK(first_line(render("{% macro m() %}{% endmacro %}{{ m }}")) ==
          "templates/page.html:1:30: error: cannot show the macro \"m\" as text");
}

}  // TEST_SUITE
