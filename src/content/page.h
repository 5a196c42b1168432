// A page as loaded from content/: where it came from, where it goes, and its front matter.
// Pages are plain records; the model refers to them by index, never by pointer.
#pragma once

#include <cstdint>
#include <algorithm>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/json.h"

#include "config/yaml_document.h"
#include "content/review.h"
#include "core/date.h"
#include "core/fingerprint.h"
#include "core/source_text.h"

namespace urker {

enum class PageKind { home, section, page };

struct Attachment {
    std::string name;         // file name as published ("rabochiy-list.pdf")
    std::string source;       // path relative to content/
    std::string output_path;  // path relative to the output root ("materials/drobi/rabochiy-list.pdf")
    std::uintmax_t size = 0;
    std::string ext;          // lower-case, without the dot: "pdf"
};

// A file's identity on disk, as lstat gives it: a file whose identity is the one the last build
// saw holds what it held then (a change within the clock's tick is guarded against by the
// loader: content/known_files.h).
struct FileIdentity {
    std::uint64_t size = 0, inode = 0;
    std::int64_t modified_ns = 0, changed_ns = 0;
    bool operator==(const FileIdentity&) const = default;
};

// What loading a Markdown file learned that the build cache keeps (content/known_files.h), so
// that a rebuild need not read the file again while its identity is unchanged.
struct FileFacts {
    // Where the file stood when it was read; nullopt when it is not to be kept (it changed just
    // before the build, or was read with a problem, or is no file: a view, a synthesized list).
    std::optional<FileIdentity> identity;
    Fingerprint front_matter_key;  // its front matter's record in the cache (FrontMatterCache::text_key)
    // Whether its body has links Markdown cannot read (`[a](my file.pdf)`, model/site_model.cpp
    // reports them); unknown until the model looked, or the cache said.
    std::optional<bool> unparsed_links;
};

struct Page {
    PageKind kind = PageKind::page;
    std::string source;        // "content/materials/drobi/index.md" (as shown in messages)
    std::string content_path;  // "materials/drobi/index.md" (relative to content/)
    std::string section;       // "materials"; "" for top-level pages and the home page
    std::string lang;          // the interface language: the part of the site the page is in ("kk" for /kk/…)
    std::string content_lang;  // the language its text is written in; differs from lang on a view (below)
                               // and on a page marked  language: kk  in the default-language part
    bool is_translation = false;   // came from a "name.kk.md" file, or is a view in another language
    bool is_view = false;          // made by the model from another language's file, for a language the
                                   // content lacks: the same text under that language's interface
    std::string translation_key;   // the same for all language versions: "materials/drobi/index.md"
    bool is_bundle = false;        // index.md in a folder of its own (attachments beside it)
    std::string bundle_dir;        // "materials/drobi" for bundles

    std::string path;         // output folder relative to the site root: "materials/drobi/" ("" for home)
    std::string slug;         // last part of path

    // Typed front matter every kind shares.
    std::string title;
    std::string description;
    std::string summary;      // plain front-matter summary, may be empty
    std::optional<Date> date;
    std::optional<Date> updated;
    bool draft = false;
    int weight = 0;
    std::string template_name;  // front matter `template:`
    YamlDocument front_matter;  // every field, with positions

    // The whole file (for error lines) and the Markdown after its front matter. Shared, not
    // copied, by the page's views in other languages: at 10 000 materials a copy per view was
    // hundreds of megabytes. Read when first asked for when the build cache knew the file
    // (core/source_text.h): most rebuilds never read it.
    const std::string& file_text() const { return text_ ? text_->str() : empty_text(); }
    std::string_view body() const { return std::string_view(file_text()).substr(std::min(body_offset_, file_text().size())); }
    void set_text(std::string file_text, std::size_t body_offset) {
        set_text(std::make_shared<const SourceText>(std::move(file_text)), body_offset);
    }
    // A text in memory: its body's fingerprint is taken now. One not read yet comes with it.
    void set_text(std::shared_ptr<const SourceText> file_text, std::size_t body_offset) {
        text_ = std::move(file_text);
        body_offset_ = body_offset;
        body_fingerprint_ = fingerprint_of(body());
    }
    void set_text(std::shared_ptr<const SourceText> file_text, std::size_t body_offset, const Fingerprint& body_fingerprint) {
        text_ = std::move(file_text);
        body_offset_ = body_offset;
        body_fingerprint_ = body_fingerprint;
    }
    // The same object for a page and its views: what model/site_model.cpp renders once for all.
    const SourceText* shared_text() const { return text_.get(); }
    std::size_t body_offset() const { return body_offset_; }
    // What the Markdown body holds (core/fingerprint.h), known without reading a file the build
    // cache knew: the key of its rendering (markdown/render_cache.h).
    const Fingerprint& body_fingerprint() const { return body_fingerprint_; }
    int body_line = 1;         // file line where the body starts
    FileFacts facts;

    std::vector<Attachment> attachments;
    // A material's review (content/review.h): its own `review:`, or else the one of the
    // default-language file it translates. `review_own` says whether the field is in this file.
    std::optional<Review> review;
    bool review_own = false;

private:
    static const std::string& empty_text() {
        static const std::string empty;
        return empty;
    }
    std::shared_ptr<const SourceText> text_;
    std::size_t body_offset_ = 0;
    Fingerprint body_fingerprint_{};  // a page without a file: no body
};

// Files that are not pages: copied to the output as they are.
struct StaticAsset {
    std::string source;       // absolute or site-relative path to read from
    std::string output_path;  // relative to the output root
};

}  // namespace urker
