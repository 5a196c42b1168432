// The expected indexes are JSON.stringify of the index real lunr.js 2.3.9 built from the same
// documents (node 20), printed with tests/compat/lunr_env.mjs:
//   node --input-type=module -e 'const {buildLunrIndex} = await import("./tests/compat/lunr_env.mjs");
//     console.log(JSON.stringify(buildLunrIndex(DOCS, {lang: "ru"})))'
// where DOCS is the list in tiny_corpus() below (`__boost: 2` on document "b").
#include "search/index_writer.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace urker::search;

namespace {

std::vector<SearchDocument> tiny_corpus() {
    std::vector<SearchDocument> docs(3);
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
    return docs;
}

const std::vector<SearchField> default_fields{{"title", 10}, {"tags", 5}, {"body", 1}};

}  // namespace

TEST_CASE("ru index of a tiny corpus is byte-identical to lunr.js (BM25, boosts, empty term, integer-like ref)") {
    const std::string expected =
        R"({"version":"2.3.9","fields":["title","tags","body"],"fieldVectors":[["title/a",[0,0.943,1,8.782,2,8.782]],)"
        R"(["tags/a",[3,3.48,4,3.48]],["body/a",[0,0.112,5,1.042,6,1.042,7,1.042]],["title/b",[8,13.466]],["tags/b",[]],)"
        R"(["body/b",[0,0.175,8,1.622]],["title/10",[9,10.417,10,10.417]],["tags/10",[11,4.904]],)"
        R"(["body/10",[0,0.123,12,1.149,13,1.149]]],"invertedIndex":[["",{"_index":8,"title":{"b":{}},"tags":{},)"
        R"("body":{"b":{}}}],["5",{"_index":1,"title":{"a":{}},"tags":{},"body":{}}],["5 класс",{"_index":4,"title":{},)"
        R"("tags":{"a":{}},"body":{}}],["дроб",{"_index":0,"title":{"a":{}},"tags":{},"body":{"10":{},"a":{},"b":{}}}],)"
        R"(["задач",{"_index":7,"title":{},"tags":{},"body":{"a":{}}}],["класс",{"_index":2,"title":{"a":{}},"tags":{},)"
        R"("body":{}}],["математик",{"_index":3,"title":{},"tags":{"a":{}},"body":{}}],["оқушылар",{"_index":12,)"
        R"("title":{},"tags":{},"body":{"10":{}}}],["сабақт",{"_index":13,"title":{},"tags":{},"body":{"10":{}}}],)"
        R"(["сложен",{"_index":5,"title":{},"tags":{},"body":{"a":{}}}],["тілі",{"_index":10,"title":{"10":{}},"tags":{},)"
        R"("body":{}}],["урок",{"_index":6,"title":{},"tags":{},"body":{"a":{}}}],["қазақ",{"_index":9,"title":{"10":{}},)"
        R"("tags":{},"body":{}}],["қазақ тілі",{"_index":11,"title":{},"tags":{"10":{}},"body":{}}]],)"
        R"("pipeline":["trimmer-ru","stemmer-ru"]})";
    CHECK(write_lunr_index(tiny_corpus(), default_fields, Language::ru) == expected);
}

TEST_CASE("en index: Cyrillic words become the empty term, English words are stemmed") {
    const std::string expected =
        R"({"version":"2.3.9","fields":["title","tags","body"],"fieldVectors":[["title/a",[0,5.436,1,3.902]],)"
        R"(["tags/a",[0,1.359,1,1.668]],["body/a",[0,0.673]],["title/b",[2,10.471,3,10.471]],["tags/b",[]],)"
        R"(["body/b",[0,0.686,2,0.842,3,0.842,4,1.756,5,1.756,6,1.756]],["title/10",[0,5.664]],["tags/10",[0,1.915]],)"
        R"(["body/10",[0,0.652]]],"invertedIndex":[["",{"_index":0,"title":{"10":{},"a":{}},"tags":{"10":{},"a":{}},)"
        R"("body":{"10":{},"a":{},"b":{}}}],["5",{"_index":1,"title":{"a":{}},"tags":{"a":{}},"body":{}}],)"
        R"(["ad",{"_index":4,"title":{},"tags":{},"body":{"b":{}}}],["fraction",{"_index":2,"title":{"b":{}},"tags":{},)"
        R"("body":{"b":{}}}],["lesson",{"_index":3,"title":{"b":{}},"tags":{},"body":{"b":{}}}],["plan",{"_index":5,)"
        R"("title":{},"tags":{},"body":{"b":{}}}],["task",{"_index":6,"title":{},"tags":{},"body":{"b":{}}}]],)"
        R"("pipeline":["stemmer"]})";
    CHECK(write_lunr_index(tiny_corpus(), default_fields, Language::en) == expected);
}

TEST_CASE("multi index runs both stop word lists and both stemmers; no trimmer in the search pipeline") {
    const std::string index = write_lunr_index(tiny_corpus(), default_fields, Language::multi);
    CHECK(index.find(R"(["title/b",[8,9.984,9,9.984]])") != std::string::npos);
    CHECK(index.find(R"(["body/b",[0,0.182,8,0.812,9,0.812,10,1.695,11,1.695,12,1.695]])") != std::string::npos);
    CHECK(index.ends_with(R"("pipeline":["stemmer","stemmer-ru"]})"));
}

