// UTF-8 <-> UTF-16 conversion for the search index writer. lunr.js works on JavaScript strings,
// i.e. UTF-16 code units: its tokenizer, trimmers and stemmers index, slice and match code units,
// and it sorts terms by code unit. The writer therefore processes tokens as std::u16string and
// converts to UTF-8 only when it writes JSON.
#pragma once

#include <string>
#include <string_view>

namespace urker::search {

// Appends `in` as UTF-16. Invalid UTF-8 becomes U+FFFD (the writer's inputs come from validated
// JSON or from urker's own content loader, so this is a safety net, not a feature).
void append_utf16(std::u16string& out, std::string_view in);
std::u16string to_utf16(std::string_view in);

// Appends `in` as UTF-8. A lone surrogate (which lunr's pipeline never produces from valid input)
// becomes U+FFFD.
void append_utf8(std::string& out, std::u16string_view in);
std::string to_utf8(std::u16string_view in);

bool is_ascii(std::string_view s);
bool is_valid_utf8(std::string_view s);

}  // namespace urker::search
