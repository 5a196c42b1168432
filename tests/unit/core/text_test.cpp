#include <doctest/doctest.h>

#include "core/diagnostic.h"
#include "core/fs.h"
#include "core/scaffold_examples.h"
#include "core/text.h"

#include <unicode/locid.h>
#include <unicode/unistr.h>

using namespace urker;

TEST_CASE("Russian titles become readable ASCII slugs") {
    CHECK(slugify("Дроби 5 класс") == "drobi-5-klass");
    CHECK(slugify("Методика обучения") == "metodika-obucheniya");
    CHECK(slugify("Щука и ёжик") == "shchuka-i-yezhik");
    CHECK(slugify("Ойын арқылы оқыту") == "oyyn-arqyly-oqytu");  // BGN's middle dot (Oy·yn) is no word break
    CHECK(slugify("Тиын") == "tiyn");
    CHECK(slugify("  Hello, World!  ") == "hello-world");
    CHECK(slugify("объём") == "obyem");
}

TEST_CASE("Kazakh letters are transliterated too") {
    std::string s = slugify("Қазақ тілі әліппесі");
    CHECK(s.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789-") == std::string::npos);
    CHECK(s.substr(0, 5) == "qazaq");
}

TEST_CASE("heading ids keep Cyrillic, lowercase, dash-joined") {
    CHECK(heading_id("Ход урока: этап 2") == "ход-урока-этап-2");
    CHECK(heading_id("Сабақтың мақсаты") == "сабақтың-мақсаты");
    CHECK(heading_id("  ") == "");
}

TEST_CASE("case mapping uses Unicode rules") {
    CHECK(to_lower("ӘҒҚҢӨҰҮҺІ") == "әғқңөұүһі");
    CHECK(to_upper("ёлка") == "ЁЛКА");
}

TEST_CASE("closest match suggests typos, not unrelated words") {
    std::vector<std::string> ids = {"ivanova-a", "petrov-s", "aitmagambetova-g"};
    CHECK(closest_match("ivanva-a", ids) == "ivanova-a");
    CHECK(closest_match("zzz", ids) == "");
    CHECK(edit_distance("кот", "кит") == 1);
}

TEST_CASE("UTF-8 decoding and validation") {
    CHECK(count_code_points("әлем") == 4);
    CHECK(is_valid_utf8("Привет"));
    CHECK_FALSE(is_valid_utf8(std::string("\xD0", 1)));
    CHECK_FALSE(is_valid_utf8(std::string("\xC0\xAF", 2)));
}

namespace {
// What first_invalid_utf8 must find: the first place decode_utf8 gives U+FFFD for bytes that
// are not U+FFFD itself.
std::size_t first_invalid_by_decoding(std::string_view s) {
    for (std::size_t i = 0; i < s.size();) {
        char32_t cp;
        std::size_t len = decode_utf8(s, i, cp);
        if (cp == 0xFFFD && !(len == 3 && s.substr(i, 3) == "\xEF\xBF\xBD")) return i;
        i += len;
    }
    return std::string_view::npos;
}
}  // namespace

TEST_CASE("the validator finds what the decoder refuses, at the same place") {
    // Every sequence of up to three bytes from a set that covers each boundary of UTF-8 (ASCII,
    // continuation bytes, overlong leads, surrogates, the end of Unicode), after ASCII of several
    // lengths so that the eight-byte fast path meets each at every alignment.
    const std::vector<unsigned char> bytes{0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0,
                                           0xE1, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xF8, 0xFF};
    std::size_t checked = 0;
    for (std::size_t prefix = 0; prefix < 10; ++prefix)
        for (unsigned char a : bytes)
            for (unsigned char b : bytes)
                for (unsigned char c : bytes) {
                    std::string s(prefix, 'x');
                    s += static_cast<char>(a);
                    s += static_cast<char>(b);
                    s += static_cast<char>(c);
                    for (const std::string& text : {s, s + "\x80\x80 и дальше текст", s + "z"}) {
                        ++checked;
                        if (first_invalid_utf8(text) != first_invalid_by_decoding(text)) {
                            FAIL("the two disagree on bytes " << static_cast<int>(a) << " " << static_cast<int>(b) << " " << static_cast<int>(c)
                                                              << " after " << prefix);
                        }
                    }
                }
    CHECK(checked > 500'000);
    CHECK(first_invalid_utf8("Сабақ жоспары: «Бөлшектер» 🍎") == std::string_view::npos);
    CHECK(first_invalid_utf8(std::string("Текст\xED\xA0\x80", 13)) == 10);  // a surrogate
    CHECK(first_invalid_utf8(std::string("\xF4\x90\x80\x80", 4)) == 0);       // above U+10FFFF
}

TEST_CASE("human sizes use the reader's units") {
    CHECK(human_size(512, "en") == "512\u00a0B");
    CHECK(human_size(1536, "ru") == "1,5\u00a0КБ");
    CHECK(human_size(5 * 1024 * 1024, "kk") == "5,0\u00a0МБ");
}

TEST_CASE("a diagnostic shows file:line:col, the line and a caret under the column") {
    Diagnostic d{Severity::error, {"content/a.md", 4, 7}, "the date is wrong", "write YYYY-MM-DD", "date: 2026-13-01"};
    CHECK(format_diagnostic(d) ==
          "content/a.md:4:7: error: the date is wrong\n"
          "    date: 2026-13-01\n"
          "          ^\n"
          "    hint: write YYYY-MM-DD\n");
}

TEST_CASE("the caret counts characters, not bytes") {
    Diagnostic d{Severity::warning, {"x.md", 2, 8}, "m", "", "титул: x"};
    CHECK(format_diagnostic(d) == "x.md:2:8: warning: m\n    титул: x\n           ^\n");
}

TEST_CASE("diagnostics sort by place and count errors") {
    Diagnostics ds;
    ds.warning({"b.md", 1, 1}, "w");
    ds.error({"a.md", 9, 1}, "e1");
    ds.error({"a.md", 2, 1}, "e2");
    ds.sort();
    CHECK(ds.items()[0].message == "e2");
    CHECK(ds.items()[2].message == "w");
    CHECK(ds.error_count() == 2);
    CHECK(ds.warning_count() == 1);
}

TEST_CASE("line_of finds lines and strips CR") {
    CHECK(line_of("a\r\nb\nc", 1) == "a");
    CHECK(line_of("a\r\nb\nc", 3) == "c");
    CHECK(line_of("a", 2).empty());
}

TEST_CASE("relative paths normalize and refuse to climb out") {
    CHECK(normalize_relative("materials/a/../b/index.md") == "materials/b/index.md");
    CHECK(normalize_relative("./x//y") == "x/y");
    CHECK_FALSE(normalize_relative("../secret"));
}

TEST_CASE("to_lower gives what ICU's full rules give, for every code point and in every language") {
    auto by_icu = [](const std::string& s, const char* lang) {
        icu::UnicodeString u = icu::UnicodeString::fromUTF8(s);
        u.toLower(icu::Locale(lang));
        std::string out;
        u.toUTF8String(out);
        return out;
    };
    std::size_t differ = 0;
    for (const char* lang : {"", "ru", "kk", "en", "tt", "tr", "lt"}) {
        for (char32_t cp = 0; cp <= 0x10FFFF; ++cp) {
            if (cp >= 0xD800 && cp <= 0xDFFF) continue;
            std::string s;
            append_utf8(s, cp);
            if (to_lower(s, lang) != by_icu(s, lang)) ++differ;
        }
    }
    CHECK(differ == 0);
    // Whole words and the letters whose lowercase depends on what stands around them.
    for (const char* text : {"Ходы УРОКА", "ӘЛІППЕ Қазақ Тілі", "ΟΔΟΣ Σ ΣΑ", "İSTANBUL", "Iı İi", "MixED-Case_Ё 5", "\xFF broken \xC3",
                             "\xEF\xBF\xBD"}) {
        for (const char* lang : {"", "ru", "kk", "tr", "az", "lt"}) {
            INFO(text, " in ", lang);
            CHECK(to_lower(text, lang) == by_icu(text, lang));
        }
    }
}

TEST_CASE("the example paragraphs of urker new are known word for word, without the ones with a placeholder") {
    const auto& examples = scaffold_example_paragraphs();
    CHECK(examples.count("Текст новости.") == 1);
    CHECK(examples.count("Жаңалықтың мәтіні.") == 1);
    CHECK(examples.count("The news.") == 1);
    for (const auto& e : examples) {
        CAPTURE(e);
        CHECK(e.find("{{") == std::string::npos);
        CHECK(e == paragraph_words(e));  // no line breaks, no double spaces, none at the ends
        CHECK(is_scaffold_example(e));
        CHECK(is_scaffold_example("\n  " + e + "\n"));
        CHECK_FALSE(is_scaffold_example(e + " И ещё."));
    }
    CHECK(paragraph_words("  a\n b\t\tc \n") == "a b c");
    CHECK(paragraph_words(" \n ") == "");
}
