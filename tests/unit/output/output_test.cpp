#include <doctest/doctest.h>

#include <filesystem>

#include <sys/stat.h>

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

TEST_CASE("the dev server's rebuild takes the last build's files without copying their bytes") {
    auto last = std::make_shared<MemoryOutput>();
    last->write("a/index.html", std::string(4096, 'a'));
    last->write("b/index.html", "old b");
    MemoryOutput next;
    next.set_previous(last);
    CHECK(next.link_previous("a/index.html"));
    CHECK_FALSE(next.link_previous("c/index.html"));  // the last build has no such file
    next.write("b/index.html", "new b");
    CHECK(next.at("a/index.html") == std::string(4096, 'a'));
    // The same bytes in memory, not a second copy of them (a gigabyte at 10 000 materials).
    CHECK(next.at("a/index.html").data() == last->at("a/index.html").data());
    CHECK(next.at("b/index.html") == "new b");
    CHECK(last->at("b/index.html") == "old b");  // the build still served is untouched
    CHECK(next.byte_count() == 4096 + 5);
}

namespace {

ino_t inode_of(const fs::path& p) {
    struct stat st {};
    REQUIRE(::lstat(p.c_str(), &st) == 0);
    return st.st_ino;
}

// A published site of `files` (path → bytes), as a build that swapped it in leaves it.
void publish(const TempFolder& t, const std::vector<std::pair<std::string, std::string>>& files) {
    DirectoryOutput out(t / "public");
    for (const auto& [path, data] : files) out.write(path, data);
    Diagnostics d;
    REQUIRE(out.commit(d));
}

}  // namespace

TEST_CASE("a rebuild updating in place moves in only the changed files and removes what it no longer makes") {
    TempFolder t;
    publish(t, {{"index.html", "home"}, {"a/index.html", "a"}, {"b/index.html", "b"}, {"gone/deep/index.html", "gone"},
                {"feed", "a file that becomes a folder"}, {"c/index.html", "c"}, {"d/index.html", "d"}, {"e/index.html", "e"}});
    const ino_t home = inode_of(t / "public/index.html"), a = inode_of(t / "public/a/index.html");
    {
        DirectoryOutput out(t / "public", Publish::update_in_place);
        out.write("index.html", "home");            // same bytes: left as it is
        CHECK(out.link_previous("a/index.html"));  // the build cache vouches for it
        out.write("b/index.html", "b, edited");
        out.write("feed/index.xml", "the feed");
        out.write("new/index.html", "new");
        for (const char* same : {"c/index.html", "d/index.html", "e/index.html"}) out.write(same, same[0] == 'c' ? "c" : same[0] == 'd' ? "d" : "e");
        CHECK_FALSE(out.link_previous("never/published.html"));
        Diagnostics d;
        REQUIRE(out.commit(d));
        CHECK(d.empty());
        CHECK(out.updated_in_place());
        CHECK(out.unchanged_count() == 5);
    }
    CHECK(inode_of(t / "public/index.html") == home);
    CHECK(inode_of(t / "public/a/index.html") == a);
    CHECK(read_file(t / "public/b/index.html") == "b, edited");
    CHECK(read_file(t / "public/feed/index.xml") == "the feed");
    CHECK(read_file(t / "public/new/index.html") == "new");
    CHECK_FALSE(fs::exists(t / "public/gone"));  // the file and the folders it leaves empty
    std::vector<std::string> listed;
    REQUIRE(parse_output_marker(*read_file(t / "public" / kOutputMarker), listed));
    CHECK(listed == std::vector<std::string>{"a/index.html", "b/index.html", "c/index.html", "d/index.html", "e/index.html",
                                             "feed/index.xml", "index.html", "new/index.html"});
    CHECK(inspect_output_folder(t / "public").owner == FolderInspection::Owner::urker);
    CHECK(t.listing() == "public ");  // no staging folder left beside it
}

TEST_CASE("a failed rebuild that would update in place leaves the published site exactly as it was") {
    TempFolder t;
    publish(t, {{"index.html", "home"}, {"a/index.html", "a"}});
    const auto marker = read_file(t / "public" / kOutputMarker);
    {
        DirectoryOutput out(t / "public", Publish::update_in_place);
        out.write("index.html", "home, edited");
        out.write("b/index.html", "b");
        out.abandon();
    }
    CHECK(read_file(t / "public/index.html") == "home");
    CHECK(read_file(t / "public/a/index.html") == "a");
    CHECK_FALSE(fs::exists(t / "public/b"));
    CHECK(read_file(t / "public" / kOutputMarker) == marker);
    CHECK(t.listing() == "public ");
}

