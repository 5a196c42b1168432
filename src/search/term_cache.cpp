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

constexpr std::string_view kMagic = "urker-search-terms 4\n";
constexpr std::size_t kHeadBytes = kMagic.size() + 16;  // the magic, then the key
constexpr std::size_t kFrameBytes = 20;                  // a frame's document key and size
// The key of a frame of dictionary terms (a document's fields never hash to it in practice; a
// document whose fields did would only go without a record).
constexpr Fingerprint kTermsFrame{0, 0};

std::string head_of(const Fingerprint& key) {
    std::string head(kMagic);
    append_number(head, key.high);
    append_number(head, key.low);
    return head;
}

void append_frame(std::string& out, const Fingerprint& document, std::string_view body) {
    append_number(out, document.high);
    append_number(out, document.low);
    append_number(out, static_cast<std::uint32_t>(body.size()));
    out.append(body);
}

// A frame of terms: per term, u32 code units, then the units.
template <typename TextOf>
void append_terms_frame(std::string& out, std::size_t count, const TextOf& text_of) {
    if (count == 0) return;
    std::string body;
    for (std::size_t i = 0; i < count; ++i) {
        const std::u16string_view term = text_of(i);
        append_number(body, static_cast<std::uint32_t>(term.size()));
        body.append(reinterpret_cast<const char*>(term.data()), term.size() * sizeof(char16_t));
    }
    append_frame(out, kTermsFrame, body);
}

// This build's records, each document once (two documents with the same fields share one).
std::vector<std::pair<const Fingerprint*, std::string_view>> records_of(const TermReuse& reuse) {
    std::unordered_set<Fingerprint, TermCache::Hash> seen;
    std::vector<std::pair<const Fingerprint*, std::string_view>> records;
    for (std::size_t d = 0; d < reuse.keys.size(); ++d) {
        if (reuse.keys[d] == kTermsFrame || !seen.insert(reuse.keys[d]).second) continue;
        std::string_view record = reuse.fresh[d];
        if (record.empty()) {
            const std::string_view* previous = reuse.previous ? reuse.previous->find(reuse.keys[d]) : nullptr;
            if (!previous) continue;  // no record: a document with no fields
            record = *previous;
        }
        records.emplace_back(&reuse.keys[d], record);
    }
    return records;
}

// The frames of a whole cache of `records`, given to `emit` piece by piece: a dictionary of the
// terms they use, numbered anew in order of first use, then the records with their terms
// renumbered. A record with a number that has no term (a damaged file's) is left out. Two passes
// over the records, so that the file (some 24 MB at 10 000 materials) is never whole in memory.
template <typename Emit>
void write_compacted(const TermReuse& reuse, const std::vector<std::pair<const Fingerprint*, std::string_view>>& records, const Emit& emit) {
    const std::uint32_t base = reuse.previous ? reuse.previous->term_count() : 0;
    const std::size_t known = base + reuse.new_terms.size();
    constexpr std::uint32_t none = 0xFFFFFFFF;
    std::vector<std::uint32_t> renumbered(known, none);
    std::vector<std::uint32_t> used;  // old numbers, by new number
    std::vector<char> whole(records.size(), 1);
    for (std::size_t r = 0; r < records.size(); ++r) {
        TermRecordReader reader(records[r].second);
        std::uint32_t length = 0, count = 0;
        while (whole[r] && !reader.at_end()) {
            if (!reader.field(length, count)) {
                whole[r] = 0;
                break;
            }
            for (std::uint32_t k = 0; k < count; ++k) {
                std::uint32_t number = 0, times = 0;
                if (!reader.term(number, times) || number >= known) {
                    whole[r] = 0;
                    break;
                }
                if (renumbered[number] == none) {
                    renumbered[number] = static_cast<std::uint32_t>(used.size());
                    used.push_back(number);
                }
            }
        }
    }
    std::string frame;
    append_terms_frame(frame, used.size(), [&](std::size_t i) {
        return used[i] < base ? reuse.previous->term(used[i]) : reuse.new_terms.at(used[i] - base);
    });
    emit(std::string_view(frame));
    for (std::size_t r = 0; r < records.size(); ++r) {
        if (!whole[r]) continue;
        TermRecordReader reader(records[r].second);
        TermRecordWriter writer;
        std::uint32_t length = 0, count = 0;
        while (!reader.at_end() && reader.field(length, count)) {
            writer.begin_field(length, count);
            for (std::uint32_t k = 0; k < count; ++k) {
                std::uint32_t number = 0, times = 0;
                reader.term(number, times);
                writer.add_term(renumbered[number], times);
            }
        }
        frame.clear();
        append_frame(frame, *records[r].first, writer.take());
        emit(std::string_view(frame));
    }
}

}  // namespace

