#include <doctest/doctest.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <mutex>

#include "config/site_config.h"
#include "content/front_matter_cache.h"
#include "content/known_files.h"
#include "content/loader.h"
#include "../../support/temp_folder.h"

using namespace urker;
namespace fs = std::filesystem;

namespace {

struct Folder : testing::TempFolder {
    Folder() : TempFolder("urker-known-files-") {}
};

const Fingerprint kKey = fingerprint_of("binary");

// The clock file times are set from, in nanoseconds since the epoch.
std::int64_t now_ns() {
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::system_clock::now().time_since_epoch()).count();
}

// A build that records: every file counts as left alone long ago (the build "starts" a minute
// after now), and the model is taken to have found no unparsed links in any.
ContentSet load(const Folder& site, const SiteConfig& config, FrontMatterCache& front_matter, const KnownFiles& known,
                std::int64_t started_ns, Diagnostics& diags) {
    LoadOptions options;
    options.front_matter = &front_matter;
    options.known = &known;
    options.started_ns = started_ns;
    ContentSet set = load_content(site.root(), config, options, diags);
    for (Page& page : set.pages) page.facts.unparsed_links = false;
    return set;
}

const Page& page_at(const ContentSet& set, const std::string& rel) {
    for (const Page& page : set.pages)
        if (page.content_path == rel) return page;
    FAIL("no page " << rel);
    return set.pages.front();
}

}  // namespace

TEST_CASE("a file left alone since the last build read it is loaded from the cache, and read only when its text is asked for") {
    Folder site;
    site.write("site.yaml", "title: Сеть\nlanguage: ru\n");
    site.write("content/_index.md", "---\ntitle: Главная\n---\nТекст.\n");
    site.write("content/news/a.md", "---\ntitle: Новость\ngrade: 5\n---\n\nТекст новости.\n");
    site.write("content/news/b.md", "---\ntitle: Другая\n---\nЕщё текст.\n");
    site.write("content/news/broken.md", "---\ntitle: [не закрыто\n---\nТекст.\n");
    Diagnostics config_diags;
    auto config = load_site_config(site.root(), config_diags, "");
    REQUIRE(config);
    const fs::path fm_file = site.root() / ".urker-cache" / kFrontMatterCacheFile;
    const fs::path known_file = site.root() / ".urker-cache" / kKnownFilesCacheFile;
    const std::int64_t later = now_ns() + 60'000'000'000;

    // The first build reads everything and records it.
    auto fm = FrontMatterCache::load(fm_file, kKey);
    auto known = KnownFiles::load(known_file, kKey);
    Diagnostics first_diags;
    const ContentSet first = load(site, *config, *fm, *known, later, first_diags);
    REQUIRE(first_diags.error_count() == 1);  // broken.md: not a page, and not recorded
    CHECK(first.files_known == 0);
    for (const Page& page : first.pages) CHECK(page.facts.identity.has_value());
    REQUIRE(fm->save(fm_file, kKey));
    REQUIRE(known->save(known_file, kKey, first.pages));

    // b.md changes; the others do not.
    site.write("content/news/b.md", "---\ntitle: Другая, исправленная\n---\nЕщё текст.\n");
    fm = FrontMatterCache::load(fm_file, kKey);
    known = KnownFiles::load(known_file, kKey);
    CHECK(known->size() == 3);
    Diagnostics diags;
    const ContentSet second = load(site, *config, *fm, *known, later, diags);
    CHECK(diags.error_count() == 1);  // the mistake is read and reported again
    CHECK(second.files_known == 2);
    const Page& a = page_at(second, "news/a.md");
    const Page& a_before = page_at(first, "news/a.md");
    REQUIRE(a.shared_text());
    CHECK_FALSE(a.shared_text()->in_memory());  // not read
    CHECK(a.title == "Новость");
    CHECK(a.front_matter.value == a_before.front_matter.value);
    CHECK(a.body_line == a_before.body_line);
    CHECK(a.body_fingerprint() == a_before.body_fingerprint());
    CHECK(a.facts.unparsed_links == false);
    // Asked for, the text is the file's, the body where the cache said.
    CHECK(a.body() == "\nТекст новости.\n");
    CHECK(a.shared_text()->in_memory());
    CHECK(a.front_matter.error_at("/grade", "a message").source_line == "grade: 5");
    const Page& b = page_at(second, "news/b.md");
    CHECK(b.shared_text()->in_memory());  // changed: read
    CHECK(b.title == "Другая, исправленная");

    SUBCASE("a file changed within two seconds of the build's start is read, and not kept") {
        Diagnostics now_diags;
        const ContentSet now = load(site, *config, *fm, *known, now_ns(), now_diags);
        CHECK(now.files_known == 0);
        for (const Page& page : now.pages) {
            CHECK(page.shared_text()->in_memory());
            CHECK_FALSE(page.facts.identity.has_value());
        }
        CHECK(KnownFiles::encode(kKey, now.pages).size() == KnownFiles::encode(kKey, {}).size());  // nothing to keep
    }
    SUBCASE("the identities come from the walk of the site's folder when it has them") {
        const FileIdentity a_then = *a_before.facts.identity;
        std::vector<std::string> asked;
        std::mutex asking;  // the files load on all cores
        LoadOptions options;
        options.front_matter = fm.get();
        options.known = known.get();
        options.started_ns = later;
        options.identity_of_file = [&](const std::string& rel) -> std::optional<std::optional<FileIdentity>> {
            {
                std::lock_guard lock(asking);
                asked.push_back(rel);
            }
            if (rel == "news/a.md") {  // the walk saw another file there: read
                FileIdentity other = a_then;
                other.size += 1;
                return std::optional<FileIdentity>(other);
            }
            if (rel == "news/b.md") return std::optional<FileIdentity>();  // not a regular file, the walk says
            return std::nullopt;  // the walk cannot tell: the file system is asked (the others)
        };
        Diagnostics walked_diags;
        ContentSet walked = load_content(site.root(), *config, options, walked_diags);
        CHECK(std::find(asked.begin(), asked.end(), "news/a.md") != asked.end());
        const Page& a_walked = page_at(walked, "news/a.md");
        CHECK(a_walked.shared_text()->in_memory());               // read: not the identity the cache knows
        CHECK(a_walked.facts.identity == FileIdentity{a_then.size + 1, a_then.inode, a_then.modified_ns, a_then.changed_ns});
        CHECK_FALSE(page_at(walked, "news/b.md").facts.identity.has_value());  // no identity: read, not kept
        CHECK(page_at(walked, "news/b.md").shared_text()->in_memory());
        CHECK_FALSE(page_at(walked, "_index.md").shared_text()->in_memory());  // the file system's identity: known
        CHECK(walked.files_known == 1);
    }
    SUBCASE("without its front matter's record the file is read") {
        FrontMatterCache empty;
        Diagnostics empty_diags;
        const ContentSet read = load(site, *config, empty, *known, later, empty_diags);
        CHECK(read.files_known == 0);
        CHECK(page_at(read, "news/a.md").shared_text()->in_memory());
    }
}

