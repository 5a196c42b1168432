#include "search/term_cache.h"

#include "core/binary_record.h"
#include "core/fs.h"
#include "core/mapped_file.h"

#include <cerrno>
#include <cstring>
#include <ostream>
#include <system_error>
#include <unordered_set>

#include <fcntl.h>
#include <unistd.h>

namespace urker::search {

namespace {

constexpr std::string_view kMagic = "urker-search-terms 2\n";
constexpr std::size_t kHeadBytes = kMagic.size() + 16;  // the magic, then the key
constexpr std::size_t kFrameBytes = 20;                  // a record's document key and size

std::string head_of(const Fingerprint& key) {
    std::string head(kMagic);
    append_number(head, key.high);
    append_number(head, key.low);
    return head;
}

void append_frame(std::string& out, const Fingerprint& document, std::string_view record) {
    append_number(out, document.high);
    append_number(out, document.low);
    append_number(out, static_cast<std::uint32_t>(record.size()));
    out.append(record);
}

// This build's records, each document once (two documents with the same fields share one).
std::vector<std::pair<const Fingerprint*, std::string_view>> records_of(const TermReuse& reuse) {
    std::unordered_set<Fingerprint, TermCache::Hash> seen;
    std::vector<std::pair<const Fingerprint*, std::string_view>> records;
    for (std::size_t d = 0; d < reuse.keys.size(); ++d) {
        if (!seen.insert(reuse.keys[d]).second) continue;
        std::string_view record = reuse.fresh[d];
        if (record.empty()) {
            const std::string_view* previous = reuse.previous ? reuse.previous->find(reuse.keys[d]) : nullptr;
            if (!previous) continue;  // no record: a document with no fields, or a term too long
            record = *previous;
        }
        records.emplace_back(&reuse.keys[d], record);
    }
    return records;
}

}  // namespace

TermCache TermCache::of(const TermReuse& reuse) {
    TermCache cache;
    const auto records = records_of(reuse);
    std::size_t total = 0;
    for (const auto& [key, record] : records) total += record.size();
    cache.bytes_.reserve(total);
    for (const auto& [key, record] : records) cache.bytes_ += record;
    cache.records_.reserve(records.size());
    std::size_t at = 0;
    for (const auto& [key, record] : records) {
        cache.records_.emplace(*key, std::string_view(cache.bytes_).substr(at, record.size()));
        at += record.size();
    }
    return cache;
}

void TermRecordWriter::begin_field(std::uint32_t length, std::uint32_t terms) {
    append_number(bytes_, length);
    append_number(bytes_, terms);
}

void TermRecordWriter::add_term(std::u16string_view term, std::uint32_t count) {
    if (term.size() > 0xFFFF) {
        fits_ = false;
        return;
    }
    append_number(bytes_, count);
    append_number(bytes_, static_cast<std::uint16_t>(term.size()));
    bytes_.append(reinterpret_cast<const char*>(term.data()), term.size() * sizeof(char16_t));
}

bool TermRecordReader::take(void* to, std::size_t n) {
    if (bytes_.size() - at_ < n) return false;
    std::memcpy(to, bytes_.data() + at_, n);
    at_ += n;
    return true;
}

bool TermRecordReader::field(std::uint32_t& length, std::uint32_t& terms) { return take(&length, 4) && take(&terms, 4); }

bool TermRecordReader::term(std::u16string& term, std::uint32_t& count) {
    std::uint16_t units = 0;
    if (!take(&count, 4) || !take(&units, 2)) return false;
    term.resize(units);
    return take(term.data(), std::size_t{units} * sizeof(char16_t));
}

TermCache TermCache::load(const std::filesystem::path& file, const Fingerprint& key) {
    TermCache cache;
    std::shared_ptr<const MappedFile> mapped = MappedFile::open(file);
    if (!mapped || mapped->bytes().substr(0, kHeadBytes) != head_of(key)) return cache;
    cache.mapped_ = mapped;
    cache.file_ = file;
    cache.key_ = key;
    const std::string_view all = mapped->bytes();
    std::size_t at = kHeadBytes;
    while (all.size() - at >= kFrameBytes) {
        Fingerprint document;
        std::uint32_t size = 0;
        std::memcpy(&document.high, all.data() + at, 8);
        std::memcpy(&document.low, all.data() + at + 8, 8);
        std::memcpy(&size, all.data() + at + 16, 4);
        if (all.size() - at - kFrameBytes < size) break;  // cut short: a build stopped while appending it
        cache.records_.emplace(document, all.substr(at + kFrameBytes, size));
        at += kFrameBytes + size;
    }
    cache.whole_bytes_ = at;
    return cache;
}

const std::string_view* TermCache::find(const Fingerprint& document) const {
    auto it = records_.find(document);
    return it == records_.end() ? nullptr : &it->second;
}

Fingerprint document_terms_key(const SearchDocument& document, std::span<const std::string_view> fields) {
    Fingerprinter f;
    f.add(static_cast<std::uint64_t>(document.language == "kk" ? 1 : 0));
    for (std::string_view name : fields) {
        auto it = document.fields.find(name);
        if (it == document.fields.end()) {
            f.add(std::uint64_t{0});
        } else if (const auto* text = std::get_if<std::string>(&it->second)) {
            f.add(std::uint64_t{1}).add(std::string_view(*text));
        } else if (const auto* text = std::get_if<TextPieces>(&it->second)) {
            f.add(std::uint64_t{3}).add(static_cast<std::uint64_t>(text->pieces.size()));
            for (std::string_view piece : text->pieces) f.add(piece);
        } else {
            const auto& list = std::get<std::vector<std::string>>(it->second);
            f.add(std::uint64_t{2}).add(static_cast<std::uint64_t>(list.size()));
            for (const std::string& item : list) f.add(std::string_view(item));
        }
    }
    return f.finish();
}

bool save_term_cache(const std::filesystem::path& file, const Fingerprint& key, const TermReuse& reuse) {
    const auto records = records_of(reuse);
    const TermCache* loaded = reuse.previous;
    if (loaded && loaded->file_ == file && loaded->key_ == key && loaded->whole_bytes_ >= kHeadBytes) {
        // The records this build made that the file lacks; and how many of the file's it used.
        std::string frames;
        std::size_t used = 0;
        for (const auto& [document, record] : records) {
            if (loaded->records_.count(*document)) ++used;
            else append_frame(frames, *document, record);
        }
        const std::size_t unused = loaded->records_.size() - used;
        if (unused * 2 <= loaded->records_.size()) {
            if (frames.empty()) return true;
            const int fd = ::open(file.c_str(), O_WRONLY | O_CLOEXEC);
            if (fd < 0) return false;
            // After the last whole record: a record cut short by a stopped build is written over.
            const bool ok = ::ftruncate(fd, static_cast<off_t>(loaded->whole_bytes_)) == 0 &&
                            ::lseek(fd, 0, SEEK_END) == static_cast<off_t>(loaded->whole_bytes_) && write_all(fd, frames);
            return ::close(fd) == 0 && ok;
        }
    }
    return replace_file(file, [&](std::ostream& out) {
        const std::string head = head_of(key);
        out.write(head.data(), static_cast<std::streamsize>(head.size()));
        std::string frame;
        for (const auto& [document, record] : records) {
            frame.clear();
            append_frame(frame, *document, record);
            out.write(frame.data(), static_cast<std::streamsize>(frame.size()));
        }
    });
}

}  // namespace urker::search
