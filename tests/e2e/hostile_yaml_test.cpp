// Hostile files a teacher (or anyone with write access to content/) can drop into a site: each
// must fail the build with exit 1 — not a crash, a hang or a flood of output — name the file and
// its line, and leave the previously published site exactly as it was.
#include <doctest/doctest.h>

#include <chrono>
#include <filesystem>
#include <map>
#include <string>

#include "core/fs.h"
#include "site_fixture.h"

using namespace urker::testing;
namespace fs = std::filesystem;

namespace {

bool contains(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }

const char* kSiteYaml = "title: Сеть\nlanguage: ru\nlanguages: [ru, kk]\n";

std::map<std::string, std::string> base_site() {
    return {
        {"site.yaml", kSiteYaml},
        {"content/_index.md", "---\ntitle: Главная\n---\nТекст.\n"},
        {"content/about.md", "---\ntitle: О сети\n---\nТекст.\n"},
    };
}

std::string alias_bomb() {
    std::string bomb = "---\ntitle: x\na: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n";
    for (char c = 'b'; c <= 'i'; ++c) {
        std::string prev(1, static_cast<char>(c - 1));
        bomb += std::string(1, c) + ": &" + c + " [";
        for (int k = 0; k < 9; ++k) bomb += (k ? ",*" : "*") + prev;
        bomb += "]\n";
    }
    return bomb + "---\n";
}

std::string many_broken_links() {
    std::string body = "---\ntitle: Ссылки\n---\n";
    for (int i = 0; i < 5000; ++i) body += "[ссылка " + std::to_string(i) + "](../missing-" + std::to_string(i) + ".md)\n\n";
    return body;
}

std::string windows_1251(const std::string& ascii_prefix) {
    // "Семинар,октябрь" in Windows-1251.
    return ascii_prefix + "\xD1\xE5\xEC\xE8\xED\xE0\xF0,\xEE\xEA\xF2\xFF\xE1\xF0\xFC\n";
}

struct HostileCase {
    const char* what;
    std::map<std::string, std::string> files;  // added to (or replacing files of) the base site
    std::string where;                         // "content/x.md:3:" — file and line in the output
    std::string says;                          // part of the message
};

std::vector<HostileCase> hostile_cases() {
    return {
        {"an anchor used inside itself", {{"content/loop.md", "---\ntitle: x\nloop: &a [1, *a]\n---\n"}}, "content/loop.md:3:14:",
         "the alias *a is inside the value its anchor &a names"},
        {"a 400-byte alias bomb", {{"content/bomb.md", alias_bomb()}}, "content/bomb.md:", "with its aliases repeated"},
        {"100 000 nested flow lists", {{"content/deep.md", "---\ntitle: x\nv: " + std::string(100000, '[') + "\n---\n"}}, "content/deep.md:3:",
         "nested more than 64 levels deep"},
        {"a block list nested 5 000 deep", {{"content/deep.md", "---\ntitle: x\nv:\n" + [] {
                                                 std::string s;
                                                 for (int i = 0; i < 5000; ++i) s += "- ";
                                                 return s + "x\n";
                                             }() + "---\n"}},
         "content/deep.md:", "nested more than 64 levels deep"},
        {"a 40 000-digit number", {{"content/n.md", "---\ntitle: x\nweight: " + std::string(40000, '9') + "\n---\n"}}, "content/n.md:3:",
         "\"weight\" must be a whole number"},
        {"a 100 000-character float", {{"content/f.md", "---\ntitle: x\nweight: 1." + std::string(99998, '5') + "\n---\n"}},
         "content/f.md:3:", "\"weight\" must be a whole number"},
        {"a 50 MB title", {{"content/huge.md", "---\ntitle: " + std::string(50u << 20, 'x') + "\n---\n"}}, "content/huge.md: error:",
         "this file is 50.0 MB, more than the 10 MB a text file may have"},
        {"a 50 MB title where site.yaml allows large files",
         {{"site.yaml", std::string(kSiteYaml) + "limits: {max_text_file_mb: 60}\n"},
          {"content/huge.md", "---\ntitle: " + std::string(50u << 20, 'x') + "\n---\n"}},
         "content/huge.md:2:1:", "this line is too long: 52 428 807 characters, but one value may have at most 100 000"},
        {"a tab in the front matter's indentation", {{"content/t.md", "---\ntitle: x\ntags:\n\t- a\n---\n"}}, "content/t.md:4:1:",
         "indented with a tab; YAML needs spaces"},
        {"pinned: \"yes\" on a news item", {{"content/news/a.md", "---\ntitle: x\ndate: 2026-09-01\npinned: \"yes\"\n---\n"},
                                            {"content/news/b.md", "---\ntitle: y\ndate: 2026-09-02\n---\n"}},
         "content/news/a.md:4:", "\"pinned\" must be true or false"},
        {"a Windows-1251 page", {{"content/cp.md", windows_1251("---\ntitle: x\n---\n")}}, "content/cp.md:4:1:",
         "it looks like Windows-1251"},
        {"a Windows-1251 site.yaml", {{"site.yaml", windows_1251("title: x\nlanguage: ru\n# ")}}, "site.yaml:3:3:",
         "it looks like Windows-1251"},
        {"a Windows-1251 plan table",
         {{"content/plans/p.md", "---\ntitle: План\nitems_file: p.csv\n---\n"}, {"content/plans/p.csv", windows_1251("what,when\n")}},
         "content/plans/p.csv:2:1:", "it looks like Windows-1251"},
        {"a plan table row with a missing cell",
         {{"content/plans/p.md", "---\ntitle: План\nitems_file: p.csv\n---\n"},
          {"content/plans/p.csv", "what;when;status\nСеминар;октябрь 2026;done\nВстреча;ноябрь 2026\n"}},
         "content/plans/p.csv:3:", "this row has 2 cells, but the header has 3 columns"},
        {"an attachment over the size limit",
         {{"site.yaml", std::string(kSiteYaml) + "limits: {max_file_mb: 1}\n"},
          {"content/materials/m/index.md", "---\ntitle: M\n---\n"},
          {"content/materials/m/big.pdf", std::string(3u << 20, 'p')}},
         "content/materials/m/big.pdf: error:", "this file is 3 MB, more than the 1 MB a file may have"},
        {"a map address whose numbers are not numbers",
         {{"content/map.md", "---\ntitle: Карта\n---\n```map\nhttps://www.openstreetmap.org/#map=16/./73.1\n```\n"}}, "content/map.md:", ""},
        {"5 000 broken links on one page", {{"content/links.md", many_broken_links()}}, "content/links.md:",
         "… and 4,980 more problems in this file"},
    };
}

}  // namespace