TEST_CASE("the records: only files the model looked at, found by path and identity, none from another binary or a damaged file") {
    Folder folder;
    Page read;
    read.content_path = "news/a.md";
    read.set_text(std::string("---\ntitle: A\n---\nТекст.\n"), 17);
    read.body_line = 4;
    read.facts.identity = FileIdentity{24, 7, 1000, 2000};
    read.facts.front_matter_key = fingerprint_of("front matter");
    read.facts.unparsed_links = true;
    Page view = read;
    view.content_path = "news/a.view";
    view.is_view = true;
    Page unlooked = read;
    unlooked.content_path = "news/b.md";
    unlooked.facts.unparsed_links.reset();
    Page recent = read;
    recent.content_path = "news/c.md";
    recent.facts.identity.reset();
    const std::vector<Page> pages{read, view, unlooked, recent};

    const fs::path file = folder.root() / kKnownFilesCacheFile;
    {
        std::ofstream out(file, std::ios::binary);
        out << KnownFiles::encode(kKey, pages);
    }
    auto known = KnownFiles::load(file, kKey);
    CHECK(known->size() == 1);
    const KnownFiles::Record* record = known->find("news/a.md", FileIdentity{24, 7, 1000, 2000});
    REQUIRE(record);
    CHECK(record->body_offset == 17);
    CHECK(record->body_line == 4);
    CHECK(record->unparsed_links);
    CHECK(record->front_matter_key == fingerprint_of("front matter"));
    CHECK(record->body_fingerprint == fingerprint_of("Текст.\n"));
    CHECK_FALSE(known->find("news/a.md", FileIdentity{24, 7, 1000, 2001}));  // changed (ctime)
    CHECK_FALSE(known->find("news/a.md", FileIdentity{25, 7, 1000, 2000}));  // another size
    CHECK_FALSE(known->find("news/b.md", FileIdentity{24, 7, 1000, 2000}));

    CHECK(KnownFiles::load(file, fingerprint_of("another binary"))->size() == 0);
    std::string bytes = KnownFiles::encode(kKey, pages);
    bytes[bytes.size() / 2] ^= 1;
    {
        std::ofstream out(file, std::ios::binary | std::ios::trunc);
        out << bytes;
    }
    CHECK(KnownFiles::load(file, kKey)->size() == 0);
    CHECK(KnownFiles::load(folder.root() / "missing.bin", kKey)->size() == 0);
}

TEST_CASE("a file is settled two seconds after its last change") {
    const std::int64_t start = 100'000'000'000;
    CHECK(settled(FileIdentity{1, 1, start - kSettledNs, start - kSettledNs}, start));
    CHECK_FALSE(settled(FileIdentity{1, 1, start - kSettledNs + 1, 0}, start));
    CHECK_FALSE(settled(FileIdentity{1, 1, 0, start - 1}, start));  // changed (renamed, chmod) just now
}
