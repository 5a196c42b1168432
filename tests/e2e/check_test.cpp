// `urker check` on whole sites: the example portal passes, a broken theme link is reported once,
// at the template or line of site.yaml that holds it, a mistake in a file once however many
// language copies show it, every problem in one run, a mistyped anchor with the nearest heading;
// external links are asked only with --external (a local server stands in for the internet).
#include <doctest/doctest.h>

#include <httplib.h>

#include <algorithm>
#include <filesystem>
#include <optional>
#include <sstream>
#include <vector>
#include <thread>

#include "core/fs.h"
#include "site/check.h"
#include "site_fixture.h"

using namespace urker;
using namespace urker::testing;

namespace {

const char* kSiteYaml = "title: \"Сеть\"\nbase_url: \"https://school.example.kz/\"\nlanguage: ru\n";

struct Outcome {
    int exit_code = -1;
    std::string output;
};

// `build_date`: after the example portal's last news item; nullopt: today, for a portal urker
// init made today.
Outcome run_check(const std::filesystem::path& source, bool external = false, const std::string& lang = "en",
                  std::optional<Date> build_date = parse_date("2026-12-01").date) {
    CheckOptions options;
    options.build.source = source;
    options.build.message_language = lang;
    options.build.build_date = build_date;
    options.external = external;
    options.external_timeout_seconds = 2;
    std::ostringstream out, err;
    Outcome o;
    o.exit_code = check_site(options, out, err);
    o.output = err.str() + out.str();
    return o;
}

// A web server on 127.0.0.1 with one page, /ok; everything else is 404.
class LocalServer {
public:
    LocalServer() {
        server_.Get("/ok", [](const httplib::Request&, httplib::Response& res) { res.set_content("ok", "text/plain"); });
        port_ = server_.bind_to_any_port("127.0.0.1");
        // bind_to_any_port already listens: requests wait in the queue until the thread serves them.
        thread_ = std::thread([this] { server_.listen_after_bind(); });
    }
    ~LocalServer() {
        server_.stop();
        thread_.join();
    }
    std::string url(const std::string& path) const { return "http://127.0.0.1:" + std::to_string(port_) + path; }

private:
    httplib::Server server_;
    int port_ = 0;
    std::thread thread_;
};

}  // namespace

TEST_CASE("the example portal passes urker check") {
    auto o = run_check(repository_root());
    CHECK_MESSAGE(o.exit_code == 0, o.output);
    CHECK(o.output.find("no problems found") != std::string::npos);
}

TEST_CASE("external links are asked only with --external, and a 404 is reported at its line") {
    LocalServer server;
    SiteFixture site({
        {"site.yaml", kSiteYaml},
        {"content/news/first.md", "---\ntitle: Новость\ndate: 2026-09-01\n---\n[есть](" + server.url("/ok") + ")\n\n[нет](" +
                                      server.url("/gone") + ")\n"},
    });
    auto quiet = run_check(site.root(), false);
    CHECK_MESSAGE(quiet.exit_code == 0, quiet.output);
    CHECK(quiet.output.find("2 external links (not asked; use --external)") != std::string::npos);

    auto asked = run_check(site.root(), true);
    CHECK(asked.exit_code == 1);
    CHECK_MESSAGE(asked.output.find("content/news/first.md:7:7: error: the external link \"" + server.url("/gone") + "\" answers 404") !=
                      std::string::npos,
                  asked.output);
    CHECK(asked.output.find("/ok\"") == std::string::npos);
    CHECK(asked.output.find("Check failed: 1 error, 0 warnings.") != std::string::npos);
}

TEST_CASE("an external server that does not answer is an error, not a hang") {
    // A port nobody listens on: the connection is refused at once.
    LocalServer server;
    std::string dead = "http://127.0.0.1:9/nothing";
    SiteFixture site({
        {"site.yaml", kSiteYaml},
        {"content/news/first.md", "---\ntitle: Новость\ndate: 2026-09-01\n---\n[мёртвая](" + dead + ")\n"},
    });
    auto o = run_check(site.root(), true);
    CHECK(o.exit_code == 1);
    CHECK_MESSAGE(o.output.find("the external link \"" + dead + "\" does not answer") != std::string::npos, o.output);
}

