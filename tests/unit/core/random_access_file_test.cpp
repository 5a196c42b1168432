#include "core/random_access_file.h"

#include <doctest/doctest.h>

#include "../../support/temp_folder.h"

using namespace urker;

TEST_CASE("a file read a piece at a time gives the pieces it holds, and no more") {
    testing::TempFolder folder("urker-random-access-");
    folder.write("bundle.bin", "0123456789абв");
    auto file = RandomAccessFile::open(folder.root() / "bundle.bin");
    REQUIRE(file);
    CHECK(file->size() == 16);
    std::string out = "что было";
    REQUIRE(file->read(2, 3, out));
    CHECK(out == "234");  // replaced, not appended
    REQUIRE(file->read(10, 6, out));
    CHECK(out == "абв");
    CHECK_FALSE(file->read(12, 5, out));  // past the end
    CHECK_FALSE(RandomAccessFile::open(folder.root() / "missing.bin"));

    // A file put in its place by a rename: the open one still reads the old bytes.
    folder.write("bundle.bin.tmp", "другой");
    std::filesystem::rename(folder.root() / "bundle.bin.tmp", folder.root() / "bundle.bin");
    REQUIRE(file->read(0, 4, out));
    CHECK(out == "0123");
}

TEST_CASE("bytes in memory read the same way as a file") {
    auto bytes = RandomAccessFile::of_bytes("0123456789");
    CHECK(bytes->size() == 10);
    std::string out;
    REQUIRE(bytes->read(7, 3, out));
    CHECK(out == "789");
    REQUIRE(bytes->read(10, 0, out));
    CHECK(out.empty());
    CHECK_FALSE(bytes->read(8, 3, out));
    CHECK_FALSE(bytes->read(11, 0, out));
}
