// Markdown -> HTML with cmark-gfm. This module is the only one that sees cmark's nodes; it gives
// back HTML plus what templates and the search index want to know about the text (headings for a
// table of contents, the first paragraph, the plain words).
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "config/site_config.h"
#include "core/diagnostic.h"
#include "core/fingerprint.h"
#include "core/random_access_file.h"
#include "core/url.h"

namespace urker {

// Must be called once, from main, before any thread renders Markdown: cmark-gfm keeps its
// extension registry in global state.
void register_markdown_extensions();

struct Heading {
    int level = 0;
    std::string id;     // unique within the page; Cyrillic kept: "ход-урока"
    std::string title;  // plain text
};

// What to do with one link or image address found in the text.
struct LinkRewrite {
    enum class Action { keep, replace, missing } action = Action::keep;
    std::string url;   // the new address, for replace
    Message hint;     // for missing: how to fix it ("did you mean …")
    Message message;  // for missing: the error, when the rewriter words it itself
};
using LinkRewriter = std::function<LinkRewrite(std::string_view url)>;

// A fenced code block whose info string names a handler (```video, ```poll) is given to it; the
// handler returns the HTML that replaces the block, or adds a diagnostic and returns "".
struct FencedBlock {
    std::string info;     // the first word of the info string
    std::string options;  // the rest of the info string
    std::string body;     // the block's text
    SourceLocation where; // of the opening fence
    std::string lang;     // the page's language, for labels
};
using FencedBlockHandler = std::function<std::string(const FencedBlock&, Diagnostics&)>;

struct MarkdownInput {
    std::string_view text;
    SourceLocation origin;         // file, and the file line where `text` starts (1-based)
    std::string_view file_text;    // the whole file, for showing offending lines; may be empty
    std::string lang;              // the page's language
    // The text is known to be UTF-8 (a content file's, which read_text_file checked): cmark-gfm
    // need not check it again (it was an eighth of the Markdown stage's time).
    bool utf8_checked = false;
    // The text's language when it is not the page's (a Kazakh text on a Russian site: `language: kk`),
    // for what the rendering says in words of its own (a footnote's way back); empty: `lang`.
    std::string text_lang = {};
};

struct RenderedMarkdown {
    std::string html;
    std::vector<Heading> headings;
    std::string first_paragraph_html;
    std::string plain_text;  // words of the text, for the search index and word counts
    std::size_t word_count = 0;

    // A rendering taken from the build cache (markdown/render_cache.h) leaves the three texts
    // above empty and points into the cache's bytes instead, which `kept` keeps alive: a rebuild
    // holds no second copy of every page's HTML and words (some 350 MB at 10 000 materials).
    std::shared_ptr<const void> kept;
    std::string_view kept_html, kept_first_paragraph_html, kept_plain_text;

    // A rendering made this build and written to the build cache (markdown/render_cache.h) may
    // leave `html` empty too: its HTML is then read back from the file when a page shows it
    // (store_html), so the build does not hold every page's HTML from the Markdown stage on.
    std::shared_ptr<const RandomAccessFile> stored;
    std::uint64_t stored_at = 0;
    std::size_t stored_size = 0;
    // The HTML's fingerprint when it is known without reading the HTML (stored, or taken from the
    // build cache, whose record holds it): the build cache compares pages by it, so a rebuild
    // does not read the HTML of a page it does not render.
    Fingerprint known_html_fingerprint;
    bool html_fingerprint_known = false;
    // The plain text may be stored in the same file (store_plain_text): `plain_text` then keeps
    // only its start (kPlainTextStart bytes, for excerpts and calendar entries) and the search
    // index, its only whole reader, reads it back document by document. At 10 000 materials the
    // first build then does not hold 140 MB of words from the Markdown stage to the search.
    // The first paragraph is stored there too (store_first_paragraph): read for the page's
    // summary, once.
    std::uint64_t stored_first_at = 0;
    std::size_t stored_first_size = 0;
    bool first_paragraph_stored = false;
    std::uint64_t stored_plain_at = 0;
    std::size_t stored_plain_size = 0;
    bool plain_text_stored = false;
    // The plain text's fingerprint when it is known without reading the text: stored (above), or
    // taken from the build cache, whose record holds it. The search keys a document's words by
    // it; hashing every kept page's words again was a rebuild's reading of 150 MB at 10 000
    // materials.
    Fingerprint known_plain_fingerprint;
    bool plain_fingerprint_known = false;
    static constexpr std::size_t kPlainTextStart = 1024;

    // Moves the HTML to `file`, where it is `html.size()` bytes from `offset`.
    void store_html(std::shared_ptr<const RandomAccessFile> file, std::uint64_t offset);
    // Notes the plain text's fingerprint (known_plain_fingerprint) while the whole text is here.
    void know_plain_fingerprint();
    // Moves the plain text but its start to `stored`'s file (store_html first), where it is
    // `plain_text.size()` bytes from `offset`.
    void store_plain_text(std::uint64_t offset);
    // Moves the first paragraph to `stored`'s file, where it is `first_paragraph_html.size()`
    // bytes from `offset`.
    void store_first_paragraph(std::uint64_t offset);
    // The HTML, wherever it is: `buffer` holds it when it is read from the file. Throws
    // std::runtime_error when the file cannot be read.
    std::string_view html_text(std::string& buffer) const;
    // The fingerprint of the HTML (the same wherever it is kept).
    Fingerprint html_fingerprint() const;

