#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include <unistd.h>

#include "core/fs.h"
#include "output/output.h"

using namespace urker;
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
    fs::path root = fs::temp_directory_path() / ("urker-out-test-" + std::to_string(::getpid()));
    fs::remove_all(root);
    fs::create_directories(root / "public");
    { std::ofstream(root / "public" / "old.html") << "old"; }
    {
        DirectoryOutput out(root / "public");
        out.write("new/index.html", "new");
        out.abandon();
    }
    CHECK(fs::exists(root / "public" / "old.html"));
    CHECK_FALSE(fs::exists(root / ".public.urker-new"));
    {
        DirectoryOutput out(root / "public");
        out.write("new/index.html", "new");
        Diagnostics d;
        CHECK(out.commit(d));
    }
    CHECK_FALSE(fs::exists(root / "public" / "old.html"));
    CHECK(read_file(root / "public" / "new" / "index.html") == "new");
    CHECK_FALSE(fs::exists(root / ".public.urker-old"));
    // Nothing else appeared beside the output.
    std::size_t entries = 0;
    for (auto& e : fs::directory_iterator(root)) { (void)e; ++entries; }
    CHECK(entries == 1);
    fs::remove_all(root);
}

TEST_CASE("output folders that hold the site's own files are refused") {
    fs::path root = fs::temp_directory_path() / ("urker-out-check-" + std::to_string(::getpid()));
    fs::create_directories(root / "site" / "content");
    { std::ofstream(root / "site" / "site.yaml") << "title: x\n"; }
    CHECK(check_output_folder(root / "site", root / "site" / "public").empty());
    CHECK_FALSE(check_output_folder(root / "site", root / "site").empty());
    CHECK_FALSE(check_output_folder(root / "site", root).empty());
    CHECK_FALSE(check_output_folder(root / "site", "/").empty());
    fs::remove_all(root);
}
