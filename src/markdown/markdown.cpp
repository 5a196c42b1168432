#include "markdown/markdown.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <mutex>
#include <set>
#include <stdexcept>
#include <unordered_map>
#include <unordered_set>

#include "core/scaffold_examples.h"
#include "core/text.h"
#include "core/url.h"
#include "markdown/inline_characters.h"
#include "markdown/limits.h"

namespace urker {

void register_markdown_extensions() {
    cmark_gfm_core_extensions_ensure_registered();
    settle_inline_characters();
}

namespace {

struct ParserDeleter {
    void operator()(cmark_parser* p) const { cmark_parser_free(p); }
};
struct NodeDeleter {
    void operator()(cmark_node* n) const { cmark_node_free(n); }
};
struct IterDeleter {
    void operator()(cmark_iter* i) const { cmark_iter_free(i); }
};
using ParserPtr = std::unique_ptr<cmark_parser, ParserDeleter>;
using NodePtr = std::unique_ptr<cmark_node, NodeDeleter>;
using IterPtr = std::unique_ptr<cmark_iter, IterDeleter>;

std::string take_string(char* s) {
    std::string out = s ? s : "";
    std::free(s);
    return out;
}

int cmark_options(const MarkdownOptions& o) {
    int opts = CMARK_OPT_VALIDATE_UTF8 | CMARK_OPT_FOOTNOTES | CMARK_OPT_TABLE_PREFER_STYLE_ATTRIBUTES |
               CMARK_OPT_STRIKETHROUGH_DOUBLE_TILDE;
    if (o.unsafe) opts |= CMARK_OPT_UNSAFE;
    if (o.smart_punctuation) opts |= CMARK_OPT_SMART;
    if (o.hard_breaks) opts |= CMARK_OPT_HARDBREAKS;
    return opts;
}

// Parses run at once on all cores once cmark-gfm's table of inline characters is settled
// (markdown/inline_characters.h); otherwise one at a time, since they would race on that table.
std::mutex& parse_mutex() {
    static std::mutex m;
    return m;
}

NodePtr parse(cmark_parser* parser, std::string_view text) {
    std::unique_lock lock(parse_mutex(), std::defer_lock);
    if (!parses_may_overlap()) lock.lock();
    cmark_parser_feed(parser, text.data(), text.size());
    return NodePtr(cmark_parser_finish(parser));
}

ParserPtr make_parser(int options) {
    ParserPtr parser(cmark_parser_new(options));
    for (const char* name : {"table", "strikethrough", "autolink", "tagfilter", "tasklist"}) {
        if (cmark_syntax_extension* ext = cmark_find_syntax_extension(name))
            cmark_parser_attach_syntax_extension(parser.get(), ext);
    }
    return parser;
}

void collect_text(cmark_node* node, std::string& out) {
    IterPtr it(cmark_iter_new(node));
    cmark_event_type ev;
    while ((ev = cmark_iter_next(it.get())) != CMARK_EVENT_DONE) {
        cmark_node* n = cmark_iter_get_node(it.get());
        if (ev == CMARK_EVENT_EXIT) {
            // Blocks end words: "Абзац.Второй" must not become one word.
            if ((cmark_node_get_type(n) & CMARK_NODE_TYPE_MASK) == CMARK_NODE_TYPE_BLOCK && !out.empty() && out.back() != '\n')
                out += '\n';
            continue;
        }
        if (ev != CMARK_EVENT_ENTER) continue;
        switch (cmark_node_get_type(n)) {
            case CMARK_NODE_TEXT:
            case CMARK_NODE_CODE:
                if (const char* lit = cmark_node_get_literal(n)) out += lit;
                break;
            case CMARK_NODE_SOFTBREAK:
            case CMARK_NODE_LINEBREAK:
                out += ' ';
                break;
            default:
                break;
        }
    }
}

// Words are what stands between spaces, tabs, line ends and no-break spaces (U+00A0). Counted byte
// by byte: those are ASCII bytes or the pair C2 A0, which no other UTF-8 sequence contains, and a
// byte of any other character (or of a broken one) is part of a word. Decoding each character
// first cost 1.6 % of a first build's instructions.
// The spaces looked up in a table and a word's start counted without a branch: 2.4 times as fast
// as four comparisons and two branches a byte (1.66 → 0.68 ns a byte), on the 100 MB of text of
// 10 000 materials.
std::size_t count_words(std::string_view text) {
    static constexpr std::array<unsigned char, 256> kSpace = [] {
        std::array<unsigned char, 256> table{};
        table[' '] = table['\n'] = table['\t'] = table['\r'] = 1;
        return table;
    }();
    const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
    const std::size_t n = text.size();
    std::size_t words = 0;
    unsigned char after_space = 1;
    for (std::size_t i = 0; i < n; ++i) {
        unsigned char space = kSpace[bytes[i]];
        if (bytes[i] == 0xC2 && i + 1 < n && bytes[i + 1] == 0xA0) {
            space = 1;
            ++i;
        }
        words += after_space & (space ^ 1);
        after_space = space;
    }
    return words;
}

// `line` as a diagnostic quotes it: control characters but the tab as "?", not cut.
std::string printable_line(std::string_view line) {
    std::string out;
    out.reserve(line.size());
    for (char c : line) out += (static_cast<unsigned char>(c) < 0x20 && c != '\t') || c == 0x7F ? '?' : c;
    return out;
}

// Where an address stands in the file: inline nodes carry no position, so the lines of their block
// are searched for it. `first_line`/`last_line` are file lines; the block's first line if not found.
SourceLocation locate_in_lines(std::string_view file_text, const std::string& file, int first_line, int last_line, std::string_view needle) {
    for (int line = first_line; !needle.empty() && line <= last_line && line - first_line < 10000; ++line) {
        std::string_view src = line_of(file_text, line);
        if (auto pos = src.find(needle); pos != std::string_view::npos)
            return {file, line, static_cast<int>(count_code_points(src.substr(0, pos))) + 1};
    }
    return {file, first_line, 0};
}

// The nearest enclosing block with a position: its first and last Markdown line.
// The tag's name ("iframe") of raw HTML that shows something, lower-cased; nullopt for a comment
// (hidden, as its author meant), a closing tag (its opening one is told) or a declaration.
std::optional<std::string> raw_html_tag(std::string_view html) {
    const std::size_t lt = html.find('<');
    if (lt == std::string_view::npos || lt + 1 >= html.size()) return std::nullopt;
    std::string name;
    for (std::size_t i = lt + 1; i < html.size() && name.size() < 20; ++i) {
        const char c = html[i];
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9' && !name.empty())) name += c;
        else if (c >= 'A' && c <= 'Z') name += static_cast<char>(c - 'A' + 'a');
        else break;
    }
    if (name.empty()) return std::nullopt;
    return name;
}

// Where each line of `text` starts (line 1 at 0), and its end as the last entry.
std::vector<std::size_t> line_starts(std::string_view text) {
    std::vector<std::size_t> starts{0};
    for (std::size_t at = text.find('\n'); at != std::string_view::npos; at = text.find('\n', at + 1)) starts.push_back(at + 1);
    starts.push_back(text.size());
    return starts;
}

std::pair<int, int> block_lines(cmark_node* n) {
    for (; n; n = cmark_node_parent(n)) {
        int line = cmark_node_get_start_line(n);
        if (line > 0) return {line, std::max(line, cmark_node_get_end_line(n))};
    }
    return {1, 1};
}

// Walks the parsed page adding up what its HTML will at least hold (every node's tags, every
// link's address and title), and stops at the first node that takes it past `budget`. Reading an
// address from cmark copies it, so stopping early is what keeps a reference bomb from costing
// the memory it asks for. Returns that node, or nullptr when the page fits.
cmark_node* first_node_over_budget(cmark_node* doc, std::size_t budget) {
    std::size_t total = 0;
    IterPtr it(cmark_iter_new(doc));
    cmark_event_type ev;
    while ((ev = cmark_iter_next(it.get())) != CMARK_EVENT_DONE) {
        if (ev != CMARK_EVENT_ENTER) continue;
        cmark_node* n = cmark_iter_get_node(it.get());
        total += 16;
        cmark_node_type type = cmark_node_get_type(n);
        if (type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE) {
            if (const char* url = cmark_node_get_url(n)) total += std::strlen(url);
            if (const char* title = cmark_node_get_title(n)) total += std::strlen(title);
        } else if (type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE || type == CMARK_NODE_CODE_BLOCK || type == CMARK_NODE_HTML_BLOCK ||
                   type == CMARK_NODE_HTML_INLINE) {
            if (const char* lit = cmark_node_get_literal(n)) total += std::strlen(lit);
        }
        if (total > budget) return n;
    }
    return nullptr;
}

// Replaces a block node by a custom block holding ready HTML. Custom blocks are emitted as is by
// cmark in every mode, so this is how our own markup (heading ids, embeds) gets into the output
// without turning on raw HTML for the teacher's text.
void replace_with_html(cmark_node* node, const std::string& html) {
    cmark_node* custom = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK);
    cmark_node_set_on_enter(custom, html.c_str());
    cmark_node_set_on_exit(custom, "");
    cmark_node_insert_before(node, custom);
    cmark_node_unlink(node);
    cmark_node_free(node);
}

}  // namespace