TEST_CASE("repeated refs merge like lunr's builder; integer-like field names are enumerated first") {
    // lunr: fields body, 2^3, title; documents x, 7, x again.
    std::vector<SearchDocument> docs(3);
    docs[0].ref = "x";
    docs[0].fields = {{"body", std::string("alpha beta")}, {"2", std::string("gamma")}};
    docs[1].ref = "7";
    docs[1].fields = {{"body", std::string("beta")}, {"title", std::string("alpha")}};
    docs[2].ref = "x";
    docs[2].fields = {{"body", std::string("beta delta delta")}, {"title", std::string("gamma")}};
    const std::string expected =
        R"({"version":"2.3.9","fields":["2","body","title"],"fieldVectors":[["2/x",[]],["body/x",[2,0.39,3,1.182]],)"
        R"(["title/x",[0,0.47]],["2/7",[]],["body/7",[2,0.591]],["title/7",[1,0.47]]],"invertedIndex":[["alpha",)"
        R"({"2":{},"_index":1,"body":{"x":{}},"title":{"7":{}}}],["beta",{"2":{},"_index":2,"body":{"7":{},"x":{}},)"
        R"("title":{}}],["delta",{"2":{},"_index":3,"body":{"x":{}},"title":{}}],["gamma",{"2":{"x":{}},"_index":0,)"
        R"("body":{},"title":{"x":{}}}]],"pipeline":["stemmer"]})";
    CHECK(write_lunr_index(docs, {{"body", 1}, {"2", 3}, {"title", 1}}, Language::en) == expected);
}

TEST_CASE("the result does not depend on the number of threads") {
    std::vector<SearchDocument> docs;
    for (int i = 0; i < 200; ++i) {
        SearchDocument d;
        d.ref = "/materials/" + std::to_string(i) + "/";
        d.fields["title"] = std::string("Урок ") + std::to_string(i % 7) + " школа " + std::to_string(i);
        d.fields["body"] = std::string("ученики учителя школы ") + std::to_string(i * 13 % 17) + " ещё ёлка word" +
                           std::to_string(i % 5);
        docs.push_back(std::move(d));
    }
    const std::string one = write_lunr_index(docs, default_fields, Language::multi, {1});
    CHECK(one == write_lunr_index(docs, default_fields, Language::multi, {2}));
    CHECK(one == write_lunr_index(docs, default_fields, Language::multi, {5}));
}

TEST_CASE("an empty document list gives an empty index") {
    CHECK(write_lunr_index({}, default_fields, Language::ru) ==
          R"({"version":"2.3.9","fields":["title","tags","body"],"fieldVectors":[],"invertedIndex":[],)"
          R"("pipeline":["trimmer-ru","stemmer-ru"]})");
}

TEST_CASE("field names lunr.js cannot use are rejected") {
    CHECK(check_search_fields({{"title", 10}, {"body", 1}}).empty());
    CHECK(check_search_fields({{"a/b", 1}}) ==
          "search field \"a/b\" contains '/', which lunr.js does not allow in a field name");
    CHECK_FALSE(check_search_fields({{"_index", 1}}).empty());
    CHECK_FALSE(check_search_fields({{"constructor", 1}}).empty());
    CHECK_FALSE(check_search_fields({{"", 1}}).empty());
    CHECK_THROWS_AS(write_lunr_index({}, {{"a/b", 1}}, Language::en), std::invalid_argument);
}

TEST_CASE("invalid UTF-8 in a ref or a field becomes U+FFFD, so the index stays valid JSON") {
    std::vector<SearchDocument> docs(1);
    docs[0].ref = "/bad\xFF/";
    docs[0].fields["title"] = std::string("Школа \xD0 end\xC3");
    const std::string index = write_lunr_index(docs, default_fields, Language::multi);
    CHECK(index.find("[\"title//bad\xEF\xBF\xBD/\",") != std::string::npos);
    CHECK(index.find("\xFF") == std::string::npos);
    CHECK(index.find(R"(["end",)") != std::string::npos);
}

TEST_CASE("a text's deferred piece is indexed as if it were in place; its fingerprint stands for its bytes") {
    // The same body as one string, as pieces, and as pieces with the first one read on demand.
    const std::string first = "Сложение дробей:", second = "урок и задачи.";
    auto corpus = [&](SearchFieldValue body) {
        std::vector<SearchDocument> docs = tiny_corpus();
        docs[0].fields["body"] = std::move(body);
        return docs;
    };
    int reads = 0;
    TextPieces deferred;
    deferred.pieces = {second};
    deferred.deferred = TextPieces::Deferred{0, urker::Fingerprinter().add(std::string_view(first)).finish(), [&](std::string& buffer) {
                                                 ++reads;
                                                 buffer = first;
                                                 return std::string_view(buffer);
                                             }};
    const std::string expected = write_lunr_index(corpus(first + "\n" + second), default_fields, Language::ru);
    CHECK(write_lunr_index(corpus(TextPieces{{first, second}, std::nullopt}), default_fields, Language::ru) == expected);
    CHECK(write_lunr_index(corpus(deferred), default_fields, Language::ru) == expected);
    CHECK(reads >= 1);
    std::string buffer;
    const std::vector<std::string_view> all = deferred.all(buffer);
    REQUIRE(all.size() == 2);
    CHECK(all[0] == first);
    CHECK(all[1] == second);

    // Fingerprinted without being read: the same for the same text, another for another text or
    // place.
    auto fingerprint = [](const TextPieces& t) {
        urker::Fingerprinter f;
        t.add_to(f);
        return f.finish();
    };
    const int before = reads;
    TextPieces same = deferred;
    CHECK(fingerprint(same) == fingerprint(deferred));
    TextPieces other = deferred;
    other.deferred->fingerprint = urker::Fingerprinter().add(std::string_view("Другой текст")).finish();
    CHECK_FALSE(fingerprint(other) == fingerprint(deferred));
    TextPieces moved = deferred;
    moved.deferred->at = 1;
    CHECK_FALSE(fingerprint(moved) == fingerprint(deferred));
    CHECK(reads == before);
}
