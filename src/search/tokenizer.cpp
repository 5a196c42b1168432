#include "search/tokenizer.h"

#include "search/utf16.h"

#include <algorithm>
#include <array>
#include <span>
#include <cstdint>
#include <unordered_map>

namespace urker::search {

namespace {

constexpr char16_t capital_sigma = 0x03A3;
constexpr char16_t small_sigma = 0x03C3;
constexpr char16_t final_sigma = 0x03C2;

// JavaScript's lowercase mapping, from search_data.h: a direct table for the BMP code units that
// map to one code unit, and a map for the rest (U+0130 -> "i\u0307", supplementary letters).
// `slow` marks the code units the one-pass fast path cannot handle: those with a longer mapping,
// surrogates, and Σ, the one code point whose lowercase depends on its context.
class LowercaseTable {
public:
    LowercaseTable() {
        for (std::uint32_t c = 0; c <= 0xFFFF; ++c) lower_[c] = static_cast<char16_t>(c);
        for (std::uint32_t c = 0xD800; c <= 0xDFFF; ++c) mark_slow(c);
        mark_slow(capital_sigma);
        for (const LowercaseMapping& m : data::lowercase_mappings) {
            if (m.code_point <= 0xFFFF && m.lower.size() == 1 && m.lower[0] < 0xD800) {
                lower_[m.code_point] = m.lower[0];
            } else {
                other_.emplace(m.code_point, m.lower);
                if (m.code_point <= 0xFFFF) mark_slow(m.code_point);
            }
        }
    }
    bool slow(char16_t c) const { return (slow_[c >> 6] >> (c & 63)) & 1; }
    char16_t lower(char16_t c) const { return lower_[c]; }
    // The mapping of a code point that is not in the direct table; empty if it has none.
    std::u16string_view other(char32_t c) const {
        auto it = other_.find(c);
        return it == other_.end() ? std::u16string_view{} : it->second;
    }

private:
    void mark_slow(std::uint32_t c) { slow_[c >> 6] |= std::uint64_t{1} << (c & 63); }
    std::array<char16_t, 0x10000> lower_{};
    std::array<std::uint64_t, 1024> slow_{};
    std::unordered_map<char32_t, std::u16string_view> other_;
};

const LowercaseTable& lowercase_table() {
    static const LowercaseTable table;
    return table;
}

// The code point starting at `i` (a lone surrogate stands for itself); advances `i`.
char32_t next_code_point(std::u16string_view s, std::size_t& i) {
    const char16_t u = s[i++];
    if (u >= 0xD800 && u <= 0xDBFF && i < s.size() && s[i] >= 0xDC00 && s[i] <= 0xDFFF) {
        return 0x10000 + ((char32_t{u} - 0xD800) << 10) + (s[i++] - 0xDC00);
    }
    return u;
}

char32_t previous_code_point(std::u16string_view s, std::size_t& i) {
    const char16_t u = s[--i];
    if (u >= 0xDC00 && u <= 0xDFFF && i > 0 && s[i - 1] >= 0xD800 && s[i - 1] <= 0xDBFF) {
        --i;
        return 0x10000 + ((char32_t{s[i]} - 0xD800) << 10) + (u - 0xDC00);
    }
    return u;
}

bool in_ranges(std::span<const CodePointRange> ranges, char32_t c) {
    auto it = std::upper_bound(ranges.begin(), ranges.end(), c,
                               [](char32_t v, const CodePointRange& r) { return v < r.first; });
    return it != ranges.begin() && c <= std::prev(it)->last;
}

// Unicode's Final_Sigma condition as ICU (and so V8) evaluates it: looking away from the Σ,
// case-ignorable code points are skipped, and the first other one decides whether a cased letter
// is there. The properties are node's too (search_data.h).
bool cased_letter_towards(std::u16string_view s, std::size_t from, bool forward) {
    std::size_t i = from;
    while (forward ? i < s.size() : i > 0) {
        const char32_t c = forward ? next_code_point(s, i) : previous_code_point(s, i);
        if (in_ranges(data::case_ignorable_ranges, c)) continue;
        return in_ranges(data::cased_ranges, c);
    }
    return false;
}

// UTF-8 -> lowercased UTF-16 in one pass through the table; false (and `out` unspecified) when
// the text needs the general path: a slow code unit, a supplementary code point, malformed UTF-8.
bool lower_fast(std::string_view text, std::u16string& out) {
    const LowercaseTable& table = lowercase_table();
    out.resize(text.size());
    char16_t* dst = out.data();
    const auto* p = reinterpret_cast<const unsigned char*>(text.data());
    const auto* end = p + text.size();
    while (p < end) {
        const unsigned b = *p;
        if (b < 0x80) {
            *dst++ = static_cast<char16_t>(b >= 'A' && b <= 'Z' ? b + 32 : b);
            ++p;
            continue;
        }
        std::uint32_t cp;
        if (b >= 0xC2 && b <= 0xDF && end - p >= 2 && (p[1] & 0xC0) == 0x80) {
            cp = (b & 0x1F) << 6 | (p[1] & 0x3F);
            p += 2;
        } else if (b >= 0xE0 && b <= 0xEF && end - p >= 3 && (p[1] & 0xC0) == 0x80 && (p[2] & 0xC0) == 0x80) {
            cp = (b & 0x0F) << 12 | (p[1] & 0x3F) << 6 | (p[2] & 0x3F);
            if (cp < 0x800) return false;  // overlong; surrogates are caught by `slow`
            p += 3;
        } else {
            return false;
        }
        const auto unit = static_cast<char16_t>(cp);
        if (table.slow(unit)) return false;
        *dst++ = table.lower(unit);
    }
    out.resize(static_cast<std::size_t>(dst - out.data()));
    return true;
}

}  // namespace

void js_to_lower(std::u16string_view in, std::u16string& out) {
    const LowercaseTable& table = lowercase_table();
    out.clear();
    out.reserve(in.size());
    for (std::size_t i = 0; i < in.size();) {
        const std::size_t start = i;
        const char32_t c = next_code_point(in, i);
        if (c == capital_sigma) {
            const bool is_final = cased_letter_towards(in, start, false) && !cased_letter_towards(in, i, true);
            out.push_back(is_final ? final_sigma : small_sigma);
        } else if (c <= 0xFFFF && !table.slow(static_cast<char16_t>(c))) {
            out.push_back(table.lower(static_cast<char16_t>(c)));
        } else if (std::u16string_view mapped = table.other(c); !mapped.empty()) {
            out += mapped;
        } else {
            out.append(in.substr(start, i - start));
        }
    }
}

void Tokenizer::lower_into(std::string_view text, std::u16string& out) {
    if (lower_fast(text, out)) return;
    utf16_.clear();
    append_utf16(utf16_, text);
    js_to_lower(utf16_, out);
}

}  // namespace urker::search
