#include "markdown/render_cache.h"

#include "core/scaffold_examples.h"

#include "core/binary_record.h"
#include "core/fs.h"

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

namespace {

// What follows a record's three texts (encode_rendering), into `kept`; false when `in` does not
// hold it all.
bool decode_after_texts(Reader& in, KeptRendering& kept) {
    RenderedMarkdown& r = kept.rendering;
    std::uint64_t words = 0;
    std::uint32_t n = 0;
    if (!in.number(words) || !in.count(n, 12)) return false;
    r.word_count = static_cast<std::size_t>(words);
    r.headings.resize(n);
    for (Heading& h : r.headings) {
        std::int32_t level = 0;
        if (!in.number(level) || !in.text(h.id) || !in.text(h.title)) return false;
        h.level = level;
    }
    if (!in.text(kept.token) || !in.count(n, 4)) return false;
    kept.deferred_urls.resize(n);
    for (std::string& url : kept.deferred_urls)
        if (!in.text(url)) return false;
    if (!in.count(n, 9)) return false;
    kept.answers.resize(n);
    for (LinkAnswer& a : kept.answers) {
        std::uint8_t action = 0;
        if (!in.text(a.url) || !in.number(action) || !in.text(a.to)) return false;
        if (action > static_cast<std::uint8_t>(LinkRewrite::Action::missing)) return false;
        a.action = static_cast<LinkRewrite::Action>(action);
    }
    if (!in.number(r.known_html_fingerprint.high) || !in.number(r.known_html_fingerprint.low)) return false;
    if (!in.number(r.known_plain_fingerprint.high) || !in.number(r.known_plain_fingerprint.low) || !in.at_end()) return false;
    r.html_fingerprint_known = true;
    r.plain_fingerprint_known = true;
    return true;
}

}  // namespace

std::optional<KeptRendering> decode_rendering(std::string_view record, std::shared_ptr<const void> keeper) {
    Reader in(record);
    KeptRendering kept;
    RenderedMarkdown& r = kept.rendering;
    if (keeper) {
        if (!in.text(r.kept_html) || !in.text(r.kept_first_paragraph_html) || !in.text(r.kept_plain_text)) return std::nullopt;
        r.kept = std::move(keeper);
    } else if (!in.text(r.html) || !in.text(r.first_paragraph_html) || !in.text(r.plain_text)) {
        return std::nullopt;
    }
    if (!decode_after_texts(in, kept)) return std::nullopt;
    return kept;
}

