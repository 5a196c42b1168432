#include "core/mapped_file.h"

#include <doctest/doctest.h>

#include "../../support/temp_folder.h"

using namespace urker;

TEST_CASE("a mapped file holds the file's bytes, and keeps them when the file is replaced") {
    testing::TempFolder folder("urker-mapped-");
    folder.write("cache.bin", "записи кэша\n");
    auto mapped = MappedFile::open(folder.root() / "cache.bin");
    REQUIRE(mapped);
    CHECK(mapped->bytes() == "записи кэша\n");
    // The build cache writes a new file and renames it over the old: the mapping stays as it was.
    folder.write("cache.bin.tmp", "другое");
    std::filesystem::rename(folder.root() / "cache.bin.tmp", folder.root() / "cache.bin");
    CHECK(mapped->bytes() == "записи кэша\n");
    CHECK(MappedFile::open(folder.root() / "cache.bin")->bytes() == "другое");

    folder.write("empty.bin", "");
    auto empty = MappedFile::open(folder.root() / "empty.bin");
    REQUIRE(empty);
    CHECK(empty->bytes().empty());
    CHECK_FALSE(MappedFile::open(folder.root() / "missing.bin"));
    CHECK_FALSE(MappedFile::open(folder.root()));  // a folder is not a file
}
