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

#include <nlohmann/json.hpp>

#include "config/yaml_document.h"
#include "content/review.h"
#include "core/date.h"

namespace urker {

enum class PageKind { home, section, page };

struct Attachment {
    std::string name;         // file name as published ("rabochiy-list.pdf")
    std::string source;       // path relative to content/
    std::string output_path;  // path relative to the output root ("materials/drobi/rabochiy-list.pdf")
    std::uintmax_t size = 0;
    std::string ext;          // lower-case, without the dot: "pdf"
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
    // hundreds of megabytes.
    const std::string& file_text() const { return text_ ? *text_ : empty_text(); }
    std::string_view body() const { return std::string_view(file_text()).substr(std::min(body_offset_, file_text().size())); }
    void set_text(std::string file_text, std::size_t body_offset) {
        set_text(std::make_shared<const std::string>(std::move(file_text)), body_offset);
    }
    void set_text(std::shared_ptr<const std::string> file_text, std::size_t body_offset) {
        text_ = std::move(file_text);
        body_offset_ = body_offset;
    }
    // The same object for a page and its views: what model/site_model.cpp renders once for all.
    const std::string* shared_text() const { return text_.get(); }
    std::size_t body_offset() const { return body_offset_; }
    int body_line = 1;         // file line where the body starts

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
    std::shared_ptr<const std::string> text_;
    std::size_t body_offset_ = 0;
};

// Files that are not pages: copied to the output as they are.
struct StaticAsset {
    std::string source;       // absolute or site-relative path to read from
    std::string output_path;  // relative to the output root
};

}  // namespace urker