TEST_CASE("a broken link in a menu is reported once, not on every page") {
    SiteFixture site({
        {"site.yaml", std::string(kSiteYaml) + "menus:\n  main:\n    - {name: Архив, url: /archive/, weight: 1}\n"},
        {"content/news/first.md", "---\ntitle: Первая\ndate: 2026-09-01\n---\nТекст.\n"},
        {"content/news/second.md", "---\ntitle: Вторая\ndate: 2026-09-02\n---\nТекст.\n"},
    });
    auto o = run_check(site.root());
    CHECK(o.exit_code == 1);
    auto first = o.output.find("the link \"/archive/\" leads to nothing on this site");
    REQUIRE_MESSAGE(first != std::string::npos, o.output);
    CHECK(o.output.find("the link \"/archive/\"", first + 1) == std::string::npos);
    // At the menu's line of site.yaml, where it is fixed.
    CHECK_MESSAGE(o.output.find("site.yaml:6:26: error: the link \"/archive/\"") != std::string::npos, o.output);
    CHECK(o.output.find("more pages); it comes from this line of site.yaml: correct it here") != std::string::npos);
}

namespace {

// How many times `part` is in `text`.
std::size_t count_of(const std::string& text, const std::string& part) {
    std::size_t n = 0;
    for (auto pos = text.find(part); pos != std::string::npos; pos = text.find(part, pos + part.size())) ++n;
    return n;
}

// A Russian site with a Kazakh part: a material with no Kazakh translation is published at
// /kk/… too, its text and links the same.
const char* kTwoLanguages = "title: \"Сеть\"\nbase_url: \"https://school.example.kz/\"\nlanguage: ru\nlanguages: [ru, kk]\n";
const char* kMember = "---\ntitle: Иванова Анна\n---\n";
const char* kDrobi = "---\ntitle: Дроби\ndate: 2026-10-06\nauthor: ivanova-a\n---\n## Ход урока\n\nТекст.\n\n## Домашнее задание\n\nТекст.\n";

std::string paiyz(const std::string& body) { return "---\ntitle: Пайыз\ndate: 2026-10-07\nauthor: ivanova-a\n---\n" + body; }

}  // namespace

TEST_CASE("a mistake in a file is reported once, not again for its copy in the other language") {
    SiteFixture site({
        {"site.yaml", kTwoLanguages},
        {"content/members/ivanova-a.md", kMember},
        {"content/materials/drobi/index.md", kDrobi},
        {"content/materials/paiyz/index.md",
         paiyz("См. [x](../drobi/index.md#no-such-heading).\n\nИ [x](#no-such-anchor).\n\nИ [x](/materials/no-such-page/).\n")},
    });
    auto o = run_check(site.root());
    CHECK(o.exit_code == 1);
    CHECK_MESSAGE(count_of(o.output, "content/materials/paiyz/index.md:6:26: error: the link \"/materials/drobi/#no-such-heading\"") == 1,
                  o.output);
    CHECK(count_of(o.output, "\"#no-such-heading\"") == 1);
    CHECK(count_of(o.output, "content/materials/paiyz/index.md:8:7: error: the link \"#no-such-anchor\"") == 1);
    CHECK(count_of(o.output, "\"#no-such-anchor\", which is not on that page") == 1);
    CHECK(count_of(o.output, "content/materials/paiyz/index.md:10:7: error: the link \"/materials/no-such-page/\" leads to nothing") == 1);
    CHECK(count_of(o.output, "/materials/no-such-page/\" leads to nothing") == 1);
    CHECK(o.output.find("/kk/") == std::string::npos);
    CHECK(o.output.find("Check failed: 3 errors, 0 warnings.") != std::string::npos);

    auto ru = run_check(site.root(), false, "ru");
    CHECK_MESSAGE(ru.output.find("Проверка не пройдена: 3 ошибки, 0 предупреждений.") != std::string::npos, ru.output);
}

