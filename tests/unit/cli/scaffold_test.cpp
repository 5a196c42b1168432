// What urker init and urker new write: placeholders, dates, and a text for every kind in every
// language.
#include <doctest/doctest.h>

#include "cli/new_command.h"
#include "cli/scaffold.h"

using namespace urker;

TEST_CASE("placeholders are filled, and a line whose value is unknown becomes a comment") {
    std::map<std::string, std::string> v{{"title", "Дроби"}, {"author", ""}, {"today", "2026-10-05"}};
    CHECK(fill_placeholders("title: \"{{title}}\"\ndate: {{today}}\n", v) == "title: \"Дроби\"\ndate: 2026-10-05\n");
    CHECK(fill_placeholders("author: {{author}}   # your id\n", v) == "# author:    # your id\n");
    CHECK(fill_placeholders("items:\n  - responsible: [{{author}}]\n", v) == "items:\n  # - responsible: []\n");
    CHECK(fill_placeholders("keep {{unknown}} and {{ half", v) == "keep {{unknown}} and {{ half");
    CHECK(yaml_quoted_content("Урок \"Дроби\" \\ 5") == "Урок \\\"Дроби\\\" \\\\ 5");
}

TEST_CASE("dates for new pages: the school year, this month and next, an event two weeks ahead") {
    setenv("SOURCE_DATE_EPOCH", "1796083200", 1);  // 2026-12-01T00:00:00Z
    auto v = date_placeholders(scaffold_now());
    unsetenv("SOURCE_DATE_EPOCH");
    CHECK(v["today"] == "2026-12-01");
    CHECK(v["school_year"] == "2026-2027");
    CHECK(v["month"] == "2026-12");
    CHECK(v["next_month"] == "2027-01");
    CHECK(v["event_start"] == "2026-12-15T15:00:00+05:00");
    CHECK(v["event_end"] == "2026-12-15T17:00:00+05:00");

    auto spring = date_placeholders(1780000000);  // May 2026 (the day depends on the time zone)
    CHECK(spring["school_year"] == "2025-2026");
}

TEST_CASE("urker new has a text for every kind in every language, and init a site.yaml") {
    for (const auto& lang : scaffold_languages()) {
        CAPTURE(lang);
        for (const auto& kind : new_page_kinds()) {
            CAPTURE(kind);
            const EmbeddedFile* f = find_embedded(resources::scaffold_files(), "new/" + lang + "/" + kind + ".md");
            REQUIRE(f != nullptr);
            CHECK(f->data.find("title: \"{{title}}\"") != std::string_view::npos);
            CHECK(f->data.find("language: {{language}}") != std::string_view::npos);
        }
        CHECK(find_embedded(resources::scaffold_files(), "init/" + lang + "/site.yaml") != nullptr);
        CHECK(find_embedded(resources::scaffold_files(), "init/" + lang + "/strings.yaml") != nullptr);
    }
}
