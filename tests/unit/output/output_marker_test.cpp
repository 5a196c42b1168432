#include <doctest/doctest.h>

#include "output/output_marker.h"
#include "output/output_paths.h"
#include "temp_folder.h"

using namespace urker;
using urker::testing::TempFolder;
using Owner = FolderInspection::Owner;

TEST_CASE("the marker lists each written file once, sorted, and reads back") {
    std::string text = output_marker_text({"z.html", "a/b.css", "z.html"});
    std::vector<std::string> paths;
    REQUIRE(parse_output_marker(text, paths));
    CHECK(paths == std::vector<std::string>{"a/b.css", "z.html"});
    CHECK_FALSE(parse_output_marker("my notes\n\nindex.html\n", paths));
}

TEST_CASE("what stands at the output path decides who owns it") {
    TempFolder t;
    CHECK(inspect_output_folder(t / "missing").owner == Owner::missing);

    std::filesystem::create_directories(t / "empty");
    CHECK(inspect_output_folder(t / "empty").owner == Owner::empty);

    t.write("notes.txt", "my notes");
    CHECK(inspect_output_folder(t / "notes.txt").owner == Owner::not_folder);

    t.write("docs/report.docx", "x");
    t.write("docs/more/plan.xlsx", "y");
    auto docs = inspect_output_folder(t / "docs");
    CHECK(docs.owner == Owner::foreign);
    CHECK_FALSE(docs.has_marker);
    CHECK(docs.foreign_count == 2);

    t.write("site/index.html", "<html>");
    t.write("site/css/a.css", "x");
    t.write(std::string("site/") + kOutputMarker, output_marker_text({"index.html", "css/a.css"}));
    CHECK(inspect_output_folder(t / "site").owner == Owner::urker);

    t.write("site/my-upload.pdf", "mine");
    auto added = inspect_output_folder(t / "site");
    CHECK(added.owner == Owner::foreign);
    CHECK(added.has_marker);
    CHECK(added.foreign_files == std::vector<std::string>{"my-upload.pdf"});
}

TEST_CASE("a site built before the marker existed is recognised by its generator tag") {
    TempFolder t;
    t.write("public/index.html", "<head><meta name=\"generator\" content=\"urker 0.9\"></head>");
    t.write("public/a/index.html", "x");
    CHECK(inspect_output_folder(t / "public").owner == Owner::urker);
    t.write("other/index.html", "<head><meta name=\"generator\" content=\"Hugo 0.120\"></head>");
    CHECK(inspect_output_folder(t / "other").owner == Owner::foreign);
}

TEST_CASE("the names beside an output folder are hidden twins in its parent") {
    auto p = OutputPaths::beside("/srv/www/portal/");
    CHECK(p.output == "/srv/www/portal");
    CHECK(p.staging == "/srv/www/.portal.urker-new");
    CHECK(p.old == "/srv/www/.portal.urker-old");
    CHECK(p.lock == "/srv/www/.portal.urker-lock");
    CHECK(free_backup_path("/nonexistent-urker/portal").filename().string().rfind("portal.urker-backup-", 0) == 0);
}
