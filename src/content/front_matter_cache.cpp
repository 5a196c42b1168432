#include "content/front_matter_cache.h"

#include "core/binary_record.h"
#include "core/fs.h"

#include <cstring>
#include <vector>

namespace urker {

namespace {

constexpr std::string_view kMagic = "urker-front-matter 1\n";

void put_u32(std::string& out, std::uint32_t v) { out.append(reinterpret_cast<const char*>(&v), sizeof v); }
void put_u64(std::string& out, std::uint64_t v) { out.append(reinterpret_cast<const char*>(&v), sizeof v); }

// A JSON value exactly as it is, its number types included (MessagePack would read a parsed 5,
// a signed integer, back as an unsigned one: the same value, another fingerprint).
enum Tag : char { null_tag = 'n', false_tag = 'f', true_tag = 't', int_tag = 'i', uint_tag = 'u', float_tag = 'd', string_tag = 's', array_tag = 'a', object_tag = 'o' };

void put_value(std::string& out, const urker::Json& v) {
    using T = urker::Json::value_t;
    switch (v.type()) {
        case T::boolean: out += v.get<bool>() ? true_tag : false_tag; break;
        case T::number_integer: out += int_tag; put_u64(out, static_cast<std::uint64_t>(v.get<std::int64_t>())); break;
        case T::number_unsigned: out += uint_tag; put_u64(out, v.get<std::uint64_t>()); break;
        case T::number_float: {
            out += float_tag;
            const double d = v.get<double>();
            out.append(reinterpret_cast<const char*>(&d), sizeof d);
            break;
        }
        case T::string: {
            const auto& text = v.get_ref<const std::string&>();
            out += string_tag;
            put_u32(out, static_cast<std::uint32_t>(text.size()));
            out += text;
            break;
        }
        case T::array:
            out += array_tag;
            put_u32(out, static_cast<std::uint32_t>(v.size()));
            for (const auto& item : v) put_value(out, item);
            break;
        case T::object:
            out += object_tag;
            put_u32(out, static_cast<std::uint32_t>(v.size()));
            for (auto it = v.begin(); it != v.end(); ++it) {
                put_u32(out, static_cast<std::uint32_t>(it.key().size()));
                out += it.key();
                put_value(out, it.value());
            }
            break;
        default: out += null_tag; break;  // null (YAML makes nothing else)
    }
}

}  // namespace

namespace {

bool take_value(BinaryReader& r, urker::Json& v, int depth = 0) {
    char tag = 0;
    if (depth > 200 || !r.take(tag)) return false;
    std::uint32_t count = 0;
    switch (tag) {
        case null_tag: v = nullptr; return true;
        case false_tag: v = false; return true;
        case true_tag: v = true; return true;
        case int_tag: {
            std::uint64_t n = 0;
            if (!r.take(n)) return false;
            v = static_cast<std::int64_t>(n);
            return true;
        }
        case uint_tag: {
            std::uint64_t n = 0;
            if (!r.take(n)) return false;
            v = n;
            return true;
        }
        case float_tag: {
            double d = 0;
            if (!r.take(d)) return false;
            v = d;
            return true;
        }
        case string_tag: {
            std::string_view text;
            if (!r.take(count) || !r.take(count, text)) return false;
            v = std::string(text);
            return true;
        }
        case array_tag: {
            if (!r.take(count)) return false;
            v = urker::Json::array();
            // The count comes from the file: a damaged one could claim billions.
            v.get_ref<urker::Json::array_t&>().reserve(std::min<std::size_t>(count, r.remaining()));
            for (std::uint32_t k = 0; k < count; ++k) {
                urker::Json item;
                if (!take_value(r, item, depth + 1)) return false;
                v.push_back(std::move(item));
            }
            return true;
        }
        case object_tag: {
            if (!r.take(count)) return false;
            v = urker::Json::object();
            auto& members = v.get_ref<urker::Json::object_t&>();
            members.reserve(std::min<std::size_t>(count, r.remaining()));
            for (std::uint32_t k = 0; k < count; ++k) {
                std::uint32_t size = 0;
                std::string_view key;
                urker::Json item;
                if (!r.take(size) || !r.take(size, key) || !take_value(r, item, depth + 1)) return false;
                // Written from an object, so in key order: each goes in at the end (core/json.h).
                members.emplace_hint(members.end(), std::string(key), std::move(item));
            }
            return true;
        }
        default: return false;
    }
}

std::uint64_t checksum(std::string_view bytes) {
    Fingerprinter f;
    f.add(bytes);
    return f.finish().low;
}

}  // namespace

std::string encode_front_matter(const YamlDocument& document) {
    std::string out;
    put_value(out, document.value);
    put_u32(out, static_cast<std::uint32_t>(document.positions.size()));
    for (const auto& [pointer, where] : document.positions) {
        put_u32(out, static_cast<std::uint32_t>(pointer.size()));
        out += pointer;
        put_u32(out, static_cast<std::uint32_t>(where.line));
        put_u32(out, static_cast<std::uint32_t>(where.column));
    }
    return out;
}

std::optional<YamlDocument> decode_front_matter(std::string_view bytes, const std::string& file) {
    BinaryReader r{bytes};
    std::uint32_t size = 0, count = 0;
    YamlDocument doc;
    doc.file = file;
    if (!take_value(r, doc.value) || !r.take(count)) return std::nullopt;
    for (std::uint32_t k = 0; k < count; ++k) {
        std::string_view pointer;
        std::uint32_t line = 0, column = 0;
        if (!r.take(size) || !r.take(size, pointer) || !r.take(line) || !r.take(column)) return std::nullopt;
        doc.positions.record(std::string(pointer), YamlDocument::Position{static_cast<int>(line), static_cast<int>(column)});
    }
    if (r.at != bytes.size()) return std::nullopt;
    doc.positions.finish();  // written sorted: nothing to do unless the file was not
    return doc;
}

Fingerprint FrontMatterCache::text_key(std::string_view yaml, int line_offset) {
    Fingerprinter f;
    f.add(std::string_view("front matter")).add(static_cast<std::uint64_t>(line_offset)).add(yaml);
    return f.finish();
}

std::unique_ptr<FrontMatterCache> FrontMatterCache::load(const std::filesystem::path& file, const Fingerprint& key) {
    std::optional<std::string> read = read_file(file);
    if (!read) return std::make_unique<FrontMatterCache>();
    return from_bytes(std::move(*read), key);
}

std::unique_ptr<FrontMatterCache> FrontMatterCache::from_bytes(std::string bytes_read, const Fingerprint& key) {
    auto cache = std::make_unique<FrontMatterCache>();
    // Kept whole, its records found in place: 10 MB at 10 000 materials, copied record by record
    // on the build's one thread before the content could load.
    cache->file_bytes_ = std::move(bytes_read);
    const std::string& bytes = cache->file_bytes_;
    const std::string head = std::string(kMagic) + key.hex() + "\n";
    if (bytes.compare(0, head.size(), head) != 0) return cache;
    BinaryReader r{bytes, head.size()};
    // Records until the end, or until one does not hold together (then the rest is not trusted).
    while (r.at < bytes.size()) {
        Fingerprint text;
        std::uint32_t size = 0;
        std::uint64_t sum = 0;
        std::string_view record;
        if (!r.take(text.high) || !r.take(text.low) || !r.take(size) || !r.take(sum) || !r.take(size, record) || checksum(record) != sum)
            break;
        cache->previous_.emplace(text, record);
    }
    return cache;
}

std::optional<YamlDocument> FrontMatterCache::find(const Fingerprint& text, const std::string& file, std::shared_ptr<const SourceText> whole_file) {
    auto it = previous_.find(text);  // previous_ is not changed after load: read without the lock
    if (it == previous_.end()) return std::nullopt;
    std::optional<YamlDocument> doc = decode_front_matter(it->second, file);
    if (!doc) return std::nullopt;
    doc->shared_text = std::move(whole_file);
    {
        std::lock_guard lock(mutex_);
        used_.insert(text);
    }
    return doc;
}

void FrontMatterCache::record(const Fingerprint& text, const YamlDocument& document) {
    std::string bytes = encode_front_matter(document);
    std::lock_guard lock(mutex_);
    added_.emplace(text, std::move(bytes));
}

std::size_t FrontMatterCache::found() const {
    std::lock_guard lock(mutex_);
    return used_.size();
}

bool FrontMatterCache::save(const std::filesystem::path& file, const Fingerprint& key) const {
    {
        std::lock_guard lock(mutex_);
        if (added_.empty() && used_.size() == previous_.size()) return true;  // the file holds just these
    }
    return replace_file(file, bytes(key));
}

std::string FrontMatterCache::bytes(const Fingerprint& key) const {
    std::lock_guard lock(mutex_);
    std::string out = std::string(kMagic) + key.hex() + "\n";
    auto frame = [&out](const Fingerprint& text, std::string_view record) {
        put_u64(out, text.high);
        put_u64(out, text.low);
        put_u32(out, static_cast<std::uint32_t>(record.size()));
        put_u64(out, checksum(record));
        out += record;
    };
    for (const Fingerprint& text : used_) frame(text, previous_.at(text));
    for (const auto& [text, record] : added_)
        if (!used_.count(text)) frame(text, record);
    return out;
}

}  // namespace urker
