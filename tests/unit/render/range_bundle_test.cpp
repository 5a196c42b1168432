// Bundle members (render/range_bundle.h): padded gzip members, the size tables, the files.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "../../support/search_bundle.h"
#include "render/range_bundle.h"

using namespace urker;
using urker::testing::bundle_layout;
using urker::testing::gunzip;

TEST_CASE("a padded gzip member has the unit's length and inflates to its data") {
    for (std::size_t unit : {32u, 256u}) {
        for (const std::string& data : {std::string(), std::string("{}"), std::string(5000, 'x'), std::string("Ашық сабақ — открытый урок")}) {
            const std::string member = padded_gzip_member(data, unit);
            REQUIRE(!member.empty());
            CHECK(member.size() % unit == 0);
            CHECK(gunzip(member) == data);
        }
    }
    std::size_t width = 0;
    const std::vector<std::size_t> units = {0, 1, 63, 64, 4095, 4096, 70000};
    const std::string text = encode_unit_sizes(units, width);
    CHECK(width == 3);
    CHECK(text.size() == units.size() * 3);
    CHECK(decode_unit_sizes(text, width) == units);
    CHECK_THROWS(decode_unit_sizes("A*", 1));
}

TEST_CASE("a bundle starts a new file at the cap, and its description finds every member") {
    RangeBundleWriter writer("index-", 32, 100);
    std::vector<std::string> data = {"one", std::string(300, 'a'), "three", "four", "five"};
    for (const auto& d : data) writer.add(padded_gzip_member(d, 32));
    nlohmann::json description;
    auto files = writer.finish(description);
    REQUIRE(files.size() >= 2);
    CHECK(files[0].name == "index-0.bin");
    CHECK(description["files"].size() == files.size());
    const auto parts = bundle_layout(description);
    REQUIRE(parts.size() == data.size());
    for (std::size_t k = 0; k < data.size(); ++k) {
        const auto& file = files.at(std::stoul(parts[k].file.substr(6)));
        REQUIRE(parts[k].offset + parts[k].length <= file.content.size());
        CHECK(gunzip(file.content.substr(parts[k].offset, parts[k].length)) == data[k]);
    }
    for (const auto& f : files) CHECK((f.content.size() <= 100 || f.content.size() == padded_gzip_member(data[1], 32).size()));
    CHECK_THROWS(writer.add(std::string(31, 'x')));  // not padded to the unit
}
