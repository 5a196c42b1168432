#include <doctest/doctest.h>

#include <algorithm>

#include "config/site_config.h"

using namespace urker;

namespace {
std::string all(const Diagnostics& d) {
    std::string s;
    for (const auto& x : d.items()) s += format_diagnostic(x);
    return s;
}
}  // namespace

TEST_CASE("taxonomies written as a map keep their order and may list their values") {
    Diagnostics d;
    auto cfg = parse_site_config(R"(title: Сеть
taxonomies:
  subject: {values: [математика, физика]}
  grade:
  tags:
)", d);
    REQUIRE(cfg);
    CHECK_MESSAGE(d.empty(), all(d));
    CHECK(cfg->taxonomies == std::vector<std::string>{"subject", "grade", "tags"});
    CHECK(cfg->taxonomy_values["subject"] == std::vector<std::string>{"математика", "физика"});
    CHECK_FALSE(cfg->taxonomy_values.count("grade"));
}

TEST_CASE("taxonomies written as a list still work and list no values") {
    Diagnostics d;
    auto cfg = parse_site_config("title: Сеть\ntaxonomies: [subject, tags]\n", d);
    REQUIRE(cfg);
    CHECK(cfg->taxonomies == std::vector<std::string>{"subject", "tags"});
    CHECK(cfg->taxonomy_values.empty());
}

TEST_CASE("a taxonomy's values that are not a list are an error at their line") {
    Diagnostics d;
    auto cfg = parse_site_config("title: Сеть\ntaxonomies:\n  subject: {values: математика}\n", d);
    CHECK_FALSE(cfg);
    REQUIRE(d.error_count() == 1);
    CHECK(d.items()[0].where.line == 3);
    CHECK(d.items()[0].message == "\"values\" must be a list of texts, or each value with its titles");
}

TEST_CASE("a taxonomy's values written as a map give each value its title per language") {
    Diagnostics d;
    auto cfg = parse_site_config("title: Сеть\ntaxonomies:\n  subject:\n    values:\n      математика: {ru: Математика, kk: Математика}\n"
                                 "      начальные классы: {ru: Начальные классы, kk: Бастауыш сынып}\n      физика:\n", d);
    REQUIRE(cfg);
    CHECK_MESSAGE(d.empty(), all(d));
    auto& values = cfg->taxonomy_values["subject"];
    CHECK(std::find(values.begin(), values.end(), "физика") != values.end());
    CHECK(values.size() == 3);
    CHECK(cfg->taxonomy_titles["subject"]["начальные классы"].in("kk") == "Бастауыш сынып");
    CHECK(cfg->taxonomy_titles["subject"]["начальные классы"].in("ru") == "Начальные классы");
    CHECK_FALSE(cfg->taxonomy_titles["subject"].count("физика"));
}

TEST_CASE("a value's title that is neither text nor texts per language is an error at its line") {
    Diagnostics d;
    auto cfg = parse_site_config("title: Сеть\ntaxonomies:\n  subject:\n    values:\n      математика: [Математика]\n", d);
    CHECK_FALSE(cfg);
    REQUIRE(d.error_count() == 1);
    CHECK(d.items()[0].where.line == 5);
    CHECK(d.items()[0].message == "a value's title must be text, or one text per language");
}

TEST_CASE("kinds declare extra front-matter keys for a site's own templates") {
    Diagnostics d;
    auto cfg = parse_site_config("title: Сеть\nkinds:\n  material: {extra_keys: [video_url, methodist]}\n", d);
    REQUIRE(cfg);
    CHECK_MESSAGE(d.empty(), all(d));
    CHECK(cfg->extra_keys["material"] == std::vector<std::string>{"video_url", "methodist"});
}

TEST_CASE("extra keys that are not a list are an error") {
    Diagnostics d;
    auto cfg = parse_site_config("title: Сеть\nkinds:\n  material: {extra_keys: video_url}\n", d);
    CHECK_FALSE(cfg);
    REQUIRE(d.error_count() == 1);
    CHECK(d.items()[0].message == "\"extra_keys\" must be a list of field names");
}
