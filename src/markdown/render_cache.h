// Each file's rendered Markdown, kept between builds (in .urker-cache/, or in memory by the dev
// server): a rebuild renders again only the files whose text changed, or whose links now lead
// elsewhere. Parsing and rendering Markdown was the costliest part of a rebuild's model stage
// (about 1.4 s of the 5.6 s a rebuild with nothing changed took at 10 000 materials).
//
// A rendering is a pure function of the text, the page's language, the Markdown options, which
// fenced blocks have handlers, and the answers of the link rewriter. The record's key covers the
// first four; the record keeps the answers, and a rendering is taken only when the rewriter gives
// the same answer for every address today (a link to a file since deleted is reported again).
// Renderings that reported a problem or ran an embed handler are not kept: they are rendered
// every time, so their messages are too.
//
// On disk the records are a log: a build appends the renderings it made as it makes them (so
// they are never all in memory at once, some 30 KB per material), and rewrites the file without
// the ones no longer used only when those are more than half of it.
#pragma once

#include <atomic>
#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/fingerprint.h"
#include "core/random_access_file.h"
#include "markdown/markdown.h"

namespace urker {

// What the link rewriter said of one address.
struct LinkAnswer {
    std::string url;  // as written
    LinkRewrite::Action action = LinkRewrite::Action::keep;
    std::string to;  // for replace
};

// A rendering as kept: what MarkdownRenderer::render returned, the placeholders it wrote for
// the file's views (DeferredLinks; empty when it had none), and the rewriter's answers.
struct KeptRendering {
    RenderedMarkdown rendering;
    std::string token;
    std::vector<std::string> deferred_urls;
    std::vector<LinkAnswer> answers;
};

std::string encode_rendering(const RenderedMarkdown& rendering, const DeferredLinks* deferred, const std::vector<LinkAnswer>& answers);
// Lets go of a rendering's HTML, first paragraph and (but its start) plain text once its record,
// encoded by encode_rendering, is in `file` from `record` on: they are read from there when
// needed (RenderedMarkdown::store_html, store_first_paragraph, store_plain_text).
void store_rendering_texts(RenderedMarkdown& rendering, std::shared_ptr<const RandomAccessFile> file, std::uint64_t record);
// Null for bytes that do not hold a whole record (a damaged file). With `keeper` (what keeps
// `record`'s bytes alive), the rendering's texts are views of them (RenderedMarkdown::kept)
// instead of copies.
std::optional<KeptRendering> decode_rendering(std::string_view record, std::shared_ptr<const void> keeper = nullptr);
// The same for a record that is in `file` from `at` on: the HTML and the plain text (but its
// start) stay there, read back when needed (store_rendering_texts' way), the first paragraph is
// copied (every page's summary shows it).
std::optional<KeptRendering> decode_stored_rendering(std::string_view record, std::shared_ptr<const RandomAccessFile> file, std::uint64_t at);

// What a rendering depends on besides the rewriter's answers: the renderer's options and its
// fenced-block handlers' names (the setup), the text (by its fingerprint, fingerprint_of: a file
// the build cache knew is not read to make it), the page's language, and whether the file has
// views in other languages (their links become placeholders).
Fingerprint rendering_setup_key(const MarkdownOptions& options, const std::vector<std::string>& handler_names,
                                const std::map<std::string, std::string>& footnote_back_labels = {});
Fingerprint rendering_key(const Fingerprint& setup, const Fingerprint& text, std::string_view lang, bool deferred);

struct FingerprintHash {  // fingerprints are hashes already
    std::size_t operator()(const Fingerprint& f) const { return static_cast<std::size_t>(f.low); }
};

// A record's place in the file of renderings: its key and its size (records are end to end).
struct RenderingFrame {
    Fingerprint rendering;
    std::uint32_t size = 0;
};

// Where a record is in the file of renderings: its frame's offset (the record follows the frame).
struct RenderingPlace {
    std::uint64_t frame = 0;
    std::uint32_t size = 0;
};
using RenderingPlaces = std::unordered_map<Fingerprint, RenderingPlace, FingerprintHash>;

// Records by rendering key; their bytes live in a loaded file or on their own.
class RenderingCache {
public:
    std::string_view find(const Fingerprint& rendering) const;  // "" when there is none
    // The same, and what keeps the bytes alive.
    std::pair<std::string_view, std::shared_ptr<const void>> find_kept(const Fingerprint& rendering) const;
    void put(const Fingerprint& rendering, std::shared_ptr<const void> owner, std::string_view bytes);
    // `from`'s record for the key, its bytes shared (nothing when it has none).
    void share(const RenderingCache& from, const Fingerprint& rendering);
    std::size_t size() const { return records_.size(); }

private:
    struct Record {
        std::shared_ptr<const void> owner;
        std::string_view bytes;
    };
    std::unordered_map<Fingerprint, Record, FingerprintHash> records_;
};

// One build's use of the renderings: build_model takes what it can and gives what it makes.
// Thread-safe: the files render in parallel.
class RenderingReuse {
public:
    // Kept in `file` (the build cache), saved under `key` (the urker binary): a file of another
    // key, or damaged, is started anew.
    RenderingReuse(std::filesystem::path file, const Fingerprint& key);
    // Kept in memory by the dev server: `previous` (may be null) is the last build's finish().
    explicit RenderingReuse(std::shared_ptr<const RenderingCache> previous);
    ~RenderingReuse();
    RenderingReuse(const RenderingReuse&) = delete;
    RenderingReuse& operator=(const RenderingReuse&) = delete;

    // The rendering kept for this key, if any (the caller checks its link answers).
    std::optional<KeptRendering> find(const Fingerprint& rendering) const;
    // The caller took find()'s rendering: it stays for the next build.
    void taken(const Fingerprint& rendering);
    // A rendering made this build, to keep. When it went to the file: where in the file the
    // record's bytes start, and the file to read them back from (written()).
    std::optional<std::uint64_t> made(const Fingerprint& rendering, std::string record);
    const std::shared_ptr<const RandomAccessFile>& written() const { return written_; }
    // A rendering made this build that is not kept (it reported a problem or ran an embed).
    void made_unkept() { ++rendered_; }

    std::size_t taken_count() const { return taken_; }
    std::size_t rendered_count() const { return rendered_; }

    // After build_model. On disk: rewrites the file without the renderings this build did not
    // use, when they are more than half of it; false when the file could not be written (the
    // next build renders more, nothing else). In memory: the renderings for the next build.
    bool finish();
    std::shared_ptr<const RenderingCache> renderings_in_memory() const { return next_; }

private:
    bool append(const Fingerprint& rendering, std::string_view record);
    bool compact();

    std::filesystem::path file_;  // empty: in memory
    Fingerprint key_;
    RenderingPlaces places_;  // the records the file held as this build found it
    std::shared_ptr<const RenderingCache> previous_in_memory_;
    std::shared_ptr<RenderingCache> next_;  // in memory: what the next build gets
    std::mutex mutex_;
    int fd_ = -1;                     // the file, open for appending
    std::shared_ptr<const RandomAccessFile> written_;  // the same file, to read back what was written
    bool write_failed_ = false;
    std::uint64_t file_bytes_ = 0;    // records in the file, with their frames
    std::uint64_t used_bytes_ = 0;    // of those, this build's
    std::vector<Fingerprint> used_;   // the keys this build took or made
    // Every record in the file, in order (found and appended), listed beside it by finish() for
    // the next build (render_cache.cpp's read_places).
    std::vector<RenderingFrame> frames_;
    std::atomic<std::size_t> taken_{0}, rendered_{0};
};

}  // namespace urker
