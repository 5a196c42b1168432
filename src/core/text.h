// Text helpers shared by every stage: UTF-8 walking, case mapping and transliteration through
// ICU, "did you mean" suggestions.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace urker {

// Decodes one code point at `pos`; returns its length in bytes (1 for an invalid byte, which is
// returned as U+FFFD so callers always make progress).
std::size_t decode_utf8(std::string_view s, std::size_t pos, char32_t& out);
void append_utf8(std::string& out, char32_t cp);
std::size_t count_code_points(std::string_view s);
bool is_valid_utf8(std::string_view s);
// Byte offset of the first byte that is not part of valid UTF-8, or npos.
std::size_t first_invalid_utf8(std::string_view s);

// Case mapping with ICU. `lang` selects language rules (e.g. Turkish/Kazakh dotted i are the same
// as root for Cyrillic, but the language is passed on for correctness); empty = root locale.
std::string to_lower(std::string_view s, std::string_view lang = {});
std::string to_upper(std::string_view s, std::string_view lang = {});

// "Методика обучения" -> "metodika-obucheniya": ICU transliteration (Russian-Latin/BGN, with
// Kazakh letters through Any-Latin), then ASCII folding, lowercase, runs of anything else -> '-'.
std::string slugify(std::string_view s);

// Heading ids keep Cyrillic letters (readers see them in the address bar), lowercase them and
// join words with '-': "Ход урока: этап 2" -> "ход-урока-этап-2".
std::string heading_id(std::string_view s);

// Number of edits between two strings (code points).
std::size_t edit_distance(std::string_view a, std::string_view b);
// The candidate closest to `word`, or empty when none is close enough to be a likely typo.
std::string closest_match(std::string_view word, const std::vector<std::string>& candidates);

std::string trim(std::string_view s);
bool starts_with(std::string_view s, std::string_view prefix);
bool ends_with(std::string_view s, std::string_view suffix);
std::string escape_html(std::string_view s);

// "1.2 МБ"-style sizes; `lang` picks the unit names (ru, kk, en).
std::string human_size(std::uintmax_t bytes, std::string_view lang);

}  // namespace urker
