#include "render/range_bundle.h"

#include "render/compression.h"


#include <algorithm>
#include <cstdio>
#include <stdexcept>

namespace urker {

namespace {

constexpr std::string_view kBase64Url = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

void put_le32(std::string& out, std::uint32_t v) {
    for (int k = 0; k < 4; ++k) out += static_cast<char>((v >> (8 * k)) & 0xff);
}

}  // namespace

std::string padded_gzip_member(std::string_view data, std::size_t unit, int level) {
    if (unit < 8) return {};
    std::optional<std::string> compressed = deflate_raw(data, level);
    if (!compressed) return {};
    const std::string& body = *compressed;
    // Header 10 bytes + XLEN 2 + extra + body + CRC32 and ISIZE 8. The extra field is one
    // subfield ('U', 'P', LEN, LEN bytes of zeros), so it is at least 4 bytes.
    const std::size_t fixed = 10 + 2 + 4 + body.size() + 8;
    const std::size_t total = (fixed + unit - 1) / unit * unit;
    const std::size_t pad = total - fixed;  // the subfield's data
    if (pad > 0xffff - 4) return {};
    std::string out;
    out.reserve(total);
    out += "\x1f\x8b\x08\x04";  // ID1 ID2, CM = deflate, FLG = FEXTRA
    put_le32(out, 0);           // MTIME: none, so the bytes depend on the data only
    out += '\x00';              // XFL
    out += '\xff';              // OS: unknown
    const std::size_t xlen = 4 + pad;
    out += static_cast<char>(xlen & 0xff);
    out += static_cast<char>(xlen >> 8);
    out += "UP";
    out += static_cast<char>(pad & 0xff);
    out += static_cast<char>(pad >> 8);
    out.append(pad, '\0');
    out += body;
    put_le32(out, crc32_of(data));
    put_le32(out, static_cast<std::uint32_t>(data.size() & 0xffffffffu));
    return out;
}

std::string encode_unit_sizes(const std::vector<std::size_t>& units, std::size_t& width) {
    std::size_t largest = 0;
    for (std::size_t u : units) largest = std::max(largest, u);
    width = 1;
    for (std::size_t limit = 64; largest >= limit; limit *= 64) ++width;
    std::string out(units.size() * width, 'A');
    for (std::size_t k = 0; k < units.size(); ++k) {
        std::size_t v = units[k];
        for (std::size_t d = width; d-- > 0;) {
            out[k * width + d] = kBase64Url[v % 64];
            v /= 64;
        }
    }
    return out;
}

std::vector<std::size_t> decode_unit_sizes(std::string_view text, std::size_t width) {
    if (width == 0 || text.size() % width) throw std::invalid_argument("sizes: length is not a multiple of the width");
    std::vector<std::size_t> out;
    for (std::size_t k = 0; k < text.size(); k += width) {
        std::size_t v = 0;
        for (std::size_t d = 0; d < width; ++d) {
            const std::size_t digit = kBase64Url.find(text[k + d]);
            if (digit == std::string_view::npos) throw std::invalid_argument("sizes: not a base64url digit");
            v = v * 64 + digit;
        }
        out.push_back(v);
    }
    return out;
}

RangeBundleWriter::RangeBundleWriter(std::string prefix, std::size_t unit, std::size_t max_file_bytes)
    : prefix_(std::move(prefix)), unit_(unit), max_file_bytes_(max_file_bytes) {}

void RangeBundleWriter::add(std::string member) {
    if (member.size() % unit_) throw std::logic_error("RangeBundleWriter: a member is not padded to the unit");
    // A new file when this one would grow past the cap (a member larger than the cap gets a file
    // of its own rather than being split).
    if (files_.empty() || (!files_.back().content.empty() && files_.back().content.size() + member.size() > max_file_bytes_)) {
        files_.push_back({prefix_ + std::to_string(files_.size()) + ".bin", {}});
        starts_.push_back(units_.size());
    }
    units_.push_back(member.size() / unit_);
    files_.back().content += member;
}

std::vector<RangeBundleWriter::File> RangeBundleWriter::finish(nlohmann::json& description) {
    std::size_t width = 1;
    std::string sizes = encode_unit_sizes(units_, width);
    nlohmann::json names = nlohmann::json::array();
    std::uint32_t crc = 0;
    for (const auto& f : files_) {
        names.push_back(f.name);
        crc = crc32_continue(crc, f.content);
    }
    // The bundle's version: the client adds it to the files' addresses (`?v=`), so a browser never
    // reads a new manifest's ranges out of an old bundle it kept in its cache.
    char version[9];
    std::snprintf(version, sizeof version, "%08lx", static_cast<unsigned long>(crc));
    description = {{"files", std::move(names)}, {"starts", starts_}, {"unit", unit_}, {"width", width},
                   {"sizes", std::move(sizes)}, {"v", version}};
    return std::move(files_);
}

}  // namespace urker
