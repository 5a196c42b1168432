// History from Git on whole little sites: a site committed in three commits with known dates and
// authors shows on its material and member pages when each was first published, last changed and
// how many revisions it has, in Russian and Kazakh; its certificate names the commit of the
// approved version. A site outside Git, a shallow clone, uncommitted changes and site.yaml's
// `history:` switch.
#include <doctest/doctest.h>

#include <regex>

#include "../git_test_repo.h"
#include "core/date.h"
#include "core/messages.h"
#include "site_fixture.h"

using namespace urker;
using namespace urker::testing;
namespace fs = std::filesystem;

namespace {

const char* kSiteYaml = R"(title: {ru: "Тестовая сеть", kk: "Сынақ желісі"}
base_url: "https://school.example.kz/"
language: ru
languages: [ru, kk]
certificates:
  prefix: "УРК"
)";

std::string member(const std::string& name, const std::string& position) {
    return "---\ntitle: \"" + name + "\"\nschool: umit\nposition: \"" + position + "\"\n---\n";
}

std::string drobi(const std::string& text, const std::string& review = "") {
    return "---\ntitle: \"Дроби\"\ndate: 2026-09-12\nauthor: ivanova-a\n" + review + "---\n" + text + "\n";
}

std::map<std::string, std::string> first_version(const std::string& yaml = kSiteYaml) {
    return {
        {"site.yaml", yaml},
        {"content/_index.md", "---\ntitle: \"Главная\"\n---\n"},
        {"content/_index.kk.md", "---\ntitle: \"Басты бет\"\n---\n"},
        {"content/schools/umit.md", "---\ntitle: \"Гимназия «Үміт»\"\n---\n"},
        {"content/members/ivanova-a.md", member("Иванова Анна Петровна", "учитель математики")},
        {"content/members/kim-v.md", member("Ким Виктор Сергеевич", "методист")},
        {"content/materials/drobi/index.md", drobi("Первая версия.")},
    };
}

// The site in three commits:
//   1. 2026-09-12, Анна Иванова: the site, the material «Дроби» and both members;
//   2. 2026-10-05, Анна Иванова: a file added to the material, her own page corrected;
//   3. 2026-11-03, Виктор Ким: the review recorded — approved on 2026-10-12, so the approved
//      version is the one of commit 2.
struct CommittedSite {
    SiteFixture site;
    GitTestRepo repo;
    std::string c1, c2, c3;
    explicit CommittedSite(const std::string& yaml = kSiteYaml) : site(first_version(yaml)), repo(site.root()) {
        c1 = repo.commit("Сайт сети", "2026-09-12T10:00:00+05:00", "Анна Иванова");
        site.write("content/materials/drobi/plan.txt", "План урока\n");
        site.write("content/members/ivanova-a.md", member("Иванова Анна Петровна", "учитель математики высшей категории"));
        c2 = repo.commit("План урока", "2026-10-05T15:20:00+05:00", "Анна Иванова");
        site.write("content/materials/drobi/index.md",
                   drobi("Первая версия.", "review:\n  status: approved\n  reviewers: [kim-v]\n  date: 2026-10-12\n"));
        c3 = repo.commit("Рецензия", "2026-11-03T09:00:00+05:00", "Виктор Ким");
    }
};

BuildOptions at(const SiteFixture& site) {
    BuildOptions o;
    o.source = site.root();
    o.build_date = parse_date("2026-11-20").date;
    return o;
}

bool contains(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }

// The text of the page's history line, tags removed; "" when it has none.
std::string history_line(const MemoryOutput& out, const std::string& path) {
    const std::string& html = out.at(path);
    std::smatch m;
    if (!std::regex_search(html, m, std::regex(R"re(<p class="history-line">([\s\S]*?)</p>)re"))) return "";
    std::string text = std::regex_replace(std::string(m[1]), std::regex("<[^>]*>"), "");
    return std::regex_replace(text, std::regex(R"(\s+)"), " ");
}

std::string notes_of(const BuildSummary& summary) {
    std::string all;
    for (const auto& n : summary.notes) all += render_message(n, "en") + "\n";
    return all;
}

}  // namespace

TEST_CASE("a material and a member page show first published, last changed and their revisions from Git") {
    CommittedSite s;
    auto r = s.site.build(at(s.site));
    REQUIRE_MESSAGE(r->ok, r->messages());
    CHECK(history_line(r->out, "materials/drobi/index.html") == "История в Git: На сайте с 12.09.2026 · изменено 03.11.2026 · 3 редакции");
    CHECK(history_line(r->out, "members/ivanova-a/index.html") == "История в Git: На сайте с 12.09.2026 · изменено 05.10.2026 · 2 редакции");
    CHECK(history_line(r->out, "members/kim-v/index.html") == "История в Git: На сайте с 12.09.2026 · 1 редакция");
    // The Kazakh part of the site says the same in Kazakh.
    CHECK(history_line(r->out, "kk/materials/drobi/index.html") == "Git тарихы: Сайтқа қосылды 12.09.2026 · өзгертілді 03.11.2026 · 3 редакция");
    CHECK(contains(r->out.at("materials/drobi/index.html"), "<time datetime=\"2026-11-03\">03.11.2026</time>"));
}

