#include "render/compression.h"

#include <libdeflate.h>

#include <array>
#include <memory>

namespace urker {

namespace {

struct FreeCompressor {
    void operator()(libdeflate_compressor* c) const { libdeflate_free_compressor(c); }
};

// A compressor holds about a megabyte of tables: one per thread and level, made on first use.
libdeflate_compressor* compressor(int level) {
    thread_local std::array<std::unique_ptr<libdeflate_compressor, FreeCompressor>, 13> by_level;
    if (level < 1 || level > 12) return nullptr;
    auto& slot = by_level[static_cast<std::size_t>(level)];
    if (!slot) slot.reset(libdeflate_alloc_compressor(level));
    return slot.get();
}

}  // namespace

std::optional<std::string> deflate_raw(std::string_view data, int level) {
    libdeflate_compressor* c = compressor(level);
    if (!c) return std::nullopt;
    std::string out(libdeflate_deflate_compress_bound(c, data.size()), '\0');
    const std::size_t n = libdeflate_deflate_compress(c, data.data(), data.size(), out.data(), out.size());
    if (n == 0) return std::nullopt;  // cannot happen with the bound's room
    out.resize(n);
    return out;
}

std::string gzip_compress(std::string_view data, int level) {
    libdeflate_compressor* c = compressor(level);
    if (!c) return {};
    std::string out(libdeflate_gzip_compress_bound(c, data.size()), '\0');
    const std::size_t n = libdeflate_gzip_compress(c, data.data(), data.size(), out.data(), out.size());
    out.resize(n);
    return out;
}

std::uint32_t crc32_continue(std::uint32_t crc, std::string_view data) { return libdeflate_crc32(crc, data.data(), data.size()); }

}  // namespace urker
