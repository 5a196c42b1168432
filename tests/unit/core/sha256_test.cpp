#include <doctest/doctest.h>

#include "core/sha256.h"

using namespace urker;

TEST_CASE("sha256_hex gives the digests of the standard's examples, as sha256sum prints them") {
    CHECK(sha256_hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    CHECK(sha256_hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    CHECK(sha256_hex("Дроби\n") != sha256_hex("Дроби"));
}