TEST_CASE("a broken link in a material's first paragraph is reported once, at the material, not on the pages that show it") {
    // The home page and the list show the first paragraph with its link as written; the home
    // page's own text has a link ending in "index.md" too, which is not this one.
    SiteFixture site({
        {"site.yaml", kTwoLanguages},
        {"content/_index.md", "---\ntitle: Главная\n---\nОткройте [библиотеку](materials/_index.md).\n"},
        {"content/materials/_index.md", "---\ntitle: Материалы\n---\n"},
        {"content/members/ivanova-a.md", kMember},
        {"content/materials/drobi/index.md", kDrobi},
        {"content/materials/paiyz/index.md", paiyz("Смотрите [прошлый урок](../no-such-lesson/index.md). Урок о процентах.\n\nТекст.\n")},
    });
    auto o = run_check(site.root());
    CHECK(o.exit_code == 1);
    CHECK_MESSAGE(count_of(o.output, "no-such-lesson/index.md") == 2, o.output);  // the message and its quoted line
    CHECK(count_of(o.output, "content/materials/paiyz/index.md:6:25: error:") == 1);
    CHECK(o.output.find("content/_index.md") == std::string::npos);
    CHECK(o.output.find("Check failed: 1 error, 0 warnings. The site was not written.") != std::string::npos);
}

TEST_CASE("a mistake that shows only on the file's copy in the other language says where") {
    // The Kazakh translation of drobi has other headings: the link from paiyz, which has no Kazakh
    // translation, leads there on /kk/materials/paiyz/ only.
    SiteFixture site({
        {"site.yaml", kTwoLanguages},
        {"content/members/ivanova-a.md", kMember},
        {"content/materials/drobi/index.md", kDrobi},
        {"content/materials/drobi/index.kk.md", "---\ntitle: Бөлшектер\ndate: 2026-10-06\nauthor: ivanova-a\n---\n## Сабақ барысы\n\nМәтін.\n"},
        {"content/materials/paiyz/index.md", paiyz("См. [x](../drobi/index.md#ход-урока).\n")},
    });
    auto o = run_check(site.root());
    CHECK(o.exit_code == 1);
    CHECK_MESSAGE(count_of(o.output, "content/materials/paiyz/index.md:6:26: error: the link \"/kk/materials/drobi/#ход-урока\"") == 1,
                  o.output);
    CHECK(o.output.find("this shows only on /kk/materials/paiyz/, the copy of this file") != std::string::npos);
    CHECK(o.output.find("Check failed: 1 error, 0 warnings.") != std::string::npos);
}

TEST_CASE("one run of check lists every problem, those the build finds and those only the pages show") {
    SiteFixture site({
        {"site.yaml", kTwoLanguages},
        {"content/members/ivanova-a.md", kMember},
        {"content/materials/drobi/index.md", kDrobi},
        {"content/materials/paiyz/index.md", paiyz("См. [x](../no-such/index.md).\n\n[файл](no-such.pdf)\n\n"
                                                  "[x](../drobi/index.md#итоги)\n\n[x](/materials/no-such-page/)\n")},
    });
    auto o = run_check(site.root());
    CHECK(o.exit_code == 1);
    // The build's two (the files that do not exist), once each: check does not report them again.
    CHECK_MESSAGE(count_of(o.output, "content/materials/paiyz/index.md:6:") == 1, o.output);
    CHECK(count_of(o.output, "content/materials/paiyz/index.md:8:") == 1);
    CHECK(count_of(o.output, "no-such.pdf") == 2);  // the message and the quoted line
    // And what only the rendered pages show.
    CHECK(count_of(o.output, "content/materials/paiyz/index.md:10:22: error: the link \"/materials/drobi/#итоги\"") == 1);
    CHECK(count_of(o.output, "content/materials/paiyz/index.md:12:5: error: the link \"/materials/no-such-page/\"") == 1);
    CHECK(o.output.find("Check failed: 4 errors, 0 warnings.") != std::string::npos);
    CHECK(o.output.find("Check stopped early") == std::string::npos);
}

