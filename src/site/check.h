// `urker check`: everything a build validates, plus what only the finished site shows — every
// internal link and #anchor, image and attachment reference in the rendered pages, files over the
// size limit, and (on request) external links. The site is built into memory; nothing is written.
// Warnings count as problems here: check is what a webmaster runs before publishing.
#pragma once

#include <cstdint>
#include <map>
#include <ostream>
#include <string>
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

// Checks the links of a site built into `out`. `base_url` is the site's (ends with '/');
// `page_sources` maps a page's output folder to its source file, to report a link at the line
// that holds it; `source_root` is where those files are read from. External addresses are
// collected into `external` (address -> where it first appeared).
void check_rendered_links(const MemoryOutput& out, const std::string& base_url, const std::map<std::string, std::string>& page_sources,
                          const std::filesystem::path& source_root, Diagnostics& diags, CheckCounts& counts,
                          std::map<std::string, SourceLocation>* external = nullptr);

// Files in content/ and static/ larger than `max_mb`.
void check_file_sizes(const std::filesystem::path& source_root, double max_mb, Diagnostics& diags, CheckCounts& counts);

// The whole check; prints every problem to `err` and a one-line summary to `out`. Returns the
// exit code: 0 clean, 1 problems.
int check_site(const CheckOptions& options, std::ostream& out, std::ostream& err);

}  // namespace urker
