// The output folder is the one place urker deletes anything, so it is driven here through the real
// binary as a webmaster (or a deploy script, or a power cut) would: refusals that touch nothing,
// --force that moves others' files aside, recovery after a kill, two builds at once, drafts.
#include <doctest/doctest.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <map>
#include <random>
#include <thread>

#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include "core/fs.h"
#include "site_fixture.h"

extern char** environ;

using namespace urker::testing;
namespace fs = std::filesystem;

namespace {

bool contains(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }

const char* kSiteYaml = "title: Сеть\nlanguage: ru\nbase_url: https://school.example.kz/\n";

std::map<std::string, std::string> small_site() {
    std::map<std::string, std::string> files{{"site.yaml", kSiteYaml}, {"content/_index.md", "---\ntitle: Главная\n---\nТекст.\n"}};
    for (int i = 1; i <= 9; ++i)
        files["content/news/n" + std::to_string(i) + ".md"] =
            "---\ntitle: Новость " + std::to_string(i) + "\ndate: 2026-09-0" + std::to_string(i) + "\n---\nТекст новости.\n";
    return files;
}

// Every file and folder below `root`, hidden ones too, relative and sorted.
std::vector<std::string> everything_in(const fs::path& root) {
    std::vector<std::string> all;
    std::error_code ec;
    for (auto it = fs::recursive_directory_iterator(root, ec); !ec && it != fs::recursive_directory_iterator(); it.increment(ec))
        all.push_back(it->path().lexically_relative(root).generic_string());
    std::sort(all.begin(), all.end());
    return all;
}

// Names urker keeps beside an output while it works; none may outlive a build.
std::vector<std::string> leftovers(const fs::path& folder) {
    std::vector<std::string> found;
    for (const auto& e : fs::directory_iterator(folder))
        if (contains(e.path().filename().string(), ".urker-") && e.path().filename() != ".urker-cache")  // the build cache stays
            found.push_back(e.path().filename().string());
    return found;
}

// Starts `urker ARGS > log 2>&1` without waiting; the returned pid is urker's own.
pid_t spawn_urker(const std::string& args, const fs::path& log) {
    std::string cmd = "exec " + std::string(URKER_BINARY) + " " + args + " > " + log.string() + " 2>&1";
    const char* argv[] = {"/bin/sh", "-c", cmd.c_str(), nullptr};
    pid_t pid = -1;
    if (posix_spawn(&pid, "/bin/sh", nullptr, nullptr, const_cast<char**>(argv), environ) != 0) return -1;
    return pid;
}

int wait_exit_code(pid_t pid) {
    int status = 0;
    if (waitpid(pid, &status, 0) != pid) return -1;
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

}  // namespace

TEST_CASE("--output refuses the site's folder, folders inside it, folders around it and a file, touching nothing") {
    SiteFixture site(small_site());
    const fs::path root = site.root();
    const fs::path notes = root.parent_path() / (root.filename().string() + "-notes.txt");
    { std::ofstream(notes) << "my notes"; }
    auto before = everything_in(root);
    struct Case {
        std::string output, message;
    };
    const std::vector<Case> cases{
        {root.string(), "the output folder is the site's own folder"},
        {(root / "content").string(), "the output folder content/ is inside the site's folder"},
        {(root / "themes/default").string(), "the output folder themes/default/ is inside the site's folder"},
        {(root / "content/news").string(), "the output folder content/news/ is inside the site's folder"},
        {root.parent_path().string(), "the output folder contains the site's folder"},
        {notes.string(), "the output is a file, not a folder"},
    };
    for (const auto& c : cases) {
        CAPTURE(c.output);
        std::string out;
        CHECK(run_urker("build --source " + root.string() + " --output " + c.output, out) == 1);
        CHECK(contains(out, c.output + ": error: " + c.message));
        CHECK(contains(out, "hint: "));
        CHECK(contains(out, "nothing was written"));
        // --force lifts none of these.
        CHECK(run_urker("build --force --source " + root.string() + " --output " + c.output, out) == 1);
        CHECK(everything_in(root) == before);
    }
    CHECK(urker::read_file(notes) == "my notes");
    fs::remove(notes);
}

TEST_CASE("--output refuses a folder of someone's documents; --force moves them aside and deletes nothing") {
    SiteFixture site(small_site());
    fs::path docs = site.root().parent_path() / (site.root().filename().string() + "-docs");
    fs::remove_all(docs);
    fs::create_directories(docs / "2025");
    { std::ofstream(docs / "report.docx") << "my report"; }
    { std::ofstream(docs / "2025" / "plan.xlsx") << "my plan"; }
    std::string out;
    CHECK(run_urker("build --source " + site.root().string() + " --output " + docs.string(), out) == 1);
    CHECK(contains(out, "was not made by urker"));
    CHECK(contains(out, "--force"));
    CHECK(everything_in(docs) == std::vector<std::string>{"2025", "2025/plan.xlsx", "report.docx"});
    // The backup folder's name, with the date's place in the reader's words.
    CHECK(run_urker("build --lang kk --source " + site.root().string() + " --output " + docs.string(), out) == 1);
    CHECK(contains(out, docs.filename().string() + ".urker-backup-КҮНІ"));
    CHECK_FALSE(contains(out, "DATE"));

    CHECK(run_urker("build --quiet --force --source " + site.root().string() + " --output " + docs.string(), out) == 0);
    CHECK(contains(out, "never deletes files it did not write"));
    CHECK(fs::exists(docs / "index.html"));
    CHECK(fs::exists(docs / ".urker-output"));
    fs::path backup;
    for (const auto& e : fs::directory_iterator(docs.parent_path()))
        if (e.path().filename().string().rfind(docs.filename().string() + ".urker-backup-", 0) == 0) backup = e.path();
    REQUIRE_FALSE(backup.empty());
    CHECK(urker::read_file(backup / "report.docx") == "my report");
    CHECK(urker::read_file(backup / "2025" / "plan.xlsx") == "my plan");
    // From now on the folder is urker's: the next build needs no --force.
    CHECK(run_urker("build --quiet --source " + site.root().string() + " --output " + docs.string(), out) == 0);
    fs::remove_all(docs);
    fs::remove_all(backup);
}

TEST_CASE("a file dropped into a built site stops the next build instead of being deleted") {
    SiteFixture site(small_site());
    std::string out;
    REQUIRE(run_urker("build --quiet --source " + site.root().string(), out) == 0);
    REQUIRE(run_urker("build --quiet --source " + site.root().string(), out) == 0);
    site.write("public/google1234.html", "verification");
    CHECK(run_urker("build --source " + site.root().string(), out) == 1);
    CHECK(contains(out, "holds 1 file that urker did not write (google1234.html)"));
    CHECK(contains(out, "static/"));
    CHECK(urker::read_file(site.root() / "public" / "google1234.html") == "verification");
}

TEST_CASE("a failed first build does not claim to have kept a previous site") {
    SiteFixture site({{"site.yaml", kSiteYaml}, {"content/b.md", "---\ntitle: B\ndate: 2026-02-30\n---\n"}});
    std::string out;
    CHECK(run_urker("build --source " + site.root().string(), out) == 1);
    CHECK_FALSE(contains(out, "left as it was"));
    CHECK(contains(out, "Nothing was published"));
    CHECK_FALSE(fs::exists(site.root() / "public"));
    CHECK(leftovers(site.root()).empty());
}

TEST_CASE("a build after a kill puts the previous site back or replaces it, and clears the leftovers") {
    SiteFixture site(small_site());
    const fs::path root = site.root();
    std::string out;
    REQUIRE(run_urker("build --quiet --source " + root.string(), out) == 0);
    const auto complete = everything_in(root / "public");

    // Killed between two renames: no public/, the old site in .public.urker-old, a half-built staging folder.
    fs::rename(root / "public", root / ".public.urker-old");
    site.write(".public.urker-new/news/n1/index.html", "half");
    // A build that fails must still put the previous site back, and say so truthfully.
    site.write("content/bad.md", "---\ntitle: Bad\ndate: 2026-13-01\n---\n");
    CHECK(run_urker("build --source " + root.string(), out) == 1);
    CHECK(contains(out, "put back the previous site"));
    CHECK(contains(out, "The previous site in"));
    CHECK(contains(out, "was left as it was"));
    CHECK(everything_in(root / "public") == complete);
    CHECK(leftovers(root).empty());

    // Same leftovers, then a good build: the new site is in place and nothing else remains.
    fs::remove(root / "content/bad.md");
    fs::rename(root / "public", root / ".public.urker-old");
    site.write(".public.urker-new/news/n1/index.html", "half");
    CHECK(run_urker("build --quiet --source " + root.string(), out) == 0);
    CHECK(everything_in(root / "public") == complete);
    CHECK(leftovers(root).empty());
}

TEST_CASE("a SIGKILL at any instant of a build leaves a complete site at the output") {
    SiteFixture site(small_site());
    const fs::path root = site.root();
    std::string out;
    REQUIRE(run_urker("build --quiet --source " + root.string(), out) == 0);
    const auto complete = everything_in(root / "public");
    // Time one build, then kill builds at instants spread over that time (and a little beyond).
    auto started = std::chrono::steady_clock::now();
    REQUIRE(run_urker("build --quiet --source " + root.string(), out) == 0);
    auto span = std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - started).count();
    std::mt19937 random(12345);
    int killed = 0;
    for (int round = 0; round < 16; ++round) {
        pid_t pid = spawn_urker("build --quiet --source " + root.string(), root.parent_path() / (root.filename().string() + ".log"));
        REQUIRE(pid > 0);
        std::this_thread::sleep_for(std::chrono::microseconds(random() % (span + span / 4 + 1)));
        if (::kill(pid, SIGKILL) == 0) ++killed;
        wait_exit_code(pid);
        CAPTURE(round);
        REQUIRE(fs::is_directory(root / "public"));
        CHECK(everything_in(root / "public") == complete);
    }
    CHECK(killed > 0);
    fs::remove(root.parent_path() / (root.filename().string() + ".log"));
    // The next build cleans whatever the kills left.
    CHECK(run_urker("build --quiet --source " + root.string(), out) == 0);
    CHECK(everything_in(root / "public") == complete);
    CHECK(leftovers(root).empty());
}

