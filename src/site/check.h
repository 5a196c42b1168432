// `urker check`: everything a build validates, plus what only the finished site shows — every
// internal link and #anchor, image and attachment reference in the rendered pages, files over the
// size limit, and (on request) external links. The site is built into memory; nothing is written.
// Warnings count as problems here: check is what a webmaster runs before publishing.
#pragma once

#include <cstdint>
#include <map>
#include <ostream>
#include <set>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "core/diagnostic.h"
#include "output/output.h"
#include "site/build.h"

namespace urker {

struct CheckOptions {
    BuildOptions build;
    bool external = false;         // also ask every external link's server
    int external_timeout_seconds = 5;
    int external_parallel = 4;
};

struct CheckCounts {
    std::size_t pages = 0;           // HTML files read
    std::size_t internal_links = 0;  // links, images and scripts within the site
    std::size_t anchors = 0;         // of those, the ones with a #fragment
    std::size_t external_links = 0;  // distinct external addresses (asked only with --external)
    std::size_t files = 0;           // source files measured against the size limit
};

// The default size limit of one file, when site.yaml has no  limits: max_file_mb:
constexpr double kDefaultMaxFileMb = 10;

// What the check knows of the pages it reads, besides their HTML.
struct CheckSources {
    std::filesystem::path root;                // the site's folder, where the files below are read from
    std::map<std::string, std::string> pages;  // a page's output folder -> its source file (BuildSummary::page_sources)
    std::set<std::string> views;               // the folders of pages that are a file's copy in another language
    // Places (file, line, column) the build has reported already: a link there is not reported again.
    std::set<std::tuple<std::string, int, int>> reported;
    // The theme's templates (display path, text), to name the one that made a broken link.
    const std::vector<std::pair<std::string, std::string>>* templates = nullptr;
};

// Checks the links of a site built into `out`. `base_url` is the site's (ends with '/'). A link
// is reported at the line of the page's source file that holds it, once for all the pages that
// show it (a file's copies in other languages); a link no source file holds, at the template or
// the line of site.yaml that holds it, once for all the pages it is on. External addresses are
// collected into `external` (address -> where it first appeared).
void check_rendered_links(const MemoryOutput& out, const std::string& base_url, const CheckSources& sources, Diagnostics& diags,
                          CheckCounts& counts, std::map<std::string, SourceLocation>* external = nullptr);

// Files in content/ and static/ larger than `max_mb`.
void check_file_sizes(const std::filesystem::path& source_root, double max_mb, Diagnostics& diags, CheckCounts& counts);

// The whole check; prints every problem to `err` and a one-line summary to `out`. Returns the
// exit code: 0 clean, 1 problems.
int check_site(const CheckOptions& options, std::ostream& out, std::ostream& err);

}  // namespace urker
