#include <doctest/doctest.h>

#include "model/link_check.h"

using namespace urker;

TEST_CASE("a suggested address is written from the page's folder and works as Markdown") {
    CHECK(LinkTargets::relative_address("news/", "news/img.png") == "img.png");
    CHECK(LinkTargets::relative_address("news/first/", "news/img.png") == "../img.png");
    CHECK(LinkTargets::relative_address("materials/drobi/", "materials/paiyz/plan.pdf") == "../paiyz/plan.pdf");
    CHECK(LinkTargets::relative_address("", "materials/x/index.md") == "materials/x/index.md");
    CHECK(LinkTargets::relative_address("materials/drobi/", "materials/drobi/Рабочий лист.pdf") == "<Рабочий лист.pdf>");
}

TEST_CASE("percent-encoded addresses are decoded back to their letters") {
    CHECK(percent_decode("%D0%B4%D1%80%D0%BE%D0%B1%D0%B8") == "дроби");
    CHECK(percent_decode("a%20b") == "a b");
    CHECK(percent_decode("100%") == "100%");
    CHECK(percent_decode("%zz") == "%zz");
}
