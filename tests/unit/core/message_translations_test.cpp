// A sample of the catalogue's rows for config/, content/, core/, output/, cli/ and serve/: the
// English text is what urker always said, and Russian and Kazakh put numbers and nouns together
// by their own rules (Russian one/few/many; Kazakh keeps the noun as it is after a number).
#include <doctest/doctest.h>

#include <string>

#include "core/csv.h"
#include "core/date.h"
#include "core/diagnostic.h"
#include "core/messages.h"

using namespace urker;

namespace {

bool contains(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }

std::string date_text(std::string_view value, const char* lang, bool allow_month = false, bool allow_local_time = true) {
    DateParseResult r = parse_date(value, allow_month, allow_local_time);
    REQUIRE_FALSE(r.date);
    return render_message(date_problem(r, "date", value), lang);
}

}  // namespace

TEST_CASE("a date's problem reads in English exactly as the parser words it") {
    for (const char* value : {"05.10.2026", "2026-13-01", "2026-02-30", "2026-09", "2026-10-15T1000", "2026-10-15T10:00:0",
                              "2026-10-15T25:00", "2026-10-15T10:00+5"}) {
        CAPTURE(value);
        DateParseResult r = parse_date(value);
        REQUIRE_FALSE(r.date);
        CHECK(render_message(date_problem(r, "date", value), "en") == "the date \"" + std::string(value) + "\" " + r.error);
    }
    DateParseResult local = parse_date("2026-10-15T10:00", false, false);
    CHECK(render_message(date_problem(local, "start", "2026-10-15T10:00"), "en") ==
          "the start \"2026-10-15T10:00\" " + local.error);
    DateParseResult month = parse_date("2026", true);
    CHECK(render_message(date_problem(month, "date", "2026"), "en") == "the date \"2026\" " + month.error);
}

TEST_CASE("the days of a month are counted by each language's rules") {
    CHECK(date_text("2026-02-30", "ru") == "date: «2026-02-30» — такого дня нет: в месяце 2026-02 28 дней");
    CHECK(date_text("2026-04-31", "ru") == "date: «2026-04-31» — такого дня нет: в месяце 2026-04 30 дней");
    CHECK(date_text("2026-01-32", "ru") == "date: «2026-01-32» — такого дня нет: в месяце 2026-01 31 день");
    CHECK(date_text("2026-01-32", "kk") == "date: «2026-01-32» — мұндай күн жоқ: 2026-01 айында 31 күн бар");
    CHECK(date_text("2026-13-01", "kk") == "date: «2026-13-01» — 13-ай болмайды: айлар 01-ден 12-ге дейін");
    CHECK(contains(date_text("2026-10-15T10:00", "ru", false, false), "у времени нет часового пояса"));
}

TEST_CASE("a CSV row of the wrong length counts cells and columns in Russian and Kazakh") {
    auto problem = [](const char* text, const char* lang) { return render_message(csv_problem(parse_csv(text)), lang); };
    CHECK(problem("a;b;c\n1;2\n", "en") == "this CSV cannot be read: this row has 2 cells, but the header has 3 columns");
    CHECK(problem("a\n1,2\n", "en") == "this CSV cannot be read: this row has 2 cells, but the header has 1 column");
    CHECK(problem("a;b;c\n1;2\n", "ru") == "эту таблицу CSV не удаётся прочитать: в этой строке 2 ячейки, а в заголовке 3 столбца");
    CHECK(problem("a;b;c;d;e\n1\n", "ru") == "эту таблицу CSV не удаётся прочитать: в этой строке 1 ячейка, а в заголовке 5 столбцов");
    CHECK(problem("a\n1,2,3,4,5\n", "ru") == "эту таблицу CSV не удаётся прочитать: в этой строке 5 ячеек, а в заголовке 1 столбец");
    CHECK(problem("a;b;c\n1;2\n", "kk") == "бұл CSV кестесі оқылмайды: бұл жолда 2 ұяшық бар, ал тақырып жолында 3 баған");
    CsvTable table = parse_csv("a;b;c\n1;2\n");
    CHECK(render_message(csv_problem_hint(table), "en") == table.error_hint);
    CHECK(contains(render_message(csv_problem_hint(table), "ru"), "через ';'"));
    CHECK(render_message(csv_problem(parse_csv("a,b\n\"1,2\n")), "en") == "this CSV cannot be read: a quoted field is never closed");
}

