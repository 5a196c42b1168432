#include <doctest/doctest.h>

#include "content/front_matter.h"
#include "content/loader.h"

using namespace urker;

TEST_CASE("front matter between --- lines is split from the body with line numbers") {
    Diagnostics d;
    auto s = split_front_matter("---\ntitle: A\n---\n# Body\n", "a.md", d);
    REQUIRE(s);
    CHECK(s->front_matter == "title: A\n");
    CHECK(s->body == "# Body\n");
    CHECK(s->front_matter_line == 2);
    CHECK(s->body_line == 4);
}

TEST_CASE("a file without front matter is all body") {
    Diagnostics d;
    auto s = split_front_matter("# Only text\n", "a.md", d);
    REQUIRE(s);
    CHECK(s->front_matter.empty());
    CHECK(s->body_line == 1);
}

TEST_CASE("CRLF files and a byte-order mark are handled") {
    Diagnostics d;
    auto s = split_front_matter("\xEF\xBB\xBF---\r\ntitle: A\r\n---\r\nText", "a.md", d);
    REQUIRE(s);
    CHECK(s->front_matter == "title: A\r\n");
    CHECK(s->body == "Text");
}

TEST_CASE("an unclosed front matter is an error at line 1") {
    Diagnostics d;
    CHECK_FALSE(split_front_matter("---\ntitle: A\n# text\n", "content/x.md", d));
    REQUIRE(d.error_count() == 1);
    CHECK(format_diagnostic(d.items()[0]) ==
          "content/x.md:1:1: error: the front matter starts with --- but never ends\n"
          "    ---\n    ^\n"
          "    hint: add a line with just --- after the last field (before the text of the page)\n");
}

TEST_CASE("content paths map to clean URLs") {
    CHECK(output_folder_for("materials/drobi/index.md", "", "") == "materials/drobi/");
    CHECK(output_folder_for("materials/_index.md", "", "") == "materials/");
    CHECK(output_folder_for("news/first.md", "", "") == "news/first/");
    CHECK(output_folder_for("about.kk.md", "", "kk/") == "kk/about/");
    CHECK(output_folder_for("materials/дроби-5-класс/index.md", "", "") == "materials/drobi-5-klass/");
    CHECK(output_folder_for("materials/x/index.md", "fractions", "") == "materials/fractions/");
    CHECK(output_folder_for("_index.md", "", "") == "");
}

TEST_CASE("URL-friendly names are kept, others transliterated") {
    CHECK(url_segment("plan-2026") == "plan-2026");
    CHECK(url_segment("План работы") == "plan-raboty");
    CHECK(url_segment("Big Name") == "big-name");
}
