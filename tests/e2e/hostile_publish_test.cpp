// Hostile files a teacher (or a careless webmaster) might publish: each case is a small site plus
// one file, built by the urker binary. Active files and files that would take another's address
// fail the build with the file named; nothing executable reaches the output.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <vector>

#include "core/fs.h"
#include "site_fixture.h"

using namespace urker;
using namespace urker::testing;
namespace fs = std::filesystem;

namespace {

const char* kSiteYaml = "title: Сеть\nbase_url: \"https://test.example.kz/\"\nlanguage: ru\npaginate: 2\n";

bool contains(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }

std::map<std::string, std::string> base_site() {
    return {
        {"site.yaml", kSiteYaml},
        {"content/_index.md", "---\ntitle: Главная\n---\nДобро пожаловать.\n"},
        {"content/news/a.md", "---\ntitle: А\ndate: 2026-09-01\n---\nТекст.\n"},
        {"content/news/b.md", "---\ntitle: Б\ndate: 2026-09-02\n---\nТекст.\n"},
        {"content/news/c.md", "---\ntitle: В\ndate: 2026-09-03\n---\nТекст.\n"},
        {"content/lessons/drobi/index.md", "---\ntitle: Дроби\ndate: 2026-09-04\n---\nСкачайте [лист](list.pdf).\n"},
        {"content/lessons/drobi/list.pdf", "%PDF-1.4\n"},
    };
}

struct HostileCase {
    const char* what;
    std::map<std::string, std::string> files;  // added to the base site
    int exit_code;
    std::vector<std::string> in_output;  // texts the messages must hold (the files named)
};

const std::string kScript = "<script>alert(document.domain)</script>";
const std::string kSvg = "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>";

std::vector<HostileCase> hostile_cases() {
    return {
        {"an HTML attachment a page links to",
         {{"content/lessons/drobi/index.md", "---\ntitle: Дроби\n---\nОткройте [урок](evil.html).\n"},
          {"content/lessons/drobi/evil.html", kScript}},
         1,
         {"content/lessons/drobi/index.md:4:17: error: this page refers to \"evil.html\" (content/lessons/drobi/evil.html), a web page",
          "security: {allow_active_files: [html]}"}},
        {"an SVG picture shown as an image",
         {{"content/lessons/drobi/index.md", "---\ntitle: Дроби\n---\n![схема](pic.svg)\n"}, {"content/lessons/drobi/pic.svg", kSvg}},
         1,
         {"content/lessons/drobi/index.md:4:", "(content/lessons/drobi/pic.svg), an SVG picture", "save the picture as PNG or JPEG"}},
        {"an upper-case .HTM file nobody links to", {{"content/news/Evil.HTM", kScript}}, 1, {"content/news/Evil.HTM: error: \"Evil.HTM\" is a web page"}},
        {"a script in content/", {{"content/files/run.mjs", "alert(1)"}}, 1, {"content/files/run.mjs", "a script"}},
        {"an XML file with a stylesheet", {{"content/files/data.xml", "<?xml-stylesheet href=\"x.xsl\"?><a/>"}}, 1, {"content/files/data.xml"}},
        {"a PHP file", {{"content/files/shell.php", "<?php system($_GET['c']);"}}, 1, {"content/files/shell.php", "a program for a web server"}},
        {"a PHP program dressed as a picture", {{"content/files/photo.php.jpg", "<?php system($_GET['c']);"}}, 1, {"content/files/photo.php.jpg"}},
        {"a content file where the theme's script is",
         {{"content/js/search.js", "alert(1)"}},
         1,
         {"content/js/search.js: error: this file would be published at /js/search.js, the same address as the theme's file "
          "themes/default/static/js/search.js"}},
        {"a content file where the theme's stylesheet is",
         {{"content/css/urker.css", "body{}"}},
         1,
         {"content/css/urker.css: error: this file would be published at /css/urker.css, the same address as the theme's file"}},
        {"a content file where the home page is",
         {{"content/index.html", kScript}},
         1,
         {"content/index.html: error: this file would be published at /index.html, the same address as the page content/_index.md"}},
        {"a content file where urker writes the search index",
         {{"content/search/index.json", "{}"}},
         1,
         {"content/search/index.json: error: this file would be published at /search/index.json, the same address as a file urker writes itself"}},
        {"a content file where urker writes the feed, with XML allowed",
         {{"site.yaml", std::string(kSiteYaml) + "security: {allow_active_files: [xml]}\n"}, {"content/news/rss.xml", "<rss/>"}},
         1,
         {"content/news/rss.xml: error: this file would be published at /news/rss.xml, the same address as a file urker writes itself"}},
        {"a page where a section's second list page is",
         {{"content/news/page/2.md", "---\ntitle: Страница\ndate: 2026-09-05\n---\n"}},
         1,
         {"content/news/page/2.md: error: this page would be published at /news/page/2/index.html, the same address as a file urker writes itself"}},
        {"a page at the address of a folder's list page",
         {{"content/club.md", "---\ntitle: Клуб\n---\n"}, {"content/club/x.md", "---\ntitle: X\n---\n"}},
         1,
         {"content/club.md: error: this page would be published at /club/index.html, the same address as the list page of content/club/"}},
        {"another bundle's page by slug",
         {{"content/lessons/other/index.md", "---\ntitle: Другое\nslug: drobi\n---\n"}},
         1,
         {"the same address as content/lessons/drobi/index.md"}},
        {"a static/ file where the home page is",
         {{"static/index.html", "<p>old site</p>"}},
         1,
         {"static/index.html: error: this file would be published at /index.html, the same address as the page content/_index.md"}},
    };
}

}  // namespace