TEST_CASE("two builds into the same output at once both end with the complete site") {
    SiteFixture site(small_site());
    const fs::path root = site.root();
    std::string out;
    REQUIRE(run_urker("build --quiet --source " + root.string(), out) == 0);
    const auto complete = everything_in(root / "public");
    const fs::path log_a = root.parent_path() / (root.filename().string() + ".a.log");
    const fs::path log_b = root.parent_path() / (root.filename().string() + ".b.log");
    bool waited = false;
    for (int round = 0; round < 4; ++round) {
        pid_t a = spawn_urker("build --source " + root.string(), log_a);
        pid_t b = spawn_urker("build --source " + root.string(), log_b);
        REQUIRE(a > 0);
        REQUIRE(b > 0);
        int code_a = wait_exit_code(a), code_b = wait_exit_code(b);
        std::string text_a = urker::read_file(log_a).value_or(""), text_b = urker::read_file(log_b).value_or("");
        CAPTURE(text_a);
        CAPTURE(text_b);
        CHECK(code_a == 0);
        CHECK(code_b == 0);
        waited = waited || contains(text_a + text_b, "waiting for it to finish");
        CHECK(everything_in(root / "public") == complete);
        CHECK(leftovers(root).empty());
    }
    MESSAGE("a build waited for the other in at least one round: " << waited);
    fs::remove(log_a);
    fs::remove(log_b);
}

