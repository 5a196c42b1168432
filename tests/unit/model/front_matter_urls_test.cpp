#include <doctest/doctest.h>

#include <algorithm>

#include "model/front_matter_urls.h"

using namespace urker;

namespace {

// Front matter as the loader gives it: the file starts with "---", so YAML line 1 is file line 2.
YamlDocument front_matter(const std::string& yaml) {
    Diagnostics d;
    std::string file = "---\n" + yaml + "---\n";
    YamlDocument doc = parse_yaml(yaml, "content/x.md", d, 1, file);
    REQUIRE(d.empty());
    return doc;
}

}  // namespace

TEST_CASE("a placeholder address is a warning at its place and is taken out of the front matter, nothing else") {
    YamlDocument doc = front_matter(
        "title: Иванова\n"
        "website: \"https://…\"\n"
        "photo: photo.jpg\n"
        "achievements:\n"
        "  - {year: 2025, title: Учитель года, url: \"https://...\"}\n"
        "links:\n"
        "  - {title: Блог, url: \"https://…\"}\n"
        "  - {title: Канал, url: \"https://t.me/kanal\"}\n"
        "  - {title: Сайт, url: \"https://example.com\", href: \"https://…\"}\n"
        "video_urls: [\"https://…\", \"https://youtu.be/x\", \"https://ссылка\"]\n"
        "extra_links: {\"https://…\": Блог, \"https://edu.kz\": Сайт}\n");
    Diagnostics diags;
    drop_placeholder_urls(doc, diags);
    CHECK(diags.error_count() == 0);
    REQUIRE(diags.warning_count() == 8);
    // Each at its own line and column.
    std::vector<std::pair<int, int>> places;
    for (const Diagnostic& d : diags.items()) {
        CHECK(d.where.file == "content/x.md");
        CHECK(d.severity == Severity::warning);
        places.emplace_back(d.where.line, d.where.column);
    }
    std::sort(places.begin(), places.end());
    CHECK(places == std::vector<std::pair<int, int>>{{3, 10}, {6, 44}, {8, 24}, {10, 24}, {10, 53}, {11, 14}, {11, 49}, {12, 15}});
    const urker::Json& v = doc.value;
    CHECK_FALSE(v.contains("website"));
    CHECK(v["photo"] == "photo.jpg");
    // An achievement stays, without its link; a link without an address goes whole.
    CHECK(v["achievements"][0] == urker::Json{{"year", 2025}, {"title", "Учитель года"}});
    REQUIRE(v["links"].size() == 1);
    CHECK(v["links"][0]["title"] == "Канал");
    CHECK(v["video_urls"] == urker::Json::array({"https://youtu.be/x"}));
    CHECK(v["extra_links"] == urker::Json{{"https://edu.kz", "Сайт"}});
    // The places of what stays moved with it: a later message about them points at the right line.
    CHECK(doc.locate("/links/0/url").line == 9);
    CHECK(doc.locate("/video_urls/0").line == 11);
    CHECK(doc.locate("/video_urls/0").column == 27);
}

TEST_CASE("a refused address is left for its error, and a clean front matter is untouched") {
    YamlDocument doc = front_matter("title: x\nurl: \"javascript:alert('…')\"\nlink: https://edu.kz/drobi\n");
    const urker::Json before = doc.value;
    Diagnostics diags;
    drop_placeholder_urls(doc, diags);
    CHECK(diags.empty());
    CHECK(doc.value == before);
    check_front_matter_urls(doc, diags);
    CHECK(diags.error_count() == 1);
}
