#include "markdown/render_cache.h"

#include "core/binary_record.h"
#include "core/fs.h"
#include "core/mapped_file.h"

#include <cstring>
#include <cerrno>
#include <system_error>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace urker {

namespace {

// The format's version is in the magic line: a file of another version is an empty cache.
constexpr std::string_view kMagic = "urker-markdown 3\n";  // 3: the plain text's fingerprint

void put_text(std::string& out, std::string_view text) {
    append_number(out, static_cast<std::uint32_t>(text.size()));
    out.append(text);
}

class Reader {
public:
    explicit Reader(std::string_view bytes) : bytes_(bytes) {}
    template <typename T>
    bool number(T& value) {
        if (bytes_.size() - at_ < sizeof(T)) return false;
        std::memcpy(&value, bytes_.data() + at_, sizeof(T));
        at_ += sizeof(T);
        return true;
    }
    bool text(std::string& out) {
        std::string_view view;
        if (!text(view)) return false;
        out.assign(view);
        return true;
    }
    bool text(std::string_view& out) {
        std::uint32_t size = 0;
        if (!number(size) || bytes_.size() - at_ < size) return false;
        out = bytes_.substr(at_, size);
        at_ += size;
        return true;
    }
    // A count of items that each take at least `least` bytes: no more than the bytes left allow.
    bool count(std::uint32_t& n, std::size_t least) { return number(n) && n <= (bytes_.size() - at_) / least; }
    bool at_end() const { return at_ == bytes_.size(); }

private:
    std::string_view bytes_;
    std::size_t at_ = 0;
};

}  // namespace

std::string encode_rendering(const RenderedMarkdown& r, const DeferredLinks* deferred, const std::vector<LinkAnswer>& answers) {
    std::string buffer, first_buffer, plain_buffer;
    const std::string_view html = r.html_text(buffer);
    const std::string_view first = r.first_paragraph_text(first_buffer);
    const std::string_view plain = r.plain_text_whole(plain_buffer);
    std::size_t size = 64 + html.size() + first.size() + plain.size();
    for (const Heading& h : r.headings) size += 12 + h.id.size() + h.title.size();
    for (const LinkAnswer& a : answers) size += 9 + a.url.size() + a.to.size();
    std::string out;
    out.reserve(size);
    put_text(out, html);
    put_text(out, first);
    put_text(out, plain);
    append_number(out, static_cast<std::uint64_t>(r.word_count));
    append_number(out, static_cast<std::uint32_t>(r.headings.size()));
    for (const Heading& h : r.headings) {
        append_number(out, static_cast<std::int32_t>(h.level));
        put_text(out, h.id);
        put_text(out, h.title);
    }
    put_text(out, deferred ? std::string_view(deferred->token) : std::string_view());
    const std::size_t urls = deferred ? deferred->urls.size() : 0;
    append_number(out, static_cast<std::uint32_t>(urls));
    for (std::size_t i = 0; i < urls; ++i) put_text(out, deferred->urls[i]);
    append_number(out, static_cast<std::uint32_t>(answers.size()));
    for (const LinkAnswer& a : answers) {
        put_text(out, a.url);
        append_number(out, static_cast<std::uint8_t>(a.action));
        put_text(out, a.to);
    }
    const Fingerprint fingerprint = r.html_fingerprint_known ? r.known_html_fingerprint : Fingerprinter().add(html).finish();
    append_number(out, fingerprint.high);
    append_number(out, fingerprint.low);
    const Fingerprint plain_fingerprint = r.plain_fingerprint_known ? r.known_plain_fingerprint : Fingerprinter().add(plain).finish();
    append_number(out, plain_fingerprint.high);
    append_number(out, plain_fingerprint.low);
    return out;
}

