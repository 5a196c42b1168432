#include <doctest/doctest.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <set>
#include <thread>

#include "output/published_memo.h"
#include "temp_folder.h"

using namespace urker;
using urker::testing::TempFolder;
namespace fs = std::filesystem;

namespace {

// A sink that only notes which previous files it was asked to take.
class LinkingSink : public OutputSink {
public:
    void write(const std::string&, std::string_view) override {}
    void copy(const fs::path&, const std::string&) override {}
    std::size_t file_count() const override { return 0; }
    std::uintmax_t byte_count() const override { return 0; }
    bool link_previous(const std::string& path, std::optional<std::uintmax_t>) override {
        linked.insert(path);
        return true;
    }
    std::set<std::string> linked;
};

Fingerprint fp(std::string_view text) { return Fingerprinter().add(text).finish(); }

// What the pages read of the site-wide values, as the renderer would see them now.
PublishedMemo::ReadNow reads_seeing(std::string title) {
    return [title](const std::string& where, std::uint8_t kind) { return Fingerprinter().add(std::string_view(where)).add(kind).add(std::string_view(title)).finish(); };
}

}  // namespace

TEST_CASE("the build cache takes a published page only when its inputs, its reads and its file are as they were") {
    TempFolder t;
    const fs::path cache = t / ".urker-cache", output = t / "public";
    t.write("public/a/index.html", "<p>A</p>");
    t.write("public/b/index.html", "<p>B</p>");
    const Fingerprint key = fp("urker 1");
    const auto seen = reads_seeing("Сеть");
    {
        PublishedMemo memo(cache, output, key);
        CHECK(memo.known() == 0);
        memo.remember("a/index.html", fp("a"), {{"4:site5:title", 0, seen("4:site5:title", 0)}});
        memo.remember("b/index.html", fp("b"), {});
        memo.remember_group("search", fp("docs"), {"b/index.html"}, "{\"documents\":1}");
        REQUIRE(memo.save());
    }
    SUBCASE("the same inputs and reads: taken") {
        PublishedMemo memo(cache, output, key);
        CHECK(memo.known() == 2);
        LinkingSink out;
        CHECK(memo.reuse(out, "a/index.html", fp("a"), seen));
        CHECK(out.linked == std::set<std::string>{"a/index.html"});
        CHECK(memo.reused() == 1);
        CHECK(memo.reuse_group(out, "search", fp("docs")) == std::optional<std::string>("{\"documents\":1}"));
    }
    SUBCASE("other inputs, another read, another group fingerprint, a page never seen: not taken") {
        PublishedMemo memo(cache, output, key);
        LinkingSink out;
        CHECK_FALSE(memo.reuse(out, "a/index.html", fp("a, edited"), seen));
        CHECK_FALSE(memo.reuse(out, "a/index.html", fp("a"), reads_seeing("Сеть школ")));
        CHECK_FALSE(memo.reuse(out, "c/index.html", fp("c"), seen));
        CHECK_FALSE(memo.reuse_group(out, "search", fp("other docs")));
        CHECK(out.linked.empty());
    }
    SUBCASE("a published file changed since (by anyone): not taken") {
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
        t.write("public/a/index.html", "<p>Z</p>");  // the same size, another time
        PublishedMemo memo(cache, output, key);
        LinkingSink out;
        CHECK_FALSE(memo.reuse(out, "a/index.html", fp("a"), seen));
        fs::remove(output / "b/index.html");
        CHECK_FALSE(memo.reuse(out, "b/index.html", fp("b"), seen));
        CHECK_FALSE(memo.reuse_group(out, "search", fp("docs")));
    }
    SUBCASE("another urker binary, or a damaged memo: nothing is taken") {
        PublishedMemo other(cache, output, fp("urker 2"));
        CHECK(other.known() == 0);
        std::ofstream(PublishedMemo::file_for(cache, output), std::ios::app) << "p 0123 garbage\n";
        PublishedMemo damaged(cache, output, key);
        CHECK(damaged.known() == 0);
        LinkingSink out;
        CHECK_FALSE(damaged.reuse(out, "a/index.html", fp("a"), seen));
    }
}

