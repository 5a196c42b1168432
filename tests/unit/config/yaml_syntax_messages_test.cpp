#include <doctest/doctest.h>

#include "config/yaml_document.h"
#include "config/yaml_syntax_messages.h"
#include "core/messages.h"

#include <memory>
#include <string>

using namespace urker;

namespace {

struct Refused {
    std::string id;
    int line = 0;
    int column = 0;
    std::string ru;       // the message as a Russian reader sees it
    std::string ru_hint;
};

// What a teacher is told of `yaml` (front matter as written), read by yaml-cpp as the theme's and
// site.yaml's files are (the simple reader would leave all of these to it anyway).
Refused refused(const std::string& yaml) {
    Diagnostics d;
    parse_yaml_in_file(yaml, "content/news/a.md", d, 0, std::make_shared<const SourceText>(yaml), YamlLimits{}, YamlReader::yaml_cpp);
    REQUIRE(d.error_count() == 1);
    const Diagnostic& e = d.items()[0];
    return {e.message_id.id, e.where.line, e.where.column, render_message(e.message_id, "ru"), render_message(e.hint_id, "ru")};
}

}  // namespace

TEST_CASE("a teacher's YAML mistakes are told in words of their own, at the place to fix") {
    Refused r = refused("title: Урок: дроби: повторение\ndate: 2026-09-01\n");
    CHECK(r.id == "config.yaml_syntax_second_colon");
    CHECK(r.line == 1);
    CHECK(r.column == 12);  // the second colon is the 12th character (the 16th byte: yaml-cpp counts bytes)
    CHECK(r.ru == "двоеточие с пробелом внутри значения YAML принимает за начало второго ключа в этой строке");
    CHECK(r.ru_hint == "заключите всё значение в двойные кавычки:  title: \"Урок: дроби: повторение\"");
    // A value with quotes of its own gets the hint without its line.
    CHECK(refused("title: Урок: \"дроби\"\n").ru_hint == "заключите всё значение в двойные кавычки: title: \"Урок: дроби\"");

    r = refused("title: Урок\ntags: [что?, где]\n");
    CHECK(r.id == "config.yaml_syntax_reserved_sign");
    CHECK(r.line == 2);
    r = refused("title: @Урок\n");
    CHECK(r.id == "config.yaml_syntax_reserved_sign");
    CHECK(r.column == 8);

    r = refused("title: \"Урок\"\n  date: 2026-09-01\n");
    CHECK(r.id == "config.yaml_syntax_line_out_of_place");
    CHECK(r.line == 2);
    CHECK(refused("title: Урок\n- дроби\n").id == "config.yaml_syntax_line_out_of_place");
    CHECK(refused("title: \"Урок\" дроби\n").id == "config.yaml_syntax_line_out_of_place");

    r = refused("title: \"Урок \\q дроби\"\n");
    CHECK(r.id == "config.yaml_syntax_escape");
    CHECK(r.ru == "внутри двойных кавычек «\\q» — незнакомый YAML знак: обратная косая черта там начинает особый символ");
    CHECK(refused("title: \"\\xZZ\"\n").id == "config.yaml_syntax_escape_digits");
    // A Cyrillic letter after the backslash is named whole (yaml-cpp gives its first byte only).
    CHECK(refused("title: \"Урок \\д дроби\"\n").ru.find("«\\д»") != std::string::npos);

    CHECK(refused("title: Урок\nauthor: *иванова\n").id == "config.yaml_syntax_star");
    CHECK(refused("title: Урок\ntags: [дроби]]\n").id == "config.yaml_syntax_bracket_closes_nothing");
    CHECK(refused("title: Урок\n? сложный\n: ключ\n- x\n").id != "config.yaml_unreadable");
}

TEST_CASE("a bracket never closed is shown on the line that opened it, not where the text ends") {
    Refused r = refused("title: Урок\ntags: [дроби, \"5 [класс]\" # ] коммент\ndate: 2026-09-01\n");
    CHECK(r.id == "config.yaml_syntax_list_not_closed");
    CHECK(r.line == 2);
    CHECK(r.column == 7);
    r = refused("title: Урок\nplace: {school: s1, room: 5\ndate: 2026-09-01\n");
    CHECK(r.id == "config.yaml_syntax_braces_not_closed");
    CHECK(r.line == 2);
    CHECK(r.column == 8);
    CHECK(r.ru == "открытая здесь фигурная скобка «{» не закрыта скобкой «}»");
}