TEST_CASE("hostile files fail the build, are named, and nothing of them is published") {
    for (const HostileCase& c : hostile_cases()) {
        const std::string what = c.what;
        CAPTURE(what);
        std::map<std::string, std::string> files = base_site();
        for (const auto& [path, text] : c.files) files[path] = text;
        SiteFixture site(files);
        std::string out;
        CHECK(run_urker("build --source " + site.root().string(), out) == c.exit_code);
        for (const std::string& text : c.in_output) CHECK_MESSAGE(contains(out, text), out);
        // A failed build publishes nothing: no output folder, no staging folder left behind.
        CHECK_FALSE(fs::exists(site.root() / "public"));
        // (.urker-cache/, the text of attachments for the search, is kept on purpose: it is not the site.)
        for (auto& e : fs::directory_iterator(site.root()))
            if (e.path().filename() != ".urker-cache") CHECK_FALSE(contains(e.path().filename().string(), "urker-"));
    }
}

TEST_CASE("an active type that site.yaml allows is published, and only that type") {
    std::map<std::string, std::string> files = base_site();
    files["site.yaml"] = std::string(kSiteYaml) + "security:\n  allow_active_files: [svg]\n";
    files["content/lessons/drobi/index.md"] = "---\ntitle: Дроби\n---\n![схема](scheme.svg)\n";
    files["content/lessons/drobi/scheme.svg"] = "<svg xmlns=\"http://www.w3.org/2000/svg\"/>";
    SiteFixture allowed(files);
    auto r = allowed.build();
    REQUIRE_MESSAGE(r->ok, r->messages());
    CHECK(r->out.has("lessons/drobi/scheme.svg"));

    files["content/lessons/drobi/page.html"] = kScript;
    SiteFixture still_refused(files);
    auto refused = still_refused.build();
    CHECK_FALSE(refused->ok);
    CHECK(contains(refused->messages(), "content/lessons/drobi/page.html: error: \"page.html\" is a web page"));
}

TEST_CASE("nothing executable from content reaches a successful build's output") {
    SiteFixture site(base_site());
    auto r = site.build();
    REQUIRE_MESSAGE(r->ok, r->messages());
    for (const auto& [path, data] : r->out.files()) {
        INFO(path);
        // HTML pages are urker's own, scripts the theme's; the only other active files are its feeds and sitemap.
        const std::string ext = fs::path(path).extension().string();
        if (ext == ".js") CHECK((path.rfind("js/", 0) == 0 || path == "search/lunr.js" || path == "search/engine.js"));
        if (ext == ".svg") CHECK(path == "favicon.svg");
        if (ext == ".xml") CHECK((path == "sitemap.xml" || contains(path, "atom.xml") || contains(path, "rss.xml")));
    }
}

