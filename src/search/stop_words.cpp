#include "search/stop_words.h"

#include "search/search_data.h"
#include "search/utf16.h"

#include <span>
#include <vector>
#include <string>
#include <unordered_set>

namespace urker::search {

namespace {

using WordSet = std::unordered_set<std::u16string_view>;

// The sets own their strings in `storage`; both are built once and never change.
struct StopWordSet {
    explicit StopWordSet(std::span<const std::string_view> words) {
        storage.reserve(words.size());
        for (std::string_view w : words) storage.push_back(to_utf16(w));
        for (const std::u16string& w : storage) set.insert(w);
    }
    std::vector<std::u16string> storage;
    WordSet set;
};

const StopWordSet& en_set() {
    static const StopWordSet s(data::en_stop_words);
    return s;
}
const StopWordSet& ru_set() {
    static const StopWordSet s(data::ru_stop_words);
    return s;
}

}  // namespace

bool is_en_stop_word(std::u16string_view token) { return en_set().set.contains(token); }
bool is_ru_stop_word(std::u16string_view token) { return ru_set().set.contains(token); }

}  // namespace urker::search