RenderedMarkdown MarkdownRenderer::render(const MarkdownInput& input, Diagnostics& diags, DeferredLinks* deferred) const {
    RenderedMarkdown out;
    auto file_line = [&](int md_line) { return input.origin.line + md_line - 1; };
    // The whole line, control characters shown as "?" (a tab kept, so the caret lines up): a long
    // one is cut to a window around the column, in characters, as it is added (Diagnostics::add).
    // Cut here from its start, the place named (column 223 of a Russian paragraph) fell outside it.
    auto source_line = [&](int line) { return printable_line(line_of(input.file_text, line)); };

    // Refuse what would expand beyond all proportion before it costs the memory (limits.h).
    std::optional<LimitProblem> too_big = oversized_tables(input.text);
    if (!too_big) too_big = oversized_references(input.text, output_budget(input.text.size()));
    if (auto& problem = too_big) {
        int line = file_line(problem->line);
        diags.error({input.origin.file, line, 1}, problem->message, problem->hint, source_line(line));
        return out;
    }
    const int opts = cmark_options(options);
    ParserPtr parser = make_parser(input.utf8_checked ? opts & ~CMARK_OPT_VALIDATE_UTF8 : opts);
    NodePtr doc = parse(parser.get(), input.text);
    cmark_llist* extensions = cmark_parser_get_syntax_extensions(parser.get());
    if (cmark_node* over = first_node_over_budget(doc.get(), output_budget(input.text.size()))) {
        int line = file_line(block_lines(over).first);
        diags.error({input.origin.file, line, 0},
                    Message("markdown.page_too_big", {{"megabytes", std::to_string(output_budget(input.text.size()) / 1'000'000)}}),
                    Message("markdown.reference_overused_hint"), source_line(line));
        return out;
    }

    std::vector<cmark_node*> headings, fenced, tables;
    cmark_node* first_paragraph = nullptr;  // rendered after its links are rewritten
    bool html_told = false;  // raw HTML left out: told once a file, at its first tag
    std::vector<std::size_t> lines;  // line_starts(input.text), made when a paragraph asks
    {
        IterPtr it(cmark_iter_new(doc.get()));
        cmark_event_type ev;
        while ((ev = cmark_iter_next(it.get())) != CMARK_EVENT_DONE) {
            if (ev != CMARK_EVENT_ENTER) continue;
            cmark_node* n = cmark_iter_get_node(it.get());
            switch (cmark_node_get_type(n)) {
                case CMARK_NODE_HEADING:
                    headings.push_back(n);
                    break;
                case CMARK_NODE_CODE_BLOCK: {
                    const char* info = cmark_node_get_fence_info(n);
                    std::string word = info ? std::string(info).substr(0, std::string(info).find(' ')) : "";
                    if (!word.empty() && fenced_blocks.count(word)) fenced.push_back(n);
                    break;
                }
                case CMARK_NODE_PARAGRAPH:
                    if (cmark_node_parent(n) != doc.get()) break;
                    if (!first_paragraph) first_paragraph = n;
                    // Still `urker new`'s example paragraph (core/scaffold_examples.h)?
                    if (lines.empty()) lines = line_starts(input.text);
                    if (auto [first, last] = block_lines(n);
                        first >= 1 && static_cast<std::size_t>(last) < lines.size() && first <= last &&
                        is_scaffold_example(input.text.substr(lines[first - 1], lines[last] - lines[first - 1]))) {
                        const int line = file_line(first);
                        diags.warning({input.origin.file, line, 1}, Message("markdown.scaffold_example"),
                                      Message("markdown.scaffold_example_hint"), source_line(line));
                    }
                    break;
                case CMARK_NODE_HTML_BLOCK:
                case CMARK_NODE_HTML_INLINE: {
                    // Without markdown.unsafe cmark leaves raw HTML out of the page. A YouTube
                    // <iframe> pasted from "Share → Embed" vanished without a word.
                    if (options.unsafe || html_told) break;
                    const char* literal = cmark_node_get_literal(n);
                    if (const auto tag = raw_html_tag(literal ? literal : "")) {
                        html_told = true;
                        auto [first, last] = block_lines(n);
                        SourceLocation at = locate_in_lines(input.file_text, input.origin.file, file_line(first), file_line(last), "<" + *tag);
                        const std::string hint = *tag == "iframe" || *tag == "embed" || *tag == "object" || *tag == "video" ? "markdown.raw_html_frame_hint"
                                                 : *tag == "script"                                                    ? "markdown.raw_html_script_hint"
                                                                                                                       : "markdown.raw_html_hint";
                        diags.warning(at, Message("markdown.raw_html_left_out", {{"tag", *tag}}), Message(hint),
                                      source_line(at.line));
                    }
                    break;
                }
                case CMARK_NODE_LINK:
                case CMARK_NODE_IMAGE: {
                    const char* url = cmark_node_get_url(n);
                    if (!url || !*url) break;
                    auto where = [&] {
                        auto [first, last] = block_lines(n);
                        return locate_in_lines(input.file_text, input.origin.file, file_line(first), file_line(last), url);
                    };
                    // The one URL policy (core/url.h). cmark's safe mode would only empty some of
                    // these at render time; the teacher is told where, and nothing is published.
                    bool image = cmark_node_get_type(n) == CMARK_NODE_IMAGE;
                    if (auto problem = check_content_url(url, image ? UrlPlace::image : UrlPlace::link)) {
                        SourceLocation at = where();
                        diags.error(at, problem->message, problem->hint, source_line(at.line));
                        cmark_node_set_url(n, "");
                        break;
                    }
                    if (!rewrite_link) break;
                    LinkRewrite r = rewrite_link(url);
                    if (deferred && r.action != LinkRewrite::Action::missing) {
                        std::string placeholder = deferred->token + std::to_string(deferred->urls.size()) + "-";
                        deferred->urls.emplace_back(url);
                        cmark_node_set_url(n, placeholder.c_str());
                    } else if (r.action == LinkRewrite::Action::replace) {
                        cmark_node_set_url(n, r.url.c_str());
                    } else if (r.action == LinkRewrite::Action::missing) {
                        SourceLocation at = where();
                        diags.error(at,
                                    !r.message.empty() ? r.message
                                                       : Message("markdown.missing_page", {{"target", shorten_for_message(url, 100)}}),
                                    !r.hint.empty() ? r.hint : Message("markdown.missing_page_hint"),
                                    source_line(at.line));
                    }
                    break;
                }
                default:
                    if (std::string_view(cmark_node_get_type_string(n)) == "table") tables.push_back(n);
                    break;
            }
        }
    }

    if (first_paragraph) out.first_paragraph_html = trim(take_string(cmark_render_html(first_paragraph, opts, extensions)));

    // The words, before headings and embeds are swapped for ready HTML.
    collect_text(doc.get(), out.plain_text);
    // It grew by doubling, and it is kept for the whole build (search, summaries): at 10 000
    // materials the spare capacity was some 60 MB.
    out.plain_text.shrink_to_fit();
    out.word_count = count_words(out.plain_text);

    // Stable, unique heading ids; the text of each heading for the table of contents.
    // Linear in the number of headings: each base remembers the next suffix to try, so 20 000
    // headings "Задание" cost 20 000 probes, not 200 million.
    std::unordered_set<std::string> used_ids;
    std::unordered_map<std::string, int> next_suffix;
    for (cmark_node* h : headings) {
        Heading heading;
        heading.level = cmark_node_get_heading_level(h);
        collect_text(h, heading.title);
        heading.title = trim(heading.title);
        for (auto& c : heading.title)
            if (c == '\n') c = ' ';
        std::string base = heading_id(heading.title);
        if (base.empty()) base = "section";
        std::string id = base;
        if (used_ids.count(id)) {
            int& n = next_suffix[base];
            do id = base + "-" + std::to_string(++n);
            while (used_ids.count(id));
        }
        used_ids.insert(id);
        heading.id = id;

        std::string inner = take_string(cmark_render_html(h, opts, extensions));
        // cmark renders "<hN>…</hN>\n"; put the id on the opening tag.
        std::string open = "<h" + std::to_string(heading.level) + ">";
        if (starts_with(inner, open))
            inner = "<h" + std::to_string(heading.level) + " id=\"" + escape_html(id) + "\">" + inner.substr(open.size());
        replace_with_html(h, inner);
        out.headings.push_back(std::move(heading));
    }
    out.headings.shrink_to_fit();  // kept for the whole build, like the words

    if (deferred && !fenced.empty()) deferred->per_page = true;
    for (cmark_node* block : fenced) {
        FencedBlock fb;
        std::string info = cmark_node_get_fence_info(block);
        auto sp = info.find(' ');
        fb.info = info.substr(0, sp);
        fb.options = sp == std::string::npos ? "" : trim(info.substr(sp + 1));
        fb.body = cmark_node_get_literal(block) ? cmark_node_get_literal(block) : "";
        int line = file_line(cmark_node_get_start_line(block));
        fb.where = {input.origin.file, line, 1};
        fb.lang = input.lang;
        std::string html = fenced_blocks.at(fb.info)(fb, diags);
        replace_with_html(block, html);
    }

    // A wide table scrolls inside its own box on a phone; the box takes keyboard focus so it can
    // be scrolled without a mouse.
    for (cmark_node* table : tables) {
        std::string html = take_string(cmark_render_html(table, opts, extensions));
        replace_with_html(table, "<div class=\"table-wrap\" tabindex=\"0\">" + trim(html) + "</div>\n");
    }

    out.html = take_string(cmark_render_html(doc.get(), opts, extensions));
    // A footnote's way back in the text's language: cmark-gfm says it in English.
    const std::string& text_lang = input.text_lang.empty() ? input.lang : input.text_lang;
    if (auto label = footnote_back_labels.find(text_lang); label != footnote_back_labels.end() && !label->second.empty()) {
        static constexpr std::string_view kBack = "aria-label=\"Back to content\"";
        const std::string localized = "aria-label=\"" + escape_html(label->second) + "\"";
        for (std::size_t at = out.html.find(kBack); at != std::string::npos; at = out.html.find(kBack, at + localized.size()))
            out.html.replace(at, kBack.size(), localized);
    }
    return out;
}

