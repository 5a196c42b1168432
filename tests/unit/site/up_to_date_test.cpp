#include <doctest/doctest.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "site/up_to_date.h"
#include "../../support/temp_folder.h"

using namespace urker;
namespace fs = std::filesystem;

namespace {

// A temporary folder of this test's own.
struct Folder : testing::TempFolder {
    Folder() : TempFolder("urker-up-to-date-") {}
};

constexpr std::int64_t kHour = 3600LL * 1000000000LL;

Fingerprint stamp_of(const std::string& text) {
    Fingerprinter f;
    f.add(std::string_view(text));
    return f.finish();
}

}  // namespace

TEST_CASE("a tree's stamp follows every file's identity and leaves out the names it is told to") {
    Folder site;
    site.write("site.yaml", "title: A\n");
    site.write("content/a.md", "Текст");
    site.write(".urker-cache/memo.txt", "1");
    const TreeStamp first = stamp_tree(site.root(), {".urker-cache"});
    REQUIRE(first.readable);
    CHECK(first.entries == 3);  // site.yaml, content/, content/a.md
    CHECK_FALSE(first.has_symlink);
    CHECK(stamp_tree(site.root(), {".urker-cache"}).fingerprint == first.fingerprint);

    site.write(".urker-cache/memo.txt", "22");  // left out: no change
    CHECK(stamp_tree(site.root(), {".urker-cache"}).fingerprint == first.fingerprint);

    site.write("content/a.md", "Текст, дополненный");  // changed
    const TreeStamp edited = stamp_tree(site.root(), {".urker-cache"});
    CHECK_FALSE(edited.fingerprint == first.fingerprint);

    site.write("content/b.md", "");  // a new, empty file
    CHECK_FALSE(stamp_tree(site.root(), {".urker-cache"}).fingerprint == edited.fingerprint);
}

TEST_CASE("a same-size edit whose modification time is put back still changes the stamp (its change time)") {
    Folder site;
    site.write("content/a.md", "Сабақ 1");
    const fs::path file = site.root() / "content/a.md";
    struct stat before {};
    REQUIRE(::stat(file.c_str(), &before) == 0);
    const TreeStamp first = stamp_tree(site.root());
    ::usleep(20000);  // the change time moves on
    site.write("content/a.md", "Сабақ 2");
    const struct timespec times[2] = {before.st_atim, before.st_mtim};
    REQUIRE(::utimensat(AT_FDCWD, file.c_str(), times, 0) == 0);
    CHECK_FALSE(stamp_tree(site.root()).fingerprint == first.fingerprint);
}

TEST_CASE("a symbolic link in the tree is noted: its target could change unseen") {
    Folder site;
    site.write("content/a.md", "a");
    fs::create_symlink("/tmp", site.root() / "content/elsewhere");
    CHECK(stamp_tree(site.root()).has_symlink);
}

TEST_CASE("the build's own names beside an output folder are not inputs") {
    CHECK(is_build_side_name(".public.urker-lock"));
    CHECK(is_build_side_name(".public.urker-new"));
    CHECK(is_build_side_name(".public-drafts.urker-old"));
    CHECK(is_build_side_name("public.urker-backup-20261203-101500"));
    CHECK_FALSE(is_build_side_name("content"));
    CHECK_FALSE(is_build_side_name("urker-notes.md"));

    Folder site;
    site.write("site.yaml", "title: A\n");
    site.write(".public.urker-lock", "");
    site.write("out/index.html", "<p>");
    const auto names = names_beside_inputs(site.root(), site.root() / "out");
    for (const char* name : {".urker-cache", ".git", "public", "public-drafts", "out", ".public.urker-lock"})
        CHECK_MESSAGE(std::find(names.begin(), names.end(), name) != names.end(), name);
    CHECK(std::find(names.begin(), names.end(), "site.yaml") == names.end());
}

