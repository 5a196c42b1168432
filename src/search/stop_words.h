// lunr's stop word filters remove a token whose whole (trimmed) text is in the list. The lists are
// lunr's own, read from node_modules at build time (search_data.h): 119 English words
// (`stopWordFilter`), 421 Russian entries (`stopWordFilter-ru`). The last Russian entry is
// U+FEFF + "а", so "а" itself is not a stop word, exactly as in lunr.
#pragma once

#include <string_view>

namespace urker::search {

bool is_en_stop_word(std::u16string_view token);
bool is_ru_stop_word(std::u16string_view token);

}  // namespace urker::search
