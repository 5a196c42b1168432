// Template errors in the reader's language: every diagnostic of the engine is a catalogue message,
// shown in Russian, Kazakh or English by format_diagnostic.
#include <doctest/doctest.h>

#include <regex>
#include <string>
#include <vector>

#include "template_test_support.h"

using namespace urker::tmpl;
using namespace urker::tmpl::testing;

namespace {

// The diagnostics of rendering `text` as "page.html" (parse errors, or the render error).
urker::Diagnostics problems_of(std::string text, const Value& context = Value::object()) {
    Theme theme;
    theme.add("page.html", std::move(text));
    if (!theme.diags.has_errors()) theme.engine.render("page.html", context, {}, theme.diags);
    return theme.diags;
}

}  // namespace

TEST_SUITE("template") {

TEST_CASE("a template syntax error reads in Russian and Kazakh, with the template syntax kept as written") {
    urker::Diagnostics diags = problems_of("<ul>\n{% for p in pages %}<li>{{ p.title }}</li>\n");
    REQUIRE(diags.items().size() == 1);
    const urker::Diagnostic& d = diags.items().front();
    CHECK(urker::format_diagnostic(d, "en") ==
          "templates/page.html:2:1: error: \"{% for %}\" is never closed\n"
          "    {% for p in pages %}<li>{{ p.title }}</li>\n"
          "    ^\n"
          "    hint: add {% endfor %} after the loop body\n");
    CHECK(urker::format_diagnostic(d, "ru") ==
          "templates/page.html:2:1: ошибка: \"{% for %}\" нигде не закрыт\n"
          "    {% for p in pages %}<li>{{ p.title }}</li>\n"
          "    ^\n"
          "    подсказка: добавьте {% endfor %} после тела цикла\n");
    CHECK(urker::format_diagnostic(d, "kk") ==
          "templates/page.html:2:1: қате: \"{% for %}\" тегі жабылмаған\n"
          "    {% for p in pages %}<li>{{ p.title }}</li>\n"
          "    ^\n"
          "    кеңес: цикл денесінен кейін {% endfor %} қосыңыз\n");
}

TEST_CASE("what the parser found instead of what it expected is described in the reader's language") {
    urker::Diagnostics diags = problems_of("{% if %}");
    REQUIRE(diags.items().size() == 1);
    const urker::Diagnostic& d = diags.items().front();
    CHECK(d.message == "expected a value, found \"%}\"");
    CHECK(urker::render_message(d.message_id, "ru") == "ожидалось значение, а найдено: \"%}\"");
    CHECK(urker::render_message(d.hint_id, "ru") == "выражение обрывается слишком рано");

    urker::Diagnostics end = problems_of("{{ title");
    REQUIRE_FALSE(end.items().empty());
    CHECK(urker::render_message(end.items().front().message_id, "kk") == "\"{{\" өрнегі жабылмаған");

    urker::Diagnostics text = problems_of("{% for x in %}");
    REQUIRE_FALSE(text.items().empty());
    CHECK(urker::render_message(text.items().front().message_id, "kk").starts_with("мән күтілген еді, бірақ мынау кездесті: "));
}

TEST_CASE("a render error describes the value in the reader's language") {
    urker::Diagnostics diags = problems_of("{% for x in count %}{{ x }}{% endfor %}", {{"count", 5}});
    REQUIRE(diags.items().size() == 1);
    const urker::Diagnostic& d = diags.items().front();
    CHECK(d.message == "cannot loop over the number 5");
    CHECK(urker::format_diagnostic(d, "ru").starts_with(
        "templates/page.html:1:1: ошибка: по этому значению нельзя пройти циклом: это число 5\n"));
    CHECK(urker::format_diagnostic(d, "ru").ends_with("    подсказка: циклу for нужен список или словарь\n"));
    CHECK(urker::format_diagnostic(d, "kk").starts_with(
        "templates/page.html:1:1: қате: бұл мәнді циклмен аралауға болмайды: бұл — 5 саны\n"));

    urker::Diagnostics text = problems_of("{{ title | round }}", {{"title", "Дроби"}});
    REQUIRE(text.items().size() == 1);
    CHECK(text.items().front().message == "the \"round\" filter needs a number, got text \"Дроби\"");
    CHECK(urker::render_message(text.items().front().message_id, "ru") ==
          "фильтр «round» ожидает число, а получено: текст «Дроби»");
    CHECK(urker::render_message(text.items().front().message_id, "kk") ==
          "«round» сүзгісіне сан керек, бірақ берілгені: «Дроби» мәтіні");
}

TEST_CASE("Russian plurals in template messages follow the count") {
    urker::Diagnostics diags = problems_of("{% macro card(a) %}{% endmacro %}{{ card(1, 2, 3, 4, 5) }}");
    REQUIRE(diags.items().size() == 1);
    CHECK(diags.items().front().message == "the macro \"card\" takes 1 argument, but 5 were given");
    CHECK(urker::render_message(diags.items().front().message_id, "ru") ==
          "макрос «card» принимает 1 аргумент, а передано 5");
    urker::Diagnostics two = problems_of("{% macro card(a, b) %}{% endmacro %}{{ card(1, 2, 3) }}");
    REQUIRE(two.items().size() == 1);
    CHECK(urker::render_message(two.items().front().message_id, "ru") ==
          "макрос «card» принимает 2 аргумента, а передано 3");
}

TEST_CASE("every kind of template error carries a catalogue id and reads fully in Russian and Kazakh") {
    // A sample across the lexer, the parser, reference checks and the renderer, filters and tests.
    const std::vector<std::pair<std::string, Value>> broken = {
        {"{# note", Value::object()},
        {"{% raw %}x", Value::object()},
        {"{{ a || b }}", Value::object()},
        {"{{ a ? b }}", Value::object()},
        {"{{ 'abc }}", Value::object()},
        {"{% if x }}", Value::object()},
        {"{{ }}", Value::object()},
        {"{% endif %}", Value::object()},
        {"{% if x %}{% else %}{% elif y %}{% endif %}", Value::object()},
        {"{% iff x %}", Value::object()},
        {"{% block a %}{% endblock b %}", Value::object()},
        {"{% macro m(a=1, b) %}{% endmacro %}", Value::object()},
        {"{{ x | nosuchfilter }}", Value::object()},
        {"{% if x is nosuchtest %}{% endif %}", Value::object()},
        {"{{ f(a=1, 2) }}", Value::object()},
        {"{{ {1: } }}", Value::object()},
        {"{{ a[::2] }}", Value::object()},
        {"{% include \"missing.html\" %}", Value::object()},
        {"{{ 1 / 0 }}", Value::object()},
        {"{{ \"a\" + 1 }}", Value::object()},
        {"{{ -x }}", Value::object()},
        {"{% if 1 < \"a\" %}{% endif %}", Value::object()},
        {"{% for a, b in [1] %}{% endfor %}", Value::object()},
        {"{% set ns.count = 1 %}", Value::object()},
        {"{{ nothing() }}", Value::object()},
        {"{{ range(1, 2, 0) }}", Value::object()},
        {"{{ super() }}", Value::object()},
        {"{{ x | truncate(-1) }}", Value::object()},
        {"{{ \"%d\" | format(\"a\") }}", Value::object()},
        {"{{ d | dictsort(by=\"size\") }}", {{"d", {{"a", 1}}}}},
        {"{{ 3 | round(method=\"up\") }}", Value::object()},
        {"{{ \"x\" | date }}", Value::object()},
        {"{{ \"2026-09-01\" | date(\"time\") }}", Value::object()},
        {"{% if 3 is divisibleby(0) %}{% endif %}", Value::object()},
        {"{{ 1 in 2 }}", Value::object()},
        {"{{ items | sum }}", {{"items", {1, "a"}}}},
        {"{{ items | batch(0) }}", {{"items", {1}}}},
    };
    // A leftover argument such as {value} or {found} means a pattern and its arguments disagree.
    const std::regex leftover(R"(\{[a-z_]{2,}\})");
    for (const auto& [text, context] : broken) {
        INFO("template: ", text);
        urker::Diagnostics diags = problems_of(text, context);
        REQUIRE(diags.has_errors());
        for (const urker::Diagnostic& d : diags.items()) {
            check_from_catalogue(d);
            for (const char* language : {"ru", "kk"}) {
                std::string shown = urker::format_diagnostic(d, language);
                INFO(language, ": ", shown);
                CHECK(shown != urker::format_diagnostic(d, "en"));
                CHECK_FALSE(std::regex_search(shown, leftover));
            }
        }
    }
}

}  // TEST_SUITE
