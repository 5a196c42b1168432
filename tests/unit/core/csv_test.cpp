#include <doctest/doctest.h>

#include "core/csv.h"

using namespace urker;

TEST_CASE("CSV with quotes, doubled quotes and line breaks inside quotes") {
    auto t = parse_csv("what,when\n\"Семинар \"\"Оценивание\"\"\",октябрь 2026\n\"Две\nстроки\",ноябрь\n");
    REQUIRE(t.error.empty());
    REQUIRE(t.rows.size() == 3);
    CHECK(t.rows[1].cells[0] == "Семинар \"Оценивание\"");
    CHECK(t.rows[2].cells[0] == "Две\nстроки");
    CHECK(t.rows[2].line == 3);
}

TEST_CASE("semicolon CSV from a Russian spreadsheet, with BOM and CRLF") {
    auto t = parse_csv("\xEF\xBB\xBFwhat;when;responsible\r\nЗаседание;сентябрь;a-b, c-d\r\n\r\n");
    REQUIRE(t.rows.size() == 2);
    CHECK(t.rows[0].cells[0] == "what");
    CHECK(t.rows[1].cells[2] == "a-b, c-d");
}

TEST_CASE("an unclosed quote is an error with its line") {
    auto t = parse_csv("a,b\n1,\"oops\n");
    CHECK(t.error == "a quoted field is never closed");
    CHECK(t.error_line == 2);
}

TEST_CASE("a row with a missing cell is an error at its line, with how to fix it") {
    auto t = parse_csv("what;when;place\nСеминар;октябрь;школа 5\nВстреча;ноябрь\n");
    CHECK(t.error == "this row has 2 cells, but the header has 3 columns");
    CHECK(t.error_line == 3);
    CHECK(t.error_hint.find("separated by ';'") != std::string::npos);
}

TEST_CASE("a row with an extra cell is an error too, and empty cells count") {
    CHECK(parse_csv("a,b\n1,2,3\n").error_line == 2);
    CHECK(parse_csv("a,b,c\n1,,\n,,\n").error.empty());
}

TEST_CASE("each cell knows its line and its column in characters, as an editor counts them") {
    // Cyrillic letters are two bytes each; the byte-order mark is not a character the teacher sees.
    auto t = parse_csv("\xEF\xBB\xBFЧто;Когда\nСеминар;\"октябрь\n2026\";x\n\"Две\nстроки\";ноябрь\n");
    REQUIRE(t.rows.size() == 3);
    CHECK(t.rows[0].places[1].line == 1);
    CHECK(t.rows[0].places[1].column == 5);
    CHECK(t.rows[1].places[0].column == 1);
    CHECK(t.rows[1].places[1].line == 2);
    CHECK(t.rows[1].places[1].column == 9);  // the opening quote
    // A quoted line break moves the next cell to the next line.
    CHECK(t.rows[1].places[2].line == 3);
    CHECK(t.rows[1].places[2].column == 7);
    CHECK(t.rows[2].places[1].line == 5);
    CHECK(t.rows[2].places[1].column == 9);
}

TEST_CASE("a row of the wrong length is pointed at: the first extra cell, or the end where a cell is missing") {
    auto extra = parse_csv("Что,Когда\nСеминар,октябрь,лишнее\n");
    CHECK(extra.error_line == 2);
    CHECK(extra.error_column == 17);
    auto missing = parse_csv("Что,Когда,Где\nВебинар,ноябрь\n");
    CHECK(missing.error_line == 2);
    CHECK(missing.error_column == 15);
    auto open_quote = parse_csv("a,b\n1,\"oops\n");
    CHECK(open_quote.error_line == 2);
    CHECK(open_quote.error_column == 3);
}
