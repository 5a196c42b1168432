// Template inheritance: extends, blocks, super(), several levels, and the errors around them.
#include <doctest/doctest.h>

#include "template_test_support.h"

using urker::tmpl::Value;
using urker::tmpl::testing::Theme;

namespace {
std::string first_line(const std::string& s) { return s.substr(0, s.find('\n')); }

// base.html ← section.html ← page.html, as a theme builds a material page.
Theme three_levels() {
    Theme theme;
    theme.add("base.html",
              "<title>{% block title %}Site{% endblock %}</title>\n"
              "<main>{% block content %}base content{% endblock %}</main>\n"
              "<footer>{% block footer %}© {{ year }}{% endblock %}</footer>");
    theme.add("section.html",
              "{% extends 'base.html' %}"
              "{% block title %}Section · {{ super() }}{% endblock %}"
              "{% block content %}<nav>{% block nav %}menu{% endblock %}</nav>{% block body %}{% endblock %}{% endblock %}");
    theme.add("page.html",
              "{% extends 'section.html' %}"
              "{% block title %}{{ page.title }} · {{ super() }}{% endblock %}"
              "{% block body %}<article>{{ page.body }}</article>{% endblock %}");
    return theme;
}
}  // namespace

TEST_SUITE("template inheritance") {

TEST_CASE("a child template fills the blocks of its base") {
    Theme theme;
    theme.add("base.html", "<h1>{% block title %}Default{% endblock %}</h1><p>{% block body %}{% endblock %}</p>");
    theme.add("page.html", "{% extends 'base.html' %}{% block title %}Mine{% endblock %}");
    CHECK(theme.render("page.html") == "<h1>Mine</h1><p></p>");
    CHECK(theme.render("base.html") == "<h1>Default</h1><p></p>");
}

TEST_CASE("inheritance works three levels deep with super() at each level") {
    Theme theme = three_levels();
    Value ctx = {{"year", 2026}, {"page", {{"title", "Дроби"}, {"body", "текст"}}}};
    CHECK(theme.render("page.html", ctx) ==
          "<title>Дроби · Section · Site</title>\n"
          "<main><nav>menu</nav><article>текст</article></main>\n"
          "<footer>© 2026</footer>");
    CHECK(theme.render("section.html", ctx) ==
          "<title>Section · Site</title>\n"
          "<main><nav>menu</nav></main>\n"
          "<footer>© 2026</footer>");
}

TEST_CASE("text outside blocks in a child template is not rendered") {
    Theme theme;
    theme.add("base.html", "[{% block a %}{% endblock %}]");
    theme.add("page.html", "ignored {% extends 'base.html' %} also ignored {% block a %}A{% endblock %} ignored");
    CHECK(theme.render("page.html") == "[A]");
}

TEST_CASE("top-level set and import in a child template are visible in its blocks") {
    Theme theme;
    theme.add("m.html", "{% macro b(x) %}<b>{{ x }}</b>{% endmacro %}");
    theme.add("base.html", "{% block a %}{% endblock %}");
    theme.add("page.html", "{% extends 'base.html' %}{% import 'm.html' as m %}{% set who = 'world' %}"
                           "{% block a %}{{ m.b(who) }}{% endblock %}");
    CHECK(theme.render("page.html") == "<b>world</b>");
}

TEST_CASE("macros of the child template can be called from its blocks") {
    Theme theme;
    theme.add("base.html", "{% block a %}{% endblock %}");
    theme.add("page.html", "{% extends 'base.html' %}{% macro hi() %}hi{% endmacro %}{% block a %}{{ hi() }}{% endblock %}");
    CHECK(theme.render("page.html") == "hi");
}

TEST_CASE("blocks see loop variables of the base template") {
    Theme theme;
    theme.add("base.html", "{% for item in items %}{% block row %}{{ item }}{% endblock %}{% endfor %}");
    theme.add("page.html", "{% extends 'base.html' %}{% block row %}<{{ item }}>{% endblock %}");
    CHECK(theme.render("page.html", {{"items", {1, 2}}}) == "<1><2>");
}

TEST_CASE("a block defined only in the child is ignored") {
    Theme theme;
    theme.add("base.html", "base");
    theme.add("page.html", "{% extends 'base.html' %}{% block extra %}never{% endblock %}");
    CHECK(theme.render("page.html") == "base");
}

TEST_CASE("block content and super() are not escaped again") {
    Theme theme;
    theme.add("base.html", "{% block a %}<b>{{ x }}</b>{% endblock %}");
    theme.add("page.html", "{% extends 'base.html' %}{% block a %}<i>{{ super() }}</i>{% endblock %}");
    CHECK(theme.render("page.html", {{"x", "<script>"}}) == "<i><b>&lt;script&gt;</b></i>");
}

TEST_CASE("super() may be called twice and inside a filter") {
    Theme theme;
    theme.add("base.html", "{% block a %}ab{% endblock %}");
    theme.add("page.html", "{% extends 'base.html' %}{% block a %}{{ super() }}{{ super() | upper }}{% endblock %}");
    CHECK(theme.render("page.html") == "abAB");
}

TEST_CASE("the extended template may be computed") {
    Theme theme;
    theme.add("wide.html", "wide:{% block a %}{% endblock %}");
    theme.add("page.html", "{% extends layout ~ '.html' %}{% block a %}A{% endblock %}");
    CHECK(theme.render("page.html", {{"layout", "wide"}}) == "wide:A");
}

TEST_CASE("a child of a child of a child overrides the nearest definition") {
    Theme theme;
    theme.add("l1.html", "{% block x %}1{% endblock %}");
    theme.add("l2.html", "{% extends 'l1.html' %}{% block x %}2{{ super() }}{% endblock %}");
    theme.add("l3.html", "{% extends 'l2.html' %}");
    theme.add("l4.html", "{% extends 'l3.html' %}{% block x %}4{{ super() }}{% endblock %}");
    CHECK(theme.render("l3.html") == "21");
    CHECK(theme.render("l4.html") == "421");
}

TEST_CASE("an included template may extend another") {
    Theme theme;
    theme.add("card_base.html", "<div>{% block inner %}{% endblock %}</div>");
    theme.add("card.html", "{% extends 'card_base.html' %}{% block inner %}{{ t }}{% endblock %}");
    theme.add("page.html", "{% for t in ['a', 'b'] %}{% include 'card.html' %}{% endfor %}");
    CHECK(theme.render("page.html") == "<div>a</div><div>b</div>");
}

TEST_CASE("super() outside a block is a render error") {
    Theme theme;
    theme.add("page.html", "{{ super() }}");
    CHECK(first_line(theme.render("page.html")) ==
          "templates/page.html:1:4: error: super() can only be used inside a {% block %}");
}

TEST_CASE("super() in a block without a parent is a render error") {
    Theme theme;
    theme.add("page.html", "{% block a %}{{ super() }}{% endblock %}");
    CHECK(theme.render("page.html") ==
          "templates/page.html:1:17: error: the block \"a\" has no parent block, so super() has nothing to show\n"
          "    {% block a %}{{ super() }}{% endblock %}\n"
          "                    ^\n"
          "    hint: remove {{ super() }}, or define the block in the template this one extends\n");
}

TEST_CASE("extending a template that does not exist is a render error at the extends tag") {
    Theme theme;
    theme.add("base.html", "");
    theme.add("page.html", "{# page #}\n{% extends 'bsae.html' %}");
    CHECK(theme.render("page.html") ==
          "templates/page.html:2:1: error: the extended template \"bsae.html\" does not exist\n"
          "    {% extends 'bsae.html' %}\n"
          "    ^\n"
          "    hint: did you mean \"base.html\"?\n");
}

TEST_CASE("templates that extend each other in a circle are a render error") {
    Theme theme;
    theme.add("a.html", "{% extends 'b.html' %}");
    theme.add("b.html", "{% extends 'a.html' %}");
    CHECK(first_line(theme.render("a.html")) ==
          "templates/b.html:1:1: error: templates extend each other in a circle: a.html → b.html → a.html");
}

TEST_CASE("check_references reports missing templates with their place") {
    Theme theme;
    theme.add("base.html", "");
    theme.add("page.html",
              "{% extends 'bsae.html' %}\n"
              "{% include 'partials/x.html' %}\n"
              "{% include 'partials/y.html' ignore missing %}\n"
              "{% import 'macros.html' as m %}\n"
              "{% from 'forms.html' import f %}\n"
              "{% include dynamic %}");
    urker::Diagnostics diags;
    CHECK_FALSE(theme.engine.check_references(diags));
    REQUIRE(diags.items().size() == 4);
    CHECK(urker::format_diagnostic(diags.items()[0]) ==
          "templates/page.html:1:1: error: the extended template \"bsae.html\" does not exist\n"
          "    {% extends 'bsae.html' %}\n"
          "    ^\n"
          "    hint: did you mean \"base.html\"?\n");
    CHECK(diags.items()[1].message == "the included template \"partials/x.html\" does not exist");
    CHECK(diags.items()[1].where.line == 2);
    CHECK(diags.items()[2].message == "the imported template \"macros.html\" does not exist");
    CHECK(diags.items()[3].message == "the imported template \"forms.html\" does not exist");
}

TEST_CASE("check_references passes when everything exists") {
    Theme theme = three_levels();
    urker::Diagnostics diags;
    CHECK(theme.engine.check_references(diags));
    CHECK(diags.empty());
}

TEST_CASE("check_references reports a circle of extends once") {
    Theme theme;
    theme.add("a.html", "{% extends 'b.html' %}");
    theme.add("b.html", "{% extends 'c.html' %}");
    theme.add("c.html", "{% extends 'a.html' %}");
    urker::Diagnostics diags;
    CHECK_FALSE(theme.engine.check_references(diags));
    REQUIRE(diags.items().size() == 1);
    CHECK(diags.items()[0].message == "templates extend each other in a circle: a.html → b.html → c.html → a.html");
    CHECK(diags.items()[0].where.file == "templates/a.html");
}

}  // TEST_SUITE
