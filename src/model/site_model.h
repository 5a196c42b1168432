// The assembled site: every page with its rendered Markdown, the sections and their member
// pages, translations. Records refer to each other by index into `pages`, never by pointer, and
// every list is sorted, so what reaches templates is deterministic.
#pragma once

#include <filesystem>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "config/site_config.h"
#include "content/git_history.h"
#include "content/loader.h"
#include "content/page.h"
#include "core/diagnostic.h"
#include "markdown/markdown.h"
#include "markdown/render_cache.h"

namespace urker {

using PageId = std::size_t;

struct Section {
    std::string dir;                 // content folder: "materials" ("" for the home page)
    PageId page = 0;                 // its own page (_index.md, or one urker made)
    std::vector<PageId> pages;       // regular pages below it, newest first, then by weight and title
    std::vector<PageId> subsections; // section pages directly below it
};

struct SiteModel {
    SiteConfig config;
    std::vector<Page> pages;
    std::vector<PageMarkdown> rendered;            // parallel to pages
    // Parallel to pages: a page's `summary:` rendered, when it has one (summary_html()).
    std::vector<std::string> written_summaries_html;
    std::vector<StaticAsset> assets;
    std::map<std::string, PageId> by_content_path;  // "materials/drobi/index.md" -> id
    std::map<std::string, std::vector<PageId>> translations;  // translation_key -> versions, default language first
    // Per page, its versions in every language (its `translations` entry), looked up without the
    // key: localized() is asked for every summary on every list, tens of thousands of times.
    std::vector<std::vector<PageId>> translation_groups;
    std::vector<std::uint32_t> translation_group_of;  // parallel to pages
    std::vector<Section> sections;                 // sorted by dir; sections[0] is the home page's
    std::map<std::string, std::size_t> section_by_dir;
    std::size_t drafts_skipped = 0;
    // Every file the site publishes besides its pages (attachments, other content files, static
    // files), by output path; and where each content file is published (content path -> output
    // path). Relative links are checked against these (model/link_check.h).
    std::set<std::string> published_files;
    std::map<std::string, std::string> published_from_content;
    std::set<std::string> unreadable;  // content files that failed to load (see ContentSet)
    // The data files pages name (a plan's table, a poll's results), as the content stage read them
    // (ContentSet::data_files): the model reads no file itself.
    std::map<std::string, std::shared_ptr<const std::string>> data_files;
    // A page's summary as HTML: its `summary:` rendered, else its text's first paragraph (read
    // from its rendering each time rather than copied for every page: 30 MB at 10 000 materials).
    std::string summary_html(PageId id) const {
        return pages[id].summary.empty() ? rendered[id].first_paragraph_html() : written_summaries_html[id];
    }
    const std::string* data_file(const std::string& path) const {
        auto it = data_files.find(path);
        return it == data_files.end() ? nullptr : it->second.get();
    }
    // Each page's history from Git, parallel to pages; empty when the site has none (model/page_history.h).
    std::vector<FileHistory> history;

    // The version of a page in `lang` (its own page or a view: every language has one).
    PageId localized(PageId id, const std::string& lang) const;
    // The page in the default language's part of the site: lists, indexes and feeds count each
    // translation key once, through it.
    bool is_primary(PageId id) const { return config.is_default_language(pages[id].lang); }
    // The version of a page in the default language: the one primary pages and files beside it
    // (a calendar, a certificate) belong to.
    PageId primary_of(PageId id) const { return localized(id, config.language); }
    // The address of a page as templates see it: base path + path. Asked hundreds of thousands of
    // times a build (every link, card and list entry), so build_model makes each once (`urls`);
    // a model put together by hand, without them, makes it at each call.
    std::string url_of(PageId id) const { return id < urls.size() ? urls[id] : config.site_url("/" + pages[id].path); }
    std::vector<std::string> urls;  // by page, from build_model
};

struct ModelOptions {
    std::map<std::string, FencedBlockHandler> fenced_blocks;  // embeds, by info word
    std::map<std::string, std::string> footnote_back_labels;  // by language (MarkdownRenderer)
    std::filesystem::path content_root;     // SOURCE/content, to name content files by their content path
    std::vector<std::string> static_files;  // output paths of the theme's and the site's static files
    Date today;                             // the build date: what is pinned, which events are past
    // The Markdown renderings of the last build, and this build's for the next one
    // (markdown/render_cache.h). Null: every file is rendered and nothing is kept.
    RenderingReuse* renderings = nullptr;
};

// Assembles the model and renders every page's Markdown (in parallel). Broken links, and other
// problems in the text, are added to diags.
SiteModel build_model(SiteConfig config, ContentSet content, const ModelOptions& options, Diagnostics& diags);

// Once the pages' Markdown is rendered, nothing reads a file's body again: each page keeps only
// its front matter's lines (which messages still quote), shared with its views as before. Reviewed
// materials and list pages keep their whole text (see the definition). Called as soon as the
// model is made, so the portal's lists are not made on top of the texts: at 10 000 materials that
// lowers the build's peak by some 150 MB.
void release_page_bodies(SiteModel& model);

}  // namespace urker
