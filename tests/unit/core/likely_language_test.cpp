#include <doctest/doctest.h>

#include "core/likely_language.h"

using urker::likely_language;

TEST_CASE("the language code a teacher or webmaster meant") {
    const std::vector<std::string> site = {"kk", "ru"};
    CHECK(likely_language("KK", site) == "kk");       // the code in capitals
    CHECK(likely_language("kz", site) == "kk");       // the country's code
    CHECK(likely_language("қаз", site) == "kk");      // the name, Cyrillic
    CHECK(likely_language("qazaqsha", site) == "kk"); // the name, Latin
    CHECK(likely_language("рус", site) == "ru");
    CHECK(likely_language("Russian", site) == "ru");
    CHECK(likely_language("ағылшын", site).empty());  // English, which this site does not have
    CHECK(likely_language("ағылшын", {"ru", "kk", "en"}) == "en");
    CHECK(likely_language("немецкий", site).empty());  // a word that names none of them
}