TEST_CASE("the build cache in memory rolls from one build to the next") {
    PublishedMemo memo(fp("urker 1"));
    const auto seen = reads_seeing("Сеть");
    memo.remember("a/index.html", fp("a"), {{"4:site5:title", 0, seen("4:site5:title", 0)}});
    memo.roll();
    LinkingSink out;
    CHECK(memo.reuse(out, "a/index.html", fp("a"), seen));
    memo.roll();  // the page taken is remembered for the build after
    CHECK(memo.reuse(out, "a/index.html", fp("a"), seen));
    // A failed build: what it remembered is forgotten, the last good build's memo stays.
    memo.remember("a/index.html", fp("a, broken"), {});
    memo.forget_current();
    CHECK(memo.reuse(out, "a/index.html", fp("a"), seen));
    CHECK_FALSE(memo.reuse(out, "a/index.html", fp("a, broken"), seen));
    // A build that read another title: not taken.
    CHECK_FALSE(memo.reuse(out, "a/index.html", fp("a"), reads_seeing("Сеть школ")));
}

TEST_CASE("pages that share their site-wide values look at each read once, and a changed read turns them all away") {
    PublishedMemo memo(fp("urker 1"));
    const auto then = reads_seeing("Сеть");
    const std::vector<PublishedMemo::Read> reads = {{"4:site5:title", 0, then("4:site5:title", 0)},
                                                    {"4:site8:sections", 2, then("4:site8:sections", 2)}};
    for (const char* page : {"a/index.html", "b/index.html", "c/index.html"}) memo.remember(page, fp(page), reads);
    memo.roll();
    LinkingSink out;
    for (const char* title : {"Сеть", "Сеть школ"}) {
        int looked = 0;
        const auto base = reads_seeing(title);
        PublishedMemo::ReadNow now = [&](const std::string& where, std::uint8_t kind) {
            ++looked;
            return base(where, kind);
        };
        PublishedMemo::ReadVerdicts verdicts(memo.previous_read_count());
        const bool same = std::string(title) == "Сеть";
        for (const char* page : {"a/index.html", "b/index.html", "c/index.html"})
            CHECK(memo.reuse(out, page, fp(page), now, &verdicts) == same);
        // The same two reads for three pages: looked at once each (a changed title stops at the first).
        CHECK(looked == (same ? 2 : 1));
    }
    // What the reused pages read is carried into this build's memo: they are taken again after it.
    memo.roll();
    CHECK(memo.reuse(out, "b/index.html", fp("b/index.html"), then));
}

TEST_CASE("a page's reads go to the file in runs and come back as they were, in their order") {
    TempFolder t;
    const fs::path cache = t / ".urker-cache", output = t / "public";
    for (const char* page : {"a", "b", "c"}) t.write(std::string("public/") + page + "/index.html", page);
    const Fingerprint key = fp("urker 1");
    const auto then = reads_seeing("Сеть");
    std::vector<PublishedMemo::Read> all;
    for (int k = 0; k < 6; ++k) {
        const std::string where = "4:site" + std::to_string(k);
        all.push_back({where, 0, then(where, 0)});
    }
    {
        PublishedMemo memo(cache, output, key);
        memo.remember("a/index.html", fp("a"), all);                                 // 0-5
        memo.remember("b/index.html", fp("b"), {all[5], all[0], all[2], all[3]});  // 5,0,2-3
        memo.remember("c/index.html", fp("c"), {all[4]});                           // 4
        REQUIRE(memo.save());
    }
    std::ifstream in(PublishedMemo::file_for(cache, output));
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    CHECK(text.find(" 0-5 a/index.html") != std::string::npos);
    CHECK(text.find(" 5,0,2-3 b/index.html") != std::string::npos);
    CHECK(text.find(" 4 c/index.html") != std::string::npos);
    // Read back: each page is turned away by a change to one of its own reads, and only by those.
    PublishedMemo memo(cache, output, key);
    REQUIRE(memo.known() == 3);
    const PublishedMemo::ReadNow third_changed = [&](const std::string& where, std::uint8_t kind) {
        return where == "4:site3" ? fp("changed") : then(where, kind);
    };
    LinkingSink out;
    CHECK_FALSE(memo.reuse(out, "a/index.html", fp("a"), third_changed));
    CHECK_FALSE(memo.reuse(out, "b/index.html", fp("b"), third_changed));
    CHECK(memo.reuse(out, "c/index.html", fp("c"), third_changed));
    CHECK(memo.reuse(out, "a/index.html", fp("a"), then));
    CHECK(memo.reuse(out, "b/index.html", fp("b"), then));
}
