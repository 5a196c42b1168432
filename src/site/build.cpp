#include "site/build.h"

#include <chrono>
#include <cstdio>
#include <future>
#include <memory>
#include <optional>
#include <unordered_map>

#include "config/site_config.h"
#include "content/front_matter_cache.h"
#include "content/known_files.h"
#include "content/loader.h"
#include "core/guard.h"
#include "core/heap_reserve.h"
#include "markdown/embeds.h"
#include "model/page_history.h"
#include "model/portal.h"
#include "model/site_model.h"
#include "output/folder_swap.h"
#include "output/output_folder.h"
#include "output/published_memo.h"
#include "content/attachment_cache.h"
#include "render/ical.h"
#include "render/render_site.h"
#include "render/search_index.h"
#include "render/theme.h"
#include "site/history_report.h"
#include "site/output_plan.h"
#include "site/up_to_date.h"
#include "content/git_history.h"

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

// The dev server's Markdown renderings from one build to the next, with the binary's key.
struct KeptRenderings {
    Fingerprint key;
    std::shared_ptr<const RenderingCache> renderings;
};

// The stamp of what a build is made from (site/up_to_date.h), or nullopt when it cannot be
// trusted (a symbolic link, a folder that cannot be read).
std::optional<Fingerprint> input_stamp(const BuildOptions& options, const fs::path& output, std::int64_t started_ns, TreeStamp& tree,
                                       TreeListing& listing, std::vector<std::pair<std::string, Fingerprint>>& recent) {
    // Files changed in the two seconds before the start are kept by what they hold (up_to_date.h).
    listing = list_tree(options.source, names_beside_inputs(options.source, output));
    tree = stamp_listing(listing, started_ns - 2'000'000'000);
    if (!tree.readable || tree.has_symlink) return std::nullopt;
    recent.clear();
    for (const std::string& path : tree.recent) {
        auto held = content_of(options.source / path);
        if (!held) return std::nullopt;
        recent.emplace_back(path, *held);
    }
    const Date day = options.build_date ? *options.build_date : build_date_from_environment();
    Fingerprinter f;
    f.add(std::string_view("inputs"))
        .add(PublishedMemo::program_key(options.generator))
        .add(tree.fingerprint)
        .add(std::string_view(git_state_key(options.source)))
        .add(std::string_view(output.native()))
        .add(std::string_view(options.base_url))
        .add(static_cast<std::uint64_t>(options.drafts))
        .add(static_cast<std::uint64_t>(options.force))
        .add(std::string_view(day.iso()))
        .add(std::string_view(options.report_period ? options.report_period->first.iso() + "/" + options.report_period->last.iso() : ""))
        .add(std::string_view(resolve_message_language(options.message_language, "")));
    return f.finish();
}

}  // namespace