std::size_t TermCache::read_frames(std::string_view all, std::size_t at) {
    while (all.size() - at >= kFrameBytes) {
        Fingerprint document;
        std::uint32_t size = 0;
        std::memcpy(&document.high, all.data() + at, 8);
        std::memcpy(&document.low, all.data() + at + 8, 8);
        std::memcpy(&size, all.data() + at + 16, 4);
        if (all.size() - at - kFrameBytes < size) break;  // cut short: a build stopped while appending it
        const std::string_view body = all.substr(at + kFrameBytes, size);
        if (document == kTermsFrame) {
            // The texts are copied out of the frame, into one piece per frame (the file's bytes
            // need not be aligned for UTF-16).
            std::vector<std::pair<std::size_t, std::uint32_t>> spans;  // in units, in the frame's texts
            std::size_t in = 0, total = 0;
            while (in < body.size()) {
                std::uint32_t units = 0;
                if (body.size() - in < 4) break;
                std::memcpy(&units, body.data() + in, 4);
                in += 4;
                if ((body.size() - in) / sizeof(char16_t) < units) break;
                spans.emplace_back(total, units);
                total += units;
                in += std::size_t{units} * sizeof(char16_t);
            }
            if (in != body.size()) break;  // damaged: what follows may number terms this frame lacks
            std::u16string& texts = term_texts_.emplace_back(total, u'\0');
            std::size_t from = 0, unit = 0;
            for (const auto& [start, units] : spans) {
                from += 4;
                std::memcpy(texts.data() + unit, body.data() + from, std::size_t{units} * sizeof(char16_t));
                from += std::size_t{units} * sizeof(char16_t);
                unit += units;
                terms_.emplace_back(texts.data() + start, units);
            }
        } else {
            records_.emplace(document, body);
        }
        at += kFrameBytes + size;
    }
    return at;
}

TermCache TermCache::of(const TermReuse& reuse) {
    TermCache cache;
    auto bytes = std::make_shared<std::string>();
    write_compacted(reuse, records_of(reuse), [&bytes](std::string_view piece) { bytes->append(piece); });
    cache.read_frames(*bytes, 0);
    cache.storage_ = std::move(bytes);
    return cache;
}

namespace {

// Numbers as LEB128 varints: most are small (a count of 1, a field's length), and a record is
// about half the size of one of 32-bit numbers.
void append_varint(std::string& out, std::uint32_t n) {
    while (n >= 0x80) {
        out.push_back(static_cast<char>((n & 0x7F) | 0x80));
        n >>= 7;
    }
    out.push_back(static_cast<char>(n));
}

}  // namespace

void TermRecordWriter::begin_field(std::uint32_t length, std::uint32_t terms) {
    append_varint(bytes_, length);
    append_varint(bytes_, terms);
}

void TermRecordWriter::add_term(std::uint32_t number, std::uint32_t count) {
    append_varint(bytes_, number);
    append_varint(bytes_, count);
}

bool TermRecordReader::take(std::uint32_t& n) {
    n = 0;
    for (int shift = 0; shift < 35; shift += 7) {
        if (at_ == bytes_.size()) return false;
        const auto byte = static_cast<unsigned char>(bytes_[at_++]);
        if (shift == 28 && byte > 0x0F) return false;  // more than 32 bits: not a record of ours
        n |= std::uint32_t{byte & 0x7Fu} << shift;
        if (byte < 0x80) return true;
    }
    return false;
}

bool TermRecordReader::field(std::uint32_t& length, std::uint32_t& terms) { return take(length) && take(terms); }

bool TermRecordReader::term(std::uint32_t& number, std::uint32_t& count) { return take(number) && take(count); }

TermCache TermCache::load(const std::filesystem::path& file, const Fingerprint& key) {
    TermCache cache;
    std::shared_ptr<const MappedFile> mapped = MappedFile::open(file);
    if (!mapped || mapped->bytes().substr(0, kHeadBytes) != head_of(key)) return cache;
    cache.file_ = file;
    cache.key_ = key;
    cache.whole_bytes_ = cache.read_frames(mapped->bytes(), kHeadBytes);
    cache.storage_ = std::move(mapped);
    return cache;
}

TermCache TermCache::load_any(const std::filesystem::path& file) {
    TermCache cache;
    std::shared_ptr<const MappedFile> mapped = MappedFile::open(file);
    if (!mapped || mapped->bytes().size() < kHeadBytes || mapped->bytes().substr(0, kMagic.size()) != kMagic) return cache;
    Fingerprint key;
    std::memcpy(&key.high, mapped->bytes().data() + kMagic.size(), 8);
    std::memcpy(&key.low, mapped->bytes().data() + kMagic.size() + 8, 8);
    if (mapped->bytes().substr(0, kHeadBytes) != head_of(key)) return cache;  // the numbers not as append_number writes them
    cache.file_ = file;
    cache.key_ = key;
    cache.whole_bytes_ = cache.read_frames(mapped->bytes(), kHeadBytes);
    cache.storage_ = std::move(mapped);
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
            f.add(std::uint64_t{3});
            text->add_to(f);
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
            // The new terms first: the records after them number them from the file's count on.
            std::string terms;
            append_terms_frame(terms, reuse.new_terms.size(), [&](std::size_t i) { return reuse.new_terms.at(i); });
            const int fd = ::open(file.c_str(), O_WRONLY | O_CLOEXEC);
            if (fd < 0) return false;
            // After the last whole frame: a frame cut short by a stopped build is written over.
            const bool ok = ::ftruncate(fd, static_cast<off_t>(loaded->whole_bytes_)) == 0 &&
                            ::lseek(fd, 0, SEEK_END) == static_cast<off_t>(loaded->whole_bytes_) && write_all(fd, terms + frames);
            return ::close(fd) == 0 && ok;
        }
    }
    return replace_file(file, [&](std::ostream& out) {
        const std::string head = head_of(key);
        out.write(head.data(), static_cast<std::streamsize>(head.size()));
        write_compacted(reuse, records, [&out](std::string_view piece) { out.write(piece.data(), static_cast<std::streamsize>(piece.size())); });
    });
}

}  // namespace urker::search
