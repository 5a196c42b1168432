// One build, start to end: load -> parse -> model -> render -> write. `build_site` is the flat,
// ordered list of stages; each is timed for the summary.
#pragma once

#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <ostream>
#include <set>
#include <string>
#include <vector>

#include "content/page.h"
#include "content/review_gate.h"
#include "core/date.h"
#include "core/diagnostic.h"
#include "model/indicators.h"
#include "core/messages.h"
#include "output/output.h"
#include "render/page_times.h"
#include "template/template_clock.h"

namespace urker {

struct Theme;
class PublishedMemo;

struct BuildOptions {
    std::filesystem::path source = ".";
    std::filesystem::path output;  // empty: SOURCE/public, or SOURCE/public-drafts with drafts
    std::string base_url;          // overrides site.yaml's base_url when set
    bool drafts = false;
    bool force = false;            // publish into a folder holding others' files (moved aside, not deleted)
    std::string generator = "urker";
    std::optional<Date> build_date;  // "today" for upcoming events and plan progress; default: SOURCE_DATE_EPOCH or now
    // When the build started by the wall clock, for content/known_files.h's rule that a file
    // changed within two seconds of it is read; default: now. Tests set it ahead.
    std::optional<std::int64_t> started_ns;
    std::optional<Period> report_period;  // --period: the monitoring report's; default: the academic year to the build date
    std::string message_language;    // --lang: the language of urker's messages ("" = URKER_LANG, the locale, the site's)
    // A theme an earlier build loaded, reused as it is: the dev server's rebuild after a content
    // file changed (templates are parsed once, not on every save). Null: load the theme.
    std::shared_ptr<const Theme> theme;
    bool profile = false;  // --profile: time every page by template, and list the costliest
    // The build cache of the pages the last build published into the same output: a page made
    // from the same values is linked from there instead of rendered (render/publish_page.h).
    // Null: render every page (the dev server, tests building into memory).
    PublishedMemo* published_memo = nullptr;
    bool use_cache = true;  // build_site: false (--no-cache) renders every page and leaves the cache as it is
    // build_site, which the process ends after: the model, the portal and the pages' values are
    // left for the operating system to take back with the process, not freed object by object
    // (millions of small strings and JSON nodes: about a twentieth of a rebuild's CPU at 10 000
    // materials). Never under the sanitizers, whose leak check would report them.
    bool leave_memory_to_exit = false;
    // `urker check`: the pages are rendered even when the content has errors (a missing link
    // target, a field of the wrong kind…), so that one run also finds what only the finished pages
    // show (anchors, addresses from the root). Only a site.yaml, theme or crash that leaves nothing
    // to render stops the build before its pages; build_into still returns false. Never for a
    // build that publishes: a site with errors is not written.
    bool render_despite_errors = false;
    // What a content file ("materials/a.md") is on disk as the walk of the site's folder found it
    // (build_site sets it: content/loader.h's LoadOptions::identity_of_file). Unset: asked anew.
    std::function<std::optional<std::optional<FileIdentity>>(const std::string& content_path)> content_identity;
};

struct StageTime {
    std::string stage;
    double milliseconds = 0;
};

struct BuildSummary {
    std::size_t pages_loaded = 0;
    std::size_t drafts_skipped = 0;
    std::size_t pages_written = 0;
    std::size_t files_written = 0;
    std::size_t files_unchanged = 0;
    std::size_t pages_from_cache = 0;  // pages the build cache had: linked, not rendered
    std::vector<PageTimes::Entry> costliest_templates;  // with --profile
    std::vector<tmpl::TemplateClock::Entry> costliest_parts;  // with --profile: templates and macros by their own time  // linked from the previous site: same bytes, same date
    std::uintmax_t bytes_written = 0;
    // The process's memory as the build ended, its model and portal still held: what the next
    // build into the same folder has mapped before it starts (core/heap_reserve.h).
    std::size_t memory_held = 0;
    std::vector<StageTime> times;
    std::vector<Message> notes;  // extra summary lines from stages (e.g. search index sizes)
    // Attachments whose text the search read in this build, and those it found in .urker-cache/.
    std::size_t attachments_read = 0, attachments_from_cache = 0;
    // For tools that report on the output (urker check): the site's address, and each page's
    // output folder ("materials/drobi/") with the file it was made from ("content/…/index.md").
    std::string base_url;
    std::map<std::string, std::string> page_sources;
    // Of those, the output folders of views: a file's copy in a language its content lacks
    // ("kk/materials/drobi/" made from content/materials/drobi/index.md).
    std::set<std::string> view_pages;
    // Whether the pages were rendered (a build stopped by errors before its pages was not).
    bool pages_rendered = false;
    std::string site_language;  // site.yaml's default language, once read: the last choice for messages
    std::shared_ptr<const Theme> theme;  // the theme the build used, for a later build to reuse
    // Reviews, for `urker check` (site/review_report.h): materials awaiting review, and approved
    // ones whose fingerprint is not recorded or no longer matches; the day the build counts from.
    std::vector<ReviewQueueEntry> review_queue;
    struct UnsealedCertificate {
        std::string number, source, fingerprint;
        bool changed = false;  // a fingerprint is recorded, but the material changed since
    };
    std::vector<UnsealedCertificate> unsealed_certificates;
    std::size_t certificates = 0;
    Date build_date;
};

// Builds into any sink (tests use MemoryOutput). Returns false when there were errors; the sink
// may then hold a partial site, which the caller discards.
bool build_into(const BuildOptions& options, OutputSink& out, Diagnostics& diags, BuildSummary& summary);

// Builds into the output folder, swapping it in only on success. Prints diagnostics to `err` and,
// unless quiet, a summary to `log`. Returns the process exit code: 0 ok, 1 content errors.
int build_site(const BuildOptions& options, bool quiet, std::ostream& log, std::ostream& err);

}  // namespace urker
