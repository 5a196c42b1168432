#include "search/tokenizer.h"
#include "search/utf16.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace urker::search;

namespace {

std::vector<std::string> split(std::string_view text) {
    Tokenizer tokenizer;
    std::vector<std::string> tokens;
    tokenizer.split(text, [&](std::u16string_view t) { tokens.push_back(to_utf8(t)); });
    return tokens;
}

std::string lower(std::string_view text) {
    std::u16string out;
    js_to_lower(to_utf16(text), out);
    return to_utf8(out);
}

}  // namespace

TEST_CASE("tokenizer splits on whitespace and hyphens and skips empty pieces") {
    CHECK(split("  Hello   World  ") == std::vector<std::string>{"hello", "world"});
    CHECK(split("5-м классе") == std::vector<std::string>{"5", "м", "классе"});
    CHECK(split("a--b - c") == std::vector<std::string>{"a", "b", "c"});
    CHECK(split("").empty());
    CHECK(split(" \t\n-").empty());
}

TEST_CASE("tokenizer keeps dashes, slashes and punctuation other than '-' inside tokens") {
    CHECK(split("г.-к.Кисловодска") == std::vector<std::string>{"г.", "к.кисловодска"});
    CHECK(split("урок — повторение – 3/4 «дроби»") ==
          std::vector<std::string>{"урок", "—", "повторение", "–", "3/4", "«дроби»"});
}

TEST_CASE("tokenizer splits on JavaScript's \\s: no-break, ideographic and other Unicode spaces, BOM") {
    CHECK(split("a\u00A0b\u3000c\u2009d\u2028e\uFEFFf\u1680g\u202Fh\u205Fi\vj\fk\rl") ==
          std::vector<std::string>{"a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l"});
    // Zero-width space and soft hyphen are not whitespace in JavaScript.
    CHECK(split("a\u200Bb c\u00ADd") == std::vector<std::string>{"a\u200Bb", "c\u00ADd"});
}

TEST_CASE("whole() lowercases one array element without splitting it") {
    Tokenizer tokenizer;
    CHECK(to_utf8(tokenizer.whole("Дробные Числа - 5")) == "дробные числа - 5");
    CHECK(to_utf8(tokenizer.whole("")).empty());
}

TEST_CASE("lowercasing is JavaScript's toLowerCase: full mappings, root locale, final sigma") {
    CHECK(lower("ӘҒҚҢӨҰҮҺІЁ") == "әғқңөұүһіё");
    CHECK(lower("İ") == "i\u0307");  // the one mapping that changes length
    CHECK(lower("I") == "i");          // no Turkish/Kazakh dotless rule
    CHECK(lower("ΟΔΥΣΣΕΥΣ") == "οδυσσευς");
    CHECK(lower("Σ") == "σ");
    CHECK(lower("ẞ ǅ ÀÉ") == "ß ǆ àé");
}

TEST_CASE("tokens are split after lowercasing, so lengths follow the lowercased string") {
    CHECK(split("İİ-x") == std::vector<std::string>{"i\u0307i\u0307", "x"});
}

TEST_CASE("text pieces give exactly the tokens of their text joined by line breaks") {
    // A Σ at the end of a piece (final, as before a line break), a broken UTF-8 sequence cut by
    // the join, an empty piece, a piece that is only separators, hyphens at the edges.
    const std::vector<std::string> cases[] = {
        {"Урок ΟΔΟΣ", "Σ начинает", "-дефис-"},
        {"конец \xD0", "\x9F" "ривет", "", "   ", "Қазақ тілі"},
        {"одна часть"},
        {},
    };
    for (const auto& pieces : cases) {
        std::string joined;
        for (std::size_t i = 0; i < pieces.size(); ++i) joined += (i ? "\n" : "") + pieces[i];
        std::vector<std::string_view> views(pieces.begin(), pieces.end());
        Tokenizer tokenizer;
        std::vector<std::string> tokens;
        tokenizer.split(std::span<const std::string_view>(views), [&](std::u16string_view t) { tokens.push_back(to_utf8(t)); });
        CHECK(tokens == split(joined));
    }
}