TEST_CASE("a quote never closed is told at the quote, though a quote lines further down ends the text") {
    // As in the site.yaml of `urker init`: the next quote is the opening one of a menu's url.
    const std::string yaml =
        "title: Портал\nbase_url: \"/\"\n\n# Сколько записей показывать на одной странице списка.\npaginate: \"10\n\n"
        "# Меню.\nmenus:\n  main:\n    - {name: Материалы, url: \"/materials/\", weight: 10}\n"
        "    - {name: Люди, url: \"/members/\", weight: 20}\n";
    Refused r = refused(yaml);
    CHECK(r.id == "config.yaml_unclosed_quote");
    CHECK(r.line == 5);
    CHECK(r.column == 11);
    CHECK(r.ru.starts_with("кавычка \", с которой начинается этот текст, нигде не закрыта"));
    CHECK(r.ru_hint.find("title: \"Дроби\"") != std::string::npos);
    // Single quotes too, and a quote opened in a list item.
    r = refused("title: 'Урок\ndate: 2026-09-01\ntags: ['дроби']\n");
    CHECK(r.id == "config.yaml_unclosed_quote");
    CHECK(r.line == 1);
    CHECK(r.column == 8);
    // A quote inside a plain text is a letter of it: the mistake below is told as before.
    CHECK(refused("title: Он сказал \"да\nsubject: a: b\n").id == "config.yaml_syntax_second_colon");
    CHECK_FALSE(quote_across_lines("a: Он сказал \"да\nb: \"x\" y\n", 1, 7));
    // A quoted text over two lines, as YAML allows, that ends well: not this mistake.
    CHECK(refused("title: \"Урок\n  дроби\"\nsubject: a: b\n").id == "config.yaml_syntax_second_colon");
}

TEST_CASE("a brace never closed at a line's end is told where it opened, not at the next list item") {
    const std::string yaml =
        "title: Портал\nmenus:\n  main:\n    - {name: Люди, url: /members/, weight: 30}\n"
        "    - {name: Школы, url: /schools/, weight: 40\n    - {name: Группы, url: /groups/, weight: 50}\n";
    Refused r = refused(yaml);
    CHECK(r.id == "config.yaml_syntax_braces_not_closed");
    CHECK(r.line == 5);
    CHECK(r.column == 7);
    CHECK(r.ru_hint.find("«}»") != std::string::npos);
    CHECK(r.ru_hint.find("weight: 40}") != std::string::npos);
    // A list never closed before the next key, likewise.
    r = refused("title: Портал\ntags: [дроби, доли\nsubject: математика\n");
    CHECK(r.id == "config.yaml_syntax_list_not_closed");
    CHECK(r.line == 2);
    CHECK(r.column == 7);
    // Braces over two lines that do close hold those lines, as YAML allows: the mistake is elsewhere.
    CHECK_FALSE(bracket_open_since_earlier_line("a: {b: 1,\n  c: d: e}\n", 1, 6));
}

TEST_CASE("the opening bracket is found outside quotes and comments, the innermost still open") {
    CHECK_FALSE(unclosed_bracket("a: [x]\nb: c\n", 1, 0, '['));
    auto at = unclosed_bracket("a: [x, [y], \"[\" # [\n  z\n", 1, 3, '[');
    REQUIRE(at);
    CHECK(at->line == 0);
    CHECK(at->column == 3);
    at = unclosed_bracket("a: {b: [1, 2], c: {d\n", 1, 0, '{');
    REQUIRE(at);
    CHECK(at->column == 18);
}