void store_rendering_texts(RenderedMarkdown& r, std::shared_ptr<const RandomAccessFile> file, std::uint64_t record) {
    // encode_rendering's order: the HTML, the first paragraph, the plain text, each after its size.
    const std::uint64_t html_at = record + 4;
    const std::uint64_t first_at = html_at + r.html.size() + 4;
    const std::uint64_t plain_at = first_at + r.first_paragraph_html.size() + 4;
    r.store_html(std::move(file), html_at);
    r.store_first_paragraph(first_at);
    r.store_plain_text(plain_at);
}

std::optional<KeptRendering> decode_rendering(std::string_view record, std::shared_ptr<const void> keeper) {
    Reader in(record);
    KeptRendering kept;
    RenderedMarkdown& r = kept.rendering;
    std::uint64_t words = 0;
    std::uint32_t n = 0;
    if (keeper) {
        if (!in.text(r.kept_html) || !in.text(r.kept_first_paragraph_html) || !in.text(r.kept_plain_text)) return std::nullopt;
        r.kept = std::move(keeper);
    } else if (!in.text(r.html) || !in.text(r.first_paragraph_html) || !in.text(r.plain_text)) {
        return std::nullopt;
    }
    if (!in.number(words) || !in.count(n, 12)) return std::nullopt;
    r.word_count = static_cast<std::size_t>(words);
    r.headings.resize(n);
    for (Heading& h : r.headings) {
        std::int32_t level = 0;
        if (!in.number(level) || !in.text(h.id) || !in.text(h.title)) return std::nullopt;
        h.level = level;
    }
    if (!in.text(kept.token) || !in.count(n, 4)) return std::nullopt;
    kept.deferred_urls.resize(n);
    for (std::string& url : kept.deferred_urls)
        if (!in.text(url)) return std::nullopt;
    if (!in.count(n, 9)) return std::nullopt;
    kept.answers.resize(n);
    for (LinkAnswer& a : kept.answers) {
        std::uint8_t action = 0;
        if (!in.text(a.url) || !in.number(action) || !in.text(a.to)) return std::nullopt;
        if (action > static_cast<std::uint8_t>(LinkRewrite::Action::missing)) return std::nullopt;
        a.action = static_cast<LinkRewrite::Action>(action);
    }
    if (!in.number(r.known_html_fingerprint.high) || !in.number(r.known_html_fingerprint.low)) return std::nullopt;
    if (!in.number(r.known_plain_fingerprint.high) || !in.number(r.known_plain_fingerprint.low) || !in.at_end()) return std::nullopt;
    r.html_fingerprint_known = true;
    r.plain_fingerprint_known = true;
    return kept;
}

namespace {

// A record's frame: its key, its size, and a checksum of its bytes (a torn or damaged record is
// rendered again, never read as something else).
constexpr std::size_t kFrame = 16 + 4 + 8;

std::uint64_t checksum(std::string_view bytes) {
    Fingerprinter f;
    f.add(bytes);
    return f.finish().low;
}

std::string file_head(const Fingerprint& key) {
    std::string head(kMagic);
    append_number(head, key.high);
    append_number(head, key.low);
    return head;
}

// The file's records, in `into`, when its head carries `key`; returns where its last whole
// record ends (0: no head of this key, so nothing is usable). The records point into the file,
// mapped (core/mapped_file.h): a rebuild reads nearly every one.
std::uint64_t read_log(const std::filesystem::path& file, const Fingerprint& key, RenderingCache& into, std::shared_ptr<const void>& mapping) {
    const std::string head = file_head(key);
    std::shared_ptr<const MappedFile> mapped = MappedFile::open(file);
    if (!mapped || mapped->bytes().substr(0, head.size()) != head) return 0;
    mapping = mapped;
    const std::string_view all = mapped->bytes();
    std::size_t end = head.size();
    while (all.size() - end >= kFrame) {
        Fingerprint rendering;
        std::uint32_t size = 0;
        std::memcpy(&rendering.high, all.data() + end, 8);
        std::memcpy(&rendering.low, all.data() + end + 8, 8);
        std::memcpy(&size, all.data() + end + 16, 4);
        if (all.size() - end - kFrame < size) break;  // a record cut short: a build stopped while writing it
        into.put(rendering, mapping, all.substr(end + 20, 8 + std::size_t{size}));
        end += kFrame + size;
    }
    return end;
}

std::string frame_of(const Fingerprint& rendering, std::string_view record) {
    std::string frame;
    frame.reserve(kFrame);
    append_number(frame, rendering.high);
    append_number(frame, rendering.low);
    append_number(frame, static_cast<std::uint32_t>(record.size()));
    append_number(frame, checksum(record));
    return frame;
}

}  // namespace