TEST_CASE("--drafts builds into public-drafts/, marks drafts noindex and keeps them out of feeds and the sitemap") {
    auto files = small_site();
    files["content/news/secret.md"] = "---\ntitle: Черновик новости\ndate: 2026-09-10\ndraft: true\n---\nЕщё не готово.\n";
    SiteFixture site(files);
    const fs::path root = site.root();
    std::string out;
    REQUIRE(run_urker("build --quiet --drafts --source " + root.string(), out) == 0);
    CHECK_FALSE(fs::exists(root / "public"));
    const fs::path drafts = root / "public-drafts";
    auto draft_page = urker::read_file(drafts / "news/secret/index.html");
    REQUIRE(draft_page);
    CHECK(contains(*draft_page, "<meta name=\"robots\" content=\"noindex\">"));
    CHECK_FALSE(contains(urker::read_file(drafts / "news/n1/index.html").value_or(""), "noindex"));
    CHECK_FALSE(contains(urker::read_file(drafts / "sitemap.xml").value_or(""), "secret"));
    for (const char* feed : {"atom.xml", "rss.xml", "news/atom.xml", "news/rss.xml"}) {
        CAPTURE(feed);
        auto text = urker::read_file(drafts / feed);
        REQUIRE(text);
        CHECK(contains(*text, "Новость 9"));
        CHECK_FALSE(contains(*text, "Черновик новости"));
    }
    // The public build next to it leaves the draft out entirely, and the preview stays as it was.
    REQUIRE(run_urker("build --quiet --source " + root.string(), out) == 0);
    CHECK_FALSE(fs::exists(root / "public/news/secret"));
    CHECK(fs::exists(drafts / "news/secret/index.html"));
}

