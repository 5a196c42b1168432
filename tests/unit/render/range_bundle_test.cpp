// Bundle members (render/range_bundle.h): padded gzip members, the size tables, the files.
#include <doctest/doctest.h>

#include <fstream>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "../../support/search_bundle.h"
#include "../../support/temp_folder.h"
#include "core/fs.h"
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
    urker::Json description;
    auto files = writer.finish(description);
    REQUIRE(files.size() >= 2);
    CHECK(files[0].name == "index-0.bin");
    CHECK(description["files"].size() == files.size());
    const auto parts = bundle_layout(description);
    REQUIRE(parts.size() == data.size());
    for (std::size_t k = 0; k < data.size(); ++k) {
        const auto& file = files.at(std::stoul(parts[k].file.substr(6)));
        REQUIRE(parts[k].offset + parts[k].length <= file.joined().size());
        CHECK(gunzip(file.joined().substr(parts[k].offset, parts[k].length)) == data[k]);
    }
    for (const auto& f : files) CHECK((f.size <= 100 || f.size == padded_gzip_member(data[1], 32).size()));
    CHECK_THROWS(writer.add(std::string(31, 'x')));  // not padded to the unit
}

namespace {

// Bundles of `data` as a build publishes them: the files by name and their description.
std::map<std::string, std::string> bundle_of(const std::vector<std::string>& data, std::size_t unit, urker::Json& description) {
    RangeBundleWriter writer("index-", unit, 200);
    for (const auto& d : data) writer.add(padded_gzip_member(d, unit));
    std::map<std::string, std::string> files;
    for (auto& f : writer.finish(description)) files[f.name] = f.joined();
    return files;
}

}  // namespace

TEST_CASE("a rebuild takes the members of unchanged texts from the last bundles, byte for byte") {
    const std::vector<std::string> before = {"один", std::string(400, 'b'), "три", "четыре", "бес"};
    urker::Json description;
    const auto files = bundle_of(before, 32, description);
    REQUIRE(files.size() >= 2);
    const PreviousMembers previous(description, [&](const std::string& name) -> std::shared_ptr<const RandomAccessFile> {
        if (auto it = files.find(name); it != files.end()) return RandomAccessFile::of_bytes(it->second);
        return nullptr;
    });
    for (const auto& text : before) CHECK(previous.member_of(text, 32) == padded_gzip_member(text, 32));
    CHECK(previous.taken() == before.size());
    // A new text is compressed; a text under another unit or level is not taken.
    CHECK(gunzip(previous.member_of("новый текст", 32)) == "новый текст");
    CHECK(previous.member_of("три", 64) == padded_gzip_member("три", 64));
    CHECK(previous.member_of("три", 32, 1) == padded_gzip_member("три", 32, 1));
    CHECK(previous.taken() == before.size());
    // By the hash its header names (a caller that knows the text's inputs, not the text).
    const std::string member = padded_gzip_member("четыре", 32);
    REQUIRE(member_hash(member));
    CHECK(*member_hash(member) == member_text_hash("четыре", kCompressionLevel));
    CHECK(member_text_size(member) == std::string("четыре").size());
    CHECK(previous.member_with_hash(*member_hash(member), 32) == member);
    CHECK_FALSE(previous.member_with_hash(*member_hash(member), 64));
    CHECK_FALSE(previous.member_with_hash(*member_hash(padded_gzip_member("пять", 32)), 32));
    CHECK_FALSE(member_hash("not a member"));
}

TEST_CASE("a damaged or missing bundle file gives nothing to take, and nothing wrong") {
    const std::vector<std::string> before = {"один", "два", "три"};
    urker::Json description;
    auto files = bundle_of(before, 32, description);
    // A member whose trailer no longer matches its text (its CRC changed): made anew.
    std::string damaged = files.at("index-0.bin");
    damaged[damaged.size() - 5] ^= 0x55;  // the last member's CRC-32
    const PreviousMembers previous(description, [&](const std::string&) { return RandomAccessFile::of_bytes(damaged); });
    CHECK(previous.member_of("три", 32) == padded_gzip_member("три", 32));
    CHECK(previous.member_of("один", 32) == padded_gzip_member("один", 32));
    CHECK(previous.taken() == 1);  // "один" was intact
    const PreviousMembers none(description, [](const std::string&) -> std::shared_ptr<const RandomAccessFile> { return nullptr; });
    CHECK(none.member_of("один", 32) == padded_gzip_member("один", 32));
    CHECK(none.taken() == 0);
    const PreviousMembers unreadable(urker::Json{{"unit", 32}, {"sizes", "*"}},
                                     [](const std::string&) -> std::shared_ptr<const RandomAccessFile> { return nullptr; });
    CHECK(unreadable.member_of("один", 32) == padded_gzip_member("один", 32));
    // A member shorter than its header claims, or a file shorter than the table: left out.
    const PreviousMembers short_file(description, [&](const std::string&) {
        return RandomAccessFile::of_bytes(files.at("index-0.bin").substr(0, 40));
    });
    CHECK(short_file.member_of("два", 32) == padded_gzip_member("два", 32));
    CHECK(short_file.taken() <= 1);
}