TEST_CASE("when most files changed, a rebuild swaps in a whole site; unchanged files are still the same files") {
    TempFolder t;
    publish(t, {{"index.html", "home"}, {"a/index.html", "a"}, {"b/index.html", "b"}, {"c/index.html", "c"}, {"d/index.html", "d"}});
    const ino_t a = inode_of(t / "public/a/index.html");
    {
        DirectoryOutput out(t / "public", Publish::update_in_place);
        out.write("index.html", "home 2");
        out.write("a/index.html", "a");
        out.write("b/index.html", "b 2");
        out.write("c/index.html", "c 2");
        out.write("e/index.html", "e");
        Diagnostics d;
        REQUIRE(out.commit(d));
        CHECK_FALSE(out.updated_in_place());
    }
    CHECK(inode_of(t / "public/a/index.html") == a);
    CHECK(read_file(t / "public/b/index.html") == "b 2");
    CHECK(read_file(t / "public/e/index.html") == "e");
    CHECK_FALSE(fs::exists(t / "public/d"));
    CHECK(t.listing() == "public ");
}

TEST_CASE("a site without a marker is never updated in place") {
    TempFolder t;
    t.write("public/index.html", "<meta name=\"generator\" content=\"urker\">");
    DirectoryOutput out(t / "public", Publish::update_in_place);
    out.write("index.html", "home");
    Diagnostics d;
    REQUIRE(out.commit(d));
    CHECK_FALSE(out.updated_in_place());
    CHECK(read_file(t / "public/index.html") == "home");
}

TEST_CASE("a rebuild that only changed bytes leaves the marker as it was") {
    TempFolder t;
    publish(t, {{"index.html", "home"}, {"a/index.html", "a"}, {"b/index.html", "b"}, {"c/index.html", "c"}});
    const ino_t marker = inode_of(t / "public" / kOutputMarker);
    DirectoryOutput out(t / "public", Publish::update_in_place);
    out.write("index.html", "home, edited");
    for (const char* same : {"a", "b", "c"}) out.write(std::string(same) + "/index.html", same);
    Diagnostics d;
    REQUIRE(out.commit(d));
    CHECK(out.updated_in_place());
    CHECK(inode_of(t / "public" / kOutputMarker) == marker);
    CHECK(read_file(t / "public/index.html") == "home, edited");
}

TEST_CASE("a file someone put where a rebuild adds a page is not replaced: the rebuild swaps and keeps it in a backup") {
    TempFolder t;
    publish(t, {{"index.html", "home"}, {"a/index.html", "a"}, {"b/index.html", "b"}, {"c/index.html", "c"}});
    t.write("public/extra/index.html", "someone's page");
    {
        DirectoryOutput out(t / "public", Publish::update_in_place);
        for (const char* same : {"a", "b", "c"}) out.write(std::string(same) + "/index.html", same);
        out.write("index.html", "home");
        out.write("extra/index.html", "urker's page");
        Diagnostics d;
        REQUIRE(out.commit(d));
        CHECK_FALSE(out.updated_in_place());
        REQUIRE(d.warning_count() == 1);
        CHECK(d.items()[0].message.find("moved to") != std::string::npos);
    }
    CHECK(read_file(t / "public/extra/index.html") == "urker's page");
    bool kept = false;
    for (const auto& e : fs::directory_iterator(t.root()))
        if (e.path().filename().string().rfind("public.urker-backup-", 0) == 0)
            kept = read_file(e.path() / "extra/index.html") == "someone's page";
    CHECK(kept);
}