TEST_CASE("a rebuild rewrites only the files whose bytes changed; the others keep their dates") {
    SiteFixture site(small_site());
    const fs::path out_dir = site.root() / "public";
    std::string out;
    REQUIRE(run_urker("build --quiet --source " + site.root().string(), out) == 0);
    // Date every published file an hour back, as a deploy tool would see them after an upload.
    const auto an_hour_ago = fs::file_time_type::clock::now() - std::chrono::hours(1);
    std::map<std::string, std::string> before;
    for (const auto& e : fs::recursive_directory_iterator(out_dir))
        if (e.is_regular_file()) {
            fs::last_write_time(e.path(), an_hour_ago);
            before[e.path().lexically_relative(out_dir).generic_string()] = *urker::read_file(e.path());
        }
    site.write("content/news/n3.md", "---\ntitle: Новость 3 (исправлена)\ndate: 2026-09-03\n---\nНовый текст.\n");
    REQUIRE(run_urker("build --source " + site.root().string(), out) == 0);
    CHECK(contains(out, "unchanged (kept with their dates)"));

    std::size_t kept = 0, rewritten = 0;
    for (const auto& e : fs::recursive_directory_iterator(out_dir)) {
        if (!e.is_regular_file() || e.path().filename() == ".urker-output") continue;
        const std::string rel = e.path().lexically_relative(out_dir).generic_string();
        const std::string now = *urker::read_file(e.path());
        const bool same_date = fs::last_write_time(e.path()) == an_hour_ago;
        CAPTURE(rel);
        auto was = before.find(rel);
        // A file keeps its date exactly when its bytes are the same as before.
        CHECK(same_date == (was != before.end() && was->second == now));
        (same_date ? kept : rewritten) += 1;
    }
    CHECK(kept > 0);
    CHECK(rewritten > 0);
    CHECK(contains(*urker::read_file(out_dir / "news/n3/index.html"), "Новый текст."));

    // A build that fails afterwards leaves every published file's bytes as they were.
    std::map<std::string, std::string> published;
    for (const auto& e : fs::recursive_directory_iterator(out_dir))
        if (e.is_regular_file()) published[e.path().lexically_relative(out_dir).generic_string()] = *urker::read_file(e.path());
    site.write("content/news/n4.md", "---\ntitle: Новость 4\ndate: 2026-02-30\n---\nТекст.\n");
    CHECK(run_urker("build --quiet --source " + site.root().string(), out) == 1);
    for (const auto& [rel, bytes] : published) {
        CAPTURE(rel);
        CHECK(urker::read_file(out_dir / rel) == bytes);
    }
    CHECK(leftovers(site.root()).empty());
}
