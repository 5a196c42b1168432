#include <doctest/doctest.h>

#include "site/output_plan.h"

#include <filesystem>
#include <fstream>

using namespace urker;
using Kind = OutputOrigin::Kind;

namespace {

std::string only_message(const OutputPlan& plan, std::string* file = nullptr, std::string* hint = nullptr) {
    Diagnostics d;
    plan.report(d);
    REQUIRE(d.items().size() == 1);
    if (file) *file = d.items()[0].where.file;
    if (hint) *hint = d.items()[0].hint;
    return d.items()[0].message;
}

}  // namespace

TEST_CASE("a content file at the address of the theme's script is an error at the content file naming both") {
    MemoryOutput out;
    OutputPlan plan(out);
    plan.claim("js/search.js", {Kind::theme_file, "themes/default/static/js/search.js"}, "/t/search.js");
    plan.claim("js/search.js", {Kind::content_file, "content/js/search.js"}, "/c/search.js");
    std::string file, hint;
    CHECK(only_message(plan, &file, &hint) ==
          "this file would be published at /js/search.js, the same address as the theme's file themes/default/static/js/search.js");
    CHECK(file == "content/js/search.js");
    CHECK(hint.find("rename the file or move it") == 0);
}

TEST_CASE("the site's static/ file replaces the theme's of the same name without a word") {
    MemoryOutput out;
    OutputPlan plan(out);
    plan.claim("css/urker.css", {Kind::theme_file, "themes/default/static/css/urker.css"}, "/t/urker.css");
    plan.claim("css/urker.css", {Kind::site_static, "static/css/urker.css"}, "/s/urker.css");
    Diagnostics d;
    plan.report(d);
    CHECK(d.empty());
}

TEST_CASE("a content file where a page is published is reported at the content file, whatever the claim order") {
    for (bool page_first : {true, false}) {
        MemoryOutput out;
        OutputPlan plan(out);
        OutputOrigin page{Kind::page, "content/news/_index.md"}, file{Kind::content_file, "content/news/index.html"};
        if (page_first) {
            plan.claim("news/index.html", page);
            plan.claim("news/index.html", file, "/c/index.html");
        } else {
            plan.claim("news/index.html", file, "/c/index.html");
            plan.claim("news/index.html", page);
        }
        std::string where;
        CHECK(only_message(plan, &where) == "this file would be published at /news/index.html, the same address as the page content/news/_index.md");
        CHECK(where == "content/news/index.html");
    }
}

TEST_CASE("a claimed page is written once; a generated write at its address is a collision and is dropped") {
    MemoryOutput out;
    OutputPlan plan(out);
    plan.claim("search/index.html", {Kind::page, "content/search.md"});
    plan.write("search/index.html", "the page");
    plan.write("search/index.html", "urker's search page");
    CHECK(out.at("search/index.html") == "the page");
    std::string where;
    CHECK(only_message(plan, &where) == "this page would be published at /search/index.html, the same address as a file urker writes itself");
    CHECK(where == "content/search.md");
}

TEST_CASE("a generated file at the address of a content file is a collision whichever is written first") {
    for (bool generated_first : {true, false}) {
        MemoryOutput out;
        OutputPlan plan(out);
        plan.claim("sitemap.xml", {Kind::content_file, "content/sitemap.xml"}, "/dev/null");
        if (generated_first) {
            plan.write("sitemap.xml", "<urlset/>");
            plan.copy("/dev/null", "sitemap.xml");
        } else {
            plan.copy("/dev/null", "sitemap.xml");
            plan.write("sitemap.xml", "<urlset/>");
        }
        std::string where;
        CHECK(only_message(plan, &where) == "this file would be published at /sitemap.xml, the same address as a file urker writes itself");
        CHECK(where == "content/sitemap.xml");
    }
}

TEST_CASE("the site's static/ may hold its own robots.txt; urker's default is then not written") {
    MemoryOutput out;
    OutputPlan plan(out);
    plan.claim("robots.txt", {Kind::site_static, "static/robots.txt"}, "/dev/null");
    plan.write("robots.txt", "User-agent: *\n");
    plan.copy("/dev/null", "robots.txt");
    Diagnostics d;
    plan.report(d);
    CHECK(d.empty());
    CHECK(out.at("robots.txt").empty());
}