TEST_CASE("bundles read from disk a piece at a time; a member changed since its header was read is made anew") {
    std::vector<std::string> before;
    for (int k = 0; k < 300; ++k) before.push_back("текст номер " + std::to_string(k) + std::string(static_cast<std::size_t>(k % 50), 'x'));
    urker::Json description;
    // Small files, each read through its own window: the headers of many members per read.
    RangeBundleWriter writer("index-", 32, 4096);
    for (const auto& text : before) writer.add(padded_gzip_member(text, 32));
    testing::TempFolder folder("urker-bundle-");
    std::vector<std::string> names;
    for (auto& f : writer.finish(description)) {
        folder.write(f.name, f.joined());
        names.push_back(f.name);
    }
    REQUIRE(names.size() > 2);
    const PreviousMembers previous(description, [&](const std::string& name) { return RandomAccessFile::open(folder.root() / name); });
    for (const auto& text : before) CHECK(previous.member_of(text, 32) == padded_gzip_member(text, 32));
    CHECK(previous.taken() == before.size());
    const std::string member = padded_gzip_member(before[5], 32);
    CHECK(previous.member_with_hash(*member_hash(member), 32) == member);

    // The first file changed in place after its headers were read: nothing of it is taken, and
    // what is given is still right.
    const std::string first = (folder.root() / names[0]).string();
    std::string bytes = *read_file(first);
    for (char& c : bytes) c = static_cast<char>(c ^ 0x5a);
    {
        std::ofstream rewrite(first, std::ios::binary | std::ios::in | std::ios::out);
        rewrite.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    }
    const std::size_t had = previous.taken();
    CHECK(previous.member_of(before[0], 32) == padded_gzip_member(before[0], 32));
    CHECK_FALSE(previous.member_with_hash(*member_hash(padded_gzip_member(before[1], 32)), 32));
    CHECK(previous.taken() == had);
}

TEST_CASE("a rebuild's reads of one bundle never answer for another's at the same place") {
    // Two builds' bundles with the same names and the same layout (texts of the same lengths),
    // read one after the other on this thread: what the second takes is its own file's, not what
    // the first's reads left in the thread's window of the file at the same offsets.
    std::vector<std::string> first, second;
    for (int k = 0; k < 40; ++k) {
        first.push_back("первый " + std::to_string(100 + k) + std::string(static_cast<std::size_t>(k), 'a'));
        second.push_back("второй " + std::to_string(100 + k) + std::string(static_cast<std::size_t>(k), 'b'));
    }
    auto publish = [](const std::vector<std::string>& texts, testing::TempFolder& folder, urker::Json& description) {
        RangeBundleWriter writer("index-", 32);
        for (const auto& text : texts) writer.add(padded_gzip_member(text, 32));
        for (auto& f : writer.finish(description)) folder.write(f.name, f.joined());
    };
    testing::TempFolder a("urker-bundle-a-"), b("urker-bundle-b-");
    urker::Json description_a, description_b;
    publish(first, a, description_a);
    publish(second, b, description_b);
    REQUIRE(description_a["sizes"] == description_b["sizes"]);  // the same places in the same files
    {
        const PreviousMembers previous(description_a, [&](const std::string& name) { return RandomAccessFile::open(a.root() / name); });
        for (const auto& text : first) CHECK(previous.member_of(text, 32) == padded_gzip_member(text, 32));
        CHECK(previous.taken() == first.size());
    }
    const PreviousMembers previous(description_b, [&](const std::string& name) { return RandomAccessFile::open(b.root() / name); });
    for (const auto& text : second) CHECK(previous.member_of(text, 32) == padded_gzip_member(text, 32));
    CHECK(previous.taken() == second.size());
    for (std::size_t k = 0; k < second.size(); ++k) {
        const std::string member = padded_gzip_member(second[k], 32);
        CHECK(previous.member_with_hash(*member_hash(member), 32) == member);
    }
}