TEST_CASE("output, init and serve lines put the right noun after a number") {
    auto foreign = [](int n, const char* lang) {
        return render_message(Message("output.refused_foreign_files", {{"count", n}, {"examples", "x.html"}}), lang);
    };
    CHECK(foreign(1, "en") == "the output folder holds 1 file that urker did not write (x.html): building would replace them");
    CHECK(foreign(3, "en") == "the output folder holds 3 files that urker did not write (x.html): building would replace them");
    CHECK(contains(foreign(1, "ru"), "есть 1 файл, который записал не urker"));
    CHECK(contains(foreign(3, "ru"), "есть 3 файла, которые записал не urker"));
    CHECK(contains(foreign(11, "ru"), "есть 11 файлов, которые записал не urker"));
    CHECK(contains(foreign(3, "kk"), "urker жазбаған 3 файл бар"));

    auto built = [](int pages, const char* lang) {
        return render_message(Message("serve.built", {{"what", "content/a.md changed"}, {"pages", pages}, {"milliseconds", 42}}), lang);
    };
    CHECK(built(12, "en") == "content/a.md changed: built 12 pages in 42 ms.");
    CHECK(built(1, "ru") == "content/a.md changed: собрана 1 страница за 42 мс.");
    CHECK(built(3, "ru") == "content/a.md changed: собраны 3 страницы за 42 мс.");
    CHECK(built(25, "ru") == "content/a.md changed: собрано 25 страниц за 42 мс.");
    CHECK(built(25, "kk") == "content/a.md changed: 25 бет жиналды, 42 мс.");

    auto init = [](int files, const char* lang) {
        return render_message(Message("cli.init_done", {{"folder", "p"}, {"count", files}}), lang);
    };
    CHECK(init(21, "en") == "A new portal in p: site.yaml, 21 files in content/, .gitignore.");
    CHECK(init(21, "ru") == "Новый портал в p: site.yaml, 21 файл в content/, .gitignore.");
    CHECK(init(24, "ru") == "Новый портал в p: site.yaml, 24 файла в content/, .gitignore.");
    CHECK(init(24, "kk") == "p ішінде жаңа портал: site.yaml, content/ ішінде 24 файл, .gitignore.");

    auto changed = [](const char* files, int more, const char* lang) {
        return render_message(Message("serve.changed", {{"files", files}, {"more", more}}), lang);
    };
    CHECK(changed("a.md", 0, "en") == "a.md changed");
    CHECK(changed("a.md, b.md, c.md", 2, "en") == "a.md, b.md, c.md and 2 more changed");
    CHECK(changed("a.md, b.md, c.md", 2, "ru") == "изменения: a.md, b.md, c.md и ещё 2");
}

TEST_CASE("braces written in a catalogue text come out as braces") {
    CHECK(render_message(Message("config.localized_shape_hint"), "en") == "write  title: \"Our network\"  or  title: {ru: \"…\", kk: \"…\"}");
    CHECK(render_message(Message("config.yaml_too_deep_hint"), "en") ==
          "each list or map inside another one is a level: look for stray '[', '{' or '- '");
    CHECK(render_message(Message("core.text_file_too_large_hint", {{"mb", "21"}}), "ru") ==
          "разделите его на файлы поменьше; если он действительно должен быть таким большим, поднимите предел в site.yaml:  "
          "limits: {max_text_file_mb: 21}");
    CHECK(render_message(Message("content.active_file_hint", {{"picture", "yes"}, {"ext", "svg"}}), "en") ==
          "save the picture as PNG or JPEG; only if every author of this site is trusted, allow the type in site.yaml:  "
          "security: {allow_active_files: [svg]}");
}