TEST_CASE("a static/ file where urker writes its feed is an error with a hint for static/") {
    MemoryOutput out;
    OutputPlan plan(out);
    plan.claim("atom.xml", {Kind::site_static, "static/atom.xml"}, "/dev/null");
    plan.copy("/dev/null", "atom.xml");
    plan.write("atom.xml", "<feed/>");
    std::string where, hint;
    only_message(plan, &where, &hint);
    CHECK(where == "static/atom.xml");
    CHECK(hint == "remove it from static/ or rename it: urker writes this file itself");
}

TEST_CASE("a page at the address of a folder's list page is reported at the page") {
    MemoryOutput out;
    OutputPlan plan(out);
    plan.claim("news/index.html", {Kind::section_list, "content/news/"});
    plan.claim("news/index.html", {Kind::page, "content/news.md"});
    std::string where;
    CHECK(only_message(plan, &where) == "this page would be published at /news/index.html, the same address as the list page of content/news/");
    CHECK(where == "content/news.md");
}

TEST_CASE("files at distinct addresses pass through to the sink untouched") {
    MemoryOutput out;
    OutputPlan plan(out);
    plan.claim("a/index.html", {Kind::page, "content/a.md"});
    plan.write("a/index.html", "A");
    plan.write("b.xml", "B");
    Diagnostics d;
    plan.report(d);
    CHECK(d.empty());
    CHECK(out.files().size() == 2);
    CHECK(plan.file_count() == 2);
}

TEST_CASE("a file where another file needs its folder is a collision naming both") {
    MemoryOutput out;
    OutputPlan plan(out);
    plan.claim("news/x/index.html", {Kind::page, "content/news/x.md"});
    plan.claim("news/x", {Kind::content_file, "content/news/x"}, "/c/x");
    std::string where;
    CHECK(only_message(plan, &where) ==
          "this file would be published at /news/x, but the page content/news/x.md is published at /news/x/index.html, inside a folder of that name");
    CHECK(where == "content/news/x");

    MemoryOutput out2;
    OutputPlan plan2(out2);
    plan2.claim("files", {Kind::site_static, "static/files"}, "/s/files");
    plan2.write("files/list.html", "generated");
    CHECK(only_message(plan2, &where) ==
          "this file would be published at /files, but a file urker writes itself is published at /files/list.html, inside a folder of that name");
    CHECK(where == "static/files");
    CHECK_FALSE(out2.has("files/list.html"));
}

TEST_CASE("a collision reads in Russian and Kazakh, naming what else is published there") {
    MemoryOutput out;
    OutputPlan plan(out);
    plan.claim("js/search.js", {Kind::theme_file, "themes/default/static/js/search.js"}, "/t/search.js");
    plan.claim("js/search.js", {Kind::content_file, "content/js/search.js"}, "/c/search.js");
    Diagnostics d;
    plan.report(d);
    REQUIRE(d.items().size() == 1);
    CHECK(render_message(d.items()[0].message_id, "ru") ==
          "этот файл был бы опубликован по адресу /js/search.js — тому же, что и у файла темы themes/default/static/js/search.js");
    CHECK(render_message(d.items()[0].message_id, "kk") ==
          "бұл файл /js/search.js адресінде жарияланар еді, ал бұл — теманың themes/default/static/js/search.js файлының адресі");
    CHECK(render_message(d.items()[0].hint_id, "kk").rfind("файлдың атын өзгертіңіз", 0) == 0);
}

TEST_CASE("a static/index.html where the home page goes is one error, at static/index.html, whatever the order of claims and writes") {
    const std::filesystem::path copied = std::filesystem::temp_directory_path() / "urker-output-plan-static-index.html";
    std::ofstream(copied) << "<html>static</html>";
    for (bool page_first : {true, false}) {
        CAPTURE(page_first);
        MemoryOutput out;
        OutputPlan plan(out);
        OutputOrigin page{Kind::page, "content/_index.md"}, file{Kind::site_static, "static/index.html"};
        if (page_first) {
            plan.claim("index.html", page);
            plan.claim("index.html", file, copied);
        } else {
            plan.claim("index.html", file, copied);
            plan.claim("index.html", page);
        }
        // The build goes on to write the home page and to copy the static files.
        plan.write("index.html", "<html>home</html>");
        plan.copy(copied, "index.html");
        std::string where, hint;
        CHECK(only_message(plan, &where, &hint) ==
              "this file would be published at /index.html, the same address as the page content/_index.md");
        CHECK(where == "static/index.html");
        CHECK(hint == "remove it from static/ or rename it: a page is published at this address");
    }
    std::filesystem::remove(copied);
}