TEST_CASE("a record is found again for the same inputs and an untouched output, and only then") {
    Folder site, output;
    output.write("index.html", "<h1>Үркер</h1>");
    output.write("materials/a/index.html", "<p>a</p>");
    const UpToDate record(site.root() / ".urker-cache", output.root());
    const Fingerprint inputs = stamp_of("inputs");
    record.save({inputs, {}, 2, 2, 1, "content/a.md:1:1: warning: …\n", "kk", {}});
    REQUIRE(fs::exists(record.file()));

    auto found = record.matching(inputs, site.root());
    REQUIRE(found);
    CHECK(found->pages == 2);
    CHECK(found->files == 2);
    CHECK(found->warnings == 1);
    CHECK(found->messages == "content/a.md:1:1: warning: …\n");
    CHECK(found->language == "kk");

    CHECK_FALSE(record.matching(stamp_of("other inputs"), site.root()));

    SUBCASE("an output file changed") {
        output.write("materials/a/index.html", "<p>b</p>");
        CHECK_FALSE(record.matching(inputs, site.root()));
    }
    SUBCASE("an output file removed") {
        fs::remove(output.root() / "index.html");
        CHECK_FALSE(record.matching(inputs, site.root()));
    }
    SUBCASE("a file added to the output") {
        output.write("extra.html", "");
        CHECK_FALSE(record.matching(inputs, site.root()));
    }
    SUBCASE("forgotten before a build changes the output") {
        record.forget();
        CHECK_FALSE(record.matching(inputs, site.root()));
    }
    SUBCASE("a damaged record is no record") {
        std::string text;
        {
            std::ifstream in(record.file(), std::ios::binary);
            text.assign(std::istreambuf_iterator<char>(in), {});
        }
        for (std::size_t cut : {text.size() - 2, text.size() / 2, std::size_t{5}}) {
            std::ofstream(record.file(), std::ios::binary | std::ios::trunc) << text.substr(0, cut);
            CHECK_FALSE(record.matching(inputs, site.root()));
        }
    }
}

TEST_CASE("one walk of the output tells whether it is as the last build left it, whatever the inputs") {
    Folder site, output;
    output.write("index.html", "<h1>Үркер</h1>");
    output.write("materials/a/index.html", "<p>a</p>");
    const UpToDate record(site.root() / ".urker-cache", output.root());
    const Fingerprint inputs = stamp_of("inputs");
    record.save({inputs, {}, 2, 2, 0, "", "ru", {}});

    UpToDate::Check same = record.check(inputs, site.root());
    CHECK(same.up_to_date);
    CHECK(same.output_as_left);
    UpToDate::Check edited = record.check(stamp_of("a material edited"), site.root());
    CHECK_FALSE(edited.up_to_date);
    CHECK(edited.output_as_left);  // the build runs, into a folder known to be urker's
    UpToDate::Check unstamped = record.check(std::nullopt, site.root());
    CHECK_FALSE(unstamped.up_to_date);
    CHECK(unstamped.output_as_left);

    SUBCASE("someone's file added to the output") {
        output.write("materials/notes.txt", "");
        CHECK_FALSE(record.check(stamp_of("a material edited"), site.root()).output_as_left);
    }
    SUBCASE("a published file edited by hand") {
        output.write("materials/a/index.html", "<p>b</p>");
        CHECK_FALSE(record.check(stamp_of("a material edited"), site.root()).output_as_left);
    }
    SUBCASE("no record") {
        record.forget();
        CHECK_FALSE(record.check(inputs, site.root()).output_as_left);
    }
}

TEST_CASE("the inputs' stamp is asked for once, and only when the output is as the last build left it") {
    // build_site stamps the site's folder on another thread while the output is walked.
    Folder site, output;
    output.write("index.html", "<h1>Үркер</h1>");
    const UpToDate record(site.root() / ".urker-cache", output.root());
    const Fingerprint inputs = stamp_of("inputs");
    record.save({inputs, {}, 1, 1, 0, "", "kk", {}});
    int asked = 0;
    auto stamp = [&]() -> std::optional<Fingerprint> {
        ++asked;
        return inputs;
    };
    CHECK(record.check(stamp, site.root()).up_to_date);
    CHECK(asked == 1);
    output.write("notes.txt", "");  // someone's file: not as left, nothing to compare the inputs with
    asked = 0;
    const UpToDate::Check changed = record.check(stamp, site.root());
    CHECK_FALSE(changed.output_as_left);
    CHECK_FALSE(changed.up_to_date);
    CHECK(asked == 0);
}

