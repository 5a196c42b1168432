#include "content/known_files.h"

#include <sys/stat.h>

#include <algorithm>
#include <cstring>

#include "core/binary_record.h"
#include "core/fs.h"

namespace urker {

namespace {

constexpr std::string_view kMagic = "urker-known-files 1\n";

std::string head_of(const Fingerprint& key) { return std::string(kMagic) + key.hex() + "\n"; }

void put_fingerprint(std::string& out, const Fingerprint& f) {
    append_number(out, f.high);
    append_number(out, f.low);
}

}  // namespace

std::optional<FileIdentity> identity_of(const std::filesystem::path& file) {
    struct stat st {};
    if (::lstat(file.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) return std::nullopt;
    auto ns = [](const timespec& t) { return static_cast<std::int64_t>(t.tv_sec) * 1'000'000'000 + t.tv_nsec; };
    return FileIdentity{static_cast<std::uint64_t>(st.st_size), static_cast<std::uint64_t>(st.st_ino), ns(st.st_mtim), ns(st.st_ctim)};
}

bool settled(const FileIdentity& identity, std::int64_t started_ns) {
    return std::max(identity.modified_ns, identity.changed_ns) <= started_ns - kSettledNs;
}

std::string KnownFiles::encode(const Fingerprint& key, const std::vector<Page>& pages) {
    std::string out = head_of(key);
    out.reserve(out.size() + pages.size() * 128);
    for (const Page& page : pages) {
        const FileFacts& f = page.facts;
        if (page.is_view || !f.identity || !f.unparsed_links || page.body_offset() > UINT32_MAX) continue;
        append_number(out, static_cast<std::uint32_t>(page.content_path.size()));
        out += page.content_path;
        append_number(out, f.identity->size);
        append_number(out, f.identity->inode);
        append_number(out, f.identity->modified_ns);
        append_number(out, f.identity->changed_ns);
        put_fingerprint(out, f.front_matter_key);
        put_fingerprint(out, page.body_fingerprint());
        append_number(out, static_cast<std::uint32_t>(page.body_offset()));
        append_number(out, static_cast<std::int32_t>(page.body_line));
        append_number(out, static_cast<std::uint8_t>(*f.unparsed_links));
    }
    // The whole file's fingerprint last: a file cut short or damaged is no record at all.
    put_fingerprint(out, fingerprint_of(out));
    return out;
}

std::unique_ptr<KnownFiles> KnownFiles::load(const std::filesystem::path& file, const Fingerprint& key) {
    std::optional<std::string> read = read_file(file);
    if (!read) return std::make_unique<KnownFiles>();
    return from_bytes(std::move(*read), key);
}

std::unique_ptr<KnownFiles> KnownFiles::from_bytes(std::string bytes, const Fingerprint& key) {
    auto known = std::make_unique<KnownFiles>();
    const std::string head = head_of(key);
    if (bytes.size() < head.size() + 16 || bytes.compare(0, head.size(), head) != 0) return known;
    std::string_view all(bytes);
    Fingerprint sum;
    std::memcpy(&sum.high, all.data() + all.size() - 16, 8);
    std::memcpy(&sum.low, all.data() + all.size() - 8, 8);
    if (!(fingerprint_of(all.substr(0, all.size() - 16)) == sum)) return known;
    known->bytes_ = std::move(bytes);
    BinaryReader r{std::string_view(known->bytes_).substr(0, known->bytes_.size() - 16), head.size()};
    while (r.at < r.bytes.size()) {
        std::uint32_t length = 0;
        Record rec;
        std::uint8_t unparsed = 0;
        std::string_view rel;
        if (!r.take(length) || !r.take(length, rel)) break;
        if (!r.take(rec.identity.size) || !r.take(rec.identity.inode) || !r.take(rec.identity.modified_ns) || !r.take(rec.identity.changed_ns) ||
            !r.take(rec.front_matter_key.high) || !r.take(rec.front_matter_key.low) || !r.take(rec.body_fingerprint.high) ||
            !r.take(rec.body_fingerprint.low) || !r.take(rec.body_offset) || !r.take(rec.body_line) || !r.take(unparsed)) {
            known->records_.clear();  // cannot happen with the fingerprint right; trust nothing if it does
            break;
        }
        rec.unparsed_links = unparsed != 0;
        known->records_.emplace(rel, rec);
    }
    return known;
}

const KnownFiles::Record* KnownFiles::find(std::string_view rel, const FileIdentity& identity) const {
    auto it = records_.find(rel);
    return it != records_.end() && it->second.identity == identity ? &it->second : nullptr;
}

bool KnownFiles::save(const std::filesystem::path& file, const Fingerprint& key, const std::vector<Page>& pages) const {
    std::string out = encode(key, pages);
    if (out == bytes_) return true;
    return replace_file(file, out);
}

}  // namespace urker