TEST_CASE("every reason yaml-cpp gives a teacher has a message and a hint in each language") {
    for (const char* reason :
         {"unknown token", "end of sequence flow not found", "end of map flow not found", "illegal flow end", "illegal map value",
          "end of map not found", "end of sequence not found", "illegal block entry", "illegal map key", "unknown escape character: q",
          "bad character found while scanning hex number", "invalid unicode: 110000", "illegal EOF in scalar",
          "illegal character in scalar", "illegal document indicator in scalar", "the referenced anchor is not defined",
          "alias not found after *", "anchor not found after &", "illegal character found while scanning alias",
          "illegal character found while scanning anchor", "unexpected character in block scalar",
          "cannot set zero indentation for a block scalar"}) {
        CAPTURE(reason);
        auto [message, hint] = yaml_syntax_message(reason);
        CHECK(message.id.starts_with("config.yaml_syntax_"));
        CHECK(hint.id == message.id + "_hint");
        for (const char* lang : {"en", "ru", "kk"}) {
            // An id the catalogue lacks renders as the id itself.
            CHECK(render_message(message, lang).find("yaml_syntax") == std::string::npos);
            CHECK(render_message(hint, lang).find("yaml_syntax") == std::string::npos);
            CHECK(render_message(message, lang).find(reason) == std::string::npos);  // not yaml-cpp's English
        }
    }
    // A reason not known here (a YAML directive) keeps yaml-cpp's words, in our sentence.
    auto [message, hint] = yaml_syntax_message("repeated YAML directive");
    CHECK(message.id == "config.yaml_unreadable");
    CHECK(render_message(message, "ru") == "этот YAML не удаётся прочитать: repeated YAML directive");
}

TEST_CASE("a block text written without its indent is told as such, at its first line") {
    Refused r = refused("title: Урок\ndescription: |\nСообщество учителей\ndate: 2026-09-01\n");
    CHECK(r.id == "config.yaml_syntax_block_text");
    CHECK(r.line == 3);
    CHECK(r.ru == "текст после «|» или «>» должен начинаться со следующей строки, с отступом");
    CHECK(unindented_block_text("a: |\n  text\nb: c: d\n", 2) == std::nullopt);  // the block was indented
    CHECK(unindented_block_text("a: >-\nx\nb: c\n", 2)->line == 1);
    // A second colon with no block text above it stays a second colon.
    CHECK(refused("title: Урок\nsubject: a: b\n").id == "config.yaml_syntax_second_colon");
}

TEST_CASE("a # that YAML reads as a comment where the text went on is found, a comment as people write one is not") {
    const auto found = glued_comments(
        "title: Урок #5 по дробям\n"    // glued: «Урок»
        "date: 2026-09-01  # семинар\n"  // a comment
        "color: #0e2a47\n"               // glued: nothing
        "url: https://x.kz/#part\n"      // no space before: text
        "quoted: \"Урок #5\"\n"          // inside quotes: text
        "tags:\n  - #дроби\n  - доли\n"  // glued, in a list
        "about: |  # the opener may have a comment of its own\n  Итоги #1\n  ещё #2\n"  // a block text: text
        "# a whole line of comment\n"
        "after: Итог #3\n");
    REQUIRE(found.size() == 4);
    CHECK(found[0].at.line == 0);
    CHECK(found[0].at.column == 16);  // bytes: "title: Урок " is 16 bytes
    CHECK(found[0].key == "title");
    CHECK(found[0].value == "Урок #5 по дробям");
    CHECK(found[1].at.line == 2);
    CHECK(found[1].value == "#0e2a47");
    CHECK(found[2].at.line == 6);
    CHECK(found[2].key.empty());
    CHECK(found[3].at.line == 12);  // the block text has ended
}

TEST_CASE("a glued comment is a warning at the sign, in characters, with the line as it was meant") {
    Diagnostics d;
    auto doc = parse_yaml("title: Урок #5 по дробям\ndate: 2026-09-01\n", "content/news/a.md", d);
    CHECK(doc.value["title"] == "Урок");  // YAML's reading stays: a warning, not an error
    REQUIRE(d.items().size() == 1);
    const Diagnostic& w = d.items()[0];
    CHECK(w.severity == Severity::warning);
    CHECK(w.where.column == 13);
    CHECK(render_message(w.message_id, "ru") ==
          "«#5 по дробям» YAML считает комментарием (знак # после пробела начинает комментарий): значение обрывается перед ним");
    CHECK(render_message(w.hint_id, "en") == "if it is part of the value, put the whole value in quotes:  title: \"Урок #5 по дробям\"");
    Diagnostics none;
    parse_yaml("title: Урок\ndate: 2026-09-01  # the seminar's day\n", "content/news/b.md", none);
    CHECK(none.items().empty());
}
