// Walks content/ and turns every Markdown file into a Page, in parallel. Pages are returned
// sorted by their source path, whatever order the threads finished in.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "config/site_config.h"
#include "content/page.h"
#include "content/review_gate.h"
#include "core/diagnostic.h"

namespace urker {

struct ContentSet {
    std::vector<Page> pages;
    std::vector<StaticAsset> assets;  // non-Markdown files under content/ (bundle attachments included)
    std::size_t drafts_skipped = 0;
    // Files that failed to load (too large, not UTF-8, front matter that cannot be read), by path
    // relative to content/. Their errors are reported already; later stages leave them out of
    // their checks, so one broken file does not also show up as every reference to it.
    std::set<std::string> unreadable;
    // The data files pages name in their front matter (a plan's `items_file`, a poll's `results`),
    // by path relative to content/: a CSV or YAML file's text, checked as UTF-8, a spreadsheet's
    // bytes. Read here, once; the later stages read them from here, never from the disk. A file
    // named but missing is not here (the page that names it reports it).
    std::map<std::string, std::shared_ptr<const std::string>> data_files;
    // Materials whose review is not `approved` (any policy), for `urker check`; and how many of
    // them site.yaml's `reviews: unreviewed: hold` kept out of this build.
    std::vector<ReviewQueueEntry> review_queue;
    std::size_t held_for_review = 0;
    // Markdown files taken from the build cache without being read (LoadOptions::known).
    std::size_t files_known = 0;
};

class FrontMatterCache;
class KnownFiles;

struct LoadOptions {
    bool include_drafts = false;
    // Front matter parsed by earlier builds, by its text (content/front_matter_cache.h); null: parse all.
    FrontMatterCache* front_matter = nullptr;
    // The files the last build read, by identity (content/known_files.h), with the front matter
    // cache: such a file is not read. Null: every file is read and no page learns its identity.
    const KnownFiles* known = nullptr;
    std::int64_t started_ns = 0;  // when the build started (wall clock): files changed just before are read
    // What a content file is on disk ("materials/a.md"), as the walk of the site's folder found it
    // just before the load (site/up_to_date.h): outer nullopt when the walk cannot tell (then the
    // file system is asked), inner nullopt when it is not a regular file. Unset: asked each time.
    // At 10 000 materials a rebuild asked 11 763 times what the walk had been told a moment before.
    std::function<std::optional<std::optional<FileIdentity>>(const std::string& content_path)> identity_of_file;
};

ContentSet load_content(const std::filesystem::path& source_root, const SiteConfig& config, const LoadOptions& options,
                        Diagnostics& diags);

// Output folder for a content file, e.g. "materials/дроби/index.md" -> "materials/drobi/";
// exposed for tests. `lang_prefix` is prepended for translations ("kk/").
std::string output_folder_for(const std::string& content_path, const std::string& slug_override,
                              const std::string& lang_prefix);

// A path segment as it appears in URLs: kept when it is already URL-friendly ASCII, transliterated
// otherwise ("дроби-5-класс" -> "drobi-5-klass").
std::string url_segment(const std::string& name);

}  // namespace urker