namespace {

// How cmark writes `url` in an href or src attribute (percent-encoding, &amp;), asked of cmark
// itself on a one-link document, so a shared rendering's addresses are byte for byte what a
// rendering of its own would have written.
std::string href_as_cmark_writes(const std::string& url, int opts) {
    NodePtr doc(cmark_node_new(CMARK_NODE_DOCUMENT));
    cmark_node* paragraph = cmark_node_new(CMARK_NODE_PARAGRAPH);
    cmark_node* link = cmark_node_new(CMARK_NODE_LINK);
    cmark_node_set_url(link, url.c_str());
    cmark_node_append_child(paragraph, link);
    cmark_node_append_child(doc.get(), paragraph);
    const std::string html = take_string(cmark_render_html(doc.get(), opts, nullptr));
    const std::size_t from = html.find("href=\"");
    if (from == std::string::npos) return {};
    const std::size_t to = html.find('"', from + 6);
    return to == std::string::npos ? std::string() : html.substr(from + 6, to - from - 6);
}

// Calls `piece` with the text between placeholders and the addresses put in for them, in order.
template <typename Piece>
void for_each_spliced_piece(std::string_view text, const std::string& token, const std::vector<std::string>& hrefs, Piece&& piece) {
    std::size_t pos = 0;
    for (std::size_t at; (at = text.find(token, pos)) != std::string::npos;) {
        std::size_t digits = at + token.size(), end = digits;
        while (end < text.size() && text[end] >= '0' && text[end] <= '9') ++end;
        std::size_t n = hrefs.size();
        if (end > digits && end < text.size() && text[end] == '-') std::from_chars(text.data() + digits, text.data() + end, n);
        if (n >= hrefs.size()) {  // not one of ours: keep it as it is
            piece(text.substr(pos, digits - pos));
            pos = digits;
            continue;
        }
        piece(text.substr(pos, at - pos));
        piece(std::string_view(hrefs[n]));
        pos = end + 1;
    }
    piece(text.substr(pos));
}

std::string replace_placeholders(std::string_view text, const std::string& token, const std::vector<std::string>& hrefs) {
    // Measured first, then written into a string of exactly that size: a page's first paragraph
    // has few of its links, and a summary keeps its string for the whole build (reserving room
    // for every address of the page cost 26 MB at 10 000 materials).
    std::size_t size = 0;
    for_each_spliced_piece(text, token, hrefs, [&](std::string_view piece) { size += piece.size(); });
    std::string out;
    out.reserve(size);
    for_each_spliced_piece(text, token, hrefs, [&](std::string_view piece) { out.append(piece); });
    return out;
}

}  // namespace

