// The cache of each document's terms (search/term_cache.h): terms taken from it are exactly the
// terms the tokenizer and the pipeline make, and a cache that does not fit is not used.
#include "search/term_cache.h"
#include "search/term_collector.h"

#include <doctest/doctest.h>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

using namespace urker;
using namespace urker::search;

namespace {

std::vector<SearchDocument> corpus() {
    std::vector<SearchDocument> docs(3);
    docs[0].ref = "/a/";
    docs[0].fields = {{"title", std::string("Дроби в 5 классе")}, {"body", std::string("Сложение дробей: урок, урок и задачи.")}};
    docs[1].ref = "/b/";
    docs[1].language = "kk";
    docs[1].fields = {{"title", std::string("Бөлшектер")}, {"body", std::string("Оқушылар сабақта бөлшектерді қосады. Сабақ!")}};
    docs[2].ref = "/c/";
    docs[2].fields = {{"title", std::string("Fractions lesson")}, {"tags", std::vector<std::string>{"математика", "5 класс"}}};
    return docs;
}

const std::vector<std::string_view> fields{"title", "tags", "body"};

// Everything collect_terms gives, as text: the dictionary in order, and per document and field
// its length and its terms with their counts.
std::string dump(CollectedTerms& c, std::size_t documents) {
    std::string out;
    for (std::uint32_t t = 0; t < c.dictionary().size(); ++t) {
        for (char16_t u : c.dictionary().at(t)) out += std::to_string(static_cast<unsigned>(u)) + ".";
        out += " ";
    }
    for (std::size_t d = 0; d < documents; ++d)
        for (std::size_t f = 0; f < fields.size(); ++f) {
            out += "\n" + std::to_string(d) + "/" + std::to_string(f) + " length " + std::to_string(c.length(d, f)) + ":";
            for (const TermCount& p : c.terms(d, f)) out += " " + std::to_string(p.term) + "x" + std::to_string(p.count);
        }
    return out;
}

struct TempFile {
    std::filesystem::path path = std::filesystem::temp_directory_path() / ("urker-terms-test-" + std::to_string(::getpid()));
    ~TempFile() { std::filesystem::remove(path); }
};

}  // namespace

TEST_CASE("terms taken from the cache are the terms the tokenizer makes; an edited document is read again") {
    auto docs = corpus();
    CollectedTerms plain = collect_terms(docs, fields, Language::multi, 2);
    const std::string expected = dump(plain, docs.size());

    TempFile file;
    const Fingerprint key{1, 2};
    TermReuse first;
    CollectedTerms made = collect_terms(docs, fields, Language::multi, 2, &first);
    CHECK(dump(made, docs.size()) == expected);
    CHECK(first.taken == 0);
    REQUIRE(save_term_cache(file.path, key, first));

    TermCache cache = TermCache::load(file.path, key);
    CHECK(cache.size() == docs.size());
    TermReuse second;
    second.previous = &cache;
    CollectedTerms taken = collect_terms(docs, fields, Language::multi, 1, &second);
    CHECK(second.taken == docs.size());
    CHECK(dump(taken, docs.size()) == expected);

    // One document edited: it alone is tokenized, and the result is a fresh collection's.
    docs[1].fields["body"] = std::string("Оқушылар сабақта жаңа бөлшектерді қосады.");
    TermReuse third;
    third.previous = &cache;
    CollectedTerms after_edit = collect_terms(docs, fields, Language::multi, 2, &third);
    CHECK(third.taken == docs.size() - 1);
    CHECK(!third.fresh[1].empty());
    CHECK(third.fresh[0].empty());
    CollectedTerms fresh = collect_terms(docs, fields, Language::multi, 2);
    CHECK(dump(after_edit, docs.size()) == dump(fresh, docs.size()));

    // A document's language is part of its key: the Kazakh pipeline stems otherwise.
    CHECK(!(document_terms_key(docs[1], fields) == [&] {
        SearchDocument russian = docs[1];
        russian.language = "ru";
        return document_terms_key(russian, fields);
    }()));
}

