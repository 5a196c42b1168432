#include "search/stop_words.h"
#include "search/trimmer.h"
#include "search/utf16.h"

#include <doctest/doctest.h>

#include <string>

using namespace urker::search;

namespace {

std::string trim(std::string_view token, const CodeUnitSet& word) {
    const std::u16string t = to_utf16(token);
    return to_utf8(trim_token(t, word));
}

}  // namespace

TEST_CASE("en trimmer keeps [A-Za-z0-9_] only, so Cyrillic tokens become empty") {
    CHECK(trim("(word),", en_word_characters) == "word");
    CHECK(trim("__init__", en_word_characters) == "__init__");
    CHECK(trim("café", en_word_characters) == "caf");
    CHECK(trim("naïve", en_word_characters) == "naïve");
    CHECK(trim("школа", en_word_characters).empty());
}

TEST_CASE("ru trimmer: Cyrillic (Kazakh letters included) and digits are word characters, Latin is not") {
    CHECK(trim("«школа»", ru_word_characters) == "школа");
    CHECK(trim("әріптер,", ru_word_characters) == "әріптер");
    CHECK(trim("ӘҒҚҢӨҰҮҺІ", ru_word_characters) == "ӘҒҚҢӨҰҮҺІ");
    CHECK(trim("№5", ru_word_characters) == "5");
    CHECK(trim("2.топтардың", ru_word_characters) == "2.топтардың");
    CHECK(trim("к.кисловодска;", ru_word_characters) == "к.кисловодска");
    CHECK(trim("python,", ru_word_characters).empty());
    CHECK(trim("(word)", ru_word_characters).empty());
    CHECK(trim("рассмотreno", ru_word_characters) == "рассмот");
    CHECK(trim("—", ru_word_characters).empty());
}

TEST_CASE("ru trimmer's word characters are lunr.ru.wordCharacters plus 0-9, no more") {
    CHECK(ru_word_characters.contains(u'0'));
    CHECK(ru_word_characters.contains(0x0400));
    CHECK(ru_word_characters.contains(0x0484));
    CHECK_FALSE(ru_word_characters.contains(0x0485));  // combining marks 0485-0486 are excluded
    CHECK_FALSE(ru_word_characters.contains(0x0486));
    CHECK(ru_word_characters.contains(0x052F));
    CHECK(ru_word_characters.contains(0x1D2B));
    CHECK(ru_word_characters.contains(0xA69F));
    CHECK(ru_word_characters.contains(0xFE2F));
    CHECK_FALSE(ru_word_characters.contains(u'_'));
    CHECK_FALSE(ru_word_characters.contains(u'a'));
}

TEST_CASE("multi trimmer joins \\w and the Cyrillic ranges") {
    CHECK(trim("python,", multi_word_characters) == "python");
    CHECK(trim("«қазақ»", multi_word_characters) == "қазақ");
    CHECK(trim("__x__", multi_word_characters) == "__x__");
}

TEST_CASE("stop words: whole-token matches from lunr's lists") {
    CHECK(is_en_stop_word(u"the"));
    CHECK(is_en_stop_word(u"your"));
    CHECK_FALSE(is_en_stop_word(u"school"));
    CHECK_FALSE(is_en_stop_word(u"и"));
    CHECK(is_ru_stop_word(u"и"));
    CHECK(is_ru_stop_word(u"ещё"));
    CHECK(is_ru_stop_word(u"еще"));
    CHECK_FALSE(is_ru_stop_word(u"школа"));
    // lunr.ru's list ends with "\ufeffа", so the conjunction "а" is not a stop word.
    CHECK_FALSE(is_ru_stop_word(u"а"));
    CHECK(is_ru_stop_word(u"\uFEFFа"));
    CHECK(std::size(data::en_stop_words) == 119);
    CHECK(std::size(data::ru_stop_words) == 421);
}
