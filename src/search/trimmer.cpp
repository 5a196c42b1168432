#include "search/trimmer.h"

namespace urker::search {

std::u16string_view trim_token(std::u16string_view token, const CodeUnitSet& word_characters) {
    std::size_t begin = 0;
    std::size_t end = token.size();
    while (begin < end && !word_characters.contains(token[begin])) ++begin;
    while (end > begin && !word_characters.contains(token[end - 1])) --end;
    return token.substr(begin, end - begin);
}

}  // namespace urker::search
