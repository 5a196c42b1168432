#include <doctest/doctest.h>

#include "config/security.h"
#include "config/site_config.h"

using namespace urker;

TEST_CASE("file types a browser or a web server runs are active; documents and pictures are not") {
    for (const char* ext : {"html", "htm", "xhtml", "shtml", "svg", "svgz", "js", "mjs", "xml", "xsl", "xslt", "swf", "php", "phtml", "cgi"})
        CHECK_MESSAGE(is_active_file_type(ext), ext);
    for (const char* ext : {"pdf", "docx", "pptx", "png", "jpg", "jpeg", "webp", "gif", "zip", "mp4", "txt", "csv", "", "HTML"})
        CHECK_FALSE_MESSAGE(is_active_file_type(ext), ext);
    CHECK(active_file_kind("svg") == "an SVG picture");
    CHECK(active_file_kind("pdf").empty());
}

TEST_CASE("no active file type is allowed unless site.yaml names it") {
    Diagnostics d;
    auto cfg = parse_site_config("title: Сеть\n", d);
    REQUIRE(cfg);
    CHECK(cfg->security.allowed_active_files.empty());
}

TEST_CASE("security.allow_active_files lists types with or without a dot, in any case") {
    Diagnostics d;
    auto cfg = parse_site_config("title: Сеть\nsecurity:\n  allow_active_files: [svg, .HTML]\n", d);
    REQUIRE(cfg);
    CHECK(d.empty());
    CHECK(cfg->security.allowed_active_files == std::set<std::string>{"html", "svg"});
}

TEST_CASE("a type that is not active is a warning at its line; a wrong kind of value is an error") {
    Diagnostics d;
    auto cfg = parse_site_config("title: Сеть\nsecurity:\n  allow_active_files: [pdf]\n  allow_evrything: true\n", d);
    REQUIRE(cfg);
    REQUIRE(d.items().size() == 2);
    CHECK(d.warning_count() == 2);
    CHECK(d.items()[0].where.line == 4);
    CHECK(d.items()[0].message == "unknown security setting \"allow_evrything\" is ignored");
    CHECK(d.items()[1].where.line == 3);
    CHECK(d.items()[1].message == "\"pdf\" files are published without being allowed; this entry changes nothing");

    Diagnostics e;
    CHECK_FALSE(parse_site_config("title: Сеть\nsecurity:\n  allow_active_files: svg\n", e));
    REQUIRE(e.error_count() == 1);
    CHECK(e.items()[0].where.line == 3);
    CHECK(e.items()[0].message == "\"allow_active_files\" must be a list of file types");
}

TEST_CASE("a name is active by its last extension, or by an inner one a web server runs") {
    CHECK(active_extension_of("evil.html") == "html");
    CHECK(active_extension_of("Evil.SVG") == "svg");
    CHECK(active_extension_of("shell.php.jpg") == "php");
    CHECK(active_extension_of("shell.PHP5.pdf") == "php5");
    CHECK(active_extension_of("урок.html.zip").empty());  // the archive type wins in every server
    CHECK(active_extension_of("lesson.pdf").empty());
    CHECK(active_extension_of(".html").empty());  // a hidden file named "html", not an extension
    CHECK(active_extension_of("README").empty());
    CHECK(active_extension_of("php.jpg").empty());
}