PageMarkdown::PageMarkdown(RenderedMarkdown own) : rendering_(std::make_shared<RenderedMarkdown>(std::move(own))) {}

PageMarkdown::PageMarkdown(std::shared_ptr<const RenderedMarkdown> shared, std::string token, std::vector<std::string> hrefs)
    : rendering_(std::move(shared)), token_(std::move(token)), hrefs_(std::move(hrefs)) {}

namespace {
const RenderedMarkdown& no_rendering() {
    static const RenderedMarkdown empty;
    return empty;
}

// A text a rendering stored in the build cache's file (RenderedMarkdown::store_html and the like).
std::string_view read_back(const RandomAccessFile& file, std::uint64_t at, std::size_t size, std::string& buffer) {
    if (!file.read(at, size, buffer))
        throw std::runtime_error("the build cache's file of Markdown renderings could not be read back (.urker-cache/)");
    return buffer;
}
}  // namespace

void RenderedMarkdown::store_html(std::shared_ptr<const RandomAccessFile> file, std::uint64_t offset) {
    known_html_fingerprint = html_fingerprint();
    html_fingerprint_known = true;
    stored = std::move(file);
    stored_at = offset;
    stored_size = html.size();
    std::string().swap(html);
}

void RenderedMarkdown::know_plain_fingerprint() {
    if (plain_fingerprint_known) return;
    known_plain_fingerprint = Fingerprinter().add(plain_text_start()).finish();
    plain_fingerprint_known = true;
}

