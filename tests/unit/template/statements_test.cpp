// Statements: if, for, set, with, filter blocks, include, macros, import and from-import.
#include <doctest/doctest.h>

#include "template_test_support.h"

using urker::tmpl::Value;
using urker::tmpl::testing::render;
using urker::tmpl::testing::Theme;

namespace {
std::string first_line(const std::string& s) { return s.substr(0, s.find('\n')); }
}  // namespace

TEST_SUITE("template statements") {

TEST_CASE("if picks the first true branch") {
    std::string t = "{% if n == 1 %}one{% elif n == 2 %}two{% elif n == 3 %}three{% else %}many{% endif %}";
    CHECK(render(t, {{"n", 1}}) == "one");
    CHECK(render(t, {{"n", 2}}) == "two");
    CHECK(render(t, {{"n", 3}}) == "three");
    CHECK(render(t, {{"n", 4}}) == "many");
    CHECK(render("{% if false %}x{% endif %}") == "");
    CHECK(render("{% if true %}{% if false %}a{% else %}b{% endif %}{% endif %}") == "b");
}

TEST_CASE("a for loop renders its body once per item") {
    CHECK(render("{% for x in xs %}[{{ x }}]{% endfor %}", {{"xs", {1, 2, 3}}}) == "[1][2][3]");
    CHECK(render("{% for x in ['a', 'b'] %}{{ x }}{% endfor %}") == "ab");
    CHECK(render("{% for c in 'әлем' %}{{ c }}.{% endfor %}") == "ә.л.е.м.");
}

TEST_CASE("a for loop over an empty list renders its else branch") {
    std::string t = "{% for x in xs %}{{ x }}{% else %}nothing{% endfor %}";
    CHECK(render(t, {{"xs", Value::array()}}) == "nothing");
    CHECK(render(t, {{"xs", {1}}}) == "1");
    CHECK(render(t) == "nothing");
    CHECK(render(t, {{"xs", nullptr}}) == "nothing");
}

TEST_CASE("a for loop over a dict gives keys in sorted order, or keys and values") {
    Value ctx = {{"d", {{"b", 2}, {"a", 1}, {"c", 3}}}};
    CHECK(render("{% for k in d %}{{ k }}{% endfor %}", ctx) == "abc");
    CHECK(render("{% for k, v in d %}{{ k }}={{ v }} {% endfor %}", ctx) == "a=1 b=2 c=3 ");
    CHECK(render("{% for k, v in d | items %}{{ k }}{{ v }}{% endfor %}", ctx) == "a1b2c3");
}

TEST_CASE("a for loop unpacks lists into several variables") {
    CHECK(render("{% for a, b in [[1, 2], [3, 4]] %}{{ a + b }},{% endfor %}") == "3,7,");
    CHECK(render("{% for a, b, c in [[1, 2]] %}{{ a }}{{ b }}[{{ c }}]{% endfor %}") == "12[]");
    CHECK(first_line(render("{% for a, b in [1, 2] %}{% endfor %}")) ==
          "templates/page.html:1:1: error: cannot unpack the number 1 into 2 loop variables");
}

TEST_CASE("the loop variable tells where the loop is") {
    Value ctx = {{"xs", {"a", "b", "c"}}};
    CHECK(render("{% for x in xs %}{{ loop.index }}{% endfor %}", ctx) == "123");
    CHECK(render("{% for x in xs %}{{ loop.index0 }}{% endfor %}", ctx) == "012");
    CHECK(render("{% for x in xs %}{{ loop.revindex }}{% endfor %}", ctx) == "321");
    CHECK(render("{% for x in xs %}{{ loop.revindex0 }}{% endfor %}", ctx) == "210");
    CHECK(render("{% for x in xs %}{{ loop.length }}{% endfor %}", ctx) == "333");
    CHECK(render("{% for x in xs %}{% if loop.first %}<{% endif %}{{ x }}{% if loop.last %}>{% endif %}{% endfor %}",
                 ctx) == "<abc>");
    CHECK(render("{% for x in xs %}{{ x }}{% if not loop.last %}, {% endif %}{% endfor %}", ctx) == "a, b, c");
    CHECK(render("{% for x in xs %}[{{ loop.previtem }}|{{ loop.nextitem }}]{% endfor %}", ctx) == "[|b][a|c][b|]");
    CHECK(render("{% for x in xs %}{{ loop.cycle('odd', 'even') }} {% endfor %}", ctx) == "odd even odd ");
    CHECK(render("{% for x in xs %}{{ loop['index'] }}{% endfor %}", ctx) == "123");
}

TEST_CASE("nested loops each have their own loop variable") {
    CHECK(render("{% for a in [1, 2] %}{% set outer = loop %}{% for b in [1, 2, 3] %}{{ outer.index }}{{ loop.index }} "
                 "{% endfor %}{% endfor %}") == "11 12 13 21 22 23 ");
}

TEST_CASE("a for loop with a condition skips items and counts only the kept ones") {
    Value ctx = {{"pages", {{{"t", "a"}, {"draft", true}}, {{"t", "b"}}, {{"t", "c"}}}}};
    CHECK(render("{% for p in pages if not p.draft %}{{ loop.index }}/{{ loop.length }}:{{ p.t }} {% endfor %}", ctx) ==
          "1/2:b 2/2:c ");
    CHECK(render("{% for x in [1, 2, 3] if x > 5 %}{{ x }}{% else %}none{% endfor %}") == "none");
}

TEST_CASE("the loop variable does not exist outside the loop") {
    CHECK(render("{% for x in [1] %}{% endfor %}[{{ x }}][{{ loop }}]") == "[][]");
}

TEST_CASE("looping over a number is a render error") {
    CHECK(render("{% for x in 5 %}{% endfor %}") ==
          "templates/page.html:1:1: error: cannot loop over the number 5\n"
          "    {% for x in 5 %}{% endfor %}\n"
          "    ^\n"
          "    hint: a for loop needs a list or a dictionary\n");
}

TEST_CASE("set assigns a variable") {
    CHECK(render("{% set x = 5 %}{{ x }}") == "5");
    CHECK(render("{% set x = 'a' ~ 'b' %}{{ x }}") == "ab");
    CHECK(render("{% set x = 1 %}{% set x = x + 1 %}{{ x }}") == "2");
    CHECK(render("{% set title = 'mine' %}{{ title }}", {{"title", "context"}}) == "mine");
}

TEST_CASE("set inside a for loop does not leak out of the loop") {
    CHECK(render("{% set x = 'before' %}{% for i in [1, 2] %}{% set x = i %}{{ x }}{% endfor %}{{ x }}") == "12before");
    CHECK(render("{% for i in [1] %}{% set inner = 1 %}{% endfor %}[{{ inner }}]") == "[]");
}

TEST_CASE("set inside if is visible after the if") {
    CHECK(render("{% if true %}{% set x = 1 %}{% endif %}{{ x }}") == "1");
}

TEST_CASE("a namespace carries values out of a loop") {
    CHECK(render("{% set ns = namespace(total=0, found=false) %}"
                 "{% for x in [1, 2, 3] %}{% set ns.total = ns.total + x %}{% if x == 2 %}{% set ns.found = true %}{% endif %}"
                 "{% endfor %}{{ ns.total }} {{ ns.found }}") == "6 true");
}

TEST_CASE("a value read from a namespace keeps its value when the namespace changes") {
    CHECK(render("{% set ns = namespace(items=[1]) %}{% set old = ns.items %}{% set ns.items = [2] %}{{ old }}{{ ns.items }}") ==
          "[1][2]");
}

TEST_CASE("setting an attribute of something that is not a namespace is a render error") {
    CHECK(render("{% set page.title = 'x' %}", {{"page", Value::object()}}) ==
          "templates/page.html:1:1: error: only a namespace can have its attributes set, and \"page\" is not a "
          "variable set in this template\n"
          "    {% set page.title = 'x' %}\n"
          "    ^\n"
          "    hint: create one first: {% set page = namespace(title=0) %}\n");
}

TEST_CASE("block set captures rendered text as markup") {
    CHECK(render("{% set greeting %}<b>Hi {{ name }}</b>{% endset %}{{ greeting }}|{{ greeting }}", {{"name", "<x>"}}) ==
          "<b>Hi &lt;x&gt;</b>|<b>Hi &lt;x&gt;</b>");
    CHECK(render("{% set s %}  padded  {% endset %}[{{ s | trim }}]") == "[padded]");
}

TEST_CASE("with introduces variables for its body only") {
    CHECK(render("{% with a = 1, b = 2 %}{{ a + b }}{% endwith %}[{{ a }}]") == "3[]");
    CHECK(render("{% with %}{% set x = 1 %}{{ x }}{% endwith %}[{{ x }}]") == "1[]");
}

TEST_CASE("a filter block applies filters to its rendered body") {
    CHECK(render("{% filter upper %}hello {{ name }}{% endfilter %}", {{"name", "мир"}}) == "HELLO МИР");
    CHECK(render("{% filter trim | upper %}  x  {% endfilter %}") == "X");
    CHECK(render("{% filter replace('a', 'o') %}banana{% endfilter %}") == "bonono");
    CHECK(render("{% filter striptags %}<p>Hi <b>there</b></p>{% endfilter %}") == "Hi there");
}

TEST_CASE("include renders another template with the current variables") {
    Theme theme;
    theme.add("partials/card.html", "<div>{{ item.title }} {{ site }}</div>");
    theme.add("page.html", "{% for item in items %}{% include 'partials/card.html' %}{% endfor %}");
    CHECK(theme.render("page.html", {{"site", "S"}, {"items", {{{"title", "A"}}, {{"title", "B"}}}}}) ==
          "<div>A S</div><div>B S</div>");
}

TEST_CASE("variables set in an included template stay there") {
    Theme theme;
    theme.add("inc.html", "{% set x = 'inner' %}{{ x }}");
    theme.add("page.html", "{% set x = 'outer' %}{% include 'inc.html' %} {{ x }}");
    CHECK(theme.render("page.html") == "inner outer");
}

TEST_CASE("include without context sees only the render context") {
    Theme theme;
    theme.add("inc.html", "[{{ local }}|{{ global }}]");
    theme.add("page.html", "{% set local = 1 %}{% include 'inc.html' without context %}{% include 'inc.html' %}");
    CHECK(theme.render("page.html", {{"global", "g"}}) == "[|g][1|g]");
}

TEST_CASE("include ignore missing skips a template that does not exist") {
    Theme theme;
    theme.add("page.html", "a{% include 'nope.html' ignore missing %}b");
    CHECK(theme.render("page.html") == "ab");
}

TEST_CASE("include with a list takes the first template that exists") {
    Theme theme;
    theme.add("b.html", "B");
    theme.add("page.html", "{% include ['a.html', 'b.html'] %}");
    CHECK(theme.render("page.html") == "B");
}

TEST_CASE("include with a computed name works") {
    Theme theme;
    theme.add("kinds/event.html", "EVENT {{ p.title }}");
    theme.add("page.html", "{% include 'kinds/' ~ p.kind ~ '.html' %}");
    CHECK(theme.render("page.html", {{"p", {{"kind", "event"}, {"title", "T"}}}}) == "EVENT T");
}

TEST_CASE("including a template that does not exist is a render error with a suggestion") {
    Theme theme;
    theme.add("partials/card.html", "");
    theme.add("page.html", "\n  {% include 'partials/crad.html' %}");
    CHECK(theme.render("page.html") ==
          "templates/page.html:2:3: error: the included template \"partials/crad.html\" does not exist\n"
          "      {% include 'partials/crad.html' %}\n"
          "      ^\n"
          "    hint: did you mean \"partials/card.html\"?\n");
}

TEST_CASE("an error inside an included template points into that template") {
    Theme theme;
    theme.add("inc.html", "line 1\n{{ 1 / 0 }}");
    theme.add("page.html", "{% include 'inc.html' %}");
    CHECK(first_line(theme.render("page.html")) == "templates/inc.html:2:6: error: division by zero");
}

TEST_CASE("a template that includes itself without end stops at 64 levels") {
    Theme theme;
    theme.add("page.html", "x{% include 'page.html' %}");
    CHECK(theme.render("page.html") ==
          "templates/page.html:1:2: error: templates and macros call each other more than 64 levels deep\n"
          "    x{% include 'page.html' %}\n"
          "     ^\n"
          "    hint: a macro or include probably calls itself without end; check the condition that should stop it\n");
}

TEST_CASE("a macro renders its body with its arguments") {
    CHECK(render("{% macro greet(name) %}Hello, {{ name }}!{% endmacro %}{{ greet('Асель') }}") == "Hello, Асель!");
    CHECK(render("{{ m() }}{% macro m() %}defined later{% endmacro %}") == "defined later");
}

TEST_CASE("a macro shown by {{ }} writes in place; one whose text is a value does not") {
    // `{{ m() }}` writes the macro's text straight into the output (Renderer::macro_in_place_);
    // a call among its arguments, in its callee or under a filter must still give its text back.
    const std::string ms = "{% macro a(x='') %}<a>{{ x }}{{ b() }}</a>{% endmacro %}{% macro b() %}B{% endmacro %}";
    CHECK(render(ms + "x{{ a() }}y") == "x<a>B</a>y");
    CHECK(render(ms + "x{{ a(b()) }}y") == "x<a>BB</a>y");
    CHECK(render(ms + "x{{ a(a()) }}y") == "x<a><a>B</a>B</a>y");
    CHECK(render(ms + "x{{ a() | length }}y") == "x8y");
    CHECK(render(ms + "x{{ a() ~ b() }}y") == "x<a>B</a>By");
    CHECK(render(ms + "{% for i in [1, 2] %}{{ a(i) }}{% endfor %}") == "<a>1B</a><a>2B</a>");
    CHECK(render(ms + "{% set t = a() %}[{{ t }}]") == "[<a>B</a>]");
    // A function that is not a macro gives its value as before.
    CHECK(render("{{ range(3) | join(',') }}|{{ range(2) }}") == "0,1,2|[0,1]");
}

TEST_CASE("macro parameters take defaults, positions and names") {
    std::string m = "{% macro link(url, text='link', cls='') %}<a href=\"{{ url }}\" class=\"{{ cls }}\">{{ text }}</a>{% endmacro %}";
    CHECK(render(m + "{{ link('/a') }}") == "<a href=\"/a\" class=\"\">link</a>");
    CHECK(render(m + "{{ link('/a', 'A') }}") == "<a href=\"/a\" class=\"\">A</a>");
    CHECK(render(m + "{{ link('/a', cls='x') }}") == "<a href=\"/a\" class=\"x\">link</a>");
    CHECK(render(m + "{{ link(text='T', url='/u') }}") == "<a href=\"/u\" class=\"\">T</a>");
}

TEST_CASE("a missing macro argument is undefined, not taken from the context") {
    CHECK(render("{% macro m(title) %}[{{ title }}]{% endmacro %}{{ m() }}", {{"title", "context"}}) == "[]");
}

TEST_CASE("a default may use earlier parameters") {
    CHECK(render("{% macro m(a, b=a * 2) %}{{ a }},{{ b }}{% endmacro %}{{ m(3) }}") == "3,6");
}

TEST_CASE("a macro sees the render context but not the caller's variables") {
    CHECK(render("{% macro m() %}[{{ site }}|{{ local }}]{% endmacro %}{% set local = 1 %}{{ m() }}", {{"site", "S"}}) ==
          "[S|]");
}

TEST_CASE("variables set inside a macro stay inside") {
    CHECK(render("{% macro m() %}{% set x = 'in' %}{{ x }}{% endmacro %}{% set x = 'out' %}{{ m() }} {{ x }}") == "in out");
}

TEST_CASE("a macro can call itself until a condition stops it") {
    CHECK(render("{% macro count(n) %}{{ n }}{% if n > 0 %},{{ count(n - 1) }}{% endif %}{% endmacro %}{{ count(3) }}") ==
          "3,2,1,0");
}

TEST_CASE("a tree is rendered by a recursive macro") {
    Value tree = {{"name", "root"}, {"children", {{{"name", "a"}, {"children", {{{"name", "a1"}}}}}, {{"name", "b"}}}}};
    CHECK(render("{% macro node(n) %}<li>{{ n.name }}{% if n.children %}<ul>{% for c in n.children %}{{ node(c) }}"
                 "{% endfor %}</ul>{% endif %}</li>{% endmacro %}{{ node(tree) }}",
                 {{"tree", tree}}) == "<li>root<ul><li>a<ul><li>a1</li></ul></li><li>b</li></ul></li>");
}

TEST_CASE("endless macro recursion stops at 64 levels") {
    CHECK(first_line(render("{% macro m() %}{{ m() }}{% endmacro %}{{ m() }}")) ==
          "templates/page.html:1:19: error: templates and macros call each other more than 64 levels deep");
}

TEST_CASE("calling a macro with too many or unknown arguments is a render error") {
    CHECK(render("{% macro card(title, url) %}{% endmacro %}{{ card(1, 2, 3) }}") ==
          "templates/page.html:1:46: error: the macro \"card\" takes 2 arguments, but 3 were given\n"
          "    {% macro card(title, url) %}{% endmacro %}{{ card(1, 2, 3) }}\n"
          "                                                 ^\n"
          "    hint: its parameters are: title, url\n");
    CHECK(render("{% macro card(title, url) %}{% endmacro %}{{ card(titel='x') }}") ==
          "templates/page.html:1:46: error: the macro \"card\" has no parameter named \"titel\"\n"
          "    {% macro card(title, url) %}{% endmacro %}{{ card(titel='x') }}\n"
          "                                                 ^\n"
          "    hint: did you mean \"title\"?\n");
    CHECK(first_line(render("{% macro card(title) %}{% endmacro %}{{ card('a', title='b') }}")) ==
          "templates/page.html:1:41: error: the macro \"card\" is given \"title\" twice");
}

TEST_CASE("an error inside a macro points at the line in the macro") {
    CHECK(first_line(render("{% macro m(x) %}\n  {{ x + 1 }}\n{% endmacro %}{{ m('a') }}")) ==
          "templates/page.html:2:8: error: cannot use \"+\" with text \"a\" and the number 1");
}

TEST_CASE("import makes another template's macros available under a name") {
    Theme theme;
    theme.add("macros.html", "{% macro badge(text) %}<span>{{ text }}</span>{% endmacro %}"
                             "{% macro pill(t) %}({{ badge(t) }}){% endmacro %}");
    theme.add("page.html", "{% import 'macros.html' as m %}{{ m.badge('new') }} {{ m.pill('x') }} {{ m['badge']('y') }}");
    CHECK(theme.render("page.html") == "<span>new</span> (<span>x</span>) <span>y</span>");
}

TEST_CASE("from-import brings single macros in, optionally renamed") {
    Theme theme;
    theme.add("macros.html", "{% macro a() %}A{% endmacro %}{% macro b() %}B{% endmacro %}");
    theme.add("page.html", "{% from 'macros.html' import a, b as bee %}{{ a() }}{{ bee() }}");
    CHECK(theme.render("page.html") == "AB");
}

TEST_CASE("imported macros can use imports of their own template") {
    Theme theme;
    theme.add("icons.html", "{% macro icon(n) %}<i class=\"{{ n }}\"></i>{% endmacro %}");
    theme.add("cards.html", "{% import 'icons.html' as icons %}{% macro card(t) %}{{ icons.icon('star') }}{{ t }}{% endmacro %}");
    theme.add("page.html", "{% from 'cards.html' import card %}{{ card('T') }}");
    CHECK(theme.render("page.html") == "<i class=\"star\"></i>T");
}

TEST_CASE("an import inside a block works for that block") {
    Theme theme;
    theme.add("m.html", "{% macro x() %}X{% endmacro %}");
    theme.add("page.html", "{% if true %}{% import 'm.html' as m %}{{ m.x() }}{% endif %}");
    CHECK(theme.render("page.html") == "X");
}

TEST_CASE("calling a macro that the imported template lacks suggests a close name") {
    Theme theme;
    theme.add("macros.html", "{% macro card() %}{% endmacro %}");
    theme.add("page.html", "{% import 'macros.html' as m %}{{ m.crad() }}");
    CHECK(theme.render("page.html") ==
          "templates/page.html:1:37: error: the template \"macros.html\" (imported as \"m\") has no macro named \"crad\"\n"
          "    {% import 'macros.html' as m %}{{ m.crad() }}\n"
          "                                        ^\n"
          "    hint: did you mean \"card\"?\n");
    Theme from;
    from.add("macros.html", "{% macro card() %}{% endmacro %}");
    from.add("page.html", "{% from 'macros.html' import crad %}");
    CHECK(first_line(from.render("page.html")) ==
          "templates/page.html:1:1: error: the template \"macros.html\" has no macro named \"crad\"");
}

TEST_CASE("importing a template that does not exist is a render error") {
    Theme theme;
    theme.add("page.html", "{% import 'nope.html' as m %}");
    CHECK(first_line(theme.render("page.html")) ==
          "templates/page.html:1:1: error: the imported template \"nope.html\" does not exist");
}

}  // TEST_SUITE
