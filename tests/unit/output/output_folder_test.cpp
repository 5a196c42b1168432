#include <doctest/doctest.h>

#include <sstream>

#include "core/fs.h"
#include "output/output_folder.h"
#include "output/output_marker.h"
#include "temp_folder.h"

using namespace urker;
using urker::testing::TempFolder;
namespace fs = std::filesystem;

namespace {

struct Site : TempFolder {
    Site() {
        write("site/site.yaml", "title: x\n");
        write("site/content/a.md", "---\ntitle: A\n---\n");
        write("site/themes/default/templates/base.html", "x");
    }
    fs::path source() const { return root() / "site"; }
};

std::string refusal(const Site& s, const std::string& output) {
    auto d = check_output_location(s.source(), output, output);
    return d ? d->message : "";
}

}  // namespace

TEST_CASE("the site's own folder, folders inside it and folders around it are refused") {
    Site s;
    CHECK(refusal(s, (s / "site").string()).find("the site's own folder") != std::string::npos);
    CHECK(refusal(s, (s / "site/content").string()).find("content/ is inside the site's folder") != std::string::npos);
    CHECK(refusal(s, (s / "site/themes/default").string()).find("themes/default/ is inside the site's folder") != std::string::npos);
    CHECK(refusal(s, (s / "site/public/sub").string()).find("inside the site's folder") != std::string::npos);
    CHECK(refusal(s, s.root().string()).find("contains the site's folder") != std::string::npos);
    CHECK(refusal(s, "/").find("root of the file system") != std::string::npos);
    CHECK(refusal(s, (s / "site/").string()).find("the site's own folder") != std::string::npos);
    CHECK(refusal(s, (s / "site/content/..").string()).find("the site's own folder") != std::string::npos);
}

TEST_CASE("public/ and public-drafts/ inside the site and new folders outside it are accepted") {
    Site s;
    CHECK(refusal(s, (s / "site/public").string()).empty());
    CHECK(refusal(s, (s / "site/public-drafts").string()).empty());
    CHECK(refusal(s, (s / "www/portal").string()).empty());
}

TEST_CASE("a file is refused as the output, with its name as the location") {
    Site s;
    s.write("notes.txt", "mine");
    auto d = check_output_location(s.source(), s / "notes.txt", "notes.txt");
    REQUIRE(d);
    CHECK(d->where.file == "notes.txt");
    CHECK(d->message.find("is a file") != std::string::npos);
    CHECK_FALSE(d->hint.empty());
}

TEST_CASE("a symbolic link into the site is seen through") {
    Site s;
    fs::create_directory_symlink(s / "site/content", s / "link");
    CHECK(refusal(s, (s / "link").string()).find("content/ is inside") != std::string::npos);
}

TEST_CASE("a folder of someone else's files is refused without --force and moved aside with it") {
    Site s;
    s.write("docs/report.docx", "my work");
    std::ostringstream err;
    Diagnostics diags;
    CHECK_FALSE(OutputFolder::open({s.source(), s / "docs", false}, err, diags));
    REQUIRE(diags.error_count() == 1);
    CHECK(diags.items()[0].message.find("was not made by urker") != std::string::npos);
    CHECK(diags.items()[0].message.find("report.docx") != std::string::npos);
    CHECK(diags.items()[0].hint.find("--force") != std::string::npos);
    CHECK(read_file(s / "docs/report.docx") == "my work");
    CHECK(s.listing() == "docs site ");

    Diagnostics forced;
    auto folder = OutputFolder::open({s.source(), s / "docs", true}, err, forced);
    REQUIRE(folder);
    CHECK(forced.empty());
    CHECK_FALSE(folder->had_site());
    REQUIRE_FALSE(folder->moved_aside().empty());
    CHECK(read_file(folder->moved_aside() / "report.docx") == "my work");
    CHECK_FALSE(fs::exists(s / "docs"));
    // A failed build puts the folder back as it was.
    folder->put_back_moved_aside();
    CHECK(read_file(s / "docs/report.docx") == "my work");
}

TEST_CASE("an empty folder and urker's own site are accepted; only the site counts as a previous site") {
    Site s;
    fs::create_directories(s / "empty");
    std::ostringstream err;
    Diagnostics diags;
    auto empty = OutputFolder::open({s.source(), s / "empty", false}, err, diags);
    REQUIRE(empty);
    CHECK_FALSE(empty->had_site());

    s.write("site/public/index.html", "x");
    s.write(std::string("site/public/") + kOutputMarker, output_marker_text({"index.html"}));
    auto ours = OutputFolder::open({s.source(), s / "site/public", false}, err, diags);
    REQUIRE(ours);
    CHECK(ours->had_site());
    CHECK(diags.empty());
    CHECK(err.str().empty());
}

TEST_CASE("opening the output puts back a site an interrupted build left aside") {
    Site s;
    s.write("site/.public.urker-old/index.html", "old");
    s.write(std::string("site/.public.urker-old/") + kOutputMarker, output_marker_text({"index.html"}));
    std::ostringstream err;
    Diagnostics diags;
    auto folder = OutputFolder::open({s.source(), s / "site/public", false}, err, diags);
    REQUIRE(folder);
    CHECK(folder->had_site());
    CHECK(read_file(s / "site/public/index.html") == "old");
    REQUIRE(folder->notes().size() == 1);
    CHECK(folder->notes()[0].find("put back the previous site") != std::string::npos);
}
