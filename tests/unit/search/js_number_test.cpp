// Expected values come from node 20 (V8): Math.log's result bits, Math.round and JSON.stringify.
//   node -e 'const b = Buffer.alloc(8); b.writeDoubleBE(Math.log(x)); console.log(b.toString("hex"))'
#include "search/js_number.h"

#include <doctest/doctest.h>

#include <bit>
#include <cmath>
#include <limits>
#include <cstdint>
#include <string>

using namespace urker::search;

namespace {

double bits(std::uint64_t b) { return std::bit_cast<double>(b); }
std::uint64_t bits_of(double d) { return std::bit_cast<std::uint64_t>(d); }

std::string number(double x) {
    std::string out;
    append_js_number(out, x);
    return out;
}

std::string score(double x) {
    std::string out;
    append_js_score(out, x);
    return out;
}

std::string quoted(std::string_view s) {
    std::string out;
    append_json_string(out, s);
    return out;
}

}  // namespace

TEST_CASE("js_log is bit-identical to V8's Math.log") {
    const std::pair<std::uint64_t, std::uint64_t> cases[] = {
        {0x3FF8000000000000, 0x3FD9F323ECBF984C},  // 1.5
        {0x4000000000000000, 0x3FE62E42FEFA39EF},  // 2
        {0x4024000000000000, 0x40026BB1BBB55516},  // 10
        {0x4031333333333333, 0x4006C25FD9DCB3F3},  // 1 + |(300 - 17 + 0.5) / (17 + 0.5)|
        {0x3FF5E50D79435E51, 0x3FD412F7275B3D03},  // 1 + |(5 - 9 + 0.5) / (9 + 0.5)|
        {0x01A56E1FC2F8F359, 0xC085963447F87FB5},  // 1e-300
        {0x0000000000000001, 0xC0874385446D71C3},  // the smallest subnormal
        {0x40FE240C9FBE76C9, 0x40277281CAD8A844},  // 123456.789
        {0x3FE6666666666666, 0xBFD6D3C324E13F50},  // 0.7
    };
    for (const auto& [x, expected] : cases) CHECK(bits_of(js_log(bits(x))) == expected);
    CHECK(js_log(1) == 0);
    CHECK(std::isinf(js_log(0)));
    CHECK(std::isnan(js_log(-1)));
}

TEST_CASE("js_round rounds halves up, like Math.round") {
    CHECK(js_round(0.5) == 1);
    CHECK(js_round(-0.5) == 0);
    CHECK(js_round(1.5) == 2);
    CHECK(js_round(-1.5) == -1);
    CHECK(js_round(2.5) == 3);
    CHECK(js_round(-2.5) == -2);
    CHECK(js_round(0.49999999999999994) == 0);
}

TEST_CASE("numbers are written as JSON.stringify writes them") {
    CHECK(number(1e21) == "1e+21");
    CHECK(number(1e20) == "100000000000000000000");
    CHECK(number(1e-7) == "1e-7");
    CHECK(number(-1e-7) == "-1e-7");
    CHECK(number(0.000001) == "0.000001");
    CHECK(number(100000) == "100000");
    CHECK(number(123.456) == "123.456");
    CHECK(number(-0.0) == "0");
    CHECK(number(1.5e300) == "1.5e+300");
    CHECK(number(9007199254740992.0) == "9007199254740992");
    CHECK(number(0.1 + 0.2) == "0.30000000000000004");
    CHECK(number(123e-20) == "1.23e-18");
    CHECK(number(std::numeric_limits<double>::infinity()) == "null");
}

TEST_CASE("scores are rounded to thousandths and written without trailing zeros") {
    CHECK(score(6.6714) == "6.671");
    CHECK(score(0.0005) == "0.001");
    CHECK(score(0.0004) == "0");
    CHECK(score(12.0) == "12");
    CHECK(score(1.2999) == "1.3");
    CHECK(score(-1.2345) == "-1.234");  // Math.round(-1234.5) == -1234
    CHECK(score(2e15) == "2000000000000000");
}

TEST_CASE("strings are quoted as JSON.stringify quotes them") {
    CHECK(quoted("a\"b\\c\b\f\n\r\t\x01\x1f\x7f\u2028é😀") == "\"a\\\"b\\\\c\\b\\f\\n\\r\\t\\u0001\\u001f\x7f\u2028é😀\"");
    CHECK(quoted("") == "\"\"");
    std::string after = "{\"html\":";  // appended after what the string holds
    append_json_string(after, "<p class=\"x\">\n");
    CHECK(after == "{\"html\":\"<p class=\\\"x\\\">\\n\"");
}

TEST_CASE("json_string_size is the size of what append_json_string writes") {
    for (std::string_view s : {std::string_view(""), std::string_view("урок"), std::string_view("a \"b\" \\ c\n\t\r\b\f"),
                               std::string_view("\x01\x1f end"), std::string_view("<a href=\"/x/\">Ә</a>\x7f")})
        CHECK(json_string_size(s) == quoted(s).size());
}

TEST_CASE("strings are quoted the same wherever an escape falls in the words read eight bytes at a time") {
    // The plain rule, byte by byte.
    auto reference = [](std::string_view s) {
        std::string out = "\"";
        for (const char ch : s) {
            const auto c = static_cast<unsigned char>(ch);
            if (c == '"') out += "\\\"";
            else if (c == '\\') out += "\\\\";
            else if (c == '\n') out += "\\n";
            else if (c == '\t') out += "\\t";
            else if (c == '\r') out += "\\r";
            else if (c == '\b') out += "\\b";
            else if (c == '\f') out += "\\f";
            else if (c < 0x20) {
                static constexpr char hex[] = "0123456789abcdef";
                out += "\\u00";
                out += hex[c >> 4];
                out += hex[c & 15];
            } else out += ch;
        }
        return out + "\"";
    };
    for (std::string_view filler : {std::string_view("abcdefgh"), std::string_view("урок"), std::string_view("\x7f~ !#[]^")}) {
        std::string base;
        while (base.size() < 40) base += filler;
        for (std::string_view escape : {"\"", "\\", "\n", "\x01", "\x1f", "\"\"", "\n\t"}) {
            for (std::size_t at = 0; at <= base.size(); ++at) {
                std::string s = base;
                s.insert(at, escape);
                CAPTURE(s);
                CHECK(quoted(s) == reference(s));
                CHECK(json_string_size(s) == reference(s).size());
                // Wrapped in the text's own buffer (room enough) and in a new one (too little).
                const std::string wanted = "{\"html\":" + reference(s) + "}";
                std::string roomy = s;
                roomy.reserve(wanted.size() + 3);
                const char* buffer = roomy.data();
                wrap_json_string(roomy, "{\"html\":", "}");
                CHECK(roomy == wanted);
                CHECK(roomy.data() == buffer);
                std::string tight = s;
                tight.shrink_to_fit();
                wrap_json_string(tight, "{\"html\":", "}");
                CHECK(tight == wanted);
            }
        }
    }
}
