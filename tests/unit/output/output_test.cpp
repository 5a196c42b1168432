#include <doctest/doctest.h>

#include <filesystem>

#include "core/fs.h"
#include "output/output.h"
#include "output/output_marker.h"
#include "temp_folder.h"

using namespace urker;
using urker::testing::TempFolder;
namespace fs = std::filesystem;

TEST_CASE("output paths must stay inside the output folder") {
    CHECK(is_safe_output_path("a/b/index.html"));
    CHECK_FALSE(is_safe_output_path("../etc/passwd"));
    CHECK_FALSE(is_safe_output_path("/abs"));
    CHECK_FALSE(is_safe_output_path("a/../../b"));
    CHECK_FALSE(is_safe_output_path("a//b"));
    CHECK_FALSE(is_safe_output_path(""));
    MemoryOutput m;
    CHECK_THROWS(m.write("../x", "y"));
}

TEST_CASE("a committed directory output replaces the old one; an abandoned one leaves it") {
    TempFolder t;
    t.write("public/old.html", "old");
    t.write(std::string("public/") + kOutputMarker, output_marker_text({"old.html"}));
    {
        DirectoryOutput out(t / "public");
        out.write("new/index.html", "new");
        out.abandon();
    }
    CHECK(fs::exists(t / "public/old.html"));
    CHECK_FALSE(fs::exists(t / ".public.urker-new"));
    {
        DirectoryOutput out(t / "public");
        out.write("new/index.html", "new");
        Diagnostics d;
        CHECK(out.commit(d));
        CHECK(d.empty());
    }
    CHECK_FALSE(fs::exists(t / "public/old.html"));
    CHECK(read_file(t / "public/new/index.html") == "new");
    // Nothing else appeared beside the output.
    CHECK(t.listing() == "public ");
}

TEST_CASE("a published site carries a marker listing every file the build wrote") {
    TempFolder t;
    {
        DirectoryOutput out(t / "site");
        out.write("b/index.html", "b");
        out.write("index.html", "a");
        out.write("index.html", "a again");
        Diagnostics d;
        REQUIRE(out.commit(d));
    }
    auto marker = read_file(t / "site" / kOutputMarker);
    REQUIRE(marker);
    std::vector<std::string> listed;
    REQUIRE(parse_output_marker(*marker, listed));
    CHECK(listed == std::vector<std::string>{"b/index.html", "index.html"});
    CHECK(inspect_output_folder(t / "site").owner == FolderInspection::Owner::urker);
}

TEST_CASE("a file added to a published site is kept: the old site is moved aside, not deleted") {
    TempFolder t;
    {
        DirectoryOutput out(t / "public");
        out.write("index.html", "v1");
        Diagnostics d;
        REQUIRE(out.commit(d));
    }
    t.write("public/CNAME", "school.kz");
    DirectoryOutput out(t / "public");
    out.write("index.html", "v2");
    Diagnostics d;
    REQUIRE(out.commit(d));
    CHECK(read_file(t / "public/index.html") == "v2");
    REQUIRE(d.warning_count() == 1);
    CHECK(d.items()[0].message.find("moved to") != std::string::npos);
    bool kept = false;
    for (const auto& e : fs::directory_iterator(t.root()))
        if (e.path().filename().string().rfind("public.urker-backup-", 0) == 0) kept = read_file(e.path() / "CNAME") == "school.kz";
    CHECK(kept);
}

TEST_CASE("a quick preview keeps the last build's files and takes writes only to the pages it wants") {
    MemoryOutput last;
    last.write("a/index.html", "old a");
    last.write("b/index.html", "old b");
    last.write("search/index.json", "old index");
    MemoryOutput preview(last, {"a/index.html"});
    CHECK_FALSE(preview.wants_all());
    CHECK(preview.wants("a/index.html"));
    CHECK_FALSE(preview.wants("b/index.html"));
    preview.write("a/index.html", "new a");
    preview.write("b/index.html", "new b");  // not wanted: the last build's page stays
    CHECK(preview.at("a/index.html") == "new a");
    CHECK(preview.at("b/index.html") == "old b");
    CHECK(preview.at("search/index.json") == "old index");
    CHECK(last.at("a/index.html") == "old a");  // the last build itself is untouched
    MemoryOutput full;
    CHECK(full.wants_all());
    CHECK(full.wants("anything.html"));
}
