#include <doctest/doctest.h>

#include "markdown/links.h"

using namespace urker;

TEST_CASE("a link whose address has a space is found with its line and column") {
    auto found = find_unparsed_links("Текст.\n\nФайл: [скачать](Рабочий лист.pdf), и всё.\n");
    REQUIRE(found.size() == 1);
    CHECK(found[0].line == 3);
    CHECK(found[0].column == 7);
    CHECK_FALSE(found[0].image);
    CHECK(found[0].label == "скачать");
    CHECK(found[0].target == "Рабочий лист.pdf");
}

TEST_CASE("an image whose address has a space is found at its exclamation mark") {
    auto found = find_unparsed_links("![схема](схема урока.png)\n");
    REQUIRE(found.size() == 1);
    CHECK(found[0].image);
    CHECK(found[0].column == 1);
}

TEST_CASE("links that Markdown reads are not reported") {
    CHECK(find_unparsed_links("[a](<Рабочий лист.pdf>)").empty());
    CHECK(find_unparsed_links("[a](Рабочий%20лист.pdf)").empty());
    CHECK(find_unparsed_links("[a](plan.pdf \"План урока\")").empty());
    CHECK(find_unparsed_links("[a](plan.pdf 'План')").empty());
    CHECK(find_unparsed_links("[a](plan.pdf)").empty());
}

TEST_CASE("code blocks and code spans are not read for links") {
    CHECK(find_unparsed_links("```\n[a](b c)\n```\n").empty());
    CHECK(find_unparsed_links("Пишите `[a](b c)` так.").empty());
    CHECK(find_unparsed_links("~~~md\n[a](b c)\n~~~\n[x](y z)\n").size() == 1);
}

TEST_CASE("the ways to write an address with a space") {
    CHECK(link_target_in_brackets("Рабочий лист.pdf") == "<Рабочий лист.pdf>");
    CHECK(link_target_percent_encoded("Рабочий лист.pdf") == "Рабочий%20лист.pdf");
}
