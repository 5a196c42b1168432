#include "search/term_cache.h"

#include "core/binary_record.h"
#include "core/fs.h"
#include "core/mapped_file.h"

#include <cstdio>
#include <cstring>
#include <fstream>
#include <system_error>
#include <unordered_set>

namespace urker::search {

namespace {

constexpr std::string_view kMagic = "urker-search-terms 1\n";

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
    if (!mapped) return cache;
    cache.mapped_ = mapped;
    const std::string_view all = mapped->bytes();
    std::size_t at = kMagic.size() + sizeof(Fingerprint::high) * 2 + sizeof(std::uint64_t);
    Fingerprint saved;
    std::uint64_t count = 0;
    if (all.size() < at || all.substr(0, kMagic.size()) != kMagic) return {};
    std::memcpy(&saved.high, all.data() + kMagic.size(), 8);
    std::memcpy(&saved.low, all.data() + kMagic.size() + 8, 8);
    std::memcpy(&count, all.data() + kMagic.size() + 16, 8);
    if (!(saved == key)) return {};
    cache.records_.reserve(static_cast<std::size_t>(std::min<std::uint64_t>(count, all.size() / 20)));
    for (std::uint64_t r = 0; r < count; ++r) {
        Fingerprint document;
        std::uint32_t size = 0;
        if (all.size() - at < 20) return {};
        std::memcpy(&document.high, all.data() + at, 8);
        std::memcpy(&document.low, all.data() + at + 8, 8);
        std::memcpy(&size, all.data() + at + 16, 4);
        at += 20;
        if (all.size() - at < size) return {};
        cache.records_.emplace(document, all.substr(at, size));
        at += size;
    }
    if (at != all.size()) return {};
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
    std::error_code ec;
    std::filesystem::create_directories(file.parent_path(), ec);
    const std::filesystem::path temporary = file.string() + ".tmp";
    {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        if (!out) return false;
        const auto records = records_of(reuse);
        std::string head(kMagic);
        append_number(head, key.high);
        append_number(head, key.low);
        append_number(head, static_cast<std::uint64_t>(records.size()));
        out.write(head.data(), static_cast<std::streamsize>(head.size()));
        std::string frame;
        for (const auto& [document, record] : records) {
            frame.clear();
            append_number(frame, document->high);
            append_number(frame, document->low);
            append_number(frame, static_cast<std::uint32_t>(record.size()));
            out.write(frame.data(), static_cast<std::streamsize>(frame.size()));
            out.write(record.data(), static_cast<std::streamsize>(record.size()));
        }
        if (!out.flush()) {
            std::filesystem::remove(temporary, ec);
            return false;
        }
    }
    std::filesystem::rename(temporary, file, ec);
    if (ec) std::filesystem::remove(temporary, ec);
    return !ec;
}

}  // namespace urker::search
