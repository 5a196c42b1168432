// urker's Kazakh stemmer: hand-picked words and the stems a reader expects (in folded letters, as
// the index keeps them). Its browser twin is compared with it by tests/compat/stemmer_compat.mjs.
#include "search/kazakh_stemmer.h"

#include <doctest/doctest.h>

#include <string>

using urker::search::kazakh_stem;

namespace {
std::u16string stem(std::u16string word) {
    kazakh_stem(word);
    return word;
}
}  // namespace

TEST_CASE("case and plural endings come off in every assimilated form") {
    CHECK(stem(u"сабақтан") == u"сабак");
    CHECK(stem(u"сабақтар") == u"сабак");
    CHECK(stem(u"сабаққа") == u"сабак");
    CHECK(stem(u"сабақтың") == u"сабак");
    CHECK(stem(u"оқушылардың") == u"окушы");
    CHECK(stem(u"балаларға") == u"бала");
    CHECK(stem(u"баланың") == u"бала");
    CHECK(stem(u"адамдар") == u"адам");
    CHECK(stem(u"адамды") == u"адам");
    CHECK(stem(u"адамнан") == u"адам");
    CHECK(stem(u"адаммен") == u"адам");
    CHECK(stem(u"мектептегі") == u"мектеп");
    CHECK(stem(u"мектепте") == u"мектеп");
    CHECK(stem(u"көлдер") == u"кол");
}

TEST_CASE("a possessive comes off where the word proves it, with the case after it") {
    CHECK(stem(u"сабағы") == u"сабак");
    CHECK(stem(u"кітабы") == u"китап");
    CHECK(stem(u"кітабын") == u"китап");
    CHECK(stem(u"кітабының") == u"китап");
    CHECK(stem(u"баласына") == u"бала");
    CHECK(stem(u"оқушылары") == u"окушы");
    CHECK(stem(u"оқушыларының") == u"окушы");
    CHECK(stem(u"мектебіміз") == u"мектеп");
}

TEST_CASE("letters of the word itself stay") {
    CHECK(stem(u"оқушы") == u"окушы");  // -шы makes the noun, no possessive
    CHECK(stem(u"оқушыға") == u"окушы");
    CHECK(stem(u"білім") == u"билим");
    CHECK(stem(u"ақын") == u"акын");
    CHECK(stem(u"машина") == u"машина");  // -на only after a possessive
    CHECK(stem(u"қазақстан") == u"казакстан");
    CHECK(stem(u"қазақстанның") == u"казакстан");
    CHECK(stem(u"үйде") == u"уй");  // two letters with a vowel may remain
    CHECK(stem(u"ата") == u"ата");
}

TEST_CASE("personal endings come off before the rest") {
    CHECK(stem(u"мұғаліммін") == u"мугалим");
    CHECK(stem(u"оқушымын") == u"окушы");
}

TEST_CASE("typed without Kazakh letters, a word has the same stem") {
    CHECK(stem(u"сабактан") == stem(u"сабақтан"));
    CHECK(stem(u"окушылардын") == stem(u"оқушылардың"));
    CHECK(stem(u"шанырак") == stem(u"шаңырақ"));
}

TEST_CASE("words with other letters are only folded; nothing breaks on odd input") {
    CHECK(stem(u"") == u"");
    CHECK(stem(u"2024жылы") == u"2024жылы");
    CHECK(stem(u"ақ-сары") == u"ак-сары");
    CHECK(stem(u"lesson") == u"lesson");
    CHECK(stem(u"н") == u"н");
    CHECK(stem(u"ы") == u"ы");
}