TEST_CASE("a file written in pieces holds them end to end, and is left as it is when its bytes did not change") {
    TempFolder t;
    publish(t, {{"index.html", "home"}, {"search/index-0.bin", "one-two-three"}, {"a/index.html", "a"}, {"b/index.html", "b"},
                {"c/index.html", "c"}});
    // A rebuild in place making the same pages, index-0.bin of `first` and index-1.bin of
    // `second`: the number of files it found as published.
    auto rebuild = [&](std::span<const std::string_view> first, std::span<const std::string_view> second) {
        DirectoryOutput out(t / "public", Publish::update_in_place);
        for (const char* same : {"index.html", "a/index.html", "b/index.html", "c/index.html"}) out.write(same, same[0] == 'i' ? "home" : std::string(1, same[0]));
        out.write_pieces("search/index-0.bin", first);
        out.write_pieces("search/index-1.bin", second);
        Diagnostics d;
        REQUIRE(out.commit(d));
        return out.unchanged_count();
    };
    const ino_t bundle = inode_of(t / "public/search/index-0.bin");
    const std::vector<std::string_view> same_bytes{"one-", "two", "", "-three"};
    const std::vector<std::string_view> other_bytes{"один", "-", "два"};
    CHECK(rebuild(same_bytes, other_bytes) == 5);
    CHECK(inode_of(t / "public/search/index-0.bin") == bundle);
    CHECK(read_file(t / "public/search/index-1.bin") == "один-два");

    // Thousands of pieces (more than one system call takes), across the blocks the comparison reads.
    std::vector<std::string> many;
    for (int k = 0; k < 3000; ++k) many.push_back(std::to_string(k) + std::string(97, static_cast<char>('a' + k % 26)));
    const std::vector<std::string_view> many_pieces(many.begin(), many.end());
    std::string all;
    for (const auto& m : many) all += m;
    CHECK(rebuild(same_bytes, many_pieces) == 5);
    CHECK(read_file(t / "public/search/index-1.bin") == all);
    const ino_t many_inode = inode_of(t / "public/search/index-1.bin");
    CHECK(rebuild(same_bytes, many_pieces) == 6);  // the same bytes: left as it is
    CHECK(inode_of(t / "public/search/index-1.bin") == many_inode);
    many.back().back() = '#';  // one byte of the last piece, the size the same
    const std::vector<std::string_view> changed_pieces(many.begin(), many.end());
    CHECK(rebuild(same_bytes, changed_pieces) == 5);
    CHECK(read_file(t / "public/search/index-1.bin")->back() == '#');

    // The default of every other sink puts the pieces together.
    MemoryOutput memory;
    const std::vector<std::string_view> pieces{"a", "", "bc"};
    memory.write_pieces("x.bin", pieces);
    CHECK(memory.files().at("x.bin") == "abc");
}

namespace {

// What lstat says of `file` now, in the shape DirectoryOutput records at writing.
PublishedFileIdentity identity_now(const fs::path& file) {
    struct stat st {};
    REQUIRE(::lstat(file.c_str(), &st) == 0);
    return {static_cast<std::uintmax_t>(st.st_size), static_cast<std::int64_t>(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec,
            static_cast<std::uint64_t>(st.st_ino)};
}

void check_same(const PublishedFileIdentity& recorded, const PublishedFileIdentity& now) {
    CHECK(recorded.size == now.size);
    CHECK(recorded.mtime_ns == now.mtime_ns);
    CHECK(recorded.inode == now.inode);
}

}  // namespace

TEST_CASE("the files a build wrote are recorded as they stand once published, by swap and in place") {
    TempFolder t;
    std::unordered_map<std::string, PublishedFileIdentity> written;
    {
        // A first build into a folder that does not exist yet: swapped in.
        DirectoryOutput out(t / "public");
        out.write("index.html", "home");
        out.write("a/index.html", "first");
        out.write("a/index.html", "a, written twice");  // the second write is the file
        written = out.written_identities();
        Diagnostics d;
        REQUIRE(out.commit(d));
    }
    REQUIRE(written.size() == 2);
    check_same(written.at("index.html"), identity_now(t / "public/index.html"));
    check_same(written.at("a/index.html"), identity_now(t / "public/a/index.html"));
    CHECK(written.at("a/index.html").size == std::string("a, written twice").size());
    {
        // A rebuild in place: a changed file moved in is recorded; one left as published is not
        // (the build cache looks at it), nor one the cache vouched for.
        DirectoryOutput out(t / "public", Publish::update_in_place);
        out.write("index.html", "home");  // same bytes: left
        CHECK(out.link_previous("a/index.html"));
        out.write("b/index.html", "b, new");
        written = out.written_identities();
        Diagnostics d;
        REQUIRE(out.commit(d));
        REQUIRE(out.updated_in_place());
    }
    CHECK(written.size() == 1);
    REQUIRE(written.count("b/index.html"));
    check_same(written.at("b/index.html"), identity_now(t / "public/b/index.html"));
}