std::string_view RenderingCache::find(const Fingerprint& rendering) const { return find_kept(rendering).first; }

std::pair<std::string_view, std::shared_ptr<const void>> RenderingCache::find_kept(const Fingerprint& rendering) const {
    auto it = records_.find(rendering);
    if (it == records_.end()) return {};
    return {it->second.bytes, it->second.owner};
}

void RenderingCache::share(const RenderingCache& from, const Fingerprint& rendering) {
    if (auto it = from.records_.find(rendering); it != from.records_.end()) records_.insert_or_assign(rendering, it->second);
}

void RenderingCache::put(const Fingerprint& rendering, std::shared_ptr<const void> owner, std::string_view bytes) {
    records_.insert_or_assign(rendering, Record{std::move(owner), bytes});
}

RenderingReuse::RenderingReuse(std::filesystem::path file, const Fingerprint& key) : file_(std::move(file)), key_(key) {
    std::uint64_t end = read_log(file_, key_, previous_, mapping_);
    std::error_code ec;
    std::filesystem::create_directories(file_.parent_path(), ec);
    if (end == 0) {
        // Missing, of another urker, or damaged in its head: started anew.
        fd_ = ::open(file_.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
        if (fd_ >= 0 && !write_all(fd_, file_head(key_))) write_failed_ = true;
    } else {
        // A record cut short at the end is cut off; new records go after the last whole one.
        if (::truncate(file_.c_str(), static_cast<off_t>(end)) != 0) write_failed_ = true;
        fd_ = ::open(file_.c_str(), O_WRONLY | O_APPEND | O_CLOEXEC);
        file_bytes_ = end - file_head(key_).size();
    }
    if (fd_ < 0) write_failed_ = true;
    else written_ = RandomAccessFile::open(file_);
}

RenderingReuse::RenderingReuse(std::shared_ptr<const RenderingCache> previous)
    : previous_in_memory_(std::move(previous)), next_(std::make_shared<RenderingCache>()) {}

RenderingReuse::~RenderingReuse() {
    if (fd_ >= 0) ::close(fd_);
}

std::optional<KeptRendering> RenderingReuse::find(const Fingerprint& rendering) const {
    const RenderingCache* from = file_.empty() ? previous_in_memory_.get() : &previous_;
    if (!from) return std::nullopt;
    auto [bytes, owner] = from->find_kept(rendering);
    if (bytes.size() < 8) return std::nullopt;
    std::uint64_t check = 0;
    std::memcpy(&check, bytes.data(), 8);
    bytes.remove_prefix(8);
    if (check != checksum(bytes)) return std::nullopt;
    // The texts stay where they are (the mapped file, or the last build's records in memory).
    return decode_rendering(bytes, std::move(owner));
}

void RenderingReuse::taken(const Fingerprint& rendering) {
    ++taken_;
    const RenderingCache* from = file_.empty() ? previous_in_memory_.get() : &previous_;
    std::lock_guard lock(mutex_);
    if (file_.empty()) {
        // The next build's cache shares this one's bytes.
        next_->share(*from, rendering);
        return;
    }
    used_bytes_ += kFrame + from->find(rendering).size() - 8;
    used_.push_back(rendering);
}

std::optional<std::uint64_t> RenderingReuse::made(const Fingerprint& rendering, std::string record) {
    ++rendered_;
    if (file_.empty()) {
        std::string framed;
        append_number(framed, checksum(record));
        framed += record;
        auto owner = std::make_shared<const std::string>(std::move(framed));
        std::lock_guard lock(mutex_);
        next_->put(rendering, owner, *owner);
        return std::nullopt;
    }
    const std::string frame = frame_of(rendering, record);
    std::lock_guard lock(mutex_);
    used_.push_back(rendering);
    used_bytes_ += frame.size() + record.size();
    if (write_failed_) return std::nullopt;
    // Where the record goes: after the head and the records before it (the file was cut to its
    // last whole record when opened, and is appended to only here).
    const std::uint64_t at = file_head(key_).size() + file_bytes_ + frame.size();
    // One write for the frame and one for the record: a build stopped between them leaves a
    // record cut short, which the next build cuts off.
    if (!write_all(fd_, frame) || !write_all(fd_, record)) {
        write_failed_ = true;
        return std::nullopt;
    }
    file_bytes_ += frame.size() + record.size();
    if (!written_) return std::nullopt;
    return at;
}

bool RenderingReuse::finish() {
    if (file_.empty()) return true;
    if (fd_ >= 0) {
        ::close(fd_);
        fd_ = -1;
    }
    if (write_failed_) return false;
    // More than half the file is renderings of texts no page has now (edited, deleted): rewrite it.
    if (file_bytes_ > 2 * used_bytes_ + (std::uint64_t{1} << 20)) return compact();
    return true;
}

bool RenderingReuse::compact() {
    RenderingCache all;
    std::shared_ptr<const void> mapping;
    if (read_log(file_, key_, all, mapping) == 0) return false;
    const std::filesystem::path temporary = file_.string() + ".tmp";
    const int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0) return false;
    bool ok = write_all(fd, file_head(key_));
    std::unordered_map<Fingerprint, bool, FingerprintHash> written;
    for (const Fingerprint& rendering : used_) {
        if (!ok) break;
        if (!written.emplace(rendering, true).second) continue;
        std::string_view bytes = all.find(rendering);
        if (bytes.size() < 8) continue;
        // The frame as written: key, size, then the checksum and the record, which `bytes` holds.
        std::string frame;
        append_number(frame, rendering.high);
        append_number(frame, rendering.low);
        append_number(frame, static_cast<std::uint32_t>(bytes.size() - 8));
        ok = write_all(fd, frame) && write_all(fd, bytes);
    }
    ok = ::close(fd) == 0 && ok;
    std::error_code ec;
    if (ok) std::filesystem::rename(temporary, file_, ec);
    if (!ok || ec) {
        std::filesystem::remove(temporary, ec);
        return false;
    }
    return true;
}

Fingerprint rendering_setup_key(const MarkdownOptions& options, const std::vector<std::string>& handler_names,
                                const std::map<std::string, std::string>& footnote_back_labels) {
    Fingerprinter f;
    f.add(std::string_view("markdown-setup"))
        .add(static_cast<std::uint64_t>(options.unsafe))
        .add(static_cast<std::uint64_t>(options.smart_punctuation))
        .add(static_cast<std::uint64_t>(options.hard_breaks))
        .add(static_cast<std::uint64_t>(handler_names.size()));
    for (const std::string& name : handler_names) f.add(std::string_view(name));
    f.add(static_cast<std::uint64_t>(footnote_back_labels.size()));
    for (const auto& [lang, label] : footnote_back_labels) f.add(std::string_view(lang)).add(std::string_view(label));
    return f.finish();
}

Fingerprint rendering_key(const Fingerprint& setup, const Fingerprint& text, std::string_view lang, bool deferred) {
    Fingerprinter f;
    f.add(setup).add(lang).add(static_cast<std::uint64_t>(deferred)).add(text);
    return f.finish();
}

}  // namespace urker
