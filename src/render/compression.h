// Whole-buffer compression for what urker publishes compressed: the .gz siblings of the search
// files and the gzip members of the range bundles (render/range_bundle.h). libdeflate (Debian's
// libdeflate-dev) rather than zlib: on the 1 000-material index its level 6 is 2.8 times faster
// than zlib's level 9 and 1.5 % smaller, and the index is most of what the search costs a build.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace urker {

// libdeflate's levels run 1–12; 6 is its default, and compresses the index better than zlib's 9.
constexpr int kCompressionLevel = 6;

// Raw DEFLATE (RFC 1951), no header; nullopt if the compressor cannot be made.
std::optional<std::string> deflate_raw(std::string_view data, int level = kCompressionLevel);

// A gzip file (RFC 1952) with no name and no time in its header, so its bytes depend on the data
// only; empty on failure.
std::string gzip_compress(std::string_view data, int level = kCompressionLevel);

// CRC-32 as gzip and zlib compute it; `crc32_continue(crc32_of(a), b)` is the CRC of a + b.
std::uint32_t crc32_continue(std::uint32_t crc, std::string_view data);
inline std::uint32_t crc32_of(std::string_view data) { return crc32_continue(0, data); }

}  // namespace urker