TEST_CASE("the certificate names the commit of the approved version, the last one by the day of approval") {
    CommittedSite s;
    auto r = s.site.build(at(s.site));
    REQUIRE_MESSAGE(r->ok, r->messages());
    const std::string& ru = r->out.at("certificates/urk-2026-001/index.html");
    CHECK(contains(ru, "<dt>Версия в Git</dt><dd><code title=\"" + s.c2 + "\">" + s.c2.substr(0, 7) + "</code>, <time datetime=\"2026-10-05\">"));
    CHECK_FALSE(contains(ru, s.c3.substr(0, 7)));
    CHECK(contains(r->out.at("kk/certificates/urk-2026-001/index.html"), "<dt>Git-тегі нұсқасы</dt><dd><code title=\"" + s.c2 + "\">"));
}

TEST_CASE("a site outside Git builds as before: no history line, no commit on the certificate, no message") {
    SiteFixture site(first_version());
    site.write("content/materials/drobi/index.md", drobi("Текст.", "review:\n  status: approved\n  reviewers: [kim-v]\n  date: 2026-10-12\n"));
    auto r = site.build(at(site));
    REQUIRE_MESSAGE(r->ok, r->messages());
    CHECK(r->diags.items().empty());
    CHECK(history_line(r->out, "materials/drobi/index.html").empty());
    CHECK(history_line(r->out, "members/ivanova-a/index.html").empty());
    CHECK_FALSE(contains(r->out.at("certificates/urk-2026-001/index.html"), "Версия в Git"));
    CHECK_FALSE(contains(notes_of(r->summary), "Git"));
}

TEST_CASE("a shallow clone builds: pages older than the clone show no history, later changes only their date") {
    CommittedSite s;
    SiteFixture holder({{"site.yaml", kSiteYaml}}, false);
    for (int depth : {1, 2}) {
        CAPTURE(depth);
        fs::path clone = holder.root() / ("clone-" + std::to_string(depth));
        std::string cmd = "env GIT_CONFIG_GLOBAL=/dev/null GIT_CONFIG_NOSYSTEM=1 git clone -q --depth " + std::to_string(depth) + " 'file://" +
                          s.site.root().string() + "' '" + clone.string() + "' >/dev/null 2>&1";
        REQUIRE(std::system(cmd.c_str()) == 0);
        BuildOptions o;
        o.source = clone;
        o.build_date = parse_date("2026-11-20").date;
        Diagnostics diags;
        MemoryOutput out;
        BuildSummary summary;
        REQUIRE(build_into(o, out, diags, summary));
        CHECK_FALSE(diags.has_errors());
        CHECK(contains(notes_of(summary), "the Git history stops at"));
        CHECK(contains(notes_of(summary), "fetch-depth: 0"));
        CHECK(history_line(out, "members/kim-v/index.html").empty());
        if (depth == 1) {
            CHECK(history_line(out, "materials/drobi/index.html").empty());
            CHECK_FALSE(contains(out.at("certificates/urk-2026-001/index.html"), "Версия в Git"));
        } else {
            // Commit 3 is known: the material's last change, not its first publication.
            CHECK(history_line(out, "materials/drobi/index.html") == "История в Git: Изменено 03.11.2026");
        }
    }
}

TEST_CASE("a page with changes not committed says so") {
    CommittedSite s;
    s.site.write("content/members/kim-v.md", member("Ким Виктор Сергеевич", "методист, наставник"));
    auto r = s.site.build(at(s.site));
    REQUIRE_MESSAGE(r->ok, r->messages());
    CHECK(history_line(r->out, "members/kim-v/index.html") == "История в Git: На сайте с 12.09.2026 · 1 редакция · есть незафиксированные изменения");
    CHECK(history_line(r->out, "members/ivanova-a/index.html") == "История в Git: На сайте с 12.09.2026 · изменено 05.10.2026 · 2 редакции");
}

TEST_CASE("history: off in site.yaml leaves the history out of a site in Git") {
    CommittedSite s(std::string(kSiteYaml) + "history: off\n");
    auto r = s.site.build(at(s.site));
    REQUIRE_MESSAGE(r->ok, r->messages());
    CHECK(history_line(r->out, "materials/drobi/index.html").empty());
}

TEST_CASE("history: git on a site outside Git is a warning at its line; an unknown value is an error") {
    SiteFixture outside(first_version(std::string(kSiteYaml) + "history: git\n"));
    auto r = outside.build(at(outside));
    REQUIRE_MESSAGE(r->ok, r->messages());
    REQUIRE(r->diags.items().size() == 1);
    CHECK(r->diags.items()[0].message_id.id == "history.not_in_git");
    CHECK(r->diags.items()[0].where.line == 7);

    SiteFixture wrong(first_version(std::string(kSiteYaml) + "history: gti\n"));
    auto w = wrong.build(at(wrong));
    CHECK_FALSE(w->ok);
    CHECK(contains(w->messages(), "site.yaml:7:10: error: \"gti\" is not a way to read the history"));
}