TEST_CASE("markup in a title, an author's name or a tag reaches the feeds as text") {
    std::map<std::string, std::string> files = base_site();
    files["content/news/x.md"] =
        "---\ntitle: \"<img src=x onerror=alert(1)>\"\ndate: 2026-09-09\ntags: [\"<img src=y onerror=alert(2)>\"]\n---\nТекст.\n";
    SiteFixture site(files);
    auto r = site.build();
    REQUIRE_MESSAGE(r->ok, r->messages());
    int feeds = 0;
    for (const auto& [path, data] : r->out.files()) {
        if (!contains(path, "atom.xml") && !contains(path, "rss.xml")) continue;
        INFO(path);
        ++feeds;
        CHECK_FALSE(contains(data, "<img"));
        CHECK_FALSE(contains(data, "type=\"html\">&lt;img"));
        if (contains(path, "atom.xml")) CHECK(contains(data, "<title type=\"text\">&lt;img src=x onerror=alert(1)&gt;</title>"));
        else CHECK(contains(data, "<title>&#x3C;img src=x onerror=alert(1)&#x3E;</title>"));
    }
    CHECK(feeds >= 2);
}

TEST_CASE("static/ dotfiles are published, except .git; a static robots.txt replaces urker's") {
    std::map<std::string, std::string> files = base_site();
    files["static/.well-known/security.txt"] = "Contact: mailto:admin@school.kz\n";
    files["static/.htaccess"] = "Options -Indexes\n";
    files["static/.git/config"] = "[core]\n";
    files["static/robots.txt"] = "User-agent: *\nDisallow: /drafts/\n";
    SiteFixture site(files);
    auto r = site.build();
    REQUIRE_MESSAGE(r->ok, r->messages());
    CHECK(r->out.has(".well-known/security.txt"));
    CHECK(r->out.has(".htaccess"));
    CHECK_FALSE(r->out.has(".git/config"));
    CHECK(r->out.at("robots.txt") == "User-agent: *\nDisallow: /drafts/\n");
}

TEST_CASE("a static/ file where urker writes its own file is an error, not a replacement") {
    std::map<std::string, std::string> files = base_site();
    files["static/search/index.json"] = "{}";
    SiteFixture site(files);
    auto r = site.build();
    CHECK_FALSE(r->ok);
    CHECK(contains(r->messages(), "static/search/index.json: error: this file would be published at /search/index.json"));
}

TEST_CASE("a link to a file outside the site fails the build, named, in the reader's language; a link inside is published as a copy") {
    // A symbolic link committed to the portal's repository (to /etc/passwd, ~/.ssh/…) must not
    // publish what it names; it was reported as urker's own failure, in English, naming no file.
    SiteFixture site(base_site());
    const fs::path outside = site.root().string() + "-outside";
    fs::create_directories(outside);
    { std::ofstream(outside / "secret.txt") << "пароль"; }
    fs::create_symlink(outside / "secret.txt", site.root() / "content/lessons/drobi/secret.txt");
    fs::create_directories(site.root() / "content/lessons/ulushi");
    site.write("content/lessons/ulushi/index.md", "---\ntitle: Доли\ndate: 2026-09-05\n---\nТот же [лист](list.pdf).\n");
    fs::create_symlink("../drobi/list.pdf", site.root() / "content/lessons/ulushi/list.pdf");
    fs::create_directory_symlink(outside, site.root() / "content/linked");

    auto r = site.build();
    CHECK_FALSE(r->ok);
    const std::string messages = r->messages();
    CHECK_MESSAGE(contains(messages, "content/lessons/drobi/secret.txt: error: this file is a link to \"" + (outside / "secret.txt").string() +
                                         "\", outside the content folder"),
                  messages);
    CHECK_MESSAGE(contains(messages, "content/linked: warning: this folder is a link to"), messages);
    CHECK_MESSAGE(!contains(messages, "urker stopped unexpectedly"), messages);
    std::string ru;
    CHECK(run_urker("build --quiet --lang ru --source " + site.root().string() + " --output " + (site.root() / "public").string(), ru) == 1);
    CHECK_MESSAGE(contains(ru, "content/lessons/drobi/secret.txt: ошибка: этот файл — ссылка (ярлык) на"), ru);
    CHECK_FALSE(fs::exists(site.root() / "public"));

    fs::remove(site.root() / "content/lessons/drobi/secret.txt");
    auto fixed = site.build();
    REQUIRE_MESSAGE(fixed->ok, fixed->messages());
    CHECK(fixed->out.at("lessons/ulushi/list.pdf") == "%PDF-1.4\n");  // at the link's own address, the file's bytes
    CHECK(fixed->out.at("lessons/drobi/list.pdf") == "%PDF-1.4\n");
    for (const auto& [path, bytes] : fixed->out.files()) CHECK_MESSAGE(!contains(bytes, "пароль"), path);
    fs::remove_all(outside);
}
