#include "site/build.h"

#include <chrono>
#include <cstdio>
#include <future>

#include "config/site_config.h"
#include "content/loader.h"
#include "core/guard.h"
#include "markdown/embeds.h"
#include "model/portal.h"
#include "model/site_model.h"
#include "render/render_site.h"
#include "render/search_index.h"
#include "render/theme.h"

namespace urker {

namespace fs = std::filesystem;

namespace {

class StageTimer {
public:
    StageTimer(BuildSummary& s, std::string name) : summary_(s), name_(std::move(name)), start_(std::chrono::steady_clock::now()) {}
    ~StageTimer() {
        auto ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start_).count();
        summary_.times.push_back({name_, ms});
    }

private:
    BuildSummary& summary_;
    std::string name_;
    std::chrono::steady_clock::time_point start_;
};

}  // namespace

bool build_into(const BuildOptions& options, OutputSink& out, Diagnostics& diags, BuildSummary& summary) {
    std::optional<SiteConfig> config;
    {
        StageTimer t(summary, "config");
        guard_file("site.yaml", diags, [&] { config = load_site_config(options.source, diags, options.base_url); });
    }
    if (!config) return false;

    std::optional<Theme> theme;
    {
        StageTimer t(summary, "theme");
        guard_file("themes/" + config->theme, diags, [&] { theme = load_theme(options.source, *config, diags); });
    }

    ContentSet content;
    {
        StageTimer t(summary, "load");
        guard_file("content", diags, [&] { content = load_content(options.source, *config, LoadOptions{options.drafts}, diags); });
    }
    summary.pages_loaded = content.pages.size();
    summary.drafts_skipped = content.drafts_skipped;

    SiteModel model;
    {
        StageTimer t(summary, "model");
        ModelOptions model_options;
        if (theme) {
            // Embed buttons speak the page's language: their labels come from the theme's UI strings.
            EmbedLabels labels;
            for (const auto& [lang, strings] : theme->strings)
                for (const char* key : {"show_video", "show_poll", "show_map", "open_on_host", "embed_notice"})
                    if (strings.contains(key) && strings[key].is_string()) labels.by_language[lang][key] = strings[key].get<std::string>();
            model_options.fenced_blocks = embed_handlers(std::move(labels));
        }
        // Each stage's own guards name the file; these only catch what escapes them.
        if (!guard_file("content", diags, [&] { model = build_model(std::move(*config), std::move(content), model_options, diags); }))
            return false;
    }
    Portal portal;
    {
        StageTimer t(summary, "portal");
        guard_file("content", diags, [&] {
            portal = assemble_portal(model, options.build_date ? *options.build_date : build_date_from_environment(),
                                     options.source / "content", diags);
        });
    }
    if (diags.has_errors() || !theme) return false;

    // The search index is independent of the HTML pages: it is written while they render, so
    // its single-threaded parts (compressing to report its size) overlap the rendering.
    RenderStats stats;
    double search_ms = 0;
    auto search = std::async(std::launch::async, [&] {
        auto started = std::chrono::steady_clock::now();
        SearchOutput result = write_search_files(model, portal, out);
        search_ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
        return result;
    });
    {
        StageTimer t(summary, "render");
        render_site(model, portal, *theme, options.generator, out, diags, stats);
    }
    {
        SearchOutput result = search.get();
        summary.times.push_back({"search (alongside render)", search_ms});
        char note[256];
        std::snprintf(note, sizeof note, "Search: %zu documents (%s); index %.1f KB (gzip %.1f KB), store %.1f KB (gzip %.1f KB)",
                      result.documents, result.language.c_str(), result.index_bytes / 1024.0, result.index_gzip_bytes / 1024.0,
                      result.store_bytes / 1024.0, result.store_gzip_bytes / 1024.0);
        summary.notes.push_back(note);
    }
    summary.pages_written = stats.pages;
    summary.notes.insert(summary.notes.end(), stats.notes.begin(), stats.notes.end());
    summary.files_written = out.file_count();
    summary.bytes_written = out.byte_count();
    return !diags.has_errors();
}

int build_site(const BuildOptions& given, bool quiet, std::ostream& log, std::ostream& err) {
    BuildOptions options = given;
    if (options.output.empty()) options.output = options.source / "public";
    auto started = std::chrono::steady_clock::now();
    Diagnostics diags;
    BuildSummary summary;

    if (std::string problem = check_output_folder(options.source, options.output); !problem.empty()) {
        err << "error: " << problem << "\n    hint: pass another folder with --output, e.g. --output public\n";
        return 1;
    }

    bool ok = false;
    {
        DirectoryOutput out(options.output);
        if (out.failed()) {
            err << "error: " << out.failure() << '\n';
            return 1;
        }
        try {
            ok = build_into(options, out, diags, summary);
        } catch (const std::exception& e) {
            diags.error({}, std::string("urker stopped unexpectedly: ") + e.what(),
                        "this is a bug in urker; please report it with the file that was being built");
            ok = false;
        }
        StageTimer t(summary, "write");
        if (ok) ok = out.commit(diags);
        else out.abandon();
    }

    diags.sort();
    err << format_diagnostics(diags);
    double total = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
    if (!ok) {
        err << "Build failed: " << diags.error_count() << (diags.error_count() == 1 ? " error" : " errors")
            << ". The previous site in " << options.output.string() << " was left as it was.\n";
        return 1;
    }
    if (!quiet) {
        char buf[256];
        std::snprintf(buf, sizeof buf, "Built %zu pages (%zu files, %.1f MB) from %zu content files in %.0f ms",
                      summary.pages_written, summary.files_written, static_cast<double>(summary.bytes_written) / 1e6,
                      summary.pages_loaded, total);
        log << buf;
        if (summary.drafts_skipped) log << "; " << summary.drafts_skipped << " drafts skipped (build with --drafts to see them)";
        log << ".\n  ";
        for (std::size_t i = 0; i < summary.times.size(); ++i) {
            std::snprintf(buf, sizeof buf, "%s%s %.0f ms", i ? ", " : "", summary.times[i].stage.c_str(), summary.times[i].milliseconds);
            log << buf;
        }
        log << "\n";
        for (const auto& n : summary.notes) log << "  " << n << '\n';
        if (diags.warning_count()) log << "  " << diags.warning_count() << " warnings (see above).\n";
        log << "  Output: " << options.output.string() << '\n';
    }
    return 0;
}

}  // namespace urker
