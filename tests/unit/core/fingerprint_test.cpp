// Fingerprints (core/fingerprint.h) are XXH3-128 of a framed stream of the values fed: gathering
// small pieces in a buffer must not change which bytes are hashed, whatever their sizes.
#include "core/fingerprint.h"

#include <doctest/doctest.h>

#include <cstdint>
#include <cstring>
#include <string>

#include <xxhash.h>

using namespace urker;

namespace {

// The stream Fingerprinter::add(string_view) hashes: the text tag (1), the length as 8 bytes, the bytes.
void frame_text(std::string& stream, std::string_view text) {
    stream += static_cast<char>(1);
    const std::uint64_t size = text.size();
    stream.append(reinterpret_cast<const char*>(&size), sizeof size);
    stream += text;
}

Fingerprint hash_of(const std::string& stream) {
    const XXH128_hash_t h = XXH3_128bits(stream.data(), stream.size());
    return {h.high64, h.low64};
}

}  // namespace

TEST_CASE("a fingerprint is the hash of the framed values, fed in pieces of any size") {
    // Short, exactly filling, crossing and far larger than the buffer.
    const std::vector<std::string> texts{"", "а", std::string(500, 'x'), std::string(11, 'y'), std::string(512, 'z'),
                                         std::string(3000, 'w'), "конец"};
    std::string stream;
    Fingerprinter f;
    CHECK(f.finish() == hash_of(stream));  // nothing fed
    for (const std::string& t : texts) {
        frame_text(stream, t);
        f.add(std::string_view(t));
        CHECK(f.finish() == hash_of(stream));  // finishing midway changes nothing that follows
    }
    CHECK(f.finish() == f.finish());
    Fingerprinter same;
    for (const std::string& t : texts) same.add(std::string_view(t));
    CHECK(same.finish() == f.finish());
    Fingerprinter framed_otherwise;
    framed_otherwise.add(std::string_view("а" + std::string(500, 'x')));
    CHECK_FALSE(framed_otherwise.finish() == Fingerprinter().add(std::string_view("а")).add(std::string_view(std::string(500, 'x'))).finish());
}

TEST_CASE("an empty text without any data is the empty text") {
    std::string stream;
    frame_text(stream, "");
    frame_text(stream, "после");
    // A default string_view has no data pointer at all (the sanitizers' build checks that nothing
    // hands it to memcpy).
    CHECK(Fingerprinter().add(std::string_view()).add(std::string_view("после")).finish() == hash_of(stream));
    CHECK(Fingerprinter().add(std::string_view()).finish() == Fingerprinter().add(std::string_view("")).finish());
}