void RenderedMarkdown::store_plain_text(std::uint64_t offset) {
    if (!stored || kept) return;
    know_plain_fingerprint();
    stored_plain_at = offset;
    stored_plain_size = plain_text.size();
    plain_text_stored = true;
    if (plain_text.size() > kPlainTextStart) {
        plain_text.resize(kPlainTextStart);
        plain_text.shrink_to_fit();
    }
}

void RenderedMarkdown::store_first_paragraph(std::uint64_t offset) {
    if (!stored || kept) return;
    stored_first_at = offset;
    stored_first_size = first_paragraph_html.size();
    first_paragraph_stored = true;
    std::string().swap(first_paragraph_html);
}

std::string_view RenderedMarkdown::first_paragraph_text(std::string& buffer) const {
    if (kept) return kept_first_paragraph_html;
    if (!first_paragraph_stored) return first_paragraph_html;
    return read_back(*stored, stored_first_at, stored_first_size, buffer);
}

std::string_view RenderedMarkdown::plain_text_whole(std::string& buffer) const {
    if (kept) return kept_plain_text;
    if (!plain_text_stored || stored_plain_size == plain_text.size()) return plain_text;
    return read_back(*stored, stored_plain_at, stored_plain_size, buffer);
}

std::size_t RenderedMarkdown::plain_text_size() const {
    if (kept) return kept_plain_text.size();
    return plain_text_stored ? stored_plain_size : plain_text.size();
}

