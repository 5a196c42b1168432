// lunr-languages' `stemmer-ru`, computed with Snowball's `russian` algorithm from libstemmer
// (Debian's libstemmer0d). The two agree on every word except those with ё: Snowball since 2.0
// first rewrites ё as е (a vowel), while lunr-languages' older JavaScript port treats ё (U+0451)
// as a consonant that no suffix contains and keeps it. Hiding ё from libstemmer behind a
// private-use code point, which it also treats as a non-vowel outside every suffix, and putting
// it back afterwards reproduces lunr on all of hunspell's Russian and Kazakh word forms (see
// tests/compat/stemmer_compat.mjs).
#pragma once

#include <string>

struct sb_stemmer;

namespace urker::search {

// One libstemmer instance; libstemmer keeps per-instance state, so each thread needs its own.
class RussianStemmer {
public:
    RussianStemmer();
    ~RussianStemmer();
    RussianStemmer(const RussianStemmer&) = delete;
    RussianStemmer& operator=(const RussianStemmer&) = delete;

    // Stems `word` (lowercased, trimmed) in place.
    void stem(std::u16string& word);

private:
    sb_stemmer* stemmer_;
    std::string utf8_;
};

}  // namespace urker::search
