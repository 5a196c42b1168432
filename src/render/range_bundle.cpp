#include "render/range_bundle.h"

#include "core/fingerprint.h"
#include "render/compression.h"

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <stdexcept>

namespace urker {

namespace {

constexpr std::string_view kBase64Url = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

void put_le32(std::string& out, std::uint32_t v) {
    for (int k = 0; k < 4; ++k) out += static_cast<char>((v >> (8 * k)) & 0xff);
}

std::uint64_t get_le(std::string_view bytes, std::size_t at, int count) {
    std::uint64_t v = 0;
    for (int k = count; k-- > 0;) v = v << 8 | static_cast<unsigned char>(bytes[at + k]);
    return v;
}

constexpr std::size_t kHashBytes = 8;

}  // namespace

std::string padded_gzip_member(std::string_view data, std::size_t unit, int level) {
    if (unit < 8) return {};
    std::optional<std::string> compressed = deflate_raw(data, level);
    if (!compressed) return {};
    const std::string& body = *compressed;
    // Header 10 bytes + XLEN 2 + extra + body + CRC32 and ISIZE 8. The extra field is one
    // subfield ('U', 'P', LEN, the text's hash and zeros), so it is at least 4 + 8 bytes.
    const std::size_t fixed = 10 + 2 + 4 + kHashBytes + body.size() + 8;
    const std::size_t total = (fixed + unit - 1) / unit * unit;
    const std::size_t pad = total - fixed + kHashBytes;  // the subfield's data
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
    const std::uint64_t hash = member_text_hash(data, level);
    for (std::size_t k = 0; k < kHashBytes; ++k) out += static_cast<char>((hash >> (8 * k)) & 0xff);
    out.append(pad - kHashBytes, '\0');
    out += body;
    put_le32(out, crc32_of(data));
    put_le32(out, static_cast<std::uint32_t>(data.size() & 0xffffffffu));
    return out;
}

std::uint64_t member_text_hash(std::string_view data, int level) {
    Fingerprinter f;
    f.add(static_cast<std::uint64_t>(level)).add(data);
    return f.finish().low;
}

std::optional<std::uint64_t> member_hash(std::string_view member) {
    if (member.size() < 12 + 4 + kHashBytes + 8 || member.substr(0, 4) != std::string_view("\x1f\x8b\x08\x04", 4) ||
        member.substr(12, 2) != "UP" || get_le(member, 14, 2) < kHashBytes)
        return std::nullopt;
    return get_le(member, 16, kHashBytes);
}

std::uint32_t member_text_size(std::string_view member) {
    return member.size() < 8 ? 0 : static_cast<std::uint32_t>(get_le(member, member.size() - 4, 4));
}

PreviousMembers::PreviousMembers(const urker::Json& description, const FileOpener& open) {
    static std::atomic<std::uint64_t> last_id{0};
    id_ = ++last_id;
    std::vector<std::size_t> units;
    try {
        unit_ = description.at("unit").get<std::size_t>();
        units = decode_unit_sizes(description.at("sizes").get<std::string>(), description.at("width").get<std::size_t>());
        const auto& names = description.at("files");
        const auto& starts = description.at("starts");
        if (unit_ < 8 || names.size() != starts.size()) return;
        // What a member's header needs read to name its hash: ID1 ID2 CM FLG=FEXTRA …, XLEN, then
        // 'U' 'P' LEN and the hash.
        constexpr std::size_t kHeaderBytes = 16 + kHashBytes;
        constexpr std::size_t kWindowBytes = 1 << 20;
        std::string window;
        for (std::size_t f = 0; f < names.size(); ++f) {
            auto file = open(names[f].get<std::string>());
            const std::size_t first = starts[f].get<std::size_t>();
            const std::size_t end = f + 1 < starts.size() ? starts[f + 1].get<std::size_t>() : units.size();
            if (!file || first > end || end > units.size()) continue;
            const auto index = static_cast<std::uint32_t>(files_.size());
            files_.push_back(file);
            // The headers through a window of the file, read again where a header leaves it.
            std::uint64_t window_at = 0, offset = 0;
            window.clear();
            for (std::size_t k = first; k < end; ++k) {
                const std::size_t length = units[k] * unit_;
                if (offset + length > file->size()) break;
                if (length >= kHeaderBytes) {
                    if (offset < window_at || offset + kHeaderBytes > window_at + window.size()) {
                        window_at = offset;
                        if (!file->read(offset, static_cast<std::size_t>(std::min<std::uint64_t>(kWindowBytes, file->size() - offset)), window)) break;
                    }
                    const std::string_view header = std::string_view(window).substr(static_cast<std::size_t>(offset - window_at), kHeaderBytes);
                    if (header.substr(0, 4) == std::string_view("\x1f\x8b\x08\x04", 4) && header.substr(12, 2) == "UP" &&
                        get_le(header, 14, 2) >= kHashBytes)
                        by_hash_.emplace(get_le(header, 16, kHashBytes), Place{index, offset, length});
                }
                offset += length;
            }
        }
    } catch (const std::exception&) {  // a description this build cannot read: nothing is taken
        by_hash_.clear();
    }
}

bool PreviousMembers::read_place(const Place& place, std::string& out) const {
    const RandomAccessFile& file = *files_[place.file];
    if (file.in_memory() || place.length >= kMemberWindowBytes) return file.read(place.offset, place.length, out);
    struct Window {
        std::uint64_t owner = 0;  // a PreviousMembers' id_; 0: none
        std::uint32_t file = 0;
        std::uint64_t at = 0;
        std::string bytes;
    };
    thread_local Window window;
    if (window.owner != id_ || window.file != place.file || place.offset < window.at ||
        place.offset + place.length > window.at + window.bytes.size()) {
        window.owner = 0;
        const auto size = static_cast<std::size_t>(std::min<std::uint64_t>(kMemberWindowBytes, file.size() - place.offset));
        if (size < place.length || !file.read(place.offset, size, window.bytes)) return file.read(place.offset, place.length, out);
        window.owner = id_;
        window.file = place.file;
        window.at = place.offset;
    }
    out.assign(window.bytes, static_cast<std::size_t>(place.offset - window.at), place.length);
    return true;
}

std::optional<std::string> PreviousMembers::read_member(const Place& place, std::uint64_t hash) const {
    std::string member;
    if (!read_place(place, member) || member_hash(member) != hash) return std::nullopt;
    return member;
}

std::string PreviousMembers::member_of(std::string_view data, std::size_t unit, int level) const {
    if (unit == unit_ && !by_hash_.empty()) {
        const std::uint64_t hash = member_text_hash(data, level);
        if (auto it = by_hash_.find(hash); it != by_hash_.end()) {
            if (std::optional<std::string> member = read_member(it->second, hash)) {
                const std::size_t n = member->size();
                if (get_le(*member, n - 4, 4) == (data.size() & 0xffffffffu) && get_le(*member, n - 8, 4) == crc32_of(data)) {
                    ++taken_;
                    return std::move(*member);
                }
            }
        }
    }
    return padded_gzip_member(data, unit, level);
}

std::optional<std::string> PreviousMembers::member_with_hash(std::uint64_t hash, std::size_t unit) const {
    if (unit != unit_) return std::nullopt;
    auto it = by_hash_.find(hash);
    if (it == by_hash_.end()) return std::nullopt;
    std::optional<std::string> member = read_member(it->second, hash);
    if (member) ++taken_;
    return member;
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
    if (files_.empty() || (files_.back().size > 0 && files_.back().size + member.size() > max_file_bytes_)) {
        files_.push_back({prefix_ + std::to_string(files_.size()) + ".bin", {}, 0});
        starts_.push_back(units_.size());
    }
    units_.push_back(member.size() / unit_);
    files_.back().size += member.size();
    members_.push_back(std::move(member));
}

std::string RangeBundleWriter::File::joined() const {
    std::string out;
    out.reserve(size);
    for (std::string_view piece : pieces) out += piece;
    return out;
}

std::vector<RangeBundleWriter::File> RangeBundleWriter::finish(urker::Json& description) {
    // Each file's pieces, now that the members no longer move.
    for (std::size_t f = 0, m = 0; f < files_.size(); ++f) {
        const std::size_t end = f + 1 < files_.size() ? starts_[f + 1] : members_.size();
        for (; m < end; ++m) files_[f].pieces.push_back(members_[m]);
    }
    std::size_t width = 1;
    std::string sizes = encode_unit_sizes(units_, width);
    urker::Json names = urker::Json::array();
    std::uint32_t crc = 0;
    for (const auto& f : files_) {
        names.push_back(f.name);
        for (std::string_view piece : f.pieces) crc = crc32_continue(crc, piece);
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