TEST_CASE("hostile files fail the build with a located error and leave the previous site untouched") {
    for (const HostileCase& c : hostile_cases()) {
        INFO(c.what);
        SiteFixture site(base_site());
        fs::path public_dir = site.root() / "public";
        std::string out;
        REQUIRE(run_urker("build --quiet --source " + site.root().string(), out) == 0);
        auto listing = urker::list_files(public_dir);
        auto about = urker::read_file(public_dir / "about" / "index.html");
        REQUIRE(about);

        for (const auto& [path, text] : c.files) site.write(path, text);
        auto started = std::chrono::steady_clock::now();
        int code = run_urker("build --source " + site.root().string(), out);
        double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
        INFO(out.substr(0, 3000));
        CHECK(code == 1);
        CHECK(contains(out, c.where));
        CHECK(contains(out, c.says));
        CHECK_FALSE(contains(out, "stopped unexpectedly"));
        CHECK(out.size() < 40'000);
        CHECK(seconds < 10);
        CHECK(urker::list_files(public_dir) == listing);
        CHECK(urker::read_file(public_dir / "about" / "index.html") == about);
        CHECK_FALSE(fs::exists(site.root() / ".public.urker-new"));
    }
}

TEST_CASE("a member page that fails to read is one error, not one more for every page that names its author") {
    SiteFixture site({
        {"site.yaml", kSiteYaml},
        {"content/_index.md", "---\ntitle: Главная\n---\n"},
        {"content/members/ivanov.md", "---\ntitle: Иванов\nsubjects:\n\t- математика\n---\n"},
        {"content/materials/a/index.md", "---\ntitle: A\ndate: 2026-09-01\nauthor: ivanov\n---\n"},
        {"content/materials/b/index.md", "---\ntitle: B\ndate: 2026-09-02\nauthor: [ivanov]\n---\n"},
    });
    auto r = site.build();
    CHECK_FALSE(r->ok);
    std::string m = r->messages();
    CHECK(contains(m, "content/members/ivanov.md:4:1: error: this line is indented with a tab; YAML needs spaces"));
    CHECK_FALSE(contains(m, "no member"));
    CHECK(r->diags.error_count() == 1);
}

TEST_CASE("numbers too long for a number are kept as text and build") {
    SiteFixture site(base_site());
    site.write("content/n.md", "---\ntitle: " + std::string(40000, '7') + "\n---\nТекст.\n");
    auto r = site.build();
    CHECK_MESSAGE(r->ok, r->messages());
}

TEST_CASE("a byte-order mark and CRLF line ends in site.yaml, pages and CSV tables are accepted") {
    SiteFixture site({
        {"site.yaml", "\xEF\xBB\xBFtitle: Сеть\r\nlanguage: ru\r\n"},
        {"content/_index.md", "\xEF\xBB\xBF---\r\ntitle: Главная\r\n---\r\nТекст.\r\n"},
        {"content/plans/p.md", "---\r\ntitle: План\r\nitems_file: p.csv\r\n---\r\n"},
        {"content/plans/p.csv", "\xEF\xBB\xBFwhat;when;status\r\nСеминар;октябрь 2026;done\r\n"},
    });
    auto r = site.build();
    CHECK_MESSAGE(r->ok, r->messages());
}
