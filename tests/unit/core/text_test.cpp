#include <doctest/doctest.h>

#include "core/diagnostic.h"
#include "core/fs.h"
#include "core/text.h"

using namespace urker;

TEST_CASE("Russian titles become readable ASCII slugs") {
    CHECK(slugify("Дроби 5 класс") == "drobi-5-klass");
    CHECK(slugify("Методика обучения") == "metodika-obucheniya");
    CHECK(slugify("Щука и ёжик") == "shchuka-i-yezhik");
    CHECK(slugify("  Hello, World!  ") == "hello-world");
    CHECK(slugify("объём") == "obyem");
}

TEST_CASE("Kazakh letters are transliterated too") {
    std::string s = slugify("Қазақ тілі әліппесі");
    CHECK(s.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789-") == std::string::npos);
    CHECK(s.substr(0, 5) == "qazaq");
}

TEST_CASE("heading ids keep Cyrillic, lowercase, dash-joined") {
    CHECK(heading_id("Ход урока: этап 2") == "ход-урока-этап-2");
    CHECK(heading_id("Сабақтың мақсаты") == "сабақтың-мақсаты");
    CHECK(heading_id("  ") == "");
}

TEST_CASE("case mapping uses Unicode rules") {
    CHECK(to_lower("ӘҒҚҢӨҰҮҺІ") == "әғқңөұүһі");
    CHECK(to_upper("ёлка") == "ЁЛКА");
}

TEST_CASE("closest match suggests typos, not unrelated words") {
    std::vector<std::string> ids = {"ivanova-a", "petrov-s", "aitmagambetova-g"};
    CHECK(closest_match("ivanva-a", ids) == "ivanova-a");
    CHECK(closest_match("zzz", ids) == "");
    CHECK(edit_distance("кот", "кит") == 1);
}

TEST_CASE("UTF-8 decoding and validation") {
    CHECK(count_code_points("әлем") == 4);
    CHECK(is_valid_utf8("Привет"));
    CHECK_FALSE(is_valid_utf8(std::string("\xD0", 1)));
    CHECK_FALSE(is_valid_utf8(std::string("\xC0\xAF", 2)));
}

TEST_CASE("human sizes use the reader's units") {
    CHECK(human_size(512, "en") == "512\u00a0B");
    CHECK(human_size(1536, "ru") == "1,5\u00a0КБ");
    CHECK(human_size(5 * 1024 * 1024, "kk") == "5,0\u00a0МБ");
}

TEST_CASE("a diagnostic shows file:line:col, the line and a caret under the column") {
    Diagnostic d{Severity::error, {"content/a.md", 4, 7}, "the date is wrong", "write YYYY-MM-DD", "date: 2026-13-01"};
    CHECK(format_diagnostic(d) ==
          "content/a.md:4:7: error: the date is wrong\n"
          "    date: 2026-13-01\n"
          "          ^\n"
          "    hint: write YYYY-MM-DD\n");
}

TEST_CASE("the caret counts characters, not bytes") {
    Diagnostic d{Severity::warning, {"x.md", 2, 8}, "m", "", "титул: x"};
    CHECK(format_diagnostic(d) == "x.md:2:8: warning: m\n    титул: x\n           ^\n");
}

TEST_CASE("diagnostics sort by place and count errors") {
    Diagnostics ds;
    ds.warning({"b.md", 1, 1}, "w");
    ds.error({"a.md", 9, 1}, "e1");
    ds.error({"a.md", 2, 1}, "e2");
    ds.sort();
    CHECK(ds.items()[0].message == "e2");
    CHECK(ds.items()[2].message == "w");
    CHECK(ds.error_count() == 2);
    CHECK(ds.warning_count() == 1);
}

TEST_CASE("line_of finds lines and strips CR") {
    CHECK(line_of("a\r\nb\nc", 1) == "a");
    CHECK(line_of("a\r\nb\nc", 3) == "c");
    CHECK(line_of("a", 2).empty());
}

TEST_CASE("relative paths normalize and refuse to climb out") {
    CHECK(normalize_relative("materials/a/../b/index.md") == "materials/b/index.md");
    CHECK(normalize_relative("./x//y") == "x/y");
    CHECK_FALSE(normalize_relative("../secret"));
}