Fingerprint RenderedMarkdown::plain_text_fingerprint() const {
    if (plain_fingerprint_known) return known_plain_fingerprint;
    return Fingerprinter().add(plain_text_start()).finish();
}

std::string_view RenderedMarkdown::html_text(std::string& buffer) const {
    if (kept) return kept_html;
    if (!stored) return html;
    return read_back(*stored, stored_at, stored_size, buffer);
}

Fingerprint RenderedMarkdown::html_fingerprint() const {
    if (html_fingerprint_known) return known_html_fingerprint;
    return Fingerprinter().add(kept ? kept_html : std::string_view(html)).finish();
}

std::string PageMarkdown::html() const {
    if (!rendering_) return {};
    std::string buffer;
    const std::string_view text = rendering_->html_text(buffer);
    if (!hrefs_.empty()) return replace_placeholders(text, token_, hrefs_);
    if (text.data() == buffer.data()) return buffer;
    return std::string(text);
}

void PageMarkdown::add_html_to(Fingerprinter& f) const {
    if (!rendering_) {
        f.add(std::string_view());
        return;
    }
    // The HTML's own fingerprint rather than its bytes: a rendering kept in the build cache's
    // file (RenderedMarkdown::store_html) is then not read back for it.
    f.add(rendering_->html_fingerprint());
    if (hrefs_.empty()) return;
    // The placeholders' token and the addresses put in for them: the spliced HTML is a function of
    // these and the rendering's HTML.
    f.add(std::string_view(token_)).add(static_cast<std::uint64_t>(hrefs_.size()));
    for (const auto& href : hrefs_) f.add(std::string_view(href));
}

