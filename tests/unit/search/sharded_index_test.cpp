// The sharded index against the monolithic one (whose byte-identity with lunr.js
// index_writer_test.cpp pins): together, the shards hold exactly its terms, postings and
// field-vector elements, with refs renamed to document numbers. (tests/compat/ runs lunr.js queries
// over the shards.)
#include "search/sharded_index.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <map>
#include <string>
#include <vector>

using namespace urker::search;
using json = nlohmann::json;

namespace {

std::vector<SearchDocument> small_corpus() {
    std::vector<SearchDocument> docs(4);
    docs[0].ref = "a";
    docs[0].fields = {{"title", std::string("Дроби в 5 классе")},
                      {"tags", std::vector<std::string>{"математика", "5 класс"}},
                      {"body", std::string("Сложение дробей: урок и задачи.")}};
    docs[1].ref = "b";
    docs[1].fields = {{"title", std::string("Fractions lesson")},
                      {"body", std::string("Adding fractions, lesson plan and tasks. Дроби!")}};
    docs[1].boost = 2;
    docs[2].ref = "10";
    docs[2].fields = {{"title", std::string("Қазақ тілі")},
                      {"tags", std::vector<std::string>{"қазақ тілі"}},
                      {"body", std::string("Оқушылар сабақта дробей")}};
    docs[3].ref = "a";  // a repeated ref: postings from both, vectors from this one
    docs[3].fields = {{"title", std::string("Дроби, второй урок")}};
    return docs;
}

const std::vector<SearchField> fields{{"title", 10}, {"tags", 5}, {"body", 1}};

// The monolithic index with every ref replaced by its document number.
json renamed_monolith(const ShardedIndex& sharded, const std::vector<SearchDocument>& docs) {
    std::map<std::string, std::string> number_of_ref;
    for (std::size_t n = 0; n < sharded.document_of_number.size(); ++n)
        number_of_ref[docs[sharded.document_of_number[n]].ref] = std::to_string(n);
    json whole = json::parse(write_lunr_index(docs, fields, Language::multi));
    json vectors = json::object();
    for (const auto& v : whole["fieldVectors"]) {
        const std::string ref = v[0];
        const std::size_t slash = ref.find('/');
        vectors[ref.substr(0, slash) + "/" + number_of_ref.at(ref.substr(slash + 1))] = v[1];
    }
    json terms = json::array();
    for (const auto& [term, posting] : whole["invertedIndex"].get<std::vector<std::pair<std::string, json>>>()) {
        json renamed = {{"_index", posting["_index"]}};
        for (const SearchField& f : fields) {
            renamed[f.name] = json::object();
            for (const auto& [ref, meta] : posting[f.name].items()) renamed[f.name][number_of_ref.at(ref)] = meta;
        }
        terms.push_back({term, renamed});
    }
    return {{"fieldVectors", vectors}, {"invertedIndex", terms}};
}

}  // namespace

TEST_CASE("the shards together hold the whole index's terms, postings and field-vector elements") {
    const auto docs = small_corpus();
    ShardedIndexOptions options;
    options.shard_bytes = 1;  // one term per shard
    const ShardedIndex sharded = write_sharded_lunr_index(docs, fields, Language::multi, options);
    const json whole = renamed_monolith(sharded, docs);
    REQUIRE(sharded.shards.size() == whole["invertedIndex"].size());

    json terms = json::array();
    std::map<std::string, json> elements;  // field/number -> [index, score, …] over all shards
    for (std::size_t k = 0; k < sharded.shards.size(); ++k) {
        const json shard = json::parse(sharded.shards[k]);
        CHECK(shard["version"] == "2.3.9");
        CHECK(shard["fields"] == json({"title", "tags", "body"}));
        CHECK(shard["pipeline"] == json({"stemmer", "stemmer-ru"}));
        // The shard's range starts at a prefix of its first term.
        CHECK(shard["invertedIndex"][0][0].get<std::string>().rfind(sharded.first_terms[k], 0) == 0);
        if (k > 0) CHECK(terms.back()[0].get<std::string>() < sharded.first_terms[k]);
        for (const auto& entry : shard["invertedIndex"]) {
            json posting = json::object();
            for (const auto& [key, value] : entry[1].items()) posting[key] = value;
            terms.push_back({entry[0], posting});
        }
        for (const auto& v : shard["fieldVectors"])
            for (const auto& x : v[1]) elements[v[0].get<std::string>()].push_back(x);
    }
    CHECK(terms == whole["invertedIndex"]);
    for (const auto& [ref, values] : whole["fieldVectors"].items()) {
        json merged = elements.count(ref) ? elements[ref] : json::array();
        // Shards come in term order, `_index` is first-appearance order: sort the pairs.
        std::vector<std::pair<int, double>> pairs;
        for (std::size_t i = 0; i + 1 < merged.size(); i += 2) pairs.emplace_back(merged[i], merged[i + 1]);
        std::sort(pairs.begin(), pairs.end());
        json sorted = json::array();
        for (const auto& [index, score] : pairs) sorted.push_back(index), sorted.push_back(score);
        CHECK_MESSAGE(sorted == values, ref);
    }
    CHECK(json::parse(sharded.terms).size() == whole["invertedIndex"].size());
}