TEST_CASE("when the site cannot be built as far as its pages, check says that it stopped early") {
    SiteFixture site({
        {"site.yaml", std::string(kSiteYaml) + "theme: no-such-theme\n"},
        {"content/news/first.md", "---\ntitle: Первая\ndate: 2026-09-01\n---\n[x](/no-such-page/)\n"},
    });
    auto o = run_check(site.root());
    CHECK(o.exit_code == 1);
    CHECK_MESSAGE(o.output.find("Check stopped early: the site could not be built as far as its pages") != std::string::npos, o.output);
    auto ru = run_check(site.root(), false, "ru");
    CHECK(ru.output.find("Проверка остановлена раньше времени") != std::string::npos);
}

TEST_CASE("a mistyped anchor is matched to the nearest heading of the page it leads to") {
    SiteFixture site({
        {"site.yaml", kTwoLanguages},
        {"content/members/ivanova-a.md", kMember},
        {"content/materials/drobi/index.md", kDrobi},
        {"content/materials/paiyz/index.md", paiyz("См. [x](../drobi/index.md#домашнее-задани) и [y](#совсем-другое).\n")},
    });
    auto o = run_check(site.root());
    CHECK(o.exit_code == 1);
    CHECK_MESSAGE(o.output.find("hint: did you mean \"#домашнее-задание\"?") != std::string::npos, o.output);
    // Nothing near: the usual hint.
    auto other = o.output.find("\"#совсем-другое\", which is not on that page");
    REQUIRE(other != std::string::npos);
    CHECK(o.output.find("hint: the marks of a page are the ids of its headings", other) != std::string::npos);
    auto ru = run_check(site.root(), false, "ru");
    CHECK(ru.output.find("подсказка: вы имели в виду «#домашнее-задание»?") != std::string::npos);
    auto kk = run_check(site.root(), false, "kk");
    CHECK(kk.output.find("«#домашнее-задание» деп жазғыңыз келді ме?") != std::string::npos);
}

TEST_CASE("a broken link the theme makes is told as the template's, with that template named") {
    SiteFixture site({
        {"site.yaml", kSiteYaml},
        {"templates/partials/footer.html", "<footer>\n<a href=\"{{ site.base_path }}feeds/all.xml\">RSS</a>\n</footer>\n"},
        {"content/news/first.md", "---\ntitle: Первая\ndate: 2026-09-01\n---\nТекст.\n"},
        {"content/news/second.md", "---\ntitle: Вторая\ndate: 2026-09-02\n---\nТекст.\n"},
    });
    auto o = run_check(site.root());
    CHECK(o.exit_code == 1);
    CHECK_MESSAGE(count_of(o.output, "templates/partials/footer.html:2:30: error: the link \"/feeds/all.xml\" leads to nothing") == 1,
                  o.output);
    CHECK(o.output.find("the site's template templates/partials/footer.html makes it, no content file holds it") != std::string::npos);
    // Not the advice for a teacher's Markdown.
    CHECK(o.output.find("../drobi/index.md") == std::string::npos);
    auto ru = run_check(site.root(), false, "ru");
    CHECK(ru.output.find("её делает шаблон сайта templates/partials/footer.html") != std::string::npos);
    CHECK(ru.output.find("на другую страницу лучше ссылаться через её файл") == std::string::npos);
}

// Every address of a feed that `html` links to (<link rel=alternate> or a visible link).
std::vector<std::string> feed_links(const std::string& html) {
    std::vector<std::string> found;
    for (const char* name : {"atom.xml\"", "rss.xml\""})
        for (auto at = html.find(name); at != std::string::npos; at = html.find(name, at + 1)) {
            const auto start = html.rfind('"', at - 1) + 1;
            found.push_back(html.substr(start, at + std::string(name).size() - 1 - start));
        }
    std::sort(found.begin(), found.end());
    found.erase(std::unique(found.begin(), found.end()), found.end());
    return found;
}