TEST_CASE("a document with a very long term (a pasted blob) is kept and taken like any other") {
    auto docs = corpus();
    docs[2].fields["body"] = std::string(70000, 'x') + " урок";
    TempFile file;
    TermReuse first;
    collect_terms(docs, fields, Language::multi, 1, &first);
    CHECK(!first.fresh[2].empty());
    REQUIRE(save_term_cache(file.path, Fingerprint{1, 2}, first));
    TermCache cache = TermCache::load(file.path, Fingerprint{1, 2});
    CHECK(cache.size() == docs.size());
    TermReuse second;
    second.previous = &cache;
    CollectedTerms again = collect_terms(docs, fields, Language::multi, 1, &second);
    CHECK(second.taken == docs.size());
    CollectedTerms plain = collect_terms(docs, fields, Language::multi, 1);
    CHECK(dump(again, docs.size()) == dump(plain, docs.size()));
}

TEST_CASE("the dictionary holds each term once; a rebuild adds only the terms it has not seen") {
    auto docs = corpus();
    TempFile file;
    const Fingerprint key{1, 2};
    TermReuse first;
    CollectedTerms made = collect_terms(docs, fields, Language::multi, 2, &first);
    CHECK(first.new_terms.size() == made.dictionary().size());
    REQUIRE(save_term_cache(file.path, key, first));
    TermCache cache = TermCache::load(file.path, key);
    REQUIRE(cache.term_count() == made.dictionary().size());
    for (std::uint32_t t = 0; t < cache.term_count(); ++t) CHECK(cache.term(t) == made.dictionary().at(t));

    // An edit that brings one new word: one new term, numbered after the file's.
    docs[0].fields["body"] = std::string("Сложение дробей: урок, урок и задачи. Викторина.");
    TermReuse second;
    second.previous = &cache;
    CollectedTerms edited = collect_terms(docs, fields, Language::multi, 1, &second);
    REQUIRE(second.new_terms.size() >= 1);
    bool found = false;
    for (std::size_t i = 0; i < second.new_terms.size(); ++i) found = found || second.new_terms.at(i) == u"викторин";
    CHECK(found);
    // Only the edited document's terms can be new (the ones no other document has are numbered
    // anew: the file may hold a text twice until it is next rewritten).
    std::size_t edited_terms = 0;
    for (std::size_t f = 0; f < fields.size(); ++f) edited_terms += edited.terms(0, f).size();
    CHECK(second.new_terms.size() <= edited_terms);
    REQUIRE(save_term_cache(file.path, key, second));
    TermCache appended = TermCache::load(file.path, key);
    CHECK(appended.term_count() == cache.term_count() + second.new_terms.size());
    TermReuse third;
    third.previous = &appended;
    CollectedTerms taken = collect_terms(docs, fields, Language::multi, 2, &third);
    CHECK(third.taken == docs.size());
    CHECK(third.new_terms.size() == 0);
    CHECK(dump(taken, docs.size()) == dump(edited, docs.size()));

    // In memory (the dev server's): the same terms, each once.
    TermCache kept = TermCache::of(third);
    CHECK(kept.size() == docs.size());
    CHECK(kept.term_count() == edited.dictionary().size());
    TermReuse fourth;
    fourth.previous = &kept;
    CollectedTerms from_memory = collect_terms(docs, fields, Language::multi, 1, &fourth);
    CHECK(fourth.taken == docs.size());
    CHECK(dump(from_memory, docs.size()) == dump(edited, docs.size()));
}

