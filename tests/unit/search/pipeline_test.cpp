// multi-kk: lunr's multi pipeline with urker's fold-kk before the stemmers (its browser twin,
// src/search/lunr.fold-kk.js, is checked against it by tests/compat/, mode multi-kk).
#include "search/pipeline.h"

#include <doctest/doctest.h>

#include <string>

using namespace urker::search;

namespace {
std::u16string term_of(Language language, std::u16string_view token) {
    Pipeline pipeline(language);
    std::u16string term;
    REQUIRE(pipeline.run(token, term));
    return term;
}
}  // namespace

TEST_CASE("multi-kk: a Kazakh word typed without Kazakh letters gives the same term as the word itself") {
    CHECK(term_of(Language::multi_kk, u"шаңырақ") == term_of(Language::multi_kk, u"шанырак"));
    CHECK(term_of(Language::multi_kk, u"оқушы") == term_of(Language::multi_kk, u"окушы"));
    CHECK(term_of(Language::multi_kk, u"сабақ") == u"сабак");
    CHECK(term_of(Language::multi_kk, u"ёлка") == term_of(Language::multi_kk, u"елка"));
    // multi keeps the letters, as lunr.multiLanguage('en', 'ru') does.
    CHECK(term_of(Language::multi, u"шаңырақ") != term_of(Language::multi, u"шанырак"));
}

TEST_CASE("fold-kk maps every Kazakh letter and ё, and nothing else") {
    std::u16string text = u"ңқүұөғәіһё абвгд xyz";
    fold_kazakh_letters(text);
    CHECK(text == u"нкууогаихе абвгд xyz");
}

TEST_CASE("multi-kk's pipelines name fold-kk before the stemmers, at indexing and at search time") {
    const auto search = search_pipeline_labels(Language::multi_kk);
    REQUIRE(search.size() == 3);
    CHECK(search[0] == "fold-kk");
    CHECK(parse_language("multi-kk") == Language::multi_kk);
    CHECK(language_name(Language::multi_kk) == "multi-kk");
}

TEST_CASE("multi-kk: a Kazakh document's words go through the Kazakh stemmer, others through the Russian one") {
    Pipeline kazakh(Language::multi_kk, true);
    std::u16string term;
    REQUIRE(kazakh.run(u"сабақтан", term));
    CHECK(term == u"сабак");
    REQUIRE(kazakh.run(u"оқушылардың", term));
    CHECK(term == u"окушы");
    // The same word on a Russian page: the Russian stemmer, which does not know Kazakh endings.
    CHECK(term_of(Language::multi_kk, u"оқушылардың") != u"окушы");
    // Outside multi-kk a document's language changes nothing.
    Pipeline ru(Language::ru, true);
    REQUIRE(ru.run(u"учителями", term));
    CHECK(term == term_of(Language::ru, u"учителями"));
    const auto labels = index_pipeline_labels(Language::multi_kk, true);
    CHECK(labels.back() == "stemmer-kk");
    CHECK(search_pipeline_labels(Language::multi_kk).back() == "stemmer-ru-kk");
}
