#include "core/text.h"

#include <cstdint>
#include <cstring>

#include <unicode/locid.h>
#include <unicode/parseerr.h>
#include <unicode/translit.h>
#include <unicode/unistr.h>
#include <unicode/uchar.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <memory>
#include <mutex>

namespace urker {

std::size_t decode_utf8(std::string_view s, std::size_t pos, char32_t& out) {
    auto b = static_cast<unsigned char>(s[pos]);
    auto cont = [&](std::size_t i) -> int {
        if (pos + i >= s.size()) return -1;
        auto c = static_cast<unsigned char>(s[pos + i]);
        return (c & 0xC0) == 0x80 ? (c & 0x3F) : -1;
    };
    if (b < 0x80) { out = b; return 1; }
    if ((b & 0xE0) == 0xC0) {
        int c1 = cont(1);
        if (c1 >= 0 && b >= 0xC2) { out = static_cast<char32_t>(((b & 0x1F) << 6) | c1); return 2; }
    } else if ((b & 0xF0) == 0xE0) {
        int c1 = cont(1), c2 = c1 >= 0 ? cont(2) : -1;
        if (c2 >= 0) {
            char32_t cp = static_cast<char32_t>(((b & 0x0F) << 12) | (c1 << 6) | c2);
            if (cp >= 0x800 && (cp < 0xD800 || cp > 0xDFFF)) { out = cp; return 3; }
        }
    } else if ((b & 0xF8) == 0xF0) {
        int c1 = cont(1), c2 = c1 >= 0 ? cont(2) : -1, c3 = c2 >= 0 ? cont(3) : -1;
        if (c3 >= 0) {
            char32_t cp = static_cast<char32_t>(((b & 0x07) << 18) | (c1 << 12) | (c2 << 6) | c3);
            if (cp >= 0x10000 && cp <= 0x10FFFF) { out = cp; return 4; }
        }
    }
    out = 0xFFFD;
    return 1;
}

void append_utf8(std::string& out, char32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

std::size_t count_code_points(std::string_view s) {
    std::size_t n = 0;
    for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return n;
}

// Every text file read is checked here (some 170 MB at 10 000 materials), so it runs over bytes
// without decoding: eight ASCII bytes at a time, and each sequence's bytes checked in place. What
// it accepts is exactly what decode_utf8 decodes without U+FFFD (tests/unit/core/text_test.cpp
// compares the two): no overlong forms, no surrogates, nothing above U+10FFFF.
std::size_t first_invalid_utf8(std::string_view s) {
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    const std::size_t n = s.size();
    auto continuation = [&](std::size_t at) { return at < n && (p[at] & 0xC0) == 0x80; };
    std::size_t i = 0;
    while (i < n) {
        const unsigned char b = p[i];
        if (b < 0x80) {
            // A run of ASCII, eight bytes at a time.
            ++i;
            while (n - i >= 8) {
                std::uint64_t word;
                std::memcpy(&word, p + i, 8);
                if ((word & 0x8080808080808080ull) != 0) break;
                i += 8;
            }
        } else if (b >= 0xC2 && b <= 0xDF) {
            if (!continuation(i + 1)) return i;
            i += 2;
            // A run of two-byte letters (Cyrillic, Kazakh): the teachers' texts are mostly these,
            // so they are walked without going back through the branches above.
            while (n - i >= 2 && p[i] >= 0xC2 && p[i] <= 0xDF && (p[i + 1] & 0xC0) == 0x80) i += 2;
        } else if (b >= 0xE0 && b <= 0xEF) {
            if (!continuation(i + 1) || !continuation(i + 2)) return i;
            if (b == 0xE0 && p[i + 1] < 0xA0) return i;   // overlong
            if (b == 0xED && p[i + 1] >= 0xA0) return i;  // a surrogate
            i += 3;
        } else if (b >= 0xF0 && b <= 0xF4) {
            if (!continuation(i + 1) || !continuation(i + 2) || !continuation(i + 3)) return i;
            if (b == 0xF0 && p[i + 1] < 0x90) return i;   // overlong
            if (b == 0xF4 && p[i + 1] >= 0x90) return i;  // above U+10FFFF
            i += 4;
        } else {
            return i;
        }
    }
    return std::string_view::npos;
}

bool is_valid_utf8(std::string_view s) { return first_invalid_utf8(s) == std::string_view::npos; }

namespace {
std::string to_utf8(const icu::UnicodeString& u) {
    std::string out;
    u.toUTF8String(out);
    return out;
}
icu::UnicodeString from_utf8(std::string_view s) {
    return icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
}
}  // namespace

namespace {

// Whether lowercasing in `lang` follows rules of its own (ICU's SpecialCasing): Turkish and
// Azeri dotted and dotless i, Lithuanian dots kept over i and j.
bool lowercases_its_own_way(std::string_view lang) {
    const std::string_view code = lang.substr(0, lang.find_first_of("-_"));
    return code == "tr" || code == "az" || code == "lt" || code == "TR" || code == "AZ" || code == "LT";
}

}  // namespace

std::string to_lower(std::string_view s, std::string_view lang) {
    // In every other language each code point lowers to one code point (Unicode's simple
    // mapping, u_tolower), except İ (U+0130, two in lowercase) and Σ (by its neighbours): those,
    // and bytes that are not UTF-8, go through ICU's full rules. The rest is mapped here, without
    // two conversions to UTF-16 and a Locale for every call (heading ids, term keys, slugs: tens of
    // thousands a build). tests/unit/core/text_test.cpp compares the two on every code point.
    if (!lowercases_its_own_way(lang)) {
        std::string out;
        out.reserve(s.size());
        bool simple = true;
        for (std::size_t i = 0; i < s.size();) {
            const auto b = static_cast<unsigned char>(s[i]);
            if (b < 0x80) {
                out += static_cast<char>(b >= 'A' && b <= 'Z' ? b + ('a' - 'A') : b);
                ++i;
                continue;
            }
            char32_t cp = 0;
            const std::size_t n = decode_utf8(s, i, cp);
            if ((cp == 0xFFFD && n == 1) || cp == 0x130 || cp == 0x3A3) {
                simple = false;
                break;
            }
            append_utf8(out, static_cast<char32_t>(u_tolower(static_cast<UChar32>(cp))));
            i += n;
        }
        if (simple) return out;
    }
    icu::UnicodeString u = from_utf8(s);
    u.toLower(icu::Locale(std::string(lang).c_str()));
    return to_utf8(u);
}

std::string to_upper(std::string_view s, std::string_view lang) {
    icu::UnicodeString u = from_utf8(s);
    u.toUpper(icu::Locale(std::string(lang).c_str()));
    return to_utf8(u);
}

namespace {
// An ICU Transliterator is expensive to create and not safe to share between threads while it
// transliterates, so each thread keeps its own instance.
icu::Transliterator* slug_transliterator() {
    thread_local std::unique_ptr<icu::Transliterator> t = [] {
        // ICU has no Kazakh-to-ASCII transform, so the nine Kazakh letters get a rule each
        // (as in the 2021 Latin alphabet, without diacritics), then Russian-Latin/BGN gives the
        // familiar "shch", "ya", and Latin-ASCII drops whatever accents remain. BGN writes a middle
        // dot between letters that could be read as one ("Ойын" -> "Oy·yn"): dropped, not a word
        // break ("oyyn", not "oy-yn").
        UErrorCode status = U_ZERO_ERROR;
        UParseError parse_error;
        icu::UnicodeString rules = icu::UnicodeString::fromUTF8(
            "[Әә] > a; [Ғғ] > g; [Ққ] > q; [Ңң] > n; [Өө] > o; [ҰұҮү] > u; [Һһ] > h; [Іі] > i;"
            ":: Russian-Latin/BGN; \\u00B7 > ; :: Any-Latin; :: Latin-ASCII; :: Lower;");
        std::unique_ptr<icu::Transliterator> tr(
            icu::Transliterator::createFromRules("urker-slug", rules, UTRANS_FORWARD, parse_error, status));
        if (U_FAILURE(status)) tr.reset();
        return tr;
    }();
    return t.get();
}
}  // namespace

std::string slugify(std::string_view s) {
    icu::UnicodeString u = from_utf8(s);
    if (auto* t = slug_transliterator()) t->transliterate(u);
    std::string ascii = to_utf8(u);
    std::string out;
    bool dash = false;
    for (char c : ascii) {
        auto uc = static_cast<unsigned char>(c);
        if (std::isalnum(uc) && uc < 0x80) {
            if (dash && !out.empty()) out += '-';
            dash = false;
            out += static_cast<char>(std::tolower(uc));
        } else if (c == '\'' || c == '"' || c == 0x60) {
            // BGN marks soft/hard signs and some letters with apostrophes: drop them, don't split.
        } else {
            dash = true;
        }
    }
    return out;
}

std::string heading_id(std::string_view s) {
    std::string lower = to_lower(s);
    std::string out;
    bool dash = false;
    for (std::size_t i = 0; i < lower.size();) {
        char32_t cp;
        std::size_t len = decode_utf8(lower, i, cp);
        if (u_isalnum(static_cast<UChar32>(cp))) {
            if (dash && !out.empty()) out += '-';
            dash = false;
            append_utf8(out, cp);
        } else if (cp == U'_' || cp == U'-' || u_isspace(static_cast<UChar32>(cp)) || u_ispunct(static_cast<UChar32>(cp))) {
            dash = true;
        }
        i += len;
    }
    return out;
}

std::size_t edit_distance(std::string_view a, std::string_view b) {
    std::vector<char32_t> x, y;
    for (std::size_t i = 0; i < a.size();) { char32_t c; i += decode_utf8(a, i, c); x.push_back(c); }
    for (std::size_t i = 0; i < b.size();) { char32_t c; i += decode_utf8(b, i, c); y.push_back(c); }
    std::vector<std::size_t> prev(y.size() + 1), cur(y.size() + 1);
    for (std::size_t j = 0; j <= y.size(); ++j) prev[j] = j;
    for (std::size_t i = 1; i <= x.size(); ++i) {
        cur[0] = i;
        for (std::size_t j = 1; j <= y.size(); ++j)
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1)});
        std::swap(prev, cur);
    }
    return prev[y.size()];
}