bool build_into(const BuildOptions& options, OutputSink& out, Diagnostics& diags, BuildSummary& summary) {
    std::optional<SiteConfig> config;
    {
        StageTimer t(summary, "config");
        guard_file("site.yaml", diags, [&] { config = load_site_config(options.source, diags, options.base_url); });
    }
    if (!config) return false;
    summary.site_language = config->language;
    // The history from Git is read beside the theme and the content (it needs neither), into
    // plain records: nothing of libgit2 outlives this task.
    Diagnostics history_diags;
    double history_ms = 0;
    std::future<GitHistory> history;
    if (config->history != HistorySetting::off)
        history = std::async(std::launch::async, [&history_diags, &history_ms, root = options.source] {
            auto started = std::chrono::steady_clock::now();
            GitHistory h = read_git_history(root, history_diags);
            history_ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
            return h;
        });

    // The theme is read beside the content too (it needs only the configuration): its templates
    // and string files were some 35 ms of one core at the start of every build, the other idle.
    // Its time keeps its place among the stages'.
    std::shared_ptr<const Theme> theme = options.theme;
    Diagnostics theme_diags;
    double theme_ms = 0;
    const std::size_t theme_time = summary.times.size();
    std::future<void> loading_theme;
    if (!theme) {
        summary.times.push_back({"theme", 0});
        loading_theme = std::async(std::launch::async, [&theme, &theme_diags, &theme_ms, &options, &config] {
            auto started = std::chrono::steady_clock::now();
            guard_file("themes/" + config->theme, theme_diags, [&] {
                if (auto loaded = load_theme(options.source, *config, theme_diags)) theme = std::make_shared<const Theme>(std::move(*loaded));
            });
            theme_ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
        });
    }

    // Front matter as the last builds parsed it (content/front_matter_cache.h), with the build
    // cache on disk; written back beside the stages that follow when this build parsed new texts.
    std::unique_ptr<FrontMatterCache> front_matter;
    std::future<bool> saving_front_matter;
    // The Markdown files the last build read, by identity (content/known_files.h): those unchanged
    // are not read. Written again once the model has looked at every file's links.
    std::unique_ptr<KnownFiles> known_files;
    // The last build's Markdown renderings (markdown/render_cache.h), beside the memo, opened while
    // the content loads (some 0.15 s of one core at 10 000 materials, the model stage's first).
    std::future<std::unique_ptr<RenderingReuse>> opening_renderings;
    if (PublishedMemo* memo = options.published_memo; memo && !memo->file().empty()) {
        std::filesystem::path file = memo->file();
        file += ".markdown";
        opening_renderings = std::async(std::launch::async, [file = std::move(file), key = memo->build_key()] {
            return std::make_unique<RenderingReuse>(file, key);
        });
    }
    // The last build's words of each document (search/term_cache.h), read while the content loads:
    // at the end of a rebuild's search, where it was read before, it was some 0.15 s of the one
    // thread everything waited for at 10 000 materials.
    std::future<search::TermCache> opening_terms;
    if (PublishedMemo* memo = options.published_memo; memo && !memo->file().empty() && out.wants_all()) {
        std::filesystem::path file = memo->file();
        file += ".terms";
        opening_terms = std::async(std::launch::async, [file = std::move(file)] { return search::TermCache::load_any(file); });
    }
    ContentSet content;
    {
        StageTimer t(summary, "load");
        LoadOptions load_options;
        load_options.include_drafts = options.drafts;
        load_options.started_ns = options.started_ns ? *options.started_ns : wall_clock_ns();
        if (options.published_memo && !options.published_memo->file().empty()) {
            front_matter = FrontMatterCache::load(options.source / kCacheFolder / kFrontMatterCacheFile, options.published_memo->build_key());
            known_files = KnownFiles::load(options.source / kCacheFolder / kKnownFilesCacheFile, options.published_memo->build_key());
        } else if (PublishedMemo* memo = options.published_memo) {
            // The dev server keeps both in memory from one build to the next: an edit's rebuild
            // read and parsed every file again (at 10 000 materials, a fifth of its time).
            auto bytes_kept = [memo](const char* name) {
                auto kept = std::static_pointer_cast<const std::string>(memo->kept(name));
                return kept ? *kept : std::string();
            };
            front_matter = FrontMatterCache::from_bytes(bytes_kept("front-matter"), memo->build_key());
            known_files = KnownFiles::from_bytes(bytes_kept("known-files"), memo->build_key());
        }
        load_options.front_matter = front_matter.get();
        load_options.known = known_files.get();
        load_options.identity_of_file = options.content_identity;
        guard_file("content", diags, [&] { content = load_content(options.source, *config, load_options, diags); });
        if (content.files_known > 0)
            summary.notes.push_back(Message("build.files_known", {{"kept", content.files_known}, {"files", content.pages.size()}}));
        // Kept for the next build: on disk, or by the dev server in memory (not by its previews).
        const bool memo_in_memory = options.published_memo && options.published_memo->file().empty();
        if (front_matter && memo_in_memory && out.wants_all())
            options.published_memo->keep("front-matter", std::make_shared<const std::string>(front_matter->bytes(options.published_memo->build_key())));
        else if (front_matter && !memo_in_memory)
            saving_front_matter = std::async(std::launch::async, [&front_matter, file = options.source / kCacheFolder / kFrontMatterCacheFile,
                                                                  key = options.published_memo->build_key()] { return front_matter->save(file, key); });
    }
    summary.review_queue = content.review_queue;
    summary.pages_loaded = content.pages.size();
    summary.drafts_skipped = content.drafts_skipped;

    if (loading_theme.valid()) {
        loading_theme.get();
        diags.append(theme_diags);
        summary.times[theme_time].milliseconds = theme_ms;
    }
    summary.theme = theme;

    SiteModel model;
    // The last build's Markdown renderings, from the file opened above; the dev server keeps them
    // in memory instead.
    std::unique_ptr<RenderingReuse> renderings;
    std::future<bool> finishing_renderings;  // joined before the pages render: then the renderings are freed
    {
        StageTimer t(summary, "model");
        ModelOptions model_options;
        model_options.content_root = options.source / "content";
        model_options.today = options.build_date ? *options.build_date : build_date_from_environment();
        if (theme) {
            for (const auto& f : theme->static_files) model_options.static_files.push_back(f.output_path);
            for (const auto& [path, data] : theme->builtin_static_files) model_options.static_files.push_back(path);
        }
        if (theme) {
            // Embed buttons speak the page's language: their labels come from the theme's UI strings.
            EmbedLabels labels;
            for (const auto& [lang, strings] : theme->strings)
                for (const char* key : {"show_video", "show_poll", "show_map", "open_on_host", "embed_notice"})
                    if (strings.contains(key) && strings[key].is_string()) labels.by_language[lang][key] = strings[key].get<std::string>();
            model_options.fenced_blocks = embed_handlers(std::move(labels));
            for (const auto& [lang, strings] : theme->strings)
                if (strings.contains("footnote_back") && strings["footnote_back"].is_string())
                    model_options.footnote_back_labels[lang] = strings["footnote_back"].get<std::string>();
        }
        if (PublishedMemo* memo = options.published_memo) {
            if (opening_renderings.valid()) {
                renderings = opening_renderings.get();
            } else {
                auto kept = std::static_pointer_cast<const KeptRenderings>(memo->kept("markdown"));
                renderings = std::make_unique<RenderingReuse>(kept && kept->key == memo->build_key() ? kept->renderings : nullptr);
            }
            model_options.renderings = renderings.get();
        }
        // Each stage's own guards name the file; these only catch what escapes them.
        if (!guard_file("content", diags, [&] { model = build_model(std::move(*config), std::move(content), model_options, diags); }))
            return false;
    }
    if (known_files && options.published_memo->file().empty()) {
        if (out.wants_all())
            options.published_memo->keep("known-files",
                                         std::make_shared<const std::string>(KnownFiles::encode(options.published_memo->build_key(), model.pages)));
    } else if (known_files) {
        known_files->save(options.source / kCacheFolder / kKnownFilesCacheFile, options.published_memo->build_key(), model.pages);
    }
    release_page_bodies(model);
    if (renderings) {
        if (renderings->taken_count() > 0)
            summary.notes.push_back(Message("build.markdown_kept", {{"kept", renderings->taken_count()},
                                                                   {"files", renderings->taken_count() + renderings->rendered_count()}}));
        // The file is finished while the portal is assembled (it is I/O, that is CPU).
        finishing_renderings = std::async(std::launch::async, [&renderings] { return renderings->finish(); });
    }
    if (history.valid()) {
        // Its time is the walk's own (it ran beside the other stages) and the pages' share of it.
        GitHistory git = history.get();
        auto started = std::chrono::steady_clock::now();
        diags.append(history_diags);
        model.history = page_histories(model, git);
        report_history(git, model.config, diags, summary.notes);
        summary.times.push_back({"history", history_ms + std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count()});
    }
    summary.base_url = model.config.base_url;
    for (const auto& p : model.pages) {
        summary.page_sources.emplace(p.path, p.source);
        if (p.is_view) summary.view_pages.insert(p.path);
    }
    Portal portal;
    {
        StageTimer t(summary, "portal");
        guard_file("content", diags, [&] {
            portal = assemble_portal(model, options.build_date ? *options.build_date : build_date_from_environment(),
                                     options.source / "content", diags, options.report_period);
        });
    }
    if (finishing_renderings.valid()) {
        finishing_renderings.get();
        if (PublishedMemo* memo = options.published_memo; memo && memo->file().empty())
            memo->keep("markdown", std::make_shared<const KeptRenderings>(KeptRenderings{memo->build_key(), renderings->renderings_in_memory()}));
        renderings.reset();
    }
    summary.build_date = portal.build_date;
    summary.certificates = portal.certificates.size();
    for (const auto& c : portal.certificates)
        if (c.state != FingerprintState::matches)
            summary.unsealed_certificates.push_back({c.number, model.pages[c.material].source, c.fingerprint, c.state == FingerprintState::changed});
    // Every write goes through the plan, so no file silently takes another's place. Its claims
    // are checked even when the build stops here, so one run names every misplaced file.
    OutputPlan plan(out);
    if (theme) {
        // The built-in theme's files are claimed like the theme folder's, so a teacher's file at
        // /js/… is an error naming the theme file it would replace.
        std::vector<StaticAsset> theme_files = theme->static_files;
        for (const auto& [path, data] : theme->builtin_static_files)
            theme_files.push_back({"(the built-in theme)/static/" + path, path});
        claim_site_output(plan, options.source, model, theme_files);
    }
    // With render_despite_errors (urker check) a site whose content has errors still renders, into
    // memory, when its theme loaded cleanly: the check then reads every page in the same run.
    const bool render_anyway = options.render_despite_errors && theme && !theme_diags.has_errors();
    if ((diags.has_errors() && !render_anyway) || !theme) {
        plan.report(diags);
        return false;
    }

    // The search index is independent of the HTML pages: on a rebuild it is written while they
    // render, so its single-threaded parts overlap the rendering (a first build, below, writes it
    // first instead).
    // A quick preview of a few pages (the dev server's) leaves the index out.
    RenderStats stats;
    PageTimes page_times;
    tmpl::TemplateClock template_clock;
    if (options.profile) {
        stats.page_times = &page_times;
        stats.template_clock = &template_clock;
    }
    double search_ms = 0;
    // What the index reads of the pages' front matter, taken before the render starts: the pages'
    // summaries take the front matter from the model (render/context.h). It and the attachments'
    // words are declared before the search's future, so they outlive the search even when the
    // render throws (the future's destructor waits for it).
    std::vector<SearchFrontMatter> search_front;
    AttachmentTexts attachment_texts;
    std::future<SearchOutput> search;
    if (plan.wants_all()) {
        // The words inside attachments (.docx, .pdf…), for the search: read before the pages
        // render (on all cores; cached in .urker-cache/ by the file's hash).
        StageTimer t(summary, "attachments");
        attachment_texts = read_attachment_texts(model.pages, options.source / "content", options.source / kCacheFolder, diags);
        summary.attachments_read = attachment_texts.read;
        summary.attachments_from_cache = attachment_texts.from_cache;
        if (attachment_texts.read + attachment_texts.from_cache > 0)
            summary.notes.push_back(Message("build.attachments_note", {{"read", attachment_texts.read}, {"cached", attachment_texts.from_cache}}));
    }
    if (plan.wants_all()) search_front = search_front_matter(model);
    if (plan.wants_all())
        search = std::async(std::launch::async, [&] {
            auto started = std::chrono::steady_clock::now();
            SearchOutput result = write_search_files(model, portal, search_front, plan, &attachment_texts, options.published_memo, &opening_terms);
            search_ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
            return result;
        });
    // With nothing to take from the build cache (a first build, or --no-cache) the search does
    // all its work, and its peak memory would add to the pages': it finishes first, on all cores.
    // At 10 000 materials that lowers the build's peak by a tenth (1.93 -> 1.75 GB) in the same
    // time. A rebuild's search mostly takes what the last build made and runs beside the pages.
    const bool search_first = !options.published_memo || options.published_memo->known() == 0;
    std::optional<SearchOutput> searched;
    if (search.valid() && search_first) {
        searched = search.get();
        summary.times.push_back({"search_first", search_ms});
        // The pages' plain text was for the index; the pages need only its start (an event's
        // calendar entry). At 10 000 materials that lowers the build's peak by some 100 MB.
        for (const PageMarkdown& r : model.rendered) r.shorten_plain_text(kEventTextDescriptionBytes);
    }
    {
        StageTimer t(summary, "render");
        render_site(model, portal, *theme, options.generator, plan, diags, stats, options.published_memo, options.leave_memory_to_exit);
        summary.pages_rendered = true;
    }
    if (search.valid()) {
        searched = search.get();
        summary.times.push_back({"search", search_ms});
    }
    if (searched) searched->finish();  // a first build's term list, written while the pages rendered
    if (searched) {
        const SearchOutput& result = *searched;
        auto kilobytes = [](std::size_t bytes) {
            char text[32];
            std::snprintf(text, sizeof text, "%.1f", static_cast<double>(bytes) / 1024.0);
            return std::string(text);
        };
        summary.notes.push_back(Message("build.search_note", {{"documents", std::to_string(result.documents)},
                                                              {"language", result.language},
                                                              {"index", kilobytes(result.index_bytes)},
                                                              {"index_gzip", kilobytes(result.index_gzip_bytes)},
                                                              {"store", kilobytes(result.store_bytes)},
                                                              {"store_gzip", kilobytes(result.store_gzip_bytes)},
                                                              {"shards", result.shards}}));
        if (result.documents_kept > 0)
            summary.notes.push_back(Message("build.search_words_kept", {{"kept", result.documents_kept}, {"documents", result.documents}}));
        if (result.parts_kept > 0)
            summary.notes.push_back(Message("build.search_kept", {{"kept", result.parts_kept}, {"parts", result.parts}}));
    }
    plan.report(diags);
    summary.pages_written = stats.pages;
    if (options.published_memo) summary.pages_from_cache = options.published_memo->reused();
    if (options.profile) {
        summary.costliest_templates = page_times.top(12);
        summary.costliest_parts = template_clock.top(15);
    }
    summary.notes.insert(summary.notes.end(), stats.notes.begin(), stats.notes.end());
    summary.files_written = out.file_count();
    summary.bytes_written = out.byte_count();
    summary.memory_held = resident_anonymous_bytes();  // before the model and the portal go
    if (options.leave_memory_to_exit) {
        // Taken back with the process (BuildOptions::leave_memory_to_exit).
        static_cast<void>(new SiteModel(std::move(model)));
        static_cast<void>(new Portal(std::move(portal)));
    }
    return !diags.has_errors();
}

