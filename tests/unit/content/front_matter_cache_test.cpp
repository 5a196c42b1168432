#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "config/site_config.h"
#include "content/front_matter_cache.h"
#include "content/loader.h"
#include "../../support/temp_folder.h"

using namespace urker;
namespace fs = std::filesystem;

namespace {

// A temporary folder of this test's own.
struct Folder : testing::TempFolder {
    Folder() : TempFolder("urker-front-matter-") {}
};

constexpr const char* kYaml =
    "title: \"Дроби: сложение\"\nweight: -3\nscore: 4.5\nempty:\nauthor: [smagulova-zh, ismailova-l]\ngrade: 5\ndraft: false\nreview:\n  status: approved\n  reviewers: [a]\n";

Fingerprint key_of(const char* text) {
    Fingerprinter f;
    f.add(std::string_view(text));
    return f.finish();
}

void check_same(const YamlDocument& a, const YamlDocument& b) {
    CHECK(a.value == b.value);
    CHECK(a.file == b.file);
    REQUIRE(a.positions.size() == b.positions.size());
    for (auto i = a.positions.begin(), j = b.positions.begin(); i != a.positions.end(); ++i, ++j) {
        CHECK(i->first == j->first);
        CHECK(i->second.line == j->second.line);
        CHECK(i->second.column == j->second.column);
    }
}

}  // namespace

TEST_CASE("a parsed front matter comes back from its record as parsed: values, and where each stood") {
    Diagnostics d;
    const YamlDocument parsed = parse_yaml(kYaml, "content/materials/drobi.md", d, 1);
    REQUIRE(d.items().empty());
    REQUIRE(parsed.positions.size() > 5);
    const std::string bytes = encode_front_matter(parsed);
    auto decoded = decode_front_matter(bytes, "content/materials/drobi.md");
    REQUIRE(decoded);
    check_same(parsed, *decoded);
    // The same values with the same types: a page's fingerprint tells a signed 5 from an unsigned one.
    CHECK(decoded->value["grade"].type() == parsed.value["grade"].type());
    CHECK(Fingerprinter().add(decoded->value).finish() == Fingerprinter().add(parsed.value).finish());
    CHECK(decoded->locate("/review/status").line == parsed.locate("/review/status").line);
    // Cut anywhere, a record is no record.
    for (std::size_t cut : {std::size_t{0}, std::size_t{3}, bytes.size() / 2, bytes.size() - 1})
        CHECK_FALSE(decode_front_matter(std::string_view(bytes).substr(0, cut), "a.md"));
}

TEST_CASE("the cache finds a text again under the same key, and only the same text at the same place") {
    Folder cache_folder;
    const fs::path file = cache_folder.root() / kFrontMatterCacheFile;
    Diagnostics d;
    auto whole = std::make_shared<const SourceText>(std::string("---\n") + kYaml + "---\nТекст\n");
    const YamlDocument parsed = parse_yaml_in_file(kYaml, "content/a.md", d, 1, whole);
    const Fingerprint text = FrontMatterCache::text_key(kYaml, 1);
    CHECK_FALSE(text == FrontMatterCache::text_key(kYaml, 2));
    {
        auto cache = FrontMatterCache::load(file, key_of("binary"));
        CHECK_FALSE(cache->find(text, "content/a.md", whole));
        cache->record(text, parsed);
        REQUIRE(cache->save(file, key_of("binary")));
    }
    auto again = FrontMatterCache::load(file, key_of("binary"));
    auto found = again->find(text, "content/b.md", whole);
    REQUIRE(found);
    CHECK(found->value == parsed.value);
    CHECK(found->file == "content/b.md");
    CHECK(found->locate("/grade").file == "content/b.md");
    CHECK(found->locate("/grade").line == parsed.locate("/grade").line);
    CHECK(&found->text() == &whole->str());
    CHECK(again->found() == 1);
    CHECK_FALSE(again->find(FrontMatterCache::text_key("title: Другое\n", 1), "content/a.md", whole));

    SUBCASE("another binary's cache is not read") { CHECK_FALSE(FrontMatterCache::load(file, key_of("other"))->find(text, "a.md", whole)); }
    SUBCASE("a damaged record is not taken") {
        std::string bytes;
        {
            std::ifstream in(file, std::ios::binary);
            bytes.assign(std::istreambuf_iterator<char>(in), {});
        }
        bytes[bytes.size() - 5] ^= 0x20;
        std::ofstream(file, std::ios::binary | std::ios::trunc) << bytes;
        CHECK_FALSE(FrontMatterCache::load(file, key_of("binary"))->find(text, "a.md", whole));
        std::ofstream(file, std::ios::binary | std::ios::trunc) << bytes.substr(0, bytes.size() - 9);
        CHECK_FALSE(FrontMatterCache::load(file, key_of("binary"))->find(text, "a.md", whole));
    }
}

TEST_CASE("loading with the cache gives the pages loading without it gives, and a mistake is reported every time") {
    Folder site;
    site.write("site.yaml", "title: Сеть\nlanguage: ru\n");
    site.write("content/_index.md", "---\ntitle: Главная\n---\nТекст.\n");
    site.write("content/news/a.md", std::string("---\n") + kYaml + "---\nНовость.\n");
    site.write("content/news/broken.md", "---\ntitle: [не закрыто\n---\nТекст.\n");
    Diagnostics config_diags;
    auto config = load_site_config(site.root(), config_diags, "");
    REQUIRE(config);
    const fs::path file = site.root() / ".urker-cache" / kFrontMatterCacheFile;

    Diagnostics plain_diags;
    const ContentSet plain = load_content(site.root(), *config, LoadOptions{}, plain_diags);
    REQUIRE(plain_diags.error_count() == 1);

    for (int build = 0; build < 2; ++build) {
        CAPTURE(build);
        auto cache = FrontMatterCache::load(file, key_of("binary"));
        Diagnostics diags;
        LoadOptions options;
        options.front_matter = cache.get();
        const ContentSet cached = load_content(site.root(), *config, options, diags);
        CHECK(diags.error_count() == 1);  // broken.md, parsed and reported again
        CHECK(cache->found() == (build == 0 ? 0u : 2u));
        REQUIRE(cached.pages.size() == plain.pages.size());
        for (std::size_t i = 0; i < plain.pages.size(); ++i) {
            CHECK(cached.pages[i].source == plain.pages[i].source);
            check_same(cached.pages[i].front_matter, plain.pages[i].front_matter);
        }
        REQUIRE(cache->save(file, key_of("binary")));
    }
}
