#include "search/russian_stemmer.h"

#include "search/utf16.h"

#include <libstemmer.h>

#include <algorithm>
#include <stdexcept>

namespace urker::search {

namespace {

constexpr char16_t yo = u'ё';  // U+0451
// Placeholder candidates for ё: private-use code points, none of which Snowball's Russian
// algorithm knows. The first one the word does not already contain is used.
constexpr char16_t first_placeholder = 0xE000;
constexpr char16_t last_placeholder = 0xE0FF;

bool has_non_ascii(std::u16string_view w) {
    return std::any_of(w.begin(), w.end(), [](char16_t u) { return u >= 0x80; });
}

}  // namespace

RussianStemmer::RussianStemmer() : stemmer_(sb_stemmer_new("russian", "UTF_8")) {
    if (!stemmer_) throw std::runtime_error("libstemmer has no \"russian\" stemmer for UTF-8");
}

RussianStemmer::~RussianStemmer() { sb_stemmer_delete(stemmer_); }

void RussianStemmer::stem(std::u16string& word) {
    // Snowball's Russian suffixes and vowels are all Cyrillic: a word with no non-ASCII code unit
    // has no vowel and comes back unchanged.
    if (!has_non_ascii(word)) return;
    char16_t placeholder = 0;
    if (word.find(yo) != std::u16string::npos) {
        placeholder = first_placeholder;
        while (word.find(placeholder) != std::u16string::npos) {
            // A word holding all 256 candidates cannot be stemmed faithfully; leave it as it is.
            if (placeholder == last_placeholder) return;
            ++placeholder;
        }
        std::replace(word.begin(), word.end(), yo, placeholder);
    }
    utf8_.clear();
    append_utf8(utf8_, word);
    const sb_symbol* out = sb_stemmer_stem(stemmer_, reinterpret_cast<const sb_symbol*>(utf8_.data()),
                                           static_cast<int>(utf8_.size()));
    if (!out) throw std::bad_alloc();
    const auto len = static_cast<std::size_t>(sb_stemmer_length(stemmer_));
    word.clear();
    append_utf16(word, std::string_view(reinterpret_cast<const char*>(out), len));
    if (placeholder != 0) std::replace(word.begin(), word.end(), placeholder, yo);
}

}  // namespace urker::search