    // The other texts, wherever they are: read them through these.
    std::string_view first_paragraph_text(std::string& buffer) const;
    // The whole plain text, wherever it is (`buffer` holds it when it is read from the file; throws
    // as html_text does); its size and fingerprint, known without reading it.
    std::string_view plain_text_whole(std::string& buffer) const;
    std::size_t plain_text_size() const;
    Fingerprint plain_text_fingerprint() const;
    // What is in memory of the plain text: the whole, or at least its first kPlainTextStart bytes.
    std::string_view plain_text_start() const { return kept ? kept_plain_text : std::string_view(plain_text); }
};

// One rendering of a file for all the pages that show it (its page and its views in other
// languages, model/language_views.h), whose links lead to different addresses: each link the
// rewriter resolves is written as a placeholder, and `urls` keeps its address as written, for
// with_links() to resolve per page. `per_page` is set when the rendering cannot be shared (an
// embed, whose HTML is in the page's language): each page then renders the file itself.
struct DeferredLinks {
    std::string token;              // the placeholder of link n is token + n + "-"
    std::vector<std::string> urls;  // by n
    bool per_page = false;
};

struct MarkdownRenderer {
    MarkdownOptions options;
    LinkRewriter rewrite_link;                       // may be empty: keep every link
    std::map<std::string, FencedBlockHandler> fenced_blocks;  // by info word
    // By language: what a footnote's way back to the text says to a screen reader (cmark-gfm
    // writes aria-label="Back to content" in English); the theme's `footnote_back`. A language
    // not here keeps cmark-gfm's words.
    std::map<std::string, std::string> footnote_back_labels;

    // With `deferred`, a link the rewriter resolves gets a placeholder (see DeferredLinks); its
    // problems are still reported, from this rendering.
    RenderedMarkdown render(const MarkdownInput& input, Diagnostics& diags, DeferredLinks* deferred = nullptr) const;
};

// A page's Markdown as the page shows it: a rendering, shared with the other pages that show the
// same file (its views in other languages), and this page's addresses for the rendering's
// placeholders, put in when the HTML is read. Sharing instead of a finished copy per page saved
// about 400 MB at 10 000 materials (the HTML and the plain text, twice each).
class PageMarkdown {
public:
    PageMarkdown() = default;
    // A rendering with no placeholders: the page's own.
    explicit PageMarkdown(RenderedMarkdown own);
    PageMarkdown(std::shared_ptr<const RenderedMarkdown> shared, std::string token, std::vector<std::string> hrefs);

    std::string html() const;  // each call splices anew: read it once per use
    // Adds what html() is made of (the shared rendering's HTML and this page's addresses) to `f`,
    // without splicing it: the same HTML gives the same fingerprint (the build cache compares it).
    void add_html_to(Fingerprinter& f) const;
    std::string first_paragraph_html() const;
    const std::vector<Heading>& headings() const;
    // The whole plain text (read from the build cache's file when the rendering was stored
    // there: `buffer` then holds it), its size, and its fingerprint (without reading it).
    std::string_view plain_text(std::string& buffer) const;
    std::size_t plain_text_size() const;
    Fingerprint plain_text_fingerprint() const;
    // The plain text's first `bytes` bytes (all of it when it is shorter), read from the file only
    // when memory holds less (RenderedMarkdown::kPlainTextStart).
    std::string_view plain_text_start(std::size_t bytes, std::string& buffer) const;
    std::size_t word_count() const;
    // Cuts the plain text (of every page that shares this rendering) to its first `keep` bytes,
    // once the search index, its only full reader, is made. The caller makes sure nothing reads
    // the renderings meanwhile.
    void shorten_plain_text(std::size_t keep) const;

private:
    std::shared_ptr<const RenderedMarkdown> rendering_;  // null: an empty page
    std::string token_;                                  // DeferredLinks::token
    std::vector<std::string> hrefs_;                     // by placeholder number, escaped as cmark writes them
};

// A shared rendering as one page shows it: every placeholder stands for `resolve(address as
// written)` (an empty result keeps the address as written), escaped exactly as cmark escapes an
// address.
PageMarkdown with_links(std::shared_ptr<const RenderedMarkdown> shared, const DeferredLinks& links, const MarkdownOptions& options,
                        const std::function<std::string(const std::string& url)>& resolve);

// Renders a short inline text (a summary in front matter) with the same safety rules; the result
// has no enclosing <p>. What it refuses (an address against the URL policy, a text that would
// expand beyond the limits of markdown/limits.h) goes to `problems`, for the caller to place at
// the front-matter field; refused links are emptied.
std::string render_inline_markdown(std::string_view text, const MarkdownOptions& options, std::vector<UrlProblem>* problems = nullptr);

}  // namespace urker
