#include "search/string_interner.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace urker::search;

namespace {

std::u16string word(std::size_t i) {
    // Distinct words of 2 to 46 units: letters (Cyrillic and Latin, no digits) then i's digits.
    std::u16string w;
    const std::size_t length = 1 + (i * 7919) % 40;
    for (std::size_t k = 0; k < length; ++k) w.push_back(static_cast<char16_t>((k % 2 ? u'а' : u'a') + (i + k) % 26));
    for (char c : std::to_string(i)) w.push_back(static_cast<char16_t>(c));
    return w;
}

}  // namespace

TEST_CASE("StringInterner: dense ids in order of first insertion, the strings kept as given") {
    StringInterner table;
    CHECK(table.intern(u"мектеп") == std::pair<std::uint32_t, bool>{0, true});
    CHECK(table.intern(u"school") == std::pair<std::uint32_t, bool>{1, true});
    CHECK(table.intern(u"мектеп") == std::pair<std::uint32_t, bool>{0, false});
    CHECK(table.intern(u"") == std::pair<std::uint32_t, bool>{2, true});
    CHECK(table.find(u"school") == 1);
    CHECK(table.find(u"schoo") == StringInterner::npos);
    CHECK(table.at(0) == u"мектеп");
    CHECK(table.at(2) == u"");
    CHECK(table.size() == 3);
}

TEST_CASE("StringInterner: many strings across blocks and table growth, each found with its value") {
    // 200 000 entries fill some 80 of the arena's blocks and grow the slot table many times.
    StringInterner table;
    constexpr std::size_t n = 200000;
    for (std::size_t i = 0; i < n; ++i) {
        const std::u16string w = word(i);
        const StringInterner::Entry e = table.insert(w, StringInterner::hash_of(w));
        REQUIRE(e.inserted);
        REQUIRE(e.id == i);
        table.set_value(e, static_cast<std::uint32_t>(i * 3 + 0x10000));
    }
    REQUIRE(table.size() == n);
    for (std::size_t i = 0; i < n; i += 7) {
        const std::u16string w = word(i);
        REQUIRE(table.at(static_cast<std::uint32_t>(i)) == w);
        const StringInterner::Entry e = table.insert(w, StringInterner::hash_of(w));
        REQUIRE_FALSE(e.inserted);
        REQUIRE(e.id == i);
        REQUIRE(table.value(e) == i * 3 + 0x10000);
    }
}

TEST_CASE("StringInterner: a string longer than a block gets one of its own, and the strings after it still fit") {
    StringInterner table;
    table.intern(u"before");
    const std::u16string long_one(100000, u'ы');  // a block holds 32 768 units
    const std::u16string longer(70000, u'қ');
    CHECK(table.intern(long_one) == std::pair<std::uint32_t, bool>{1, true});
    CHECK(table.intern(u"after") == std::pair<std::uint32_t, bool>{2, true});
    CHECK(table.intern(longer) == std::pair<std::uint32_t, bool>{3, true});
    CHECK(table.intern(long_one) == std::pair<std::uint32_t, bool>{1, false});
    CHECK(table.at(1) == long_one);
    CHECK(table.at(3) == longer);
    CHECK(table.at(0) == u"before");
    CHECK(table.at(2) == u"after");
    CHECK(table.find(u"after") == 2);
}