TEST_CASE("a cache under another key, damaged or for other fields is not used") {
    const auto docs = corpus();
    TempFile file;
    TermReuse made;
    collect_terms(docs, fields, Language::multi, 1, &made);
    REQUIRE(save_term_cache(file.path, Fingerprint{1, 2}, made));
    CHECK(TermCache::load(file.path, Fingerprint{1, 3}).size() == 0);
    CHECK(TermCache::load(file.path / "missing", Fingerprint{1, 2}).size() == 0);

    // A record numbering a term the dictionary lacks (a damaged file) is not used: that document
    // is tokenized, the others are taken.
    {
        TempFile damaged;
        damaged.path += "-damaged";
        auto changed = docs;
        changed[0].fields["title"] = std::string("Другое название");
        TermReuse made_changed;
        collect_terms(changed, fields, Language::multi, 1, &made_changed);
        REQUIRE(save_term_cache(damaged.path, Fingerprint{1, 2}, made_changed));
        TermCache loaded = TermCache::load(damaged.path, Fingerprint{1, 2});
        TermRecordWriter bad;
        for (std::size_t f = 0; f < fields.size(); ++f) bad.begin_field(1, 1), bad.add_term(loaded.term_count() + 5, 1);
        TermReuse forged;  // appended to the file as docs[0]'s record (the file has the others')
        forged.previous = &loaded;
        for (const auto& d : docs) forged.keys.push_back(document_terms_key(d, fields));
        forged.fresh = {bad.take(), "", ""};
        REQUIRE(save_term_cache(damaged.path, Fingerprint{1, 2}, forged));
        TermCache broken = TermCache::load(damaged.path, Fingerprint{1, 2});
        REQUIRE(broken.find(forged.keys[0]));
        TermReuse reuse;
        reuse.previous = &broken;
        CollectedTerms collected = collect_terms(docs, fields, Language::multi, 1, &reuse);
        CHECK(reuse.taken == docs.size() - 1);
        CollectedTerms plain = collect_terms(docs, fields, Language::multi, 1);
        CHECK(dump(collected, docs.size()) == dump(plain, docs.size()));
    }

    // Cut short (a build stopped while appending): the record cut is not used, the others are.
    const auto size = std::filesystem::file_size(file.path);
    std::filesystem::resize_file(file.path, size - 3);
    CHECK(TermCache::load(file.path, Fingerprint{1, 2}).size() == docs.size() - 1);
    std::filesystem::resize_file(file.path, 10);  // not even the head
    CHECK(TermCache::load(file.path, Fingerprint{1, 2}).size() == 0);

    // Records of three fields asked for two: every document is tokenized, and the result is right.
    REQUIRE(save_term_cache(file.path, Fingerprint{1, 2}, made));
    TermCache cache = TermCache::load(file.path, Fingerprint{1, 2});
    const std::vector<std::string_view> two{"title", "body"};
    // Keys differ with the field list, so give the records the two-field keys by hand.
    TermReuse forged;
    forged.keys = made.keys;
    forged.fresh = made.fresh;
    forged.new_terms = made.new_terms;
    for (std::size_t d = 0; d < docs.size(); ++d) forged.keys[d] = document_terms_key(docs[d], two);
    REQUIRE(save_term_cache(file.path, Fingerprint{1, 2}, forged));
    TermCache wrong = TermCache::load(file.path, Fingerprint{1, 2});
    REQUIRE(wrong.size() == docs.size());
    TermReuse reuse;
    reuse.previous = &wrong;
    CollectedTerms collected = collect_terms(docs, two, Language::multi, 1, &reuse);
    CHECK(reuse.taken == 0);
    CollectedTerms plain = collect_terms(docs, two, Language::multi, 1);
    CHECK(collected.dictionary().size() == plain.dictionary().size());
    for (std::size_t d = 0; d < docs.size(); ++d)
        for (std::size_t f = 0; f < two.size(); ++f) CHECK(collected.length(d, f) == plain.length(d, f));
}

