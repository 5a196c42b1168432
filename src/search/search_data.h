// Data urker's search index writer shares with lunr.js: the tokenizer's separator code units, the
// trimmers' word characters, the stop word lists, the pipeline labels and JavaScript's lowercase
// mapping (as the node that runs lunr.js in the compatibility tests has it). It is generated at build
// time from the installed npm packages by scripts/gen_search_data.mjs (see that script for how
// each item is observed), so the repository holds none of lunr's text and cannot drift from it.
#pragma once

#include <array>
#include <cstdint>
#include <span>
#include <string_view>

namespace urker::search {

// An inclusive range of UTF-16 code units.
struct CodeUnitRange {
    char16_t first;
    char16_t last;
};

// An inclusive range of code points.
struct CodePointRange {
    char32_t first;
    char32_t last;
};

// A code point and its lowercase (JavaScript's toLowerCase of that code point alone).
struct LowercaseMapping {
    char32_t code_point;
    std::u16string_view lower;
};

namespace data {
#include "search/search_data.inc"
}  // namespace data

// Membership of UTF-16 code units in a set given as ranges, as a 64 Ki-bit table built at compile
// time: lunr's separator and trimmer regexes test one code unit at a time, so one bit lookup per
// code unit reproduces them.
class CodeUnitSet {
public:
    constexpr explicit CodeUnitSet(std::span<const CodeUnitRange> ranges) {
        for (const CodeUnitRange& r : ranges) {
            for (std::uint32_t u = r.first; u <= r.last; ++u) bits_[u >> 6] |= std::uint64_t{1} << (u & 63);
        }
    }
    constexpr bool contains(char16_t u) const { return (bits_[u >> 6] >> (u & 63)) & 1; }

private:
    std::array<std::uint64_t, 1024> bits_{};
};

}  // namespace urker::search