TEST_CASE("documents are numbered in lunr's key order: integer-like refs first, then the others as added") {
    const auto docs = small_corpus();
    const ShardedIndex sharded = write_sharded_lunr_index(docs, fields, Language::multi);
    // "10" (added third) is number 0; "a" and "b" follow; the repeated "a" is one document.
    CHECK(sharded.document_of_number == std::vector<std::size_t>{2, 0, 1});
    CHECK(sharded.add_order == std::vector<std::uint32_t>{1, 2, 0});
    CHECK(sharded.manifest["addOrder"] == json({1, 2, 0}));
    CHECK(sharded.manifest["documents"] == 3);
    CHECK(sharded.manifest["format"] == "urker-lunr-shards");
    CHECK(sharded.shards.size() == 1);  // a small index fits one default-sized shard
}

TEST_CASE("a repeated ref gets an empty field vector where only its earlier document had the term") {
    const auto docs = small_corpus();
    ShardedIndexOptions options;
    options.shard_bytes = 1;
    const ShardedIndex sharded = write_sharded_lunr_index(docs, fields, Language::multi, options);
    // "сложен" is only in the first "a" document's body: its posting names "a" (number 1), and
    // lunr reads the field vector body/1, which exists, without the term (the last "a" has no body).
    bool found = false;
    for (const std::string& text : sharded.shards) {
        const json shard = json::parse(text);
        if (shard["invertedIndex"][0][0] != "сложен") continue;
        found = true;
        CHECK(shard["invertedIndex"][0][1]["body"].contains("1"));
        CHECK(shard["fieldVectors"] == json::parse(R"([["body/1",[]]])"));
    }
    CHECK(found);
}

TEST_CASE("max_shards caps the number of shards; no documents give one empty shard") {
    ShardedIndexOptions options;
    options.shard_bytes = 1;
    options.max_shards = 3;
    CHECK(write_sharded_lunr_index(small_corpus(), fields, Language::multi, options).shards.size() <= 3);
    const ShardedIndex empty = write_sharded_lunr_index({}, fields, Language::multi);
    REQUIRE(empty.shards.size() == 1);
    CHECK(json::parse(empty.shards[0])["invertedIndex"].empty());
    CHECK(empty.terms == "[]");
}

TEST_CASE("finish_shard gets each shard as written, and the index keeps what it returns") {
    ShardedIndexOptions plain;
    plain.shard_bytes = 1;
    plain.threads = 2;
    const ShardedIndex expected = write_sharded_lunr_index(small_corpus(), fields, Language::multi, plain);
    REQUIRE(expected.shards.size() > 1);
    ShardedIndexOptions finished = plain;
    std::vector<int> calls(expected.shards.size(), 0);
    finished.finish_shard = [&calls](std::size_t k, std::string shard) {
        ++calls.at(k);  // each k once, from one of the threads: no two calls touch one slot
        return std::to_string(k) + ":" + shard;
    };
    const ShardedIndex got = write_sharded_lunr_index(small_corpus(), fields, Language::multi, finished);
    REQUIRE(got.shards.size() == expected.shards.size());
    for (std::size_t k = 0; k < got.shards.size(); ++k) {
        CHECK(calls[k] == 1);
        CHECK(got.shards[k] == std::to_string(k) + ":" + expected.shards[k]);
    }
    CHECK(got.terms == expected.terms);
    CHECK(got.manifest == expected.manifest);
}

TEST_CASE("field names lunr.js cannot use are rejected by the sharded writer too") {
    CHECK_THROWS_AS(write_sharded_lunr_index(small_corpus(), {{"a/b", 1}}, Language::multi), std::invalid_argument);
}