std::string PageMarkdown::first_paragraph_html() const {
    if (!rendering_) return {};
    std::string buffer;
    const std::string_view text = rendering_->first_paragraph_text(buffer);
    if (!hrefs_.empty()) return replace_placeholders(text, token_, hrefs_);
    if (text.data() == buffer.data()) return buffer;
    return std::string(text);
}

const std::vector<Heading>& PageMarkdown::headings() const { return (rendering_ ? *rendering_ : no_rendering()).headings; }
std::string_view PageMarkdown::plain_text(std::string& buffer) const { return (rendering_ ? *rendering_ : no_rendering()).plain_text_whole(buffer); }
std::size_t PageMarkdown::plain_text_size() const { return rendering_ ? rendering_->plain_text_size() : 0; }
Fingerprint PageMarkdown::plain_text_fingerprint() const { return (rendering_ ? *rendering_ : no_rendering()).plain_text_fingerprint(); }

std::string_view PageMarkdown::plain_text_start(std::size_t bytes, std::string& buffer) const {
    const RenderedMarkdown& r = rendering_ ? *rendering_ : no_rendering();
    std::string_view start = r.plain_text_start();
    if (start.size() >= bytes || start.size() == r.plain_text_size()) return start.substr(0, bytes);
    return r.plain_text_whole(buffer).substr(0, bytes);
}
std::size_t PageMarkdown::word_count() const { return rendering_ ? rendering_->word_count : 0; }

