#include "render/render_site.h"

#include <algorithm>
#include <atomic>
#include <future>
#include <memory>
#include <cstdio>
#include <sstream>

#include "core/text.h"
#include "model/message_at.h"
#include "core/guard.h"
#include "core/thread_pool.h"
#include "model/list_order.h"
#include "core/fs.h"
#include "core/mapped_file.h"
#include "render/context.h"
#include "render/certificates.h"
#include "render/fragment_memo.h"
#include "render/material_cards.h"
#include "render/pagination.h"
#include "render/portfolios.h"
#include "render/portal_pages.h"
#include "render/publish_page.h"

namespace urker {

namespace {

// Which template renders a page: front matter `template:` wins, then the section's own
// template, then the theme's general one.
std::string choose_template(const Page& p, const tmpl::Engine& engine, Diagnostics& diags) {
    if (!p.template_name.empty()) {
        if (engine.has_template(p.template_name)) return p.template_name;
        diags.add(error_at(p.front_matter, "/template", Message("render.no_template", {{"template", p.template_name}}),
                           Message("render.no_template_hint")));
        return "";
    }
    if (p.kind == PageKind::home) return "index.html";
    const std::string base = p.kind == PageKind::section ? "section.html" : "page.html";
    if (!p.section.empty()) {
        std::string specific = p.section + "/" + base;
        if (engine.has_template(specific)) return specific;
    }
    return base;
}

std::string list_page_path(const std::string& base, int n) { return n <= 1 ? base : base + "page/" + std::to_string(n) + "/"; }

std::string xml_escape(std::string_view s) { return escape_html(s); }

}  // namespace

void render_site(SiteModel& model, const Portal& portal, const Theme& theme, const std::string& generator, OutputSink& out,
                 Diagnostics& diags, RenderStats& stats, PublishedMemo* memo, bool leave_to_exit) {
    const SiteConfig& cfg = model.config;
    auto context_owner = std::make_unique<ContextBuilder>(model, portal, theme, generator, memo);
    ContextBuilder& ctx = *context_owner;
    ctx.time_templates(stats.template_clock);
    const int per_page = cfg.paginate;

    // The {% cache %} fragments an earlier build kept (render/fragment_memo.h): beside the memo,
    // or in memory for the dev server.
    std::unique_ptr<FragmentMemo> fragment_memo;
    std::filesystem::path fragments_file;
    if (memo) {
        FragmentMemo::EarlierBytes earlier;
        if (!memo->file().empty()) {
            fragments_file = memo->file();
            fragments_file += ".fragments";
            // Mapped, not read: a text edit's rebuild looks up a fragment or two (the footer of
            // the pages it renders again) in a table of 38 MB at 10 000 materials.
            earlier = [file = fragments_file]() -> FragmentMemo::Bytes {
                std::shared_ptr<const MappedFile> mapped = MappedFile::open(file);
                if (!mapped) return {};
                return {mapped, mapped->bytes()};
            };
        } else {
            earlier = [memo]() -> FragmentMemo::Bytes {
                auto kept = std::static_pointer_cast<const std::string>(memo->kept("fragments"));
                if (!kept) return {};
                return {kept, *kept};
            };
        }
        fragment_memo = std::make_unique<FragmentMemo>(ctx, FragmentMemo::key_for(memo->build_key(), theme.strings_fingerprint), std::move(earlier));
        ctx.fragments()->set_earlier(fragment_memo.get());
    }

    // Which list a section page shows: its section's pages (all languages: a Kazakh material is
    // listed in the Russian catalogue too). The home page shows the newest pages of the site.
    auto listed_pages = [&](PageId id) -> std::vector<PageId> {
        const Page& p = model.pages[id];
        std::string dir = p.content_path.substr(0, p.content_path.rfind('/') == std::string::npos ? 0 : p.content_path.rfind('/'));
        if (p.kind == PageKind::home) {
            std::vector<PageId> all;
            for (PageId i = 0; i < model.pages.size(); ++i)
                if (model.pages[i].kind == PageKind::page && model.pages[i].date && model.is_primary(i))
                    all.push_back(i);
            std::sort(all.begin(), all.end(), [&](PageId a, PageId b) {
                long da = model.pages[a].date->days_since_epoch(), db = model.pages[b].date->days_since_epoch();
                return da != db ? da > db : model.pages[a].content_path < model.pages[b].content_path;
            });
            // A pinned announcement heads the home page as it heads its section.
            std::stable_partition(all.begin(), all.end(), [&](PageId i) { return is_pinned(ctx.front_matter(i), portal.build_date); });
            if (all.size() > static_cast<std::size_t>(per_page)) all.resize(static_cast<std::size_t>(per_page));
            return all;
        }
        auto it = model.section_by_dir.find(dir);
        return it == model.section_by_dir.end() ? std::vector<PageId>{} : model.sections[it->second].pages;
    };

    std::vector<RenderJob> jobs;
    for (PageId i = 0; i < model.pages.size(); ++i) {
        const Page& p = model.pages[i];
        if (p.kind == PageKind::section) {
            std::size_t n = listed_pages(i).size();
            int total = std::max<int>(1, static_cast<int>((n + static_cast<std::size_t>(per_page) - 1) / static_cast<std::size_t>(per_page)));
            for (int k = 1; k <= total; ++k) jobs.push_back({i, k});
        } else {
            jobs.push_back({i, p.kind == PageKind::home ? 1 : 0});
        }
    }

    std::vector<Diagnostics> job_diags(jobs.size());
    std::atomic<std::size_t> rendered{0};
    parallel_for(jobs.size(), [&](std::size_t j) {
        const RenderJob& job = jobs[j];
        const Page& p = model.pages[job.page];
        Diagnostics& d = job_diags[j];
        std::string out_path = (job.list_page > 1 ? list_page_path(p.path, job.list_page) : p.path) + "index.html";
        if (!out.wants(out_path)) return;
        PageTimer timer(stats.page_times);
        std::string name = choose_template(p, *theme.engine, d);
        timer.name(name);
        if (name.empty()) return;
        std::string url = model.url_of(job.page);
        if (job.list_page == 0) {
            // A page of its own: its context is made only if the build cache does not have it.
            Fingerprint values = ctx.memo() ? ctx.page_fingerprint(job.page) : Fingerprint{};
            // `page` holds what is the page's own; the rest of it is its summary, read in place.
            const tmpl::SharedLists on_summary = {tmpl::SharedList::base_of("page", ctx.summary(job.page))};
            auto make_context = [&] {
                urker::Json context = urker::Json::object();
                context["lang"] = p.lang;
                context["page"] = ctx.page_own(job.page);
                return context;
            };
            if (publish_page_lazily(ctx, out, out_path, name, values, make_context, p.lang, url, d, nullptr, &on_summary)) ++rendered;
            return;
        }
        // A page of a list: its share of the list's summaries, the pagination, the subsections.
        std::vector<PageId> listed = listed_pages(job.page);
        std::size_t total_items = listed.size();
        int total_pages = p.kind == PageKind::home ? 1
                                                   : std::max<int>(1, static_cast<int>((total_items + static_cast<std::size_t>(per_page) - 1) /
                                                                                       static_cast<std::size_t>(per_page)));
        std::size_t from = static_cast<std::size_t>(job.list_page - 1) * static_cast<std::size_t>(per_page);
        std::size_t to = p.kind == PageKind::home ? total_items : std::min(total_items, from + static_cast<std::size_t>(per_page));
        std::vector<std::string> urls;
        for (int k = 1; k <= total_pages; ++k) urls.push_back(cfg.site_url("/" + list_page_path(p.path, k)));
        const std::string own_url = urls[static_cast<std::size_t>(job.list_page - 1)];
        urker::Json subs = urker::Json::array();
        auto it = model.section_by_dir.find(p.content_path.substr(0, p.content_path.rfind('/') == std::string::npos ? 0 : p.content_path.rfind('/')));
        if (it != model.section_by_dir.end())
            for (PageId s : model.sections[it->second].subsections) {
                PageId ls = model.localized(s, p.lang);
                std::size_t count = 0;
                if (auto si = model.section_by_dir.find(model.pages[s].content_path.substr(0, model.pages[s].content_path.rfind('/')));
                    si != model.section_by_dir.end())
                    count = model.sections[si->second].pages.size();
                subs.push_back({{"title", model.pages[ls].title}, {"url", model.url_of(ls)}, {"count", count}});
            }
        Fingerprint values;
        if (ctx.memo()) {
            Fingerprinter f;
            f.add(std::string_view("list")).add(ctx.page_fingerprint(job.page)).add(static_cast<std::uint64_t>(job.list_page));
            f.add(static_cast<std::uint64_t>(total_items)).add(subs);
            for (const auto& u : urls) f.add(std::string_view(u));
            // Which pages, in order; what the template reads of each is followed as it reads it
            // (template/globals_trace.h's kListItems), so an entry's unread fields are no input.
            for (std::size_t k = from; k < to; ++k) f.add(std::string_view(model.url_of(model.localized(listed[k], p.lang))));
            values = f.finish();
        }
        // The entries (`pages`, `paginator.pages`) are the summaries every list shares, not copies.
        std::vector<const urker::Json*> items;
        items.reserve(to - from);
        for (std::size_t k = from; k < to; ++k) items.push_back(&ctx.summary(model.localized(listed[k], p.lang)));
        const tmpl::SharedLists lists = {{"", "pages", items}, {"paginator", "pages", std::move(items)},
                                         tmpl::SharedList::base_of("page", ctx.summary(job.page))};
        auto make_context = [&] {
            urker::Json page = ctx.page_own(job.page);
            urker::Json context = urker::Json::object();
            context["lang"] = p.lang;
            context["paginator"] = make_paginator_around(static_cast<std::size_t>(job.list_page), total_items, urls);
            context["subsections"] = std::move(subs);
            page["url"] = own_url;
            context["page"] = std::move(page);
            return context;
        };
        if (publish_page_lazily(ctx, out, out_path, name, values, make_context, p.lang, url, d, nullptr, &lists)) ++rendered;
    });
    for (auto& d : job_diags) diags.append(d);
    stats.pages += rendered;

    // The catalogue's card files are one long render each (a card for every material, from the
    // {% cache %} fragments the lists left), a core's work for a second at 10 000 materials:
    // made on a thread of their own while the portal's pages and the portfolios, rendered in
    // parallel, keep the other cores busy, instead of after them with every other core idle.
    Diagnostics cards_diags;
    RenderStats cards_stats;
    cards_stats.page_times = stats.page_times;
    std::future<void> cards = std::async(std::launch::async, [&] {
        guard_file("materials/cards.json", cards_diags, [&] { write_material_cards(model, portal, theme, ctx, out, cards_diags, cards_stats); });
    });
    render_portal_pages(model, portal, theme, ctx, out, diags, stats);
    render_certificates(model, portal, theme, ctx, out, diags, stats);
    render_portfolios(model, portal, theme, ctx, out, diags, stats);
    cards.get();
    diags.append(cards_diags);
    stats.other_files += cards_stats.other_files;
    stats.pages += cards_stats.pages;
    for (Message& note : cards_stats.notes) stats.notes.push_back(std::move(note));
    // Every fragment is made or taken by now; the table is written while the rest is.
    std::future<void> saving_fragments;
    if (fragment_memo) {
        if (fragment_memo->taken() > 0)
            stats.notes.push_back(Message("build.fragments_kept", {{"kept", static_cast<std::int64_t>(fragment_memo->taken())}}));
        ctx.fragments()->set_earlier(nullptr);
        if (fragment_memo->changed())
            saving_fragments = std::async(std::launch::async, [&] {
                if (!fragments_file.empty()) {
                    static_cast<void>(replace_file(fragments_file, [&](std::ostream& file) { fragment_memo->encode(file); }));
                } else {
                    std::ostringstream bytes;
                    fragment_memo->encode(bytes);
                    memo->keep("fragments", std::make_shared<const std::string>(std::move(bytes).str()));
                }
            });
    }


    // 404 pages, one per language: /404.html in the site's language (what servers show by
    // default), /kk/404.html… for a server told to use them under /kk/; each links the others.
    if (theme.engine->has_template("404.html")) {
        for (const auto& lang : cfg.languages) {
            const std::string prefix = cfg.language_folder(lang);
            if (!out.wants(prefix + "404.html")) continue;
            urker::Json context = urker::Json::object();
            context["lang"] = lang;
            const urker::Json& s = theme.strings_for(lang);
            std::string title = s.contains("not_found_title") && s["not_found_title"].is_string() ? s["not_found_title"].get<std::string>() : "404";
            urker::Json translations = urker::Json::array();
            for (const auto& other : cfg.languages)
                if (other != lang)
                    translations.push_back({{"lang", other}, {"url", cfg.site_url("/" + cfg.language_folder(other) + "404.html")},
                                            {"title", title}, {"content_lang", other}, {"native", true}});
            std::string url = cfg.site_url("/" + prefix + "404.html");
            context["page"] = {{"kind", "404"}, {"title", title}, {"url", url}, {"lang", lang},
                               {"permalink", cfg.absolute_url(url)}, {"params", urker::Json::object()}, {"content", ""},
                               {"summary", ""}, {"description", ""}, {"translations", translations},
                               {"breadcrumbs", urker::Json::array()}, {"toc", urker::Json::array()}, {"section", ""}};
            tmpl::Locale locale{lang, &theme.strings_for(lang)};
            if (auto html = theme.engine->render("404.html", context, ctx.globals_for(lang, url), locale, diags, ctx.fragments())) {
                out.write(prefix + "404.html", *html);
                ++stats.pages;
            }
        }
    }

    // sitemap.xml lists every page with its translations (hreflang), in path order; drafts (built
    // only with --drafts, for a preview) are left out, as they are from the feeds, and so are the
    // pages whose text is in another language than their interface (their canonical page is listed).
    std::string sitemap = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                          "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n";
    std::vector<PageId> order(model.pages.size());
    for (PageId i = 0; i < order.size(); ++i) order[i] = i;
    auto listed = [&](PageId i) { return !model.pages[i].draft && model.pages[i].content_lang == model.pages[i].lang; };
    std::erase_if(order, [&](PageId i) { return !listed(i); });
    std::sort(order.begin(), order.end(), [&](PageId a, PageId b) { return model.pages[a].path < model.pages[b].path; });
    for (PageId i : order) {
        const Page& p = model.pages[i];
        sitemap += "  <url>\n    <loc>" + xml_escape(cfg.absolute_url(model.url_of(i))) + "</loc>\n";
        const Date* lastmod = p.updated ? &*p.updated : p.date ? &*p.date : nullptr;
        if (lastmod) sitemap += "    <lastmod>" + lastmod->iso().substr(0, 10) + "</lastmod>\n";
        auto it = model.translations.find(p.translation_key);
        if (it != model.translations.end() && std::count_if(it->second.begin(), it->second.end(), listed) > 1)
            for (PageId t : it->second)
                if (listed(t))
                    sitemap += "    <xhtml:link rel=\"alternate\" hreflang=\"" + model.pages[t].lang + "\" href=\"" +
                               xml_escape(cfg.absolute_url(model.url_of(t))) + "\"/>\n";
        sitemap += "  </url>\n";
    }
    sitemap += "</urlset>\n";
    out.write("sitemap.xml", sitemap);
    out.write("robots.txt", "User-agent: *\nAllow: /\n\nSitemap: " + cfg.absolute_url("/sitemap.xml") + "\n");
    stats.other_files += 2;

    // Static files: the theme's, then the site's (a site file replaces the theme's of the same name),
    // then the content's attachments.
    std::map<std::string, std::string> copies;
    for (const auto& f : theme.static_files) copies[f.output_path] = f.source;
    for (const auto& a : model.assets) copies[a.output_path] = a.source;
    std::vector<std::pair<std::string, std::string>> list;
    for (auto& [path, source] : copies)
        if (out.wants(path)) list.emplace_back(path, source);
    parallel_for(list.size(), [&](std::size_t i) { out.copy(list[i].second, list[i].first); });
    stats.other_files += list.size();
    // The built-in theme's static files that no file on disk replaced come from the binary.
    for (const auto& [path, data] : theme.builtin_static_files)
        if (!copies.count(path)) {
            out.write(path, data);
            ++stats.other_files;
        }
    if (saving_fragments.valid()) saving_fragments.get();
    if (leave_to_exit) {  // taken back with the process
        context_owner.release();
        fragment_memo.release();
    }
}

}  // namespace urker