int build_site(const BuildOptions& given, bool quiet, std::ostream& log, std::ostream& err) {
    BuildOptions options = given;
#if !defined(URKER_SANITIZED) && !defined(__SANITIZE_ADDRESS__)
    options.leave_memory_to_exit = true;  // the process ends after this build
#endif
    // Drafts go to a folder of their own, so a preview never replaces the public site.
    if (options.output.empty()) options.output = options.source / (options.drafts ? kDefaultDraftsOutput : kDefaultOutput);
    auto started = std::chrono::steady_clock::now();
    Diagnostics diags;
    BuildSummary summary;

    // Nothing changed since the last build into this folder (site/up_to_date.h): its site stands,
    // and what it said is said again. A profile or --no-cache asks for the work itself. Asked as
    // the folder is opened, so that a folder as the last build left it is not walked a second
    // time for files someone else put there (OutputRequest::as_last_left), whether or not the
    // inputs changed since.
    TreeStamp input_tree;
    // The walk of the site's folder the stamp is made of: the load takes the content files'
    // identities from it (LoadOptions::identity_of_file) instead of asking for each again.
    TreeListing input_listing;
    std::vector<std::pair<std::string, Fingerprint>> recent_inputs;
    std::optional<Fingerprint> inputs;
    bool inputs_stamped = false;
    auto stamp_inputs = [&](const fs::path& output) {
        if (inputs_stamped) return;
        inputs_stamped = true;
        if (options.use_cache) inputs = input_stamp(options, output, wall_clock_ns(), input_tree, input_listing, recent_inputs);
    };
    std::optional<UpToDateRecord> last;
    // The output as the last build left it, listed by the walk that found it so: after a rebuild
    // in place the new record's stamp is made from it and the paths the rebuild changed, not from
    // a second walk of the whole site.
    std::optional<TreeListing> output_listing;
    std::optional<std::vector<std::string>> changed_output;
    // Or the output as a first build (or one that swapped a whole site in) made it.
    std::optional<TreeListing> swapped_listing;
    OutputRequest request{options.source, options.output, options.force};
    request.message_language = options.message_language;  // the "waiting" line was English whatever --lang said
    request.as_last_left = [&](const fs::path& output) {
        // The site's folder is stamped while the record is read and the output walked: the two
        // walks side by side (at 10 000 materials the site's folder is one folder of 10 000 files,
        // listed on one core, while the record's listing of the output is decoded on another).
        std::future<void> stamping = std::async(std::launch::async, [&] { stamp_inputs(output); });
        auto stamped = [&] {
            stamping.get();
            return inputs;
        };
        UpToDate::Check check = UpToDate(options.source / kCacheFolder, output).check(stamped, options.source);
        if (stamping.valid()) stamping.get();  // the output was not as left: the stamp is still wanted
        // A profile does the work even when nothing changed, but need not walk the output twice.
        if (!options.profile) last = std::move(check.up_to_date);
        if (check.output_as_left) output_listing = std::move(check.output);
        return check.output_as_left;
    };

    // Checked, locked against a second build, and cleaned of what a killed build left.
    auto folder = OutputFolder::open(request, err, diags);
    if (!folder) {
        const std::string lang = resolve_message_language(options.message_language, "");
        for (const auto& d : diags.items()) err << format_diagnostic(d, lang);
        err << render_message(Message("build.stopped"), lang) << '\n';
        return 1;
    }
    {
        const std::string lang = resolve_message_language(options.message_language, "");
        for (const auto& note : folder->note_messages())
            err << render_message(Message("build.note", {{"text", render_message(note, lang)}}), lang) << '\n';
    }

    if (last) {
        const std::string& lang = last->language;
        err << last->messages;
        if (!quiet) {
            const auto ms = static_cast<std::int64_t>(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count());
            log << render_message(Message("build.up_to_date", {{"pages", static_cast<std::int64_t>(last->pages)},
                                                               {"files", static_cast<std::int64_t>(last->files)},
                                                               {"milliseconds", ms}}),
                                  lang)
                << '\n';
            if (last->warnings)
                log << "  " << render_message(Message("build.summary_warnings", {{"count", static_cast<std::int64_t>(last->warnings)}}), lang)
                    << '\n';
            log << "  " << render_message(Message("build.up_to_date_output", {{"path", options.output.string()}}), lang) << '\n';
            log << "  " << render_message(Message("build.up_to_date_hint"), lang) << '\n';
        }
        return 0;
    }
    stamp_inputs(folder->paths().output);
    std::optional<ListedFiles> listed_inputs;
    if (inputs) {
        listed_inputs.emplace(input_listing);
        options.content_identity = [&listed_inputs](const std::string& content_path) -> std::optional<std::optional<FileIdentity>> {
            const std::optional<ListedFiles::Found> found = listed_inputs->find("content/" + content_path);
            if (!found) return std::nullopt;
            if (!found->regular) return std::optional<FileIdentity>();
            return std::optional<FileIdentity>(FileIdentity{found->id.size, found->id.inode, found->id.modified_ns, found->id.changed_ns});
        };
    }
    const UpToDate up_to_date(options.source / kCacheFolder, folder->paths().output);
    up_to_date.forget();

    bool ok = false;
    // The memory an earlier build here held at its end, mapped before this one needs it
    // (core/heap_reserve.h), and written down again when this one has published.
    const std::string heap_record = options.use_cache ? PublishedMemo::file_for(options.source / kCacheFolder, folder->paths().output).string() + ".heap" : std::string();
    const std::optional<HeapRecord> last_held = heap_record.empty() ? std::nullopt : read_heap_record(heap_record);
    const std::size_t heap_wanted = last_held ? heap_to_reserve(*last_held, input_tree.entries, available_memory_bytes()) : 0;
    const bool heap_reserved = reserve_heap(heap_wanted);
    keep_freed_memory(freed_memory_delay_ms(input_tree.entries));
    if (heap_reserved)
        summary.notes.push_back(Message("build.memory_reserved", {{"megabytes", static_cast<std::int64_t>(heap_wanted >> 20)}}));
    // The pages the last build published here, by what they were made from.
    PublishedMemo memo(options.source / kCacheFolder, folder->paths().output, PublishedMemo::program_key(options.generator));
    if (options.use_cache) options.published_memo = &memo;
    // An output as the last build left it was walked as the folder was opened: what each published
    // file is comes from that walk, not from asking the file system again page after page.
    std::optional<ListedFiles> listed_output;
    if (output_listing) {
        listed_output.emplace(*output_listing);
        memo.set_identities([&listed_output](std::string_view path) -> std::optional<std::optional<PublishedMemo::FileIdentity>> {
            const std::optional<ListedFiles::Found> found = listed_output->find(path);
            if (!found) return std::nullopt;
            if (!found->regular) return std::optional<PublishedMemo::FileIdentity>();
            return std::optional<PublishedMemo::FileIdentity>(PublishedMemo::FileIdentity{
                static_cast<std::uintmax_t>(found->id.size), found->id.modified_ns, static_cast<std::uint64_t>(found->id.inode)});
        });
    }
    std::future<void> saving_memo;  // the memo written as the build ends (below)
    // The site the last build replaced, kept in the build cache: removed while this build works
    // (it is I/O, the build is CPU), and done before this build's site goes in its place.
    const fs::path replaced_place = replaced_site_place(options.source / kCacheFolder, folder->paths().output);
    std::future<fs::path> retiring;
    if (exists_no_follow(replaced_place))
        retiring = std::async(std::launch::async, [&replaced_place, output = folder->paths().output] { return retire_folder(replaced_place, output); });
    {
        // With the build cache, a rebuild changes only the files whose bytes changed, in place.
        DirectoryOutput out(folder->paths().output,
                            options.use_cache && folder->had_site() ? Publish::update_in_place : Publish::swap);
        if (options.use_cache) out.keep_replaced_site_at(replaced_place);
        if (out.failed()) {
            err << render_message(Message("label.error"), resolve_message_language(options.message_language, "")) << ": " << out.failure()
                << '\n';
            return 1;
        }
        try {
            ok = build_into(options, out, diags, summary);
        } catch (const std::exception& e) {
            diags.error({}, Message("build.crashed", {{"what", e.what()}}), Message("build.unexpected_hint"));
            ok = false;
        }
        StageTimer t(summary, "write");
        if (retiring.valid())
            if (fs::path moved = retiring.get(); !moved.empty())  // someone's files were in the replaced site: kept
                diags.warning({folder->paths().output.string()}, Message("output.foreign_files_moved", {{"backup", moved.string()}}),
                              Message("output.foreign_files_moved_hint"));
        summary.files_unchanged = out.unchanged_count();
        if (ok) ok = out.commit(diags);
        else out.abandon();
        if (ok && out.updated_in_place()) changed_output = out.changed_in_place();
        // Only a site in place is remembered: after a failed build the previous memo still
        // describes the previous site, which stayed. Written while the up-to-date record below
        // looks at the published site (each a tenth of a second or more at 10 000 materials).
        // The walk's listing is brought up to date below (UpToDate::save): no file is looked up in
        // it after this. The files this build wrote are known as they were written (the memo
        // outlives `out`); the rest, left or linked, are looked at.
        auto written = std::make_shared<const std::unordered_map<std::string, PublishedFileIdentity>>(out.written_identities());
        memo.set_identities([written](std::string_view path) -> std::optional<std::optional<PublishedFileIdentity>> {
            const auto it = written->find(std::string(path));
            if (it == written->end()) return std::nullopt;
            return std::optional<PublishedFileIdentity>(it->second);
        });
        listed_output.reset();
        if (ok && options.use_cache) saving_memo = std::async(std::launch::async, [&memo] { memo.save(); });
        // A whole site swapped in is known file by file: the up-to-date record's listing is made
        // from that, not from a walk of the output (site/up_to_date.h).
        if (ok && inputs)
            if (std::optional<SwappedSite> swapped = out.swapped_site()) swapped_listing = listing_of_swapped_site(folder->paths().output, *swapped);
    }
    if (ok && !heap_record.empty()) {
        if (heap_reserved) write_heap_record(heap_record, {last_held->bytes, last_held->inputs, last_held->reserved_builds + 1});
        else if (summary.memory_held > 0 && input_tree.entries > 0) write_heap_record(heap_record, {summary.memory_held, input_tree.entries, 0});
    }
    if (!ok) folder->put_back_moved_aside();

    diags.sort();
    const std::string lang = resolve_message_language(options.message_language, summary.site_language);
    const std::string messages = format_diagnostics(diags, 20, lang);
    err << messages;
    if (ok && inputs)
        up_to_date.save({*inputs, {}, summary.pages_written, summary.files_written, diags.warning_count(), messages, lang,
                         std::move(recent_inputs)},
                        swapped_listing                    ? &*swapped_listing
                        : output_listing && changed_output ? &*output_listing
                                                           : nullptr,
                        swapped_listing || !changed_output ? nullptr : &*changed_output);
    if (saving_memo.valid()) saving_memo.get();
    double total = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
    if (!ok) {
        const Message failed(folder->had_site() ? "build.failed" : "build.failed_nothing_written",
                             {{"count", diags.error_count()}, {"output", options.output.string()}});
        err << render_message(failed, lang) << '\n';
        return 1;
    }
    if (!quiet) {
        char buf[256];
        char megabytes[32];
        std::snprintf(megabytes, sizeof megabytes, "%.1f", static_cast<double>(summary.bytes_written) / 1e6);
        log << render_message(Message("build.summary", {{"pages", summary.pages_written},
                                                        {"files", summary.files_written},
                                                        {"megabytes", megabytes},
                                                        {"sources", summary.pages_loaded},
                                                        {"milliseconds", static_cast<std::int64_t>(total)}}),
                              lang);
        if (summary.drafts_skipped)
            log << "; " << render_message(Message("build.summary_drafts", {{"count", summary.drafts_skipped}}), lang);
        log << ".\n  ";
        for (std::size_t i = 0; i < summary.times.size(); ++i) {
            std::snprintf(buf, sizeof buf, "%.0f", summary.times[i].milliseconds);
            log << (i ? ", " : "") << render_message(Message("build.stage_time", {{"stage", summary.times[i].stage}, {"milliseconds", buf}}), lang);
        }
        log << "\n";
        for (const auto& n : summary.notes) log << "  " << render_message(n, lang) << '\n';
        if (!summary.costliest_templates.empty()) {
            log << "  " << render_message(Message("build.profile_heading"), lang) << '\n';
            for (const auto& e : summary.costliest_templates) {
                char total_ms[32], mean_ms[32], slowest_ms[32];
                std::snprintf(total_ms, sizeof total_ms, "%.0f", e.milliseconds);
                std::snprintf(mean_ms, sizeof mean_ms, "%.2f", e.milliseconds / static_cast<double>(e.pages));
                std::snprintf(slowest_ms, sizeof slowest_ms, "%.1f", e.slowest);
                log << "    "
                    << render_message(Message("build.profile_template", {{"template", e.template_name},
                                                                         {"pages", e.pages},
                                                                         {"total", total_ms},
                                                                         {"mean", mean_ms},
                                                                         {"slowest", slowest_ms}}),
                                      lang)
                    << '\n';
            }
        }
        if (!summary.costliest_parts.empty()) {
            log << "  " << render_message(Message("build.profile_parts_heading"), lang) << '\n';
            for (const auto& e : summary.costliest_parts) {
                char total_ms[32], mean_us[32];
                std::snprintf(total_ms, sizeof total_ms, "%.0f", e.milliseconds);
                std::snprintf(mean_us, sizeof mean_us, "%.1f", e.milliseconds * 1000 / static_cast<double>(std::max<std::size_t>(e.runs, 1)));
                log << "    "
                    << render_message(Message("build.profile_part", {{"part", e.name}, {"runs", e.runs}, {"total", total_ms}, {"mean", mean_us}}),
                                      lang)
                    << '\n';
            }
        }
        if (diags.warning_count())
            log << "  " << render_message(Message("build.summary_warnings", {{"count", diags.warning_count()}}), lang) << '\n';
        if (folder->had_site())
            log << "  "
                << render_message(Message("build.unchanged_files",
                                          {{"changed", static_cast<std::int64_t>(summary.files_written - summary.files_unchanged)},
                                           {"unchanged", static_cast<std::int64_t>(summary.files_unchanged)}}),
                                  lang)
                << '\n';
        if (summary.pages_from_cache)
            log << "  " << render_message(Message("build.pages_from_cache", {{"count", static_cast<std::int64_t>(summary.pages_from_cache)}}), lang)
                << '\n';
        log << "  " << render_message(Message("build.output", {{"path", options.output.string()}}), lang) << '\n';
    }
    return 0;
}

}  // namespace urker
