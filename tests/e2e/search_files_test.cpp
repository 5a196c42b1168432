// The search files a site gets: shards with a manifest by default, one index with
// `search: {mode: single}`, and a .gz sibling beside each.
#include <doctest/doctest.h>
#include <nlohmann/json.hpp>
#include <zlib.h>

#include <map>
#include <set>
#include <string>

#include "site_fixture.h"

using namespace urker;
using namespace urker::testing;
using json = nlohmann::json;

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

std::string gunzip(const std::string& data) {
    z_stream zs{};
    if (inflateInit2(&zs, 15 + 16) != Z_OK) return {};
    std::string out;
    char buf[16384];
    zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
    zs.avail_in = static_cast<uInt>(data.size());
    int status = Z_OK;
    while (status == Z_OK) {
        zs.next_out = reinterpret_cast<Bytef*>(buf);
        zs.avail_out = sizeof buf;
        status = inflate(&zs, Z_NO_FLUSH);
        out.append(buf, sizeof buf - zs.avail_out);
    }
    inflateEnd(&zs);
    return status == Z_STREAM_END ? out : std::string("(not gzip)");
}

std::unique_ptr<SiteFixture::Result> build_with(const std::string& extra_yaml) {
    std::map<std::string, std::string> files = kContent;
    files["site.yaml"] = std::string(kSiteYaml) + extra_yaml;
    SiteFixture site(files);
    return site.build();
}

}  // namespace

TEST_CASE("a site's search is a manifest with index and store shards, each file with its gzip sibling") {
    auto r = build_with("");
    REQUIRE_MESSAGE(r->ok, r->messages());
    const json manifest = json::parse(r->out.at("search/index.json"));
    CHECK(manifest["format"] == "urker-lunr-shards");
    CHECK(manifest["index"] == "shards/i{n}.json");
    const std::size_t documents = manifest["documents"];
    CHECK(documents == 2);  // pages, not the home page
    CHECK(manifest["facets"]["docs"].size() == documents);
    for (std::size_t k = 0; k < manifest["shards"].size(); ++k) {
        const std::string path = "search/shards/i" + std::to_string(k) + ".json";
        REQUIRE(r->out.has(path));
        CHECK(json::parse(r->out.at(path))["version"] == "2.3.9");
        CHECK(gunzip(r->out.at(path + ".gz")) == r->out.at(path));
    }
    // One store shard per document here; each entry names its page.
    std::set<std::string> urls;
    for (std::size_t n = 0; n < documents; ++n) {
        const json store = json::parse(r->out.at("search/shards/s" + std::to_string(n) + ".json"));
        REQUIRE(store.size() == 1);
        urls.insert(store[0]["u"].get<std::string>());
        CHECK(!store[0]["t"].get<std::string>().empty());
    }
    CHECK(urls == std::set<std::string>{"/news/first/", "/news/second/"});
    CHECK(gunzip(r->out.at("search/index.json.gz")) == r->out.at("search/index.json"));
    CHECK(gunzip(r->out.at("search/lunr.js.gz")) == r->out.at("search/lunr.js"));
    CHECK(r->out.at("search/lunr.js").find("UrkerLunrShards") != std::string::npos);
    CHECK(r->out.has("search/shards/terms.json.gz"));
    CHECK_FALSE(r->out.has("search/store.json"));
    CHECK(r->out.at("search/index.html").find("data-store-url=\"\"") != std::string::npos);
}

TEST_CASE("search: {mode: single} writes one lunr index and one store, as before shards") {
    auto r = build_with("search: {mode: single}\n");
    REQUIRE_MESSAGE(r->ok, r->messages());
    const json index = json::parse(r->out.at("search/index.json"));
    CHECK(index["version"] == "2.3.9");
    CHECK(index["invertedIndex"].size() > 5);
    CHECK(json::parse(r->out.at("search/store.json")).contains("/news/first/"));
    CHECK(gunzip(r->out.at("search/index.json.gz")) == r->out.at("search/index.json"));
    CHECK_FALSE(r->out.has("search/shards/i0.json"));
    CHECK(r->out.at("search/index.html").find("search/store.json") != std::string::npos);
}

TEST_CASE("an unknown search mode is an error at its line in site.yaml") {
    auto r = build_with("search:\n  mode: split\n");
    CHECK_FALSE(r->ok);
    CHECK(r->messages().find("site.yaml:6:") != std::string::npos);
    CHECK(r->messages().find("\"search.mode\" must be sharded or single") != std::string::npos);
}
