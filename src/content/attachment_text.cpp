#include "content/attachment_text.h"

#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>

#include <pugixml.hpp>

#include <algorithm>
#include <chrono>
#include <cstring>
#include <limits>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

#include "content/zip_archive.h"

namespace urker {

namespace {

using Clock = std::chrono::steady_clock;

// Text up to a byte limit, cut at a UTF-8 character boundary.
class TextSink {
public:
    explicit TextSink(std::size_t limit) : limit_(limit) {}
    // false once the limit is reached
    bool add(std::string_view s) {
        if (full_) return false;
        if (text_.size() + s.size() > limit_) {
            std::size_t n = limit_ - text_.size();
            while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;  // not inside a character
            text_.append(s.substr(0, n));
            full_ = true;
            return false;
        }
        text_.append(s);
        return true;
    }
    // One separator between words, never two in a row, none at the start.
    void separate(char c) {
        if (text_.empty() || full_) return;
        char& last = text_.back();
        if (last == '\n') return;
        if (last == ' ') last = c;
        else add(std::string_view(&c, 1));
    }
    bool full() const { return full_; }
    std::string take() {
        // A damaged file's own bytes may end in the middle of a character: never pass half a
        // character on (the search index reads whole ones).
        // Cut again while the end is still a broken character: "\xd0\xd0" is two halves.
        for (bool cut = true; cut;) {
            while (!text_.empty() && (text_.back() == ' ' || text_.back() == '\n')) text_.pop_back();
            cut = false;
            std::size_t k = text_.size(), continuation = 0;
            while (continuation < 3 && k > 0 && (static_cast<unsigned char>(text_[k - 1]) & 0xC0) == 0x80) --k, ++continuation;
            if (k > 0) {
                const unsigned char lead = static_cast<unsigned char>(text_[k - 1]);
                const std::size_t length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
                if (lead >= 0xC0 && length > continuation + 1) {
                    text_.resize(k - 1);
                    cut = true;
                }
            }
        }
        return std::move(text_);
    }

private:
    std::string text_;
    std::size_t limit_;
    bool full_ = false;
};

std::string_view local_name(const char* name) {
    const char* colon = std::strchr(name, ':');
    return colon ? std::string_view(colon + 1) : std::string_view(name);
}

// Walks an XML part of an office file: text nodes in order; paragraphs, cells and line breaks
// become newlines, tabs and ODF's <text:s/> spaces. Runs of one word (<w:r>, <text:span>) join with
// nothing between them, as the word processor shows them. Iterative (pugixml's traverse), so a
// deeply nested hostile file cannot exhaust the stack.
class OfficeTextWalker final : public pugi::xml_tree_walker {
public:
    explicit OfficeTextWalker(TextSink& sink) : sink_(sink) {}
    bool for_each(pugi::xml_node& node) override {
        if (node.type() == pugi::node_element) {
            const std::string_view name = local_name(node.name());
            if (name == "p" || name == "h" || name == "br" || name == "cr" || name == "line-break" || name == "tc" ||
                name == "table-cell" || name == "si" || name == "c" || name == "row" || name == "table-row")
                sink_.separate('\n');
            else if (name == "tab" || name == "s")
                sink_.separate(' ');
            return true;
        }
        if (node.type() != pugi::node_pcdata && node.type() != pugi::node_cdata) return true;
        // Field codes (Word's { PAGE }), deleted text of tracked changes, and numbers/formulas
        // of Excel cells (their <v> and <f>) are not what the reader sees.
        const std::string_view parent = local_name(node.parent().name());
        if (parent == "instrText" || parent == "delText" || parent == "v" || parent == "f") return true;
        return sink_.add(node.value());
    }

private:
    TextSink& sink_;
};

enum class PartResult { ok, missing, damaged, too_large };

PartResult read_xml_part(const ZipArchive& zip, const std::string& name, const AttachmentTextLimits& limits, TextSink& sink) {
    bool too_large = false;
    std::optional<std::string> data = zip.read(name, limits.max_part_bytes, too_large);
    if (too_large) return PartResult::too_large;
    if (!data) return zip.has(name) ? PartResult::damaged : PartResult::missing;
    pugi::xml_document doc;
    // No entity expansion beyond XML's own five (pugixml never fetches or expands DTD entities).
    if (!doc.load_buffer(data->data(), data->size(), pugi::parse_default | pugi::parse_ws_pcdata_single)) return PartResult::damaged;
    OfficeTextWalker walker(sink);
    doc.traverse(walker);
    sink.separate('\n');
    return PartResult::ok;
}

// "ppt/slides/slide12.xml" → 12, so slides come in their order, not the archive's or the name's.
long part_number(const std::string& name, std::string_view prefix) {
    long n = 0;
    for (std::size_t i = prefix.size(); i < name.size() && name[i] >= '0' && name[i] <= '9'; ++i) n = n * 10 + (name[i] - '0');
    return n;
}

std::vector<std::string> numbered_parts(const ZipArchive& zip, std::string_view prefix) {
    std::vector<std::string> parts;
    for (const std::string& name : zip.names())
        if (name.size() > prefix.size() + 4 && name.compare(0, prefix.size(), prefix) == 0 && name.ends_with(".xml") &&
            name.find('/', prefix.size()) == std::string::npos)
            parts.push_back(name);
    std::sort(parts.begin(), parts.end(), [&](const std::string& a, const std::string& b) {
        return part_number(a, prefix) < part_number(b, prefix);
    });
    return parts;
}

AttachmentText read_office(const std::string& bytes, std::string_view ext, const AttachmentTextLimits& limits) {
    AttachmentText result;
    // A password-protected Word, Excel or PowerPoint file is not a zip at all but an OLE compound
    // file holding the encrypted package (as is an old .doc renamed to .docx).
    static constexpr unsigned char ole[] = {0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1};
    if (bytes.size() >= sizeof ole && std::memcmp(bytes.data(), ole, sizeof ole) == 0) {
        result.problem = AttachmentProblem::encrypted;
        return result;
    }
    ZipArchive zip(bytes);
    if (!zip.ok()) {
        result.problem = AttachmentProblem::unreadable;
        return result;
    }
    if (zip.encrypted()) {
        result.problem = AttachmentProblem::encrypted;
        return result;
    }
    std::vector<std::string> parts;
    if (ext == "docx") {
        parts = {"word/document.xml"};
        for (const char* extra : {"word/footnotes.xml", "word/endnotes.xml"})
            if (zip.has(extra)) parts.push_back(extra);
    } else if (ext == "pptx") {
        parts = numbered_parts(zip, "ppt/slides/slide");
        if (parts.empty()) parts = {"ppt/presentation.xml"};
    } else if (ext == "xlsx") {
        parts = {"xl/sharedStrings.xml"};
        if (!zip.has(parts[0])) {
            if (!zip.has("xl/workbook.xml")) parts = {"xl/workbook.xml"};  // missing: not a workbook
            else parts.clear();                                          // a workbook of numbers only
        }
        for (const std::string& sheet : numbered_parts(zip, "xl/worksheets/sheet")) parts.push_back(sheet);  // inline strings
    } else {  // odt, odp, ods
        // An encrypted ODF file keeps its manifest readable and says so there.
        bool too_large = false;
        if (auto manifest = zip.read("META-INF/manifest.xml", limits.max_part_bytes, too_large);
            manifest && manifest->find("encryption-data") != std::string::npos) {
            result.problem = AttachmentProblem::encrypted;
            return result;
        }
        parts = {"content.xml"};
    }
    TextSink sink(limits.max_text_bytes);
    const auto started = Clock::now();
    for (const std::string& part : parts) {
        switch (read_xml_part(zip, part, limits, sink)) {
            case PartResult::ok: break;
            case PartResult::missing:
            case PartResult::damaged: result.problem = AttachmentProblem::unreadable; return result;
            case PartResult::too_large: result.problem = AttachmentProblem::too_large; return result;
        }
        if (sink.full()) break;
        if (std::chrono::duration<double>(Clock::now() - started).count() > limits.max_seconds) {
            result.cut = result.timed_out = true;
            break;
        }
    }
    result.cut = result.cut || sink.full();
    result.text = sink.take();
    return result;
}

// poppler prints a damaged file's every flaw to stderr; the build reports the file once instead.
void quiet_poppler() {
    static std::once_flag once;
    std::call_once(once, [] { poppler::set_debug_error_function([](const std::string&, void*) {}, nullptr); });
}

AttachmentText read_pdf(const std::string& bytes, const AttachmentTextLimits& limits) {
    quiet_poppler();
    AttachmentText result;
    if (bytes.size() > static_cast<std::size_t>(std::numeric_limits<int>::max())) {
        result.problem = AttachmentProblem::too_large;
        return result;
    }
    std::unique_ptr<poppler::document> doc(poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
    if (!doc) {
        result.problem = AttachmentProblem::unreadable;
        return result;
    }
    if (doc->is_locked()) {  // a password to open it (a password that only forbids printing or copying does not lock it)
        result.problem = AttachmentProblem::encrypted;
        return result;
    }
    TextSink sink(limits.max_text_bytes);
    const auto started = Clock::now();
    const int pages = doc->pages();
    for (int i = 0; i < pages; ++i) {
        if (i >= limits.max_pages || sink.full()) {
            result.cut = true;
            break;
        }
        if (std::chrono::duration<double>(Clock::now() - started).count() > limits.max_seconds) {
            result.cut = result.timed_out = true;
            break;
        }
        std::unique_ptr<poppler::page> page(doc->create_page(i));
        if (!page) continue;
        const poppler::byte_array utf8 = page->text().to_utf8();
        // Line breaks inside a paragraph are kept: they separate words, which is all search needs.
        for (std::size_t start = 0; start < utf8.size();) {
            std::size_t end = start;
            while (end < utf8.size() && utf8[end] != '\n' && utf8[end] != '\r' && utf8[end] != '\f') ++end;
            if (end > start) sink.add(std::string_view(utf8.data() + start, end - start));
            sink.separate('\n');
            start = end + 1;
        }
        sink.separate('\n');
    }
    result.cut = result.cut || sink.full();
    result.text = sink.take();
    return result;
}

}  // namespace

bool has_readable_text(std::string_view ext) {
    for (std::string_view known : {"pdf", "docx", "pptx", "xlsx", "odt", "odp", "ods"})
        if (ext == known) return true;
    return false;
}

AttachmentText extract_attachment_text(const std::string& bytes, std::string_view ext, const AttachmentTextLimits& limits) {
    AttachmentText result;
    if (bytes.size() > limits.max_input_bytes) {
        result.problem = AttachmentProblem::too_large;
        return result;
    }
    if (!has_readable_text(ext)) return result;
    return ext == "pdf" ? read_pdf(bytes, limits) : read_office(bytes, ext, limits);
}

}  // namespace urker