namespace {

// The stamp as a plain depth-first walk makes it, one folder after another.
Fingerprint walked_one_by_one(const fs::path& root) {
    Fingerprinter f;
    std::size_t entries = 0;
    auto walk = [&](auto&& self, const fs::path& folder, const std::string& prefix) -> void {
        std::vector<std::string> names;
        for (const auto& e : fs::directory_iterator(folder)) names.push_back(e.path().filename().string());
        std::sort(names.begin(), names.end());
        for (const std::string& name : names) {
            struct stat st {};
            REQUIRE(::lstat((folder / name).c_str(), &st) == 0);
            ++entries;
            f.add(std::string_view(prefix + name))
                .add(static_cast<std::uint64_t>(st.st_mode))
                .add(static_cast<std::uint64_t>(st.st_size))
                .add(static_cast<std::uint64_t>(st.st_mtim.tv_sec * 1000000000LL + st.st_mtim.tv_nsec))
                .add(static_cast<std::uint64_t>(st.st_ctim.tv_sec * 1000000000LL + st.st_ctim.tv_nsec))
                .add(static_cast<std::uint64_t>(st.st_ino));
            if (S_ISDIR(st.st_mode)) self(self, folder / name, prefix + name + "/");
        }
    };
    walk(walk, root, "");
    f.add(static_cast<std::uint64_t>(entries));
    return f.finish();
}

}  // namespace

TEST_CASE("a large tree, its folders listed in parallel a level at a time, is stamped in the order of a plain walk") {
    // 150 folders on one level (enough to be listed by several threads), each with a page and
    // some with a folder of their own below, and files between the folders in name order.
    Folder site;
    for (int i = 0; i < 150; ++i) {
        const std::string name = "materials/m" + std::to_string(i);
        site.write(name + "/index.html", std::string(static_cast<std::size_t>(i), 'x'));
        if (i % 7 == 0) site.write(name + "/files/plan.pdf", "%PDF");
        if (i % 10 == 0) site.write("materials/m" + std::to_string(i) + ".txt", "между папками");
    }
    site.write("index.html", "<h1>");
    const TreeStamp stamp = stamp_tree(site.root());
    REQUIRE(stamp.readable);
    CHECK(stamp.entries == 1 + 1 + 150 * 2 + 22 * 2 + 15);
    CHECK(stamp.fingerprint == walked_one_by_one(site.root()));
    site.write("materials/m77/files/plan.pdf", "%PDF-1.7");
    CHECK_FALSE(stamp_tree(site.root()).fingerprint == stamp.fingerprint);
    CHECK(stamp_tree(site.root()).fingerprint == walked_one_by_one(site.root()));
}

TEST_CASE("a listing brought up to date with the paths a rebuild changed stamps as a new walk does") {
    Folder output;
    for (int i = 0; i < 80; ++i) output.write("materials/m" + std::to_string(i) + "/index.html", "<p>" + std::to_string(i));
    output.write("index.html", "<h1>");
    output.write(".urker-output", "urker-output 1\n");
    output.write("tags/a/index.html", "a");
    output.write("tags/b/index.html", "b");
    TreeListing listing = list_tree(output.root());
    REQUIRE(stamp_listing(listing).fingerprint == stamp_tree(output.root()).fingerprint);

    // What a rebuild in place does: a page replaced by a rename, a new page in new folders, a
    // page gone with the folder it leaves empty, a page that became a folder, the marker written.
    const fs::path root = output.root();
    output.write("staged.tmp", "<p>new 7");
    fs::rename(root / "staged.tmp", root / "materials/m7/index.html");
    output.write("news/2026/first/index.html", "<p>news");
    fs::remove(root / "tags/b/index.html");
    fs::remove(root / "tags/b");
    fs::remove(root / "tags/a/index.html");
    output.write("tags/a/index.html/inner.html", "odd, but possible");
    output.write(".urker-output", "urker-output 1\nnews/2026/first/index.html\n");
    const std::vector<std::string> changed{"materials/m7/index.html", "news/2026/first/index.html", "tags/b/index.html",
                                           "tags/a/index.html/inner.html", "tags/a/index.html", ".urker-output"};
    relist(listing, root, changed);
    const TreeStamp walked = stamp_tree(root);
    const TreeStamp relisted = stamp_listing(listing);
    CHECK(relisted.entries == walked.entries);
    CHECK(relisted.fingerprint == walked.fingerprint);

    SUBCASE("a change left out of the paths shows") {
        output.write("materials/m3/index.html", "<p>edited by hand, longer");
        relist(listing, root, {});
        CHECK_FALSE(stamp_listing(listing).fingerprint == stamp_tree(root).fingerprint);
    }
}

