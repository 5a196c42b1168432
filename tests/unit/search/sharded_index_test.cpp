// The sharded index against the monolithic one (whose byte-identity with lunr.js
// index_writer_test.cpp pins): together, the shards hold exactly its terms and postings, with
// refs renamed to document numbers, the terms' numbers, and what makes its field vectors' weights. (tests/compat/ runs lunr.js queries
// over the shards.)
#include "search/sharded_index.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <mutex>
#include <string>
#include <vector>

using namespace urker::search;
using json = urker::Json;

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

TEST_CASE("the shards together hold the whole index's terms, postings, term numbers and weights") {
    const auto docs = small_corpus();
    ShardedIndexOptions options;
    options.shard_bytes = 1;  // one term per shard
    const ShardedIndex sharded = write_sharded_lunr_index(docs, fields, Language::multi, options);
    const json whole = renamed_monolith(sharded, docs);
    REQUIRE(sharded.shards.size() == whole["invertedIndex"].size());
    const json& m = sharded.manifest;
    CHECK(m["formatVersion"] == 3);
    CHECK(m["fields"] == json({"title", "tags", "body"}));
    CHECK(m["pipeline"] == json({"stemmer", "stemmer-ru"}));
    CHECK(m["documentCount"] == 4);  // lunr counts every document added, a repeated ref twice
    CHECK(m["fieldBoosts"] == json({10, 5, 1}));

    // lunr.idf and lunr.Builder#createFieldVectors, as lunr-shards.js computes them.
    auto idf = [&](const json& entries) {
        double with_term = 0;
        for (const auto& [field, refs] : entries.items()) with_term += static_cast<double>(refs.size());
        const double x = (m["documentCount"].get<double>() - with_term + 0.5) / (with_term + 0.5);
        return std::log(1 + std::abs(x));
    };
    json terms = json::array();
    std::vector<std::pair<std::pair<int, int>, std::string>> places;  // (introduced by, before) -> term
    std::map<std::string, std::vector<std::pair<std::string, double>>> weights;  // term -> (field/number, weight)
    for (std::size_t k = 0; k < sharded.shards.size(); ++k) {
        const json shard = json::parse(sharded.shards[k]);
        REQUIRE(shard["invertedIndex"].size() == 1);
        const json& entry = shard["invertedIndex"][0];
        const std::string term = entry[0];
        // The shard's range starts at a prefix of its first term.
        CHECK(term.rfind(sharded.first_terms[k], 0) == 0);
        if (k > 0) CHECK(terms.back()[0].get<std::string>() < sharded.first_terms[k]);
        places.push_back({{entry[1].get<int>(), entry[2].get<int>()}, term});
        json posting = json::object();
        for (std::size_t f = 0; f < fields.size(); ++f) {
            const std::string& field = fields[f].name;
            posting[field] = json::object();
            if (!entry[3].contains(field)) continue;
            for (const auto& [number, v] : entry[3][field].items()) {
                posting[field][number] = json::object();
                if (!v.is_array()) continue;
                const double tf = v[0], length = v[1], document_boost = v.size() > 2 ? v[2].get<double>() : 1.0;
                const double average = m["averageFieldLength"][f];
                double score = idf(entry[3]) * ((1.2 + 1) * tf) / (1.2 * (1 - 0.75 + 0.75 * (length / average)) + tf);
                score *= m["fieldBoosts"][f].get<double>();
                score *= document_boost;
                weights[term].push_back({field + "/" + number, std::floor(score * 1000 + 0.5) / 1000});
            }
        }
        terms.push_back({term, posting});
    }
    // lunr's term numbers: the order the documents introduced the terms.
    std::sort(places.begin(), places.end());
    std::map<std::string, int> number_of_term;
    for (std::size_t i = 0; i < places.size(); ++i) number_of_term[places[i].second] = static_cast<int>(i);
    for (auto& t : terms) t[1]["_index"] = number_of_term.at(t[0]);
    CHECK(terms == whole["invertedIndex"]);

    std::map<std::string, json> vectors;
    for (const auto& [term, index] : number_of_term)
        for (const auto& [ref, weight] : weights[term]) vectors[ref].push_back({index, weight});
    for (const auto& [ref, values] : whole["fieldVectors"].items()) {
        std::vector<std::pair<int, double>> pairs;
        if (vectors.count(ref))
            for (const auto& p : vectors[ref]) pairs.emplace_back(p[0], p[1]);
        std::sort(pairs.begin(), pairs.end());
        REQUIRE_MESSAGE(pairs.size() * 2 == values.size(), ref);
        for (std::size_t i = 0; i < pairs.size(); ++i) {
            CHECK_MESSAGE(pairs[i].first == values[2 * i], ref);
            CHECK_MESSAGE(pairs[i].second == doctest::Approx(values[2 * i + 1].get<double>()).epsilon(1e-12), ref);
        }
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

namespace {

// The postings of `term` (one term per shard), as its shard writes them; null when no shard has it.
json postings_of(const std::string& term) {
    ShardedIndexOptions options;
    options.shard_bytes = 1;
    for (const std::string& text : write_sharded_lunr_index(small_corpus(), fields, Language::multi, options).shards) {
        const json shard = json::parse(text);
        if (shard["invertedIndex"][0][0] == term) return shard["invertedIndex"][0][3];
    }
    return nullptr;
}

}  // namespace

TEST_CASE("a repeated ref's entry has no weight where only its earlier document had the term") {
    // "сложен" is only in the first "a" document's body: its posting names "a" (number 1) with no
    // weight (the last "a" has no body), so lunr's field vector body/1 does not hold the term.
    CHECK(postings_of("сложен") == json::parse(R"({"body":{"1":0}})"));
}

TEST_CASE("a document's boost is written with its entries; a boost of 1 is left out") {
    // "b" (number 2, boost 2): "fraction" once in a title of 2 terms, once in a body of 6 ("and" is a stop word).
    CHECK(postings_of("fraction") == json::parse(R"({"title":{"2":[1,2,2]},"body":{"2":[1,6,2]}})"));
    // "a" (number 1, no boost): its last document's title "Дроби, второй урок" keeps 2 terms after
    // the stop words; its first document's body had "урок" too, its last one has no body.
    CHECK(postings_of("урок") == json::parse(R"({"title":{"1":[1,2]},"body":{"1":0}})"));
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

TEST_CASE("reuse_shard: a shard whose terms and documents are as they were has the same inputs, and what it returns is kept") {
    auto corpus = [](const std::string& body) {
        std::vector<SearchDocument> docs = small_corpus();
        docs.pop_back();  // every ref once: inputs are fingerprinted only then
        docs[2].fields["body"] = body;
        return docs;
    };
    auto build = [](const std::vector<SearchDocument>& docs, std::map<std::string, std::string>* offered, bool take) {
        TermReuse reuse;
        ShardedIndexOptions options;
        options.shard_bytes = 1;
        options.threads = 2;
        options.term_reuse = &reuse;
        std::mutex mutex;
        options.reuse_shard = [&](std::size_t, const urker::Fingerprint& inputs) -> std::optional<std::string> {
            std::lock_guard lock(mutex);
            auto it = offered->find(inputs.hex());
            if (!take || it == offered->end()) return std::nullopt;
            return "kept:" + it->second;
        };
        ShardedIndex index = write_sharded_lunr_index(docs, fields, Language::multi, options);
        REQUIRE(index.shard_inputs.size() == index.shards.size());
        return index;
    };
    std::map<std::string, std::string> none;
    const ShardedIndex first = build(corpus("Оқушылар сабақта дробей"), &none, false);
    std::map<std::string, std::string> by_inputs;
    for (std::size_t k = 0; k < first.shards.size(); ++k) by_inputs[first.shard_inputs[k].hex()] = first.shards[k];
    CHECK(by_inputs.size() == first.shards.size());  // no two shards have the same inputs

    // Another word in one document: its shards' inputs change (its terms', and its field's length
    // is in every entry of its own), the others' stay, and those are taken instead of written.
    const std::vector<SearchDocument> edited = corpus("Оқушылар сабақта дробей және есептер");
    const ShardedIndex fresh = build(edited, &none, false);
    const ShardedIndex reused = build(edited, &by_inputs, true);
    std::size_t kept = 0, written = 0;
    for (std::size_t k = 0; k < reused.shards.size(); ++k) {
        CAPTURE(k);
        auto it = by_inputs.find(reused.shard_inputs[k].hex());
        if (it != by_inputs.end()) {
            ++kept;
            CHECK(reused.shards[k] == "kept:" + it->second);
            CHECK(it->second == fresh.shards[k]);  // the same inputs made the same text
        } else {
            ++written;
            CHECK(reused.shards[k] == fresh.shards[k]);
        }
    }
    CHECK(kept > 0);
    CHECK(written > 0);
    CHECK(reused.terms == fresh.terms);
    CHECK(reused.manifest == fresh.manifest);

    // A new word in the first document numbers every later document's terms one further (lunr's
    // `_index`), yet a shard holding none of the first document's terms keeps its inputs: they
    // name a term by its place in the shard and its introduction, not by that number.
    std::vector<SearchDocument> renumbered = corpus("Оқушылар сабақта дробей");
    renumbered[0].fields["title"] = std::string("Дроби в 5 классе, повторение");
    const ShardedIndex after = build(renumbered, &none, false);
    const std::size_t first_number = static_cast<std::size_t>(
        std::find(after.document_of_number.begin(), after.document_of_number.end(), 0) - after.document_of_number.begin());
    REQUIRE(first_number < after.document_of_number.size());
    const std::string first_entry = "\"" + std::to_string(first_number) + "\":";
    std::size_t same_inputs = 0;
    for (std::size_t k = 0; k < after.shards.size(); ++k) {
        auto it = by_inputs.find(after.shard_inputs[k].hex());
        if (it == by_inputs.end()) continue;
        ++same_inputs;
        CHECK(it->second == after.shards[k]);
        CHECK(after.shards[k].find(first_entry) == std::string::npos);  // not a shard of the first document
    }
    CHECK(same_inputs > 0);

    // A repeated ref: no inputs, nothing offered.
    TermReuse reuse;
    ShardedIndexOptions options;
    options.term_reuse = &reuse;
    bool called = false;
    options.reuse_shard = [&called](std::size_t, const urker::Fingerprint&) -> std::optional<std::string> {
        called = true;
        return std::nullopt;
    };
    CHECK(write_sharded_lunr_index(small_corpus(), fields, Language::multi, options).shard_inputs.empty());
    CHECK_FALSE(called);
}

TEST_CASE("field names lunr.js cannot use are rejected by the sharded writer too") {
    CHECK_THROWS_AS(write_sharded_lunr_index(small_corpus(), {{"a/b", 1}}, Language::multi), std::invalid_argument);
}