void PageMarkdown::shorten_plain_text(std::size_t keep) const {
    if (!rendering_ || rendering_->plain_text_size() <= keep) return;
    // Renderings are made non-const (make_shared in render()) and shared as const for the pages'
    // sake; the text is owned by the rendering (or a view of the cache's), so it may be cut here.
    auto& rendering = const_cast<RenderedMarkdown&>(*rendering_);
    rendering.plain_fingerprint_known = false;  // the fingerprint is the whole text's
    if (rendering.kept) {
        rendering.kept_plain_text = rendering.kept_plain_text.substr(0, keep);
        return;
    }
    if (rendering.plain_text_stored && rendering.plain_text.size() < keep) {
        std::string buffer;
        rendering.plain_text = std::string(rendering.plain_text_whole(buffer).substr(0, keep));
    }
    rendering.plain_text_stored = false;  // what is left in memory is all there is of it now
    if (rendering.plain_text.size() > keep) rendering.plain_text.resize(keep);
    rendering.plain_text.shrink_to_fit();
}

PageMarkdown with_links(std::shared_ptr<const RenderedMarkdown> shared, const DeferredLinks& links, const MarkdownOptions& options,
                        const std::function<std::string(const std::string& url)>& resolve) {
    if (links.urls.empty()) return PageMarkdown(std::move(shared), {}, {});
    const int opts = cmark_options(options);
    std::vector<std::string> hrefs;
    hrefs.reserve(links.urls.size());
    for (const auto& url : links.urls) {
        std::string target = resolve(url);
        hrefs.push_back(href_as_cmark_writes(target.empty() ? url : target, opts));
    }
    return PageMarkdown(std::move(shared), links.token, std::move(hrefs));
}

std::string render_inline_markdown(std::string_view text, const MarkdownOptions& options, std::vector<UrlProblem>* problems) {
    auto report = [&](Message message, Message hint) {
        if (problems) problems->push_back({std::move(message), std::move(hint)});
    };
    std::optional<LimitProblem> too_big = oversized_tables(text);
    if (!too_big) too_big = oversized_references(text, output_budget(text.size()));
    if (auto& problem = too_big) {
        report(std::move(problem->message), std::move(problem->hint));
        return escape_html(text.substr(0, 200));
    }
    const int opts = cmark_options(options);
    ParserPtr parser = make_parser(opts);
    NodePtr doc = parse(parser.get(), text);
    if (first_node_over_budget(doc.get(), output_budget(text.size()))) {
        report(Message("markdown.page_too_big", {{"megabytes", std::to_string(output_budget(text.size()) / 1'000'000)}}),
               Message("markdown.reference_overused_hint"));
        return escape_html(text.substr(0, 200));
    }
    IterPtr it(cmark_iter_new(doc.get()));
    for (cmark_event_type ev; (ev = cmark_iter_next(it.get())) != CMARK_EVENT_DONE;) {
        cmark_node* n = cmark_iter_get_node(it.get());
        if (ev != CMARK_EVENT_ENTER || (cmark_node_get_type(n) != CMARK_NODE_LINK && cmark_node_get_type(n) != CMARK_NODE_IMAGE)) continue;
        const char* url = cmark_node_get_url(n);
        if (!url) continue;
        if (auto problem = check_content_url(url, cmark_node_get_type(n) == CMARK_NODE_IMAGE ? UrlPlace::image : UrlPlace::link)) {
            report(std::move(problem->message), std::move(problem->hint));
            cmark_node_set_url(n, "");
        }
    }
    std::string html = trim(take_string(cmark_render_html(doc.get(), opts, cmark_parser_get_syntax_extensions(parser.get()))));
    if (starts_with(html, "<p>") && ends_with(html, "</p>") && html.find("<p>", 3) == std::string::npos)
        html = html.substr(3, html.size() - 7);
    return html;
}

}  // namespace urker
