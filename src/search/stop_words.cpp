#include "search/stop_words.h"

#include "search/search_data.h"
#include "search/string_interner.h"
#include "search/utf16.h"

#include <span>

namespace urker::search {

namespace {

StringInterner make_set(std::span<const std::string_view> words) {
    StringInterner set;
    for (std::string_view w : words) set.intern(to_utf16(w));
    return set;
}

// Built once, never changed afterwards (reads from several threads are safe).
const StringInterner& en_set() {
    static const StringInterner set = make_set(data::en_stop_words);
    return set;
}
const StringInterner& ru_set() {
    static const StringInterner set = make_set(data::ru_stop_words);
    return set;
}

}  // namespace

bool is_en_stop_word(std::u16string_view token) { return en_set().find(token) != StringInterner::npos; }
bool is_ru_stop_word(std::u16string_view token) { return ru_set().find(token) != StringInterner::npos; }

}  // namespace urker::search