std::string closest_match(std::string_view word, const std::vector<std::string>& candidates) {
    std::string best;
    std::size_t best_d = static_cast<std::size_t>(-1);
    for (const auto& c : candidates) {
        std::size_t d = edit_distance(word, c);
        if (d < best_d || (d == best_d && c < best)) { best_d = d; best = c; }
    }
    // A typo is at most a third of the word (and at least one edit).
    std::size_t limit = std::max<std::size_t>(2, count_code_points(word) / 3);
    return best_d <= limit ? best : std::string();
}

std::string trim(std::string_view s) {
    std::size_t b = 0, e = s.size();
    while (b < e && std::isspace(static_cast<unsigned char>(s[b]))) ++b;
    while (e > b && std::isspace(static_cast<unsigned char>(s[e - 1]))) --e;
    return std::string(s.substr(b, e - b));
}

bool starts_with(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }
bool ends_with(std::string_view s, std::string_view suffix) {
    return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

std::string escape_html(std::string_view s) {
    std::string out;
    out.reserve(s.size() + s.size() / 8);
    for (char c : s) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&#39;"; break;
            default: out += c;
        }
    }
    return out;
}

std::string human_size(std::uintmax_t bytes, std::string_view lang) {
    static const char* ru[] = {"Б", "КБ", "МБ", "ГБ"};
    static const char* kk[] = {"Б", "КБ", "МБ", "ГБ"};
    static const char* en[] = {"B", "KB", "MB", "GB"};
    const char** units = lang == "ru" ? ru : lang == "kk" ? kk : en;
    double v = static_cast<double>(bytes);
    int u = 0;
    while (v >= 1024 && u < 3) { v /= 1024; ++u; }
    char buf[32];
    if (u == 0) std::snprintf(buf, sizeof buf, "%ju", bytes);
    else if (v < 10) std::snprintf(buf, sizeof buf, "%.1f", v);
    else std::snprintf(buf, sizeof buf, "%.0f", v);
    std::string out = buf;
    if (lang == "ru" || lang == "kk") std::replace(out.begin(), out.end(), '.', ',');
    return out + "\u00a0" + units[u];
}

}  // namespace urker
