#include <doctest/doctest.h>

#include "core/fs.h"
#include "output/folder_swap.h"
#include "output/output_marker.h"
#include "temp_folder.h"

using namespace urker;
using urker::testing::TempFolder;
namespace fs = std::filesystem;

namespace {
void write_site(const TempFolder& t, const std::string& folder, const std::string& version) {
    t.write(folder + "/index.html", version);
    t.write(folder + "/" + kOutputMarker, output_marker_text({"index.html"}));
}
}  // namespace

TEST_CASE("the first swap moves the staging folder into place") {
    TempFolder t;
    auto paths = OutputPaths::beside(t / "public");
    write_site(t, ".public.urker-new", "new");
    std::string error;
    REQUIRE(swap_site_into_place(paths, error));
    CHECK(read_file(t / "public/index.html") == "new");
    CHECK(t.listing() == "public ");
}

TEST_CASE("a swap exchanges old and new in one step and keeps the old site at .X.urker-old") {
    TempFolder t;
    auto paths = OutputPaths::beside(t / "public");
    write_site(t, "public", "old");
    write_site(t, ".public.urker-new", "new");
    std::string error;
    REQUIRE(swap_site_into_place(paths, error));
    CHECK(read_file(t / "public/index.html") == "new");
    CHECK(read_file(t / ".public.urker-old/index.html") == "old");
    CHECK(retire_folder(paths.old, paths.output).empty());
    CHECK(t.listing() == "public ");
}

TEST_CASE("where the file system cannot exchange, two renames still put the new site in place") {
    TempFolder t;
    auto paths = OutputPaths::beside(t / "public");
    write_site(t, "public", "old");
    write_site(t, ".public.urker-new", "new");
    std::string error;
    REQUIRE(swap_site_into_place(paths, error, false));
    CHECK(read_file(t / "public/index.html") == "new");
    CHECK(read_file(t / ".public.urker-old/index.html") == "old");
}

TEST_CASE("retiring a folder with someone else's files moves it to a visible backup") {
    TempFolder t;
    write_site(t, ".public.urker-old", "old");
    t.write(".public.urker-old/mine.docx", "my work");
    fs::path backup = retire_folder(t / ".public.urker-old", t / "public");
    REQUIRE_FALSE(backup.empty());
    CHECK(backup.filename().string().rfind("public.urker-backup-", 0) == 0);
    CHECK(read_file(backup / "mine.docx") == "my work");
}

TEST_CASE("after a kill between two renames the previous site is put back and leftovers are removed") {
    TempFolder t;
    auto paths = OutputPaths::beside(t / "public");
    write_site(t, ".public.urker-old", "old");
    t.write(".public.urker-new/half/index.html", "unfinished");  // no marker: an unfinished build
    std::vector<Message> notes;
    recover_interrupted_build(paths, notes);
    CHECK(read_file(t / "public/index.html") == "old");
    CHECK(t.listing() == "public ");
    CHECK(notes.size() == 2);
    CHECK(render_message(notes[0], "en").find("put back the previous site") != std::string::npos);
    CHECK(render_message(notes[0], "ru").find("прежний сайт возвращён из .public.urker-old") != std::string::npos);
}

TEST_CASE("after a kill right after the exchange the new site stays and the old one is removed") {
    TempFolder t;
    auto paths = OutputPaths::beside(t / "public");
    write_site(t, "public", "new");
    write_site(t, ".public.urker-new", "old");  // the exchanged-out site, not yet renamed to .old
    std::vector<Message> notes;
    recover_interrupted_build(paths, notes);
    CHECK(read_file(t / "public/index.html") == "new");
    CHECK(t.listing() == "public ");
}

TEST_CASE("nothing to recover leaves a clean output alone and says nothing") {
    TempFolder t;
    write_site(t, "public", "v");
    std::vector<Message> notes;
    recover_interrupted_build(OutputPaths::beside(t / "public"), notes);
    CHECK(notes.empty());
    CHECK(read_file(t / "public/index.html") == "v");
}
