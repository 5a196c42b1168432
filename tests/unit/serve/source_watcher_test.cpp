// The watcher behind `urker serve`: real files in a temporary folder, real inotify.
#include <doctest/doctest.h>

#include <sys/eventfd.h>
#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <fstream>

#include "serve/source_watcher.h"

using namespace urker::serve;
namespace fs = std::filesystem;
using namespace std::chrono_literals;

namespace {

class TempSite {
public:
    TempSite() {
        static std::atomic<int> counter{0};
        root_ = fs::temp_directory_path() / ("urker-watch-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
        fs::remove_all(root_);
        for (const char* dir : {"content/materials", "static", "themes/default/templates", "public"}) fs::create_directories(root_ / dir);
        write("site.yaml", "title: A\n");
        write("content/a.md", "a");
    }
    ~TempSite() {
        std::error_code ec;
        fs::remove_all(root_, ec);
    }
    const fs::path& root() const { return root_; }
    void write(const std::string& path, const std::string& text) const {
        fs::create_directories((root_ / path).parent_path());
        std::ofstream(root_ / path, std::ios::binary) << text;
    }

private:
    fs::path root_;
};

}  // namespace

TEST_CASE("editor temporary and backup files are recognised") {
    for (const char* name : {".a.md.swp", "a.md~", "#a.md#", ".#a.md", "4913", "a.md.tmp", "a.md.kate-swp", "x.swx", "sedbgXX5N", "sed0aZ9kQ"}) {
        CAPTURE(name);
        CHECK(is_editor_temporary(name));
    }
    for (const char* name : {"a.md", "site.yaml", "photo.jpg", "_index.kk.md", "plan.csv", "sed.md", "sedimentation.md", "sedbgXX5.md"}) {
        CAPTURE(name);
        CHECK_FALSE(is_editor_temporary(name));
    }
}

TEST_CASE("a saved content file is reported once, relative to the site, after a quiet moment") {
    TempSite site;
    SourceWatcher watcher(site.root());
    REQUIRE(watcher.error().empty());
    site.write("content/a.md", "b");
    site.write("content/a.md", "c");  // several writes: one batch
    site.write("content/materials/m.md", "m");
    auto changes = watcher.wait_for_changes(-1, 50ms);
    CHECK_FALSE(changes.stopped);
    CHECK(changes.paths == std::set<std::string>{"content/a.md", "content/materials/m.md"});
}

TEST_CASE("a file that came and went within one batch is not a change; one deleted that was there is") {
    TempSite site;
    site.write("content/old.md", "old");
    SourceWatcher watcher(site.root());
    REQUIRE(watcher.error().empty());
    // `sed -i` and tools like it: a temporary file written, then renamed over the file edited.
    site.write("content/sedbgXX5N", "b");
    fs::rename(site.root() / "content/sedbgXX5N", site.root() / "content/a.md");
    site.write("content/.tool-tmp-7f3a", "c");  // hidden: ignored by its name
    site.write("content/tool_tmp_7f3a", "c");   // a name not known: ignored as it went again
    fs::rename(site.root() / "content/tool_tmp_7f3a", site.root() / "content/materials/m.md");
    site.write("content/scratch.txt", "x");
    fs::remove(site.root() / "content/scratch.txt");
    fs::remove(site.root() / "content/old.md");  // was there before: a change
    auto changes = watcher.wait_for_changes(-1, 50ms);
    CHECK(changes.paths == std::set<std::string>{"content/a.md", "content/materials/m.md", "content/old.md"});
}

TEST_CASE("site.yaml, static files and theme files are watched; output folders and temp files are not") {
    TempSite site;
    SourceWatcher watcher(site.root());
    REQUIRE(watcher.error().empty());
    site.write("public/index.html", "out");
    site.write("README.md", "not a source");
    site.write("content/.a.md.swp", "swap");
    site.write("content/a.md~", "backup");
    site.write("site.yaml", "title: B\n");
    site.write("static/logo.svg", "<svg/>");
    site.write("themes/default/templates/base.html", "x");
    auto changes = watcher.wait_for_changes(-1, 50ms);
    CHECK(changes.paths == std::set<std::string>{"site.yaml", "static/logo.svg", "themes/default/templates/base.html"});
}

TEST_CASE("a folder created after the start is watched too") {
    TempSite site;
    SourceWatcher watcher(site.root());
    REQUIRE(watcher.error().empty());
    fs::create_directories(site.root() / "content" / "news");
    auto first = watcher.wait_for_changes(-1, 50ms);
    CHECK(first.paths.count("content/news") == 1);
    site.write("content/news/first.md", "n");
    auto second = watcher.wait_for_changes(-1, 50ms);
    CHECK(second.paths.count("content/news/first.md") == 1);
}

TEST_CASE("the stop descriptor ends the wait") {
    TempSite site;
    SourceWatcher watcher(site.root());
    int stop = eventfd(1, EFD_CLOEXEC);  // already readable
    REQUIRE(stop >= 0);
    auto changes = watcher.wait_for_changes(stop, 50ms);
    CHECK(changes.stopped);
    close(stop);
}
