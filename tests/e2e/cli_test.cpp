// The urker binary as a webmaster runs it: exit codes, messages, and what a failed build leaves.
#include <doctest/doctest.h>

#include <filesystem>

#include "core/fs.h"
#include "site_fixture.h"

using namespace urker::testing;
namespace fs = std::filesystem;

namespace {
bool contains(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }
const char* kSiteYaml = "title: Сеть\nlanguage: ru\n";
}  // namespace

TEST_CASE("--version, --help and help build print something useful") {
    std::string out;
    CHECK(run_urker("--version", out) == 0);
    CHECK(contains(out, "urker "));
    CHECK(run_urker("--help", out) == 0);
    CHECK(contains(out, "build"));
    // urker help with no command lists the commands, as --help does (not the help of help).
    CHECK(run_urker("help --lang en", out) == 0);
    CHECK(contains(out, "Usage: urker [OPTIONS] [COMMAND]"));
    CHECK(contains(out, "  serve "));
    CHECK(run_urker("help build", out) == 0);
    CHECK(contains(out, "--output"));
    CHECK(contains(out, "--drafts"));
}

TEST_CASE("usage errors exit with 2") {
    std::string out;
    CHECK(run_urker("build --no-such-flag", out) == 2);
    CHECK(run_urker("frobnicate", out) == 2);
    CHECK(run_urker("help frobnicate", out) == 2);
}

TEST_CASE("a failed build exits 1, names file:line, and leaves the previous output untouched") {
    SiteFixture site({{"site.yaml", kSiteYaml}, {"content/a.md", "---\ntitle: A\n---\nТекст.\n"}});
    fs::path out_dir = site.root() / "public";
    std::string out;
    REQUIRE(run_urker("build --quiet --source " + site.root().string(), out) == 0);
    REQUIRE(fs::exists(out_dir / "a" / "index.html"));
    auto before = urker::read_file(out_dir / "a" / "index.html");
    auto listing = urker::list_files(out_dir);

    site.write("content/b.md", "---\ntitle: B\ndate: 2026-02-30\n---\n");
    CHECK(run_urker("build --source " + site.root().string(), out) == 1);
    CHECK(contains(out, "content/b.md:3:7: error: the date \"2026-02-30\" is not a real date"));
    CHECK(contains(out, "    date: 2026-02-30\n          ^\n"));
    CHECK(contains(out, "left as it was"));
    CHECK(urker::read_file(out_dir / "a" / "index.html") == before);
    CHECK(urker::list_files(out_dir) == listing);
    // No temporary folders are left beside the output (the build cache, .urker-cache/, is no leftover).
    for (auto& e : fs::directory_iterator(site.root()))
        if (e.path().filename() != ".urker-cache") CHECK_FALSE(contains(e.path().filename().string(), "urker-"));
}

TEST_CASE("broken front matter YAML fails with its line") {
    SiteFixture site({{"site.yaml", kSiteYaml}, {"content/a.md", "---\ntitle: A\ntags: [x, y\n---\n"}});
    std::string out;
    CHECK(run_urker("build --source " + site.root().string(), out) == 1);
    CHECK(contains(out, "content/a.md:3:7:"));
    CHECK(contains(out, "the list opened with «[» is not closed with «]»"));
}

TEST_CASE("urker refuses an output folder that holds the site itself") {
    SiteFixture site({{"site.yaml", kSiteYaml}, {"content/a.md", "---\ntitle: A\n---\n"}});
    std::string out;
    CHECK(run_urker("build --source " + site.root().string() + " --output " + site.root().string(), out) == 1);
    CHECK(fs::exists(site.root() / "site.yaml"));
    CHECK(fs::exists(site.root() / "content" / "a.md"));
    CHECK(run_urker("build --source " + site.root().string() + " --output " + site.root().parent_path().string(), out) == 1);
}

TEST_CASE("a missing site.yaml is explained") {
    SiteFixture site(std::map<std::string, std::string>{{"content/a.md", "x"}});
    std::string out;
    CHECK(run_urker("build --source " + site.root().string(), out) == 1);
    CHECK(contains(out, "there is no site.yaml"));
}

TEST_CASE("urker speaks the reader's language: --lang, then URKER_LANG") {
    SiteFixture site({{"site.yaml", kSiteYaml}, {"content/a.md", "---\ntitle: A\n---\nТекст.\n"}});
    std::string out;
    REQUIRE(run_urker("build --quiet --source " + site.root().string(), out) == 0);
    site.write("content/b.md", "---\ntitle: B\ndate: 2026-02-30\n---\n");

    CHECK(run_urker("build --lang ru --source " + site.root().string(), out) == 1);
    CHECK(contains(out, "content/b.md:3:7: ошибка: "));
    CHECK(contains(out, "Сборка не удалась: 1 ошибка. Прежний сайт в "));

    CHECK(run_urker("build --lang kk --source " + site.root().string(), out) == 1);
    CHECK(contains(out, "content/b.md:3:7: қате: "));
    CHECK(contains(out, "Жинау сәтсіз аяқталды: 1 қате."));

    // The environment chooses when there is no option (the test suite itself runs with URKER_LANG=en).
    CHECK(run_urker("build --source " + site.root().string(), out) == 1);
    CHECK(contains(out, "content/b.md:3:7: error: "));

    site.write("content/b.md", "---\ntitle: B\ndate: 2026-02-27\n---\n");
    CHECK(run_urker("build --lang ru --source " + site.root().string(), out) == 0);
    CHECK(contains(out, "Собрано "));
    CHECK(contains(out, "Сайт записан в "));
}