std::optional<KeptRendering> decode_stored_rendering(std::string_view record, std::shared_ptr<const RandomAccessFile> file, std::uint64_t at) {
    Reader in(record);
    KeptRendering kept;
    RenderedMarkdown& r = kept.rendering;
    std::string_view html, first, plain;
    if (!in.text(html) || !in.text(first) || !in.text(plain) || !decode_after_texts(in, kept)) return std::nullopt;
    // encode_rendering's order: the HTML, the first paragraph, the plain text, each after its size.
    r.stored = std::move(file);
    r.stored_at = at + 4;
    r.stored_size = html.size();
    r.first_paragraph_html = std::string(first);
    r.plain_text = std::string(plain.substr(0, RenderedMarkdown::kPlainTextStart));
    r.plain_text_stored = true;
    r.stored_plain_at = r.stored_at + html.size() + 4 + first.size() + 4;
    r.stored_plain_size = plain.size();
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

// Where a log's frames are listed (RenderingReuse::finish): beside it.
std::filesystem::path frames_file_of(const std::filesystem::path& log) { return log.string() + ".frames"; }

constexpr std::string_view kFramesMagic = "urker-markdown-frames 1\n";

// The frames the list beside the log names, from the start of its records (`from`), in `places`
// and `frames`: where they end, or `from` when the list is missing, of another key, or does not
// fit the log of `size` bytes (then every frame is read from the log itself). The list only says
// where the frames are: find() checks each record against its frame as it takes it.
std::uint64_t listed_frames(const std::filesystem::path& file, const Fingerprint& key, std::uint64_t size, std::uint64_t from,
                            RenderingPlaces& places, std::vector<RenderingFrame>& frames) {
    const std::optional<std::string> listed = read_file(frames_file_of(file));
    if (!listed || listed->substr(0, kFramesMagic.size()) != kFramesMagic) return from;
    BinaryReader in{*listed, kFramesMagic.size()};
    Fingerprint listed_key;
    std::uint64_t covered = 0, count = 0;
    if (!in.take(listed_key.high) || !in.take(listed_key.low) || !(listed_key == key) || !in.take(covered) || !in.take(count) ||
        covered > size || count != in.remaining() / 20 || in.remaining() % 20 != 0)
        return from;
    RenderingPlaces found;
    found.reserve(static_cast<std::size_t>(count));
    std::vector<RenderingFrame> found_frames;
    found_frames.reserve(static_cast<std::size_t>(count));
    std::uint64_t end = from;
    for (std::uint64_t k = 0; k < count; ++k) {
        RenderingFrame frame;
        if (!in.take(frame.rendering.high) || !in.take(frame.rendering.low) || !in.take(frame.size)) return from;
        if (covered - end < kFrame || covered - end - kFrame < frame.size) return from;
        found.insert_or_assign(frame.rendering, RenderingPlace{end, frame.size});
        found_frames.push_back(frame);
        end += kFrame + frame.size;
    }
    if (end != covered) return from;
    places = std::move(found);
    frames = std::move(found_frames);
    return end;
}

// Where the log's records are (`places`, and their frames in order in `frames`), when its head
// carries `key`; returns where its last whole record ends (0: no head of this key, so nothing is
// usable). Nothing of the records is read here: find() reads a record when it is asked for.
// The frames are taken from their list beside the log, as far as it goes, the rest read from the
// log: each frame is on a page of its own (a record is some 30 KB), and at 10 000 materials
// touching those 11 800 pages of the mapped log for the first time was 0.13 s of a rebuild on the
// VMs of docs/benchmarks.md.
std::uint64_t read_places(const std::filesystem::path& file, const Fingerprint& key, const RandomAccessFile* log, RenderingPlaces& places,
                          std::vector<RenderingFrame>& frames) {
    places.clear();
    frames.clear();
    const std::string head = file_head(key);
    std::string bytes;
    if (!log || !log->read(0, head.size(), bytes) || bytes != head) return 0;
    const std::uint64_t size = log->size();
    std::uint64_t end = listed_frames(file, key, size, head.size(), places, frames);
    while (size - end >= kFrame && log->read(end, 20, bytes)) {
        RenderingFrame frame;
        std::memcpy(&frame.rendering.high, bytes.data(), 8);
        std::memcpy(&frame.rendering.low, bytes.data() + 8, 8);
        std::memcpy(&frame.size, bytes.data() + 16, 4);
        if (size - end - kFrame < frame.size) break;  // a record cut short: a build stopped while writing it
        places.insert_or_assign(frame.rendering, RenderingPlace{end, frame.size});
        frames.push_back(frame);
        end += kFrame + frame.size;
    }
    return end;
}

// The record at `place` in `log` (checksum and record, as RenderingCache holds them), in `out`;
// false when its frame there does not name `rendering`, or its checksum does not match.
bool read_record(const RandomAccessFile& log, const Fingerprint& rendering, const RenderingPlace& place, std::string& out) {
    if (!log.read(place.frame, kFrame + std::size_t{place.size}, out)) return false;
    Fingerprint named;
    std::uint32_t size = 0;
    std::uint64_t check = 0;
    std::memcpy(&named.high, out.data(), 8);
    std::memcpy(&named.low, out.data() + 8, 8);
    std::memcpy(&size, out.data() + 16, 4);
    std::memcpy(&check, out.data() + 20, 8);
    return named == rendering && size == place.size && check == checksum(std::string_view(out).substr(kFrame));
}

// The list of a log's frames (listed_frames), for the log of `covered` bytes.
bool write_frames(const std::filesystem::path& file, const Fingerprint& key, std::uint64_t covered, const std::vector<RenderingFrame>& frames) {
    std::string bytes(kFramesMagic);
    bytes.reserve(bytes.size() + 32 + frames.size() * 20);
    append_number(bytes, key.high);
    append_number(bytes, key.low);
    append_number(bytes, covered);
    append_number(bytes, static_cast<std::uint64_t>(frames.size()));
    for (const RenderingFrame& f : frames) {
        append_number(bytes, f.rendering.high);
        append_number(bytes, f.rendering.low);
        append_number(bytes, f.size);
    }
    return replace_file(frames_file_of(file), bytes);
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
    // Read through the same open file as what this build appends (made): a record is read only
    // when asked for (find), not mapped: on the VMs of docs/benchmarks.md each page of a mapping
    // costs some microseconds the first time it is touched, and checking a record touched all of
    // its pages (at 10 000 materials a rebuild's 345 MB, a twentieth of its time), where reading
    // it copies it from the system's file cache.
    written_ = RandomAccessFile::open(file_);
    std::uint64_t end = read_places(file_, key_, written_.get(), places_, frames_);
    std::error_code ec;
    std::filesystem::create_directories(file_.parent_path(), ec);
    if (end == 0) {
        // Missing, of another urker, or damaged in its head: started anew.
        places_.clear();
        frames_.clear();
        fd_ = ::open(file_.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
        if (fd_ >= 0 && !write_all(fd_, file_head(key_))) write_failed_ = true;
    } else {
        // A record cut short at the end is cut off; new records go after the last whole one.
        if (::truncate(file_.c_str(), static_cast<off_t>(end)) != 0) write_failed_ = true;
        fd_ = ::open(file_.c_str(), O_WRONLY | O_APPEND | O_CLOEXEC);
        file_bytes_ = end - file_head(key_).size();
    }
    if (fd_ < 0) write_failed_ = true;
    else if (!written_) written_ = RandomAccessFile::open(file_);
}

RenderingReuse::RenderingReuse(std::shared_ptr<const RenderingCache> previous)
    : previous_in_memory_(std::move(previous)), next_(std::make_shared<RenderingCache>()) {}

RenderingReuse::~RenderingReuse() {
    if (fd_ >= 0) ::close(fd_);
}

std::optional<KeptRendering> RenderingReuse::find(const Fingerprint& rendering) const {
    if (!file_.empty()) {
        auto it = places_.find(rendering);
        if (it == places_.end() || !written_) return std::nullopt;
        thread_local std::string record;
        if (!read_record(*written_, rendering, it->second, record)) return std::nullopt;
        // The HTML and the words stay in the file, read back when needed.
        return decode_stored_rendering(std::string_view(record).substr(kFrame), written_, it->second.frame + kFrame);
    }
    if (!previous_in_memory_) return std::nullopt;
    auto [bytes, owner] = previous_in_memory_->find_kept(rendering);
    if (bytes.size() < 8) return std::nullopt;
    std::uint64_t check = 0;
    std::memcpy(&check, bytes.data(), 8);
    bytes.remove_prefix(8);
    if (check != checksum(bytes)) return std::nullopt;
    // The texts stay where they are (the last build's records in memory).
    return decode_rendering(bytes, std::move(owner));
}

void RenderingReuse::taken(const Fingerprint& rendering) {
    ++taken_;
    std::lock_guard lock(mutex_);
    if (file_.empty()) {
        // The next build's cache shares this one's bytes.
        if (previous_in_memory_) next_->share(*previous_in_memory_, rendering);
        return;
    }
    if (auto it = places_.find(rendering); it != places_.end()) used_bytes_ += kFrame + it->second.size;
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
    frames_.push_back({rendering, static_cast<std::uint32_t>(record.size())});
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
    // The list of its frames, for the next build (read_places).
    static_cast<void>(write_frames(file_, key_, file_head(key_).size() + file_bytes_, frames_));
    return true;
}

bool RenderingReuse::compact() {
    if (!written_) return false;
    // Where each record is, this build's with the earlier ones (the file is theirs end to end).
    RenderingPlaces all;
    std::uint64_t at = file_head(key_).size();
    for (const RenderingFrame& f : frames_) {
        all.insert_or_assign(f.rendering, RenderingPlace{at, f.size});
        at += kFrame + f.size;
    }
    const std::filesystem::path temporary = file_.string() + ".tmp";
    const int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0) return false;
    bool ok = write_all(fd, file_head(key_));
    std::unordered_map<Fingerprint, bool, FingerprintHash> written;
    std::vector<RenderingFrame> frames;
    std::uint64_t covered = file_head(key_).size();
    std::string record;
    for (const Fingerprint& rendering : used_) {
        if (!ok) break;
        if (!written.emplace(rendering, true).second) continue;
        auto it = all.find(rendering);
        // Frame and record as they are, once checked (copied as read, a damaged one would stay).
        if (it == all.end() || !read_record(*written_, rendering, it->second, record)) continue;
        frames.push_back({rendering, it->second.size});
        covered += record.size();
        ok = write_all(fd, record);
    }
    ok = ::close(fd) == 0 && ok;
    std::error_code ec;
    if (ok) std::filesystem::rename(temporary, file_, ec);
    if (!ok || ec) {
        std::filesystem::remove(temporary, ec);
        return false;
    }
    static_cast<void>(write_frames(file_, key_, covered, frames));
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
    // A rendering made before the Markdown stage knew `urker new`'s example paragraphs (or other
    // ones) may hold one untold: such a rendering is not taken (core/scaffold_examples.h).
    std::vector<std::string_view> examples(scaffold_example_paragraphs().begin(), scaffold_example_paragraphs().end());
    std::sort(examples.begin(), examples.end());
    f.add(static_cast<std::uint64_t>(examples.size()));
    for (std::string_view example : examples) f.add(example);
    return f.finish();
}

Fingerprint rendering_key(const Fingerprint& setup, const Fingerprint& text, std::string_view lang, bool deferred) {
    Fingerprinter f;
    f.add(setup).add(lang).add(static_cast<std::uint64_t>(deferred)).add(text);
    return f.finish();
}

}  // namespace urker
