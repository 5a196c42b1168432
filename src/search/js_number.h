// JavaScript's number semantics where the serialized index depends on them bit for bit:
// Math.log (V8 uses fdlibm, which differs from glibc's log in the last bit for ~10 % of lunr's idf
// arguments), Math.round (halves round towards +infinity), Number.prototype.toString /
// JSON.stringify number text, and JSON.stringify string quoting.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace urker::search {

// Math.log: a port of fdlibm's __ieee754_log algorithm, bit-identical to V8.
double js_log(double x);

// Math.round: the integer nearest to x, halves rounded up (-2.5 -> -2).
double js_round(double x);

// Number::toString(10) as JSON.stringify writes it: shortest round-trip digits, exponent form
// only below 1e-6 or from 1e21 on; NaN and the infinities become `null` (JSON has no text for
// them). Negative zero is written "0".
void append_js_number(std::string& out, double x);

// Appends a non-negative integer in decimal.
void append_uint(std::string& out, std::uint64_t value);

// Appends `Math.round(x * 1000) / 1000` as JSON.stringify writes it (lunr's stored scores).
void append_js_score(std::string& out, double score);
// The same into a buffer with room for `max_js_score_length` characters; returns the end.
inline constexpr std::size_t max_js_score_length = 32;
char* write_js_score(char* out, double score);

// JSON.stringify's quoting of a string given in UTF-8: `"`, `\`, and control characters escaped
// (\b \f \n \r \t, others as \u00XX in lower-case hex); everything else, U+2028/U+2029 included,
// written as is.
void append_json_string(std::string& out, std::string_view utf8);
// The bytes append_json_string adds for `utf8`, quotes included (to size a buffer first).
std::size_t json_string_size(std::string_view utf8);
// `text` made `before` + its JSON string (as append_json_string writes it) + `after`, in text's own
// buffer when its capacity holds the result (then nothing is allocated: the text is moved back
// from its end, escapes written as it goes), else in a new one.
void wrap_json_string(std::string& text, std::string_view before, std::string_view after);

}  // namespace urker::search