TEST_CASE("a section with nothing to put in its feed links no feed, and urker check passes") {
    // A portal made by urker init, in either main language, once its only news item is deleted.
    for (const std::string languages : {"--language ru --languages ru,kk", "--language kk --languages kk,ru"}) {
        CAPTURE(languages);
        SiteFixture folder(std::map<std::string, std::string>{}, false);
        const auto site = folder.root() / "portal";
        std::string out;
        REQUIRE(run_urker("init " + site.string() + " " + languages, out) == 0);
        const bool kk_main = languages.find("--language kk") != std::string::npos;
        const std::string other = kk_main ? "ru/" : "kk/";
        // Before: the news feed is written and linked from the news list in both languages.
        REQUIRE(run_urker("build --quiet --source " + site.string(), out) == 0);
        CHECK(std::filesystem::exists(site / "public" / "news" / "atom.xml"));
        CHECK(feed_links(read_file(site / "public" / (other + "news/index.html")).value_or("")) ==
              std::vector<std::string>{"/atom.xml", "/news/atom.xml", "/news/rss.xml", "/rss.xml"});
        for (const auto& f : std::filesystem::directory_iterator(site / "content" / "news"))
            if (f.path().filename().string().rfind("_index", 0) != 0) std::filesystem::remove(f.path());
        auto o = run_check(site, false, "en", std::nullopt);
        CHECK_MESSAGE(o.exit_code == 0, o.output);
        REQUIRE(run_urker("build --quiet --source " + site.string(), out) == 0);
        const auto pub = site / "public";
        CHECK_FALSE(std::filesystem::exists(pub / "news" / "atom.xml"));
        CHECK_FALSE(std::filesystem::exists(pub / "news" / "rss.xml"));
        // The material's feed and the site's are still there, and linked.
        CHECK(std::filesystem::exists(pub / "materials" / "atom.xml"));
        CHECK(std::filesystem::exists(pub / "atom.xml"));
        for (const std::string& prefix : {std::string(), other}) {
            CAPTURE(prefix);
            const std::string news = read_file(pub / (prefix + "news/index.html")).value_or("");
            REQUIRE(!news.empty());
            CHECK(feed_links(news) == std::vector<std::string>{"/atom.xml", "/rss.xml"});  // the site's: head and footer
            const std::string materials = read_file(pub / (prefix + "materials/index.html")).value_or("");
            CHECK(feed_links(materials) == std::vector<std::string>{"/atom.xml", "/materials/atom.xml", "/materials/rss.xml", "/rss.xml"});
        }
    }
}

TEST_CASE("feeds list dated pages that are not drafts; a section with none of them links no feed") {
    // A news item and a material that are drafts: sections with pages, feeds with no entry. (A news
    // item without a date is an error: it would be left out of the feeds in silence.)
    SiteFixture site({
        {"site.yaml", std::string(kSiteYaml) + "languages: [ru, kk]\n"},
        {"content/news/draft.md", "---\ntitle: Новость-черновик\ndate: 2026-09-02\ndraft: true\n---\nТекст.\n"},
        {"content/members/ivanova-a.md", "---\ntitle: Иванова Анна\n---\n"},
        {"content/materials/draft.md", "---\ntitle: Черновик\ndate: 2026-09-01\ndraft: true\nauthor: ivanova-a\n---\nТекст.\n"},
    });
    BuildOptions with_drafts;
    with_drafts.source = site.root();
    with_drafts.drafts = true;
    auto r = site.build(with_drafts);
    REQUIRE_MESSAGE(r->ok, r->messages());
    for (const char* feed : {"atom.xml", "rss.xml", "news/atom.xml", "news/rss.xml", "materials/atom.xml", "materials/rss.xml"})
        CHECK_FALSE(r->out.has(feed));
    for (const auto& [path, text] : r->out.files())
        if (path.size() > 5 && path.compare(path.size() - 5, 5, ".html") == 0) {
            CAPTURE(path);
            CHECK(feed_links(text).empty());
        }
    CHECK(r->out.at("news/index.html").find("Новость-черновик") != std::string::npos);  // the news is listed all the same
    auto o = run_check(site.root());
    CHECK_MESSAGE(o.exit_code == 0, o.output);
}

TEST_CASE("urker check is a command of the binary") {
    std::string output;
    int code = run_urker("check --source " + repository_root().string(), output);
    CHECK_MESSAGE(code == 0, output);
    CHECK(output.rfind("Checked ", 0) == 0);
}
