#include "search/js_number.h"

#include <algorithm>
#include <bit>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstring>

namespace urker::search {

namespace {

double from_bits(std::uint64_t bits) { return std::bit_cast<double>(bits); }
std::int32_t high_word(double x) { return static_cast<std::int32_t>(std::bit_cast<std::uint64_t>(x) >> 32); }
std::uint32_t low_word(double x) { return static_cast<std::uint32_t>(std::bit_cast<std::uint64_t>(x)); }
double with_high_word(double x, std::int32_t hi) {
    return from_bits((static_cast<std::uint64_t>(static_cast<std::uint32_t>(hi)) << 32) | low_word(x));
}

// fdlibm's constants, given by their bit patterns so nothing depends on decimal parsing:
// ln2 split into a high part with trailing zero bits and a low correction, 2^54, and the minimax
// coefficients of the polynomial approximating log((1+s)/(1-s)).
const double ln2_hi = from_bits(0x3FE62E42FEE00000);
const double ln2_lo = from_bits(0x3DEA39EF35793C76);
const double two54 = from_bits(0x4350000000000000);
const double lg1 = from_bits(0x3FE5555555555593);
const double lg2 = from_bits(0x3FD999999997FA04);
const double lg3 = from_bits(0x3FD2492494229359);
const double lg4 = from_bits(0x3FCC71C51D8E78AF);
const double lg5 = from_bits(0x3FC7466496CB03DE);
const double lg6 = from_bits(0x3FC39A09D078C69F);
const double lg7 = from_bits(0x3FC2F112DF3E5244);

}  // namespace

// The algorithm: write x = 2^k * (1+f) with sqrt(2)/2 < 1+f < sqrt(2), so that
// log(x) = k*ln2 + log(1+f), and log(1+f) = 2s + s*R(s*s) with s = f/(2+f), R a minimax polynomial.
// The evaluation order below is fdlibm's: every rounding step matters for bit-identity with V8.
double js_log(double x) {
    std::int32_t hx = high_word(x);
    const std::uint32_t lx = low_word(x);
    std::int32_t k = 0;
    if (hx < 0x00100000) {  // x < 2^-1022: zero, negative or subnormal
        if (((hx & 0x7FFFFFFF) | static_cast<std::int32_t>(lx)) == 0) return -HUGE_VAL;
        if (hx < 0) return std::nan("");
        k -= 54;
        x *= two54;  // scale a subnormal up
        hx = high_word(x);
    }
    if (hx >= 0x7FF00000) return x + x;  // infinity or NaN
    k += (hx >> 20) - 1023;
    hx &= 0x000FFFFF;
    const std::int32_t i = (hx + 0x95F64) & 0x100000;
    x = with_high_word(x, hx | (i ^ 0x3FF00000));  // normalise x or x/2 into [sqrt(2)/2, sqrt(2))
    k += i >> 20;
    const double f = x - 1.0;
    const double dk = static_cast<double>(k);
    if ((0x000FFFFF & (2 + hx)) < 3) {  // |f| < 2^-20: a short series is enough
        if (f == 0.0) return k == 0 ? 0.0 : dk * ln2_hi + dk * ln2_lo;
        const double r = f * f * (0.5 - 0.33333333333333333 * f);
        if (k == 0) return f - r;
        return dk * ln2_hi - ((r - dk * ln2_lo) - f);
    }
    const double s = f / (2.0 + f);
    const double z = s * s;
    const double w = z * z;
    const double t1 = w * (lg2 + w * (lg4 + w * lg6));
    const double t2 = z * (lg1 + w * (lg3 + w * (lg5 + w * lg7)));
    const double r = t2 + t1;
    const std::int32_t near_one = (hx - 0x6147A) | (0x6B851 - hx);
    if (near_one > 0) {
        const double hfsq = 0.5 * f * f;
        if (k == 0) return f - (hfsq - s * (hfsq + r));
        return dk * ln2_hi - ((hfsq - (s * (hfsq + r) + dk * ln2_lo)) - f);
    }
    if (k == 0) return f - s * (f - r);
    return dk * ln2_hi - ((s * (f - r) - dk * ln2_lo) - f);
}

double js_round(double x) {
    if (!std::isfinite(x)) return x;
    double r = std::floor(x);
    // x - floor(x) is exact for every double, so this is the exact "fraction >= 1/2" test
    // (unlike floor(x + 0.5), which rounds 0.49999999999999994 up).
    if (x - r >= 0.5) r += 1.0;
    return r;
}

void append_js_number(std::string& out, double x) {
    if (!std::isfinite(x)) {
        out += "null";
        return;
    }
    if (x == 0) {
        out += '0';
        return;
    }
    if (x < 0) {
        out += '-';
        x = -x;
    }
    // Shortest round-trip digits, as "d.ddde+XX".
    char buf[32];
    auto res = std::to_chars(buf, buf + sizeof buf, x, std::chars_format::scientific);
    std::string_view sci(buf, static_cast<std::size_t>(res.ptr - buf));
    const std::size_t e_pos = sci.find('e');
    std::string digits;
    for (char c : sci.substr(0, e_pos)) {
        if (c != '.') digits += c;
    }
    const int exponent = std::atoi(std::string(sci.substr(e_pos + 1)).c_str());
    // ECMAScript Number::toString: value = 0.digits * 10^n.
    const int k = static_cast<int>(digits.size());
    const int n = exponent + 1;
    if (k <= n && n <= 21) {
        out += digits;
        out.append(static_cast<std::size_t>(n - k), '0');
    } else if (0 < n && n <= 21) {
        out.append(digits, 0, static_cast<std::size_t>(n));
        out += '.';
        out.append(digits, static_cast<std::size_t>(n));
    } else if (-6 < n && n <= 0) {
        out += "0.";
        out.append(static_cast<std::size_t>(-n), '0');
        out += digits;
    } else {
        out += digits[0];
        if (k > 1) {
            out += '.';
            out.append(digits, 1);
        }
        out += 'e';
        out += n - 1 >= 0 ? '+' : '-';
        out += std::to_string(std::abs(n - 1));
    }
}

void append_uint(std::string& out, std::uint64_t value) {
    char buf[24];
    auto res = std::to_chars(buf, buf + sizeof buf, value);
    out.append(buf, static_cast<std::size_t>(res.ptr - buf));
}

char* write_js_score(char* out, double score) {
    const double thousandths = js_round(score * 1000);
    // Below 10^15 the double nearest to k/1000 prints as the decimal k/1000 itself (no shorter
    // decimal maps to the same double), so integer arithmetic gives JSON.stringify's text.
    if (!(std::fabs(thousandths) < 1e15)) {
        std::string text;
        append_js_number(text, thousandths / 1000);
        return std::copy(text.begin(), text.end(), out);  // at most 24 characters ("-1.2345678901234567e+308")
    }
    long long k = static_cast<long long>(thousandths);
    if (k == 0) {
        *out++ = '0';
        return out;
    }
    if (k < 0) {
        *out++ = '-';
        k = -k;
    }
    out = std::to_chars(out, out + 20, static_cast<std::uint64_t>(k / 1000)).ptr;
    int frac = static_cast<int>(k % 1000);
    if (frac != 0) {
        *out++ = '.';
        *out++ = static_cast<char>('0' + frac / 100);
        frac %= 100;
        if (frac != 0) {
            *out++ = static_cast<char>('0' + frac / 10);
            if (frac % 10 != 0) *out++ = static_cast<char>('0' + frac % 10);
        }
    }
    return out;
}

void append_js_score(std::string& out, double score) {
    char buf[max_js_score_length];
    out.append(buf, static_cast<std::size_t>(write_js_score(buf, score) - buf));
}

namespace {

// Per byte, what JSON makes of it: 0 as it is, else the second character of its two-character
// escape (`\n`), or 'u' for `\u00XX`. A table, because the catalogue's cards (16 MB a language at
// 10 000 materials, full of quotes and line ends) go through here on every rebuild.
struct JsonEscapes {
    char second[256] = {};
    constexpr JsonEscapes() {
        for (int c = 0; c < 0x20; ++c) second[c] = 'u';
        second[static_cast<unsigned char>('"')] = '"';
        second[static_cast<unsigned char>('\\')] = '\\';
        second[static_cast<unsigned char>('\b')] = 'b';
        second[static_cast<unsigned char>('\f')] = 'f';
        second[static_cast<unsigned char>('\n')] = 'n';
        second[static_cast<unsigned char>('\r')] = 'r';
        second[static_cast<unsigned char>('\t')] = 't';
    }
};
constexpr JsonEscapes json_escapes;
// The digits of a `\u00XX` escape.
constexpr char hex[] = "0123456789abcdef";

// Whether any of the eight bytes in `w` is one JSON escapes (below 0x20, '"', '\\'): the text
// between two escapes is passed over a word at a time. Exact for "any" (the borrows of the
// subtractions only ever mark a byte after one that matched).
bool any_to_escape(std::uint64_t w) {
    constexpr std::uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
    auto zero_byte = [](std::uint64_t x) { return (x - ones) & ~x & highs; };
    const std::uint64_t below_space = (w - ones * 0x20) & ~w & highs;
    return (below_space | zero_byte(w ^ (ones * '"')) | zero_byte(w ^ (ones * '\\'))) != 0;
}

std::uint64_t word_at(const char* p) {
    std::uint64_t w;
    std::memcpy(&w, p, sizeof w);
    return w;
}

// Calls `escape(i, e)` for each byte of `utf8` that JSON escapes, in order, `e` being its entry in
// json_escapes.
template <class Escape>
void for_each_escape(std::string_view utf8, Escape escape) {
    const std::size_t n = utf8.size();
    for (std::size_t i = 0; i < n;) {
        if (n - i >= 8 && !any_to_escape(word_at(utf8.data() + i))) {
            i += 8;
            continue;
        }
        for (const std::size_t stop = std::min(n, i + 8); i < stop; ++i)
            if (const char e = json_escapes.second[static_cast<unsigned char>(utf8[i])]) escape(i, e);
    }
}

}  // namespace

std::size_t json_string_size(std::string_view utf8) {
    std::size_t size = utf8.size() + 2;
    for_each_escape(utf8, [&size](std::size_t, char e) { size += e == 'u' ? 5 : 1; });
    return size;
}

void append_json_string(std::string& out, std::string_view utf8) {
    // Sized first, then written through a pointer: no capacity check per escape.
    const std::size_t at = out.size();
    out.resize(at + json_string_size(utf8));
    char* to = out.data() + at;
    *to++ = '"';
    std::size_t run = 0;  // start of the pending run of bytes that need no escaping
    for_each_escape(utf8, [&](std::size_t i, char e) {
        std::memcpy(to, utf8.data() + run, i - run);
        to += i - run;
        run = i + 1;
        *to++ = '\\';
        *to++ = e;
        if (e == 'u') {
            const auto c = static_cast<unsigned char>(utf8[i]);
            *to++ = '0';
            *to++ = '0';
            *to++ = hex[c >> 4];
            *to++ = hex[c & 15];
        }
    });
    std::memcpy(to, utf8.data() + run, utf8.size() - run);
    to += utf8.size() - run;
    *to++ = '"';
}

void wrap_json_string(std::string& text, std::string_view before, std::string_view after) {
    const std::size_t n = text.size();
    const std::size_t total = before.size() + json_string_size(text) + after.size();
    if (total > text.capacity()) {
        std::string out;
        out.reserve(total);
        out += before;
        append_json_string(out, text);
        out += after;
        text = std::move(out);
        return;
    }
    text.resize(total);
    char* p = text.data();
    // Written from the end: the place written is always past the byte read next (each byte read
    // becomes one or more), so nothing is overwritten before it is read.
    std::size_t to = total - after.size();
    std::memcpy(p + to, after.data(), after.size());
    p[--to] = '"';
    std::size_t i = n;
    while (i > 0) {
        if (i >= 8 && !any_to_escape(word_at(p + i - 8))) {
            to -= 8;
            i -= 8;
            std::memmove(p + to, p + i, 8);
            continue;
        }
        const auto c = static_cast<unsigned char>(p[--i]);
        const char e = json_escapes.second[c];
        if (!e) {
            p[--to] = static_cast<char>(c);
            continue;
        }
        if (e == 'u') {
            p[--to] = hex[c & 15];
            p[--to] = hex[c >> 4];
            p[--to] = '0';
            p[--to] = '0';
        }
        p[--to] = e;
        p[--to] = '\\';
    }
    p[--to] = '"';
    std::memcpy(p, before.data(), before.size());
}

}  // namespace urker::search
