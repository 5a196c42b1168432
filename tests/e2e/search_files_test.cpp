// The search files a site gets: shards with a manifest by default, one index with
// `search: {mode: single}`, and a .gz sibling beside each.
#include <doctest/doctest.h>
#include "core/json.h"
#include <zlib.h>

#include <map>
#include <set>
#include <string>

#include "../support/search_bundle.h"
#include "site_fixture.h"

using namespace urker;
using namespace urker::testing;
using json = urker::Json;

namespace {

const char* kSiteYaml = R"(title: Тестовая сеть
base_url: "https://test.example.kz/"
language: ru
languages: [ru, kk]
)";

const std::map<std::string, std::string> kContent = {
    {"content/_index.md", "---\ntitle: Главная\n---\nДобро пожаловать.\n"},
    {"content/news/first.md", "---\ntitle: Открытый урок по дробям\ndate: 2026-09-01\n---\nУрок математики в 5 классе.\n"},
    {"content/news/second.md", "---\ntitle: Ашық сабақ\ndate: 2026-09-02\nlanguage: kk\n---\nОқушылар сабақта.\n"},
};

std::unique_ptr<SiteFixture::Result> build_with(const std::string& extra_yaml) {
    std::map<std::string, std::string> files = kContent;
    files["site.yaml"] = std::string(kSiteYaml) + extra_yaml;
    SiteFixture site(files);
    return site.build();
}

}  // namespace

TEST_CASE("a site's search is a manifest, with index shards and store entries in bundles read by range") {
    auto r = build_with("");
    REQUIRE_MESSAGE(r->ok, r->messages());
    const json manifest = json::parse(r->out.at("search/index.json"));
    auto read = [&](const std::string& p) { return r->out.at(p); };
    CHECK(manifest["format"] == "urker-lunr-shards");
    CHECK(manifest["formatVersion"] == 3);
    const std::size_t documents = manifest["documents"];
    CHECK(documents == 2);  // pages, not the home page
    CHECK(manifest["facets"]["docs"].size() == documents);
    // Every index shard holds terms' postings, a gzip member padded to the unit, in a bundle file.
    REQUIRE(manifest["index"]["files"] == json({"index-0.bin"}));
    CHECK(manifest["index"]["v"].get<std::string>().size() == 8);  // the bundle's version, for `?v=`
    const auto index_parts = bundle_layout(manifest["index"]);
    REQUIRE(index_parts.size() == manifest["shards"].size());
    std::size_t end = 0;
    for (std::size_t k = 0; k < index_parts.size(); ++k) {
        CHECK(index_parts[k].offset == end);  // end to end, nothing between
        CHECK(index_parts[k].length % 256 == 0);
        end += index_parts[k].length;
        const json shard = json::parse(bundle_part(manifest["index"], k, read));
        CHECK(shard["invertedIndex"].size() >= 1);
        for (const auto& entry : shard["invertedIndex"]) {  // [term, introduced by, before, postings]
            CHECK(entry.size() == 4);
            CHECK(entry[3].is_object());
        }
    }
    CHECK(r->out.at("search/index-0.bin").size() == end);
    CHECK_FALSE(r->out.has("search/index-0.bin.gz"));  // a range of a .gz could not be inflated
    // One store entry per document, by number; each names its page.
    REQUIRE(bundle_layout(manifest["store"]).size() == documents);
    std::set<std::string> urls;
    for (std::size_t n = 0; n < documents; ++n) {
        const json entry = json::parse(bundle_part(manifest["store"], n, read));
        urls.insert(entry["u"].get<std::string>());
        CHECK(!entry["t"].get<std::string>().empty());
    }
    CHECK(urls == std::set<std::string>{"/news/first/", "/news/second/"});
    CHECK(gunzip(r->out.at("search/index.json.gz")) == r->out.at("search/index.json"));
    CHECK(gunzip(r->out.at("search/lunr.js.gz")) == r->out.at("search/lunr.js"));
    // The search page loads engine.js alone: lunr, the shards' and bundles' readers, the manifest.
    const std::string& engine = r->out.at("search/engine.js");
    CHECK(gunzip(r->out.at("search/engine.js.gz")) == engine);
    for (const char* part : {"UrkerLunrShards", "UrkerRangeBundle", "self.UrkerSearchManifest = "})
        CHECK_MESSAGE(engine.find(part) != std::string::npos, part);
    CHECK(engine.find(r->out.at("search/index.json")) != std::string::npos);
    CHECK(r->out.has("search/terms.json.gz"));
    CHECK(json::parse(r->out.at("search/filters.json"))["docs"].size() == documents);
    CHECK_FALSE(r->out.has("search/store.json"));
    const std::string& page = r->out.at("search/index.html");
    CHECK(page.find("data-store-url=\"\"") != std::string::npos);
    CHECK(page.find("data-index-url=\"\"") != std::string::npos);
    CHECK(page.find("data-lunr-url=\"/search/engine.js\"") != std::string::npos);
}

TEST_CASE("search: {mode: single} writes one lunr index and one store, as before shards") {
    auto r = build_with("search: {mode: single}\n");
    REQUIRE_MESSAGE(r->ok, r->messages());
    const json index = json::parse(r->out.at("search/index.json"));
    CHECK(index["version"] == "2.3.9");
    CHECK(index["invertedIndex"].size() > 5);
    CHECK(json::parse(r->out.at("search/store.json")).contains("/news/first/"));
    CHECK(gunzip(r->out.at("search/index.json.gz")) == r->out.at("search/index.json"));
    CHECK_FALSE(r->out.has("search/index-0.bin"));
    CHECK_FALSE(r->out.has("search/engine.js"));
    CHECK(r->out.at("search/index.html").find("search/store.json") != std::string::npos);
}

TEST_CASE("an unknown search mode is an error at its line in site.yaml") {
    auto r = build_with("search:\n  mode: split\n");
    CHECK_FALSE(r->ok);
    CHECK(r->messages().find("site.yaml:6:") != std::string::npos);
    CHECK(r->messages().find("search: mode: is \"split\"; it must be sharded or single") != std::string::npos);
    // In the reader's language, as every other setting's message.
    std::string russian;
    for (const auto& d : r->diags.items()) russian += format_diagnostic(d, "ru");
    CHECK(russian.find("в search: mode: написано «split», а должно быть sharded или single") != std::string::npos);
    CHECK(russian.find("напишите  search: {mode: sharded}  (индекс в небольших файлах") != std::string::npos);
}