TEST_CASE("a file changed just before the build is kept by what it holds, and read again") {
    Folder site, output;
    site.write("content/a.md", "Сабақ 1");
    output.write("index.html", "<p>");
    // Changed a moment ago: recent, for a stamp that started after it.
    const TreeStamp stamp = stamp_tree(site.root(), {}, wall_clock_ns() - 2'000'000'000);
    REQUIRE(stamp.recent == std::vector<std::string>{"content/a.md"});
    CHECK(stamp_tree(site.root(), {}, wall_clock_ns() + kHour).recent.empty());
    const auto held = content_of(site.root() / "content/a.md");
    REQUIRE(held);
    const UpToDate record(site.root() / ".urker-cache", output.root());
    record.save({stamp_of("inputs"), {}, 1, 1, 0, "", "ru", {{"content/a.md", *held}}});
    CHECK(record.matching(stamp_of("inputs"), site.root()));
    // The same size, and (as a whole-second clock could leave it) the same stamp: the text tells.
    site.write("content/a.md", "Сабақ 2");
    CHECK_FALSE(record.matching(stamp_of("inputs"), site.root()));
    fs::remove(site.root() / "content/a.md");
    CHECK_FALSE(record.matching(stamp_of("inputs"), site.root()));
}

TEST_CASE("a listing kept for the next walk reads back as it was") {
    Folder output;
    output.write("materials/m1/index.html", "<p>1");
    output.write("materials/m2/index.html", "<p>2");
    output.write("index.html", "<h1>");
    const TreeListing listing = list_tree(output.root());
    const std::string bytes = encode_listing(listing);
    const auto back = decode_listing(bytes);
    REQUIRE(back);
    CHECK(back->listed_at_ns == listing.listed_at_ns);
    CHECK(back->folders.size() == listing.folders.size());
    CHECK(stamp_listing(*back).fingerprint == stamp_listing(listing).fingerprint);
    CHECK(encode_listing(*back) == bytes);
    // Anything else is no listing.
    CHECK_FALSE(decode_listing(""));
    CHECK_FALSE(decode_listing(bytes.substr(0, bytes.size() - 1)));
    CHECK_FALSE(decode_listing(bytes + "x"));
    std::string wrong_index = bytes;
    wrong_index[wrong_index.size() - 1] = '\x7f';  // the last entry's folder number, now out of range
    CHECK_FALSE(decode_listing(wrong_index));
}

TEST_CASE("a walk takes the names of folders unchanged since an earlier walk, and finds every change") {
    Folder output;
    for (int i = 0; i < 70; ++i) output.write("materials/m" + std::to_string(i) + "/index.html", "<p>" + std::to_string(i));
    output.write("index.html", "<h1>");
    const fs::path root = output.root();
    // The changes below get times of their own, even from a coarse clock.
    ::usleep(50'000);
    // Listed as if three seconds after its folders last changed (settled, as after a build some
    // time back).
    TreeListing earlier = list_tree(root);
    CHECK(earlier.folders_reused == 0);
    earlier.listed_at_ns += 3'000'000'000;

    const TreeListing again = list_tree(root, {}, &earlier);
    CHECK(again.folders_reused == earlier.folders.size());  // nothing changed: no folder read again
    CHECK(stamp_listing(again).fingerprint == stamp_listing(earlier).fingerprint);

    SUBCASE("a file changed in place, in a folder that did not change") {
        output.write("materials/m5/index.html", "<p>edited by hand");
        const TreeListing now = list_tree(root, {}, &earlier);
        CHECK(now.folders_reused == earlier.folders.size());
        CHECK(stamp_listing(now).fingerprint == stamp_tree(root).fingerprint);
        CHECK_FALSE(stamp_listing(now).fingerprint == stamp_listing(earlier).fingerprint);
    }
    SUBCASE("a file added, one removed, a folder replaced: their folders are read again") {
        output.write("materials/m7/notes.txt", "someone else's");
        fs::remove(root / "materials/m8/index.html");
        fs::remove_all(root / "materials/m9");
        output.write("materials/m9/other.html", "<p>another folder of that name");
        const TreeListing now = list_tree(root, {}, &earlier);
        CHECK(now.folders_reused < earlier.folders.size());
        CHECK(stamp_listing(now).fingerprint == stamp_tree(root).fingerprint);
        CHECK(stamp_listing(now).entries == stamp_tree(root).entries);
    }
    SUBCASE("folders changed within two seconds of the earlier walk are read again") {
        const TreeListing just_now = list_tree(root);  // its folders changed some 50 ms before
        const TreeListing now = list_tree(root, {}, &just_now);
        CHECK(now.folders_reused == 0);
        CHECK(stamp_listing(now).fingerprint == stamp_tree(root).fingerprint);
    }
}

TEST_CASE("a listing's files are found by path with what lstat said of them, and only those it looked at") {
    Folder output;
    for (int i = 0; i < 12; ++i) output.write("materials/m" + std::to_string(i) + "/index.html", "<p>" + std::to_string(i));
    output.write("index.html", "<h1>home</h1>");
    const TreeListing listing = list_tree(output.root());
    const ListedFiles files(listing);
    for (const std::string path : {"index.html", "materials/m0/index.html", "materials/m11/index.html"}) {
        INFO(path);
        struct stat st {};
        REQUIRE(::lstat((output.root() / path).c_str(), &st) == 0);
        const std::optional<ListedFiles::Found> found = files.find(path);
        REQUIRE(found);
        CHECK(found->regular);
        CHECK(found->id.size == static_cast<std::uint64_t>(st.st_size));
        CHECK(found->id.inode == static_cast<std::uint64_t>(st.st_ino));
        CHECK(found->id.modified_ns == static_cast<std::int64_t>(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec);
    }
    // A folder is not a file; a name the walk did not find in a folder it listed is not there.
    REQUIRE(files.find("materials/m3"));
    CHECK_FALSE(files.find("materials/m3")->regular);
    REQUIRE(files.find("materials/m3/other.html"));
    CHECK_FALSE(files.find("materials/m3/other.html")->regular);
    // A folder the walk did not list: only the file system can tell.
    CHECK_FALSE(files.find("news/first/index.html"));
}

TEST_CASE("a site swapped in is listed from what the build wrote exactly as a walk of it finds it") {
    Folder place;
    const fs::path output = place.root() / "public";
    place.write("theme/style.css", "body{}");
    // Enough folders to be looked at by several threads, files beside folders, a file written
    // twice, a copied file, and (second build) files linked to the site before.
    auto build = [&](const std::string& changed) {
        DirectoryOutput out(output);
        for (int i = 0; i < 90; ++i) out.write("materials/m" + std::to_string(i) + "/index.html", "<p>" + std::to_string(i));
        out.write("materials/m5/files/plan.html", "<p>" + changed);
        out.write("index.html", "first");
        out.write("index.html", "home " + changed);
        out.write("feed.xml", "<feed/>");
        out.copy(place.root() / "theme/style.css", "css/style.css");
        Diagnostics d;
        REQUIRE(out.commit(d));
        const std::optional<SwappedSite> site = out.swapped_site();
        REQUIRE(site);
        return listing_of_swapped_site(output, *site);
    };
    for (const std::string changed : {"one", "two"}) {
        CAPTURE(changed);
        TreeListing made = build(changed);
        const TreeListing walked = list_tree(output);
        CHECK(made.listed_at_ns <= walked.listed_at_ns);
        made.listed_at_ns = walked.listed_at_ns;
        CHECK(made.folders.size() == 1 + 1 + 90 + 1 + 1);
        CHECK(encode_listing(made) == encode_listing(walked));
        CHECK(stamp_listing(made).fingerprint == stamp_tree(output).fingerprint);
    }
    // Someone's file put in after the swap is not in a listing made from the writes: it is in a
    // folder changed since the listing's moment, which the next walk reads again.
    TreeListing made = build("three");
    place.write("public/materials/m3/notes.txt", "mine");
    const TreeListing next = list_tree(output, {}, &made);
    CHECK(next.folders_reused == 0);
    CHECK_FALSE(stamp_listing(next).fingerprint == stamp_listing(made).fingerprint);
}

TEST_CASE("an update in place has no swapped site to list") {
    Folder place;
    const fs::path output = place.root() / "public";
    auto write_pages = [](DirectoryOutput& out) {
        for (int i = 0; i < 10; ++i) out.write("p" + std::to_string(i) + "/index.html", "<p>" + std::to_string(i));
    };
    {
        DirectoryOutput out(output);
        write_pages(out);
        Diagnostics d;
        REQUIRE(out.commit(d));
        CHECK(out.swapped_site());
    }
    DirectoryOutput out(output, Publish::update_in_place);
    write_pages(out);
    out.write("news/index.html", "<p>new");
    CHECK_FALSE(out.swapped_site());  // not committed yet
    Diagnostics d;
    REQUIRE(out.commit(d));
    REQUIRE(out.updated_in_place());
    CHECK_FALSE(out.swapped_site());
}
