// The history walk (content/git_history.h) on repositories made in the test with the git CLI,
// with known dates and authors: first and last commits and revision counts per file and per
// folder, a site in a subfolder, uncommitted changes, shallow clones, an empty repository, a
// folder outside Git and a broken one.
#include <doctest/doctest.h>

#include <unistd.h>

#include "../../git_test_repo.h"
#include "content/git_history.h"

using namespace urker;
using urker::testing::GitTestRepo;
namespace fs = std::filesystem;

namespace {

struct TempFolder {
    fs::path path;
    TempFolder() {
        static int counter = 0;
        path = fs::temp_directory_path() / ("urker-git-history-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
        fs::remove_all(path);
        fs::create_directories(path);
    }
    ~TempFolder() {
        std::error_code ec;
        fs::remove_all(path, ec);
    }
};

// Three commits: a material folder and a member page added, an attachment changed, the member
// page changed, and site.yaml (outside content/) changed on the way.
struct ThreeCommits {
    TempFolder tmp;
    GitTestRepo repo{tmp.path};
    std::string c1, c2, c3;
    ThreeCommits() {
        repo.write("site.yaml", "title: Сайт\n");
        repo.write("content/materials/drobi/index.md", "---\ntitle: Дроби\n---\n");
        repo.write("content/materials/drobi/plan.txt", "план\n");
        repo.write("content/members/ivanova-a.md", "---\ntitle: Иванова\n---\n");
        c1 = repo.commit("first", "2026-09-12T10:00:00+05:00", "Анна Иванова");
        repo.write("content/materials/drobi/plan.txt", "план, исправлен\n");
        repo.write("site.yaml", "title: Сайт сети\n");
        c2 = repo.commit("second", "2026-10-01T09:30:00+05:00", "Виктор Ким");
        repo.write("content/members/ivanova-a.md", "---\ntitle: Иванова Анна\n---\n");
        c3 = repo.commit("third", "2026-11-03T18:00:00+05:00", "Анна Иванова");
    }
};

}  // namespace

TEST_CASE("one walk gives each file its first and last commit and how many commits changed it") {
    ThreeCommits s;
    Diagnostics diags;
    GitHistory h = read_git_history(s.tmp.path, diags);
    CHECK(diags.items().empty());
    CHECK(h.state == GitHistoryState::complete);
    REQUIRE(h.commits.size() == 3);
    CHECK(h.commits[0].id == s.c3);
    CHECK(h.commits[2].id == s.c1);
    CHECK(h.commits[1].author == "Виктор Ким");
    CHECK(h.changes.count("site.yaml") == 0);  // only content/ is read

    FileHistory member = history_of(h, {"content/members/ivanova-a.md"});
    REQUIRE(member.revisions.size() == 2);
    CHECK(member.first()->date == "2026-09-12");
    CHECK(member.first()->commit == s.c1);
    CHECK(member.last()->date == "2026-11-03");
    CHECK(member.last()->commit == s.c3);
    CHECK(member.complete);
    CHECK_FALSE(member.uncommitted);
}

TEST_CASE("a folder's history is the union of its files' commits, each commit counted once") {
    ThreeCommits s;
    Diagnostics diags;
    GitHistory h = read_git_history(s.tmp.path, diags);
    FileHistory material = history_of(h, {"content/materials/drobi/"});
    REQUIRE(material.revisions.size() == 2);  // c1 added both files: one revision
    CHECK(material.first()->commit == s.c1);
    CHECK(material.last()->commit == s.c2);
    CHECK(material.last()->author == "Виктор Ким");
    // A folder whose name starts the same is not part of it.
    CHECK_FALSE(history_of(h, {"content/materials/dro"}).tracked());
    CHECK_FALSE(history_of(h, {"content/materials/nothing/"}).tracked());
}

TEST_CASE("the version as of a day is the last commit on or before it") {
    ThreeCommits s;
    Diagnostics diags;
    GitHistory h = read_git_history(s.tmp.path, diags);
    FileHistory material = history_of(h, {"content/materials/drobi/"});
    auto day = [](const char* text) { return *parse_date(text).date; };
    REQUIRE(material.as_of(day("2026-09-30")));
    CHECK(material.as_of(day("2026-09-30"))->commit == s.c1);
    CHECK(material.as_of(day("2026-10-01"))->commit == s.c2);
    CHECK(material.as_of(day("2027-01-01"))->commit == s.c2);
    CHECK(material.as_of(day("2026-09-11")) == nullptr);
}

TEST_CASE("a commit's date is the author's own day, not UTC's") {
    TempFolder tmp;
    GitTestRepo repo(tmp.path);
    repo.write("content/a.md", "a\n");
    repo.commit("late", "2026-09-13T01:00:00+05:00");  // 2026-09-12 20:00 UTC
    Diagnostics diags;
    GitHistory h = read_git_history(tmp.path, diags);
    CHECK(history_of(h, {"content/a.md"}).last()->date == "2026-09-13");
}

TEST_CASE("a site in a subfolder of the repository names its files from its own folder") {
    TempFolder tmp;
    GitTestRepo repo(tmp.path);
    repo.write("README.md", "repo\n");
    repo.write("portal/content/a.md", "a\n");
    repo.write("content/other.md", "not the site's\n");
    std::string id = repo.commit("site", "2026-09-12T10:00:00+05:00");
    Diagnostics diags;
    GitHistory h = read_git_history(tmp.path / "portal", diags);
    CHECK(h.state == GitHistoryState::complete);
    CHECK(history_of(h, {"content/a.md"}).last()->commit == id);
    CHECK(h.changes.size() == 1);
}

TEST_CASE("changes not committed yet are marked, new files included") {
    ThreeCommits s;
    s.repo.write("content/materials/drobi/plan.txt", "ещё правка\n");
    s.repo.write("content/materials/novoe/index.md", "новый\n");
    Diagnostics diags;
    GitHistory h = read_git_history(s.tmp.path, diags);
    CHECK(history_of(h, {"content/materials/drobi/"}).uncommitted);
    CHECK(history_of(h, {"content/materials/novoe/"}).uncommitted);
    CHECK_FALSE(history_of(h, {"content/materials/novoe/"}).tracked());
    CHECK_FALSE(history_of(h, {"content/members/ivanova-a.md"}).uncommitted);
}

TEST_CASE("a shallow clone gives a partial history: files older than it have no first commit") {
    ThreeCommits s;
    TempFolder clone_parent;
    fs::path clone = clone_parent.path / "clone";
    std::string cmd = "git clone -q --depth 2 'file://" + s.tmp.path.string() + "' '" + clone.string() + "' >/dev/null 2>&1";
    REQUIRE(std::system(("env GIT_CONFIG_GLOBAL=/dev/null GIT_CONFIG_NOSYSTEM=1 " + cmd).c_str()) == 0);
    Diagnostics diags;
    GitHistory h = read_git_history(clone, diags);
    CHECK(diags.items().empty());
    CHECK(h.state == GitHistoryState::partial);
    REQUIRE(h.commits.size() == 2);
    // The member page changed in the last commit: that change is known, its first one is not.
    FileHistory member = history_of(h, {"content/members/ivanova-a.md"});
    REQUIRE(member.tracked());
    CHECK_FALSE(member.complete);
    CHECK(member.first() == nullptr);
    CHECK(member.last()->commit == s.c3);
    CHECK(member.revisions.size() == 1);
    // The material changed only in the boundary commit: what that commit changed is not known.
    FileHistory material = history_of(h, {"content/materials/drobi/"});
    CHECK_FALSE(material.tracked());
    CHECK_FALSE(material.complete);
}

TEST_CASE("a clone of depth 1 has no history of any file, and says so") {
    ThreeCommits s;
    TempFolder clone_parent;
    fs::path clone = clone_parent.path / "clone";
    std::string cmd = "git clone -q --depth 1 'file://" + s.tmp.path.string() + "' '" + clone.string() + "' >/dev/null 2>&1";
    REQUIRE(std::system(("env GIT_CONFIG_GLOBAL=/dev/null GIT_CONFIG_NOSYSTEM=1 " + cmd).c_str()) == 0);
    Diagnostics diags;
    GitHistory h = read_git_history(clone, diags);
    CHECK(h.state == GitHistoryState::partial);
    CHECK(h.changes.empty());
    CHECK(h.before_boundary.count("content/members/ivanova-a.md") == 1);
}

TEST_CASE("a history longer than the limit stops there and is partial") {
    ThreeCommits s;
    Diagnostics diags;
    GitHistoryOptions options;
    options.max_commits = 2;
    GitHistory h = read_git_history(s.tmp.path, diags, options);
    CHECK(h.state == GitHistoryState::partial);
    CHECK(h.commits.size() == 2);
    FileHistory member = history_of(h, {"content/members/ivanova-a.md"});
    CHECK(member.revisions.size() == 1);
    CHECK_FALSE(member.complete);
}

TEST_CASE("a folder outside Git has no history and no message") {
    TempFolder tmp;
    Diagnostics diags;
    GitHistory h = read_git_history(tmp.path, diags);
    CHECK(h.state == GitHistoryState::outside);
    CHECK(diags.items().empty());
}

TEST_CASE("a repository without commits is empty, not an error") {
    TempFolder tmp;
    GitTestRepo repo(tmp.path);
    repo.write("content/a.md", "a\n");
    Diagnostics diags;
    GitHistory h = read_git_history(tmp.path, diags);
    CHECK(h.state == GitHistoryState::empty);
    CHECK(diags.items().empty());
    CHECK(history_of(h, {"content/a.md"}).uncommitted);
}

TEST_CASE("a broken repository is a warning, and no history") {
    TempFolder tmp;
    fs::create_directories(tmp.path / ".git");
    std::ofstream(tmp.path / ".git" / "HEAD") << "ref: refs/heads/main\n";
    fs::create_directories(tmp.path / ".git" / "objects");
    fs::create_directories(tmp.path / ".git" / "refs" / "heads");
    // HEAD names a commit that is not there.
    std::ofstream(tmp.path / ".git" / "refs" / "heads" / "main") << "0123456789012345678901234567890123456789\n";
    Diagnostics diags;
    GitHistory h = read_git_history(tmp.path, diags);
    CHECK(h.state == GitHistoryState::outside);
    REQUIRE(diags.items().size() == 1);
    CHECK(diags.items()[0].severity == Severity::warning);
    CHECK(diags.items()[0].message_id.id == "history.unreadable");
}