TEST_CASE("the cache file is a log: a rebuild appends what it made, and it is rewritten when most of it is unused") {
    auto docs = corpus();
    TempFile file;
    const Fingerprint key{1, 2};
    TermReuse first;
    collect_terms(docs, fields, Language::multi, 1, &first);
    REQUIRE(save_term_cache(file.path, key, first));
    const auto first_size = std::filesystem::file_size(file.path);

    // One document edited: its record is added at the end, the others stay where they are.
    auto edited = docs;
    edited[0].fields["body"] = std::string("Сложение дробей: новый урок.");
    TermCache cache = TermCache::load(file.path, key);
    TermReuse second;
    second.previous = &cache;
    collect_terms(edited, fields, Language::multi, 1, &second);
    REQUIRE(save_term_cache(file.path, key, second));
    const auto second_size = std::filesystem::file_size(file.path);
    CHECK(second_size > first_size);
    CHECK(second_size - first_size < first_size);  // one record, not the whole file again
    TermCache both = TermCache::load(file.path, key);
    CHECK(both.size() == docs.size() + 1);  // the edited document's old record is still there
    CHECK(both.find(document_terms_key(docs[0], fields)));
    CHECK(both.find(document_terms_key(edited[0], fields)));

    // Nothing new: nothing written.
    TermReuse same;
    same.previous = &both;
    collect_terms(edited, fields, Language::multi, 1, &same);
    CHECK(same.taken == docs.size());
    REQUIRE(save_term_cache(file.path, key, same));
    CHECK(std::filesystem::file_size(file.path) == second_size);

    // A record cut short by a stopped build is written over by the next append.
    {
        std::ofstream out(file.path, std::ios::binary | std::ios::app);
        out << std::string(30, '\x01');
    }
    TermCache torn = TermCache::load(file.path, key);
    CHECK(torn.size() == docs.size() + 1);
    auto again = edited;
    again[2].fields["title"] = std::string("Fractions, second lesson");
    TermReuse third;
    third.previous = &torn;
    collect_terms(again, fields, Language::multi, 1, &third);
    REQUIRE(save_term_cache(file.path, key, third));
    TermCache after = TermCache::load(file.path, key);
    CHECK(after.size() == docs.size() + 2);
    CHECK(after.find(document_terms_key(again[2], fields)));

    // Most records unused (every document changed): the file is written anew with this build's alone.
    auto other = corpus();
    for (auto& d : other) d.fields["title"] = std::string("Новое название");
    TermReuse fourth;
    fourth.previous = &after;
    collect_terms(other, fields, Language::multi, 1, &fourth);
    REQUIRE(save_term_cache(file.path, key, fourth));
    TermCache rewritten = TermCache::load(file.path, key);
    CHECK(rewritten.size() == docs.size());
    for (const auto& d : other) CHECK(rewritten.find(document_terms_key(d, fields)));
}

TEST_CASE("a cache read before its key is known is used only under the key it was saved under") {
    const auto docs = corpus();
    TempFile file;
    TermReuse made;
    collect_terms(docs, fields, Language::multi, 1, &made);
    REQUIRE(save_term_cache(file.path, Fingerprint{7, 8}, made));
    TermCache any = TermCache::load_any(file.path);
    CHECK(any.key() == Fingerprint{7, 8});
    CHECK(any.size() == docs.size());

    // Under its key it is the cache load() reads, record for record, and a rebuild takes every document.
    TermCache kept = TermCache::if_saved_under(std::move(any), Fingerprint{7, 8});
    REQUIRE(kept.size() == docs.size());
    TermReuse reuse;
    reuse.previous = &kept;
    CollectedTerms again = collect_terms(docs, fields, Language::multi, 1, &reuse);
    CHECK(reuse.taken == docs.size());
    CollectedTerms fresh = collect_terms(docs, fields, Language::multi, 1, nullptr);
    CHECK(dump(again, docs.size()) == dump(fresh, docs.size()));
    // Under another key, or read from what is not a cache: nothing.
    CHECK(TermCache::if_saved_under(TermCache::load_any(file.path), Fingerprint{7, 9}).size() == 0);
    CHECK(TermCache::load_any(file.path / "missing").size() == 0);
    {
        std::ofstream(file.path, std::ios::binary | std::ios::trunc) << "urker-search-terms 4\nshort";
    }
    CHECK(TermCache::load_any(file.path).size() == 0);
}
