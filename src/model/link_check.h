// Where the links and images in a page's Markdown lead. A relative address is resolved the way
// a browser resolves it — against the page's *published* address, not its file — and checked
// against what the build publishes: pages, attachments, content files, static files. A link to
// another Markdown file ("../drobi/index.md") becomes that page's address. When a target is
// missing, the hint suggests an address that itself works ("did you mean …").
#pragma once

#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "markdown/markdown.h"
#include "model/site_model.h"

namespace urker {

class LinkTargets {
public:
    // A view of the model's pages and published files; the model must outlive it.
    explicit LinkTargets(const SiteModel& model);

    // For the Markdown renderer: keep, replace (a .md link) or report a missing target.
    LinkRewrite resolve(PageId page, std::string_view url) const;

    // A front-matter field naming a file shown on the page (a member's photo): it must be
    // published where the page's address leads. Reports at the field.
    void check_file_field(PageId page, const std::string& key, Diagnostics& diags) const;

    // Whether a site-relative output path ("materials/drobi/plan.pdf", "news/" ) is published.
    bool published(const std::string& output_path) const;

    // The address of `output_path` relative to the folder `from_dir` ("news/first/"), as it
    // can be written in Markdown: "../img.png", "<Рабочий лист.pdf>" when it has spaces.
    static std::string relative_address(const std::string& from_dir, const std::string& output_path);

private:
    // Why a link's target is missing, and the nearest file that exists.
    struct Missing {
        bool to_page = false;  // a .md link
        std::string target;    // as written, decoded
        std::string near;      // the closest existing file, written as it must be from this page; may be empty
        std::string folder;    // the folder addresses are read from ("content/materials/drobi/")
        std::string meant;     // a web address or e-mail written without its scheme, in full (core/url.h); may be empty
        Message message(const char* what) const;
        Message hint() const;
    };
    // Why `target` (a decoded, relative address) from page `id` is not published, with a
    // suggestion written as it must be from this page's file.
    Missing explain_missing(PageId id, const std::string& target) const;

    const SiteModel& model_;
    std::set<std::string> page_dirs_;  // published pages: "materials/drobi/"
};

// "%D0%B4%D1%80%D0%BE%D0%B1%D0%B8" -> "дроби" (what cmark does to non-ASCII link targets, undone).
std::string percent_decode(std::string_view s);

}  // namespace urker
