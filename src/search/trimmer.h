// lunr's trimmers remove the runs of non-word code units at both ends of a token; inner
// punctuation stays ("к.кисловодска"). A token trimmed to nothing stays in the pipeline as the
// empty term "" (lunr drops only the primitive '', and trimmers return the token object).
//   trimmer                  (en)    word = [A-Za-z0-9_]: every Cyrillic token becomes ""
//   trimmer-ru               (ru)    word = lunr.ru.wordCharacters (U+0400-U+052F ... , all Kazakh
//                                    letters) + 0-9; Latin letters are NOT word characters
//   lunr-multi-trimmer-en-ru (multi) word = \w + lunr.ru.wordCharacters + 0-9
// The word-character tables are generated from lunr's own trimmer functions (search_data.h).
#pragma once

#include "search/search_data.h"

#include <string_view>

namespace urker::search {

inline constexpr CodeUnitSet en_word_characters{data::en_word_ranges};
inline constexpr CodeUnitSet ru_word_characters{data::ru_word_ranges};
inline constexpr CodeUnitSet multi_word_characters{data::multi_word_ranges};

// The part of `token` between its first and last word code unit (empty if it has none).
std::u16string_view trim_token(std::u16string_view token, const CodeUnitSet& word_characters);

}  // namespace urker::search
