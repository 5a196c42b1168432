#include <doctest/doctest.h>

#include "content/active_files.h"

using namespace urker;

namespace {

Page page(const std::string& content_path, const std::string& text) {
    Page p;
    p.content_path = content_path;
    p.source = "content/" + content_path;
    p.set_text(text, 0);
    return p;
}

StaticAsset asset(const std::string& rel) { return {"/site/content/" + rel, rel}; }

}  // namespace

TEST_CASE("an active attachment is an error at the line of the page that links to it") {
    std::vector<Page> pages = {page("materials/drobi/index.md", "---\ntitle: Дроби\n---\nСкачайте [урок](урок.html) и [лист](evil.html).\n")};
    Diagnostics d;
    check_active_files("/site/content", {asset("materials/drobi/evil.html")}, pages, {}, d);
    REQUIRE(d.items().size() == 1);
    const Diagnostic& e = d.items()[0];
    CHECK(e.severity == Severity::error);
    CHECK(e.where.file == "content/materials/drobi/index.md");
    CHECK(e.where.line == 4);
    CHECK(e.where.column == 37);
    CHECK(e.message ==
          "this page refers to \"evil.html\" (content/materials/drobi/evil.html), a web page: served from the site's own address "
          "it could run code with the site's rights, so urker does not publish it");
    CHECK(e.source_line == "Скачайте [урок](урок.html) и [лист](evil.html).");
    CHECK(e.hint.find("security: {allow_active_files: [html]}") != std::string::npos);
}

TEST_CASE("an active file no page names is an error at the file itself; the name must stand alone") {
    std::vector<Page> pages = {page("news/a.md", "---\ntitle: A\n---\n[x](notpic.svg)\n")};
    Diagnostics d;
    check_active_files("/site/content", {asset("news/pic.svg")}, pages, {}, d);
    REQUIRE(d.items().size() == 1);
    CHECK(d.items()[0].where.file == "content/news/pic.svg");
    CHECK(d.items()[0].where.line == 0);
    CHECK(d.items()[0].message.find("\"pic.svg\" is an SVG picture: served from the site's own address") == 0);
    CHECK(d.items()[0].hint.find("save the picture as PNG or JPEG") == 0);
}

TEST_CASE("a page in the file's own folder is named before one elsewhere") {
    std::vector<Page> pages = {page("about.md", "[a](materials/x/run.js)\n"), page("materials/x/index.md", "---\n---\n[b](run.js)\n")};
    Diagnostics d;
    check_active_files("/site/content", {asset("materials/x/run.js")}, pages, {}, d);
    REQUIRE(d.items().size() == 1);
    CHECK(d.items()[0].where.file == "content/materials/x/index.md");
    CHECK(d.items()[0].where.line == 3);
}

TEST_CASE("extensions are compared without case; allowed types and passive files are published") {
    Diagnostics d;
    check_active_files("/site/content", {asset("a/EVIL.HTML"), asset("a/lesson.pdf"), asset("a/pic.png"), asset("a/logo.svg"), asset("a/shell.php.jpg")}, {}, {}, d);
    REQUIRE(d.items().size() == 3);
    CHECK(d.items()[2].message.find("\"shell.php.jpg\" is a program for a web server") == 0);
    SecurityConfig allow_svg;
    allow_svg.allowed_active_files = {"svg"};
    Diagnostics allowed;
    check_active_files("/site/content", {asset("a/logo.svg"), asset("a/lesson.pdf")}, {}, allow_svg, allowed);
    CHECK(allowed.empty());
}
