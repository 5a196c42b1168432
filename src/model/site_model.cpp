#include "model/site_model.h"

#include <algorithm>
#include <cctype>
#include <functional>
#include <memory>
#include <set>
#include <unordered_map>
#include <variant>

#include "core/fs.h"
#include "core/guard.h"
#include "core/text.h"
#include "core/thread_pool.h"
#include "markdown/links.h"
#include "model/front_matter_urls.h"
#include "model/language_views.h"
#include "model/link_check.h"
#include "model/list_order.h"
#include "model/repeated_values.h"

namespace urker {

PageId SiteModel::localized(PageId id, const std::string& lang) const {
    if (pages[id].lang == lang) return id;
    if (translation_group_of.size() == pages.size()) {
        for (PageId other : translation_groups[translation_group_of[id]])
            if (pages[other].lang == lang) return other;
        return id;
    }
    auto it = translations.find(pages[id].translation_key);
    if (it == translations.end()) return id;
    for (PageId other : it->second)
        if (pages[other].lang == lang) return other;
    return id;
}

namespace {

std::string dir_of(const std::string& content_path) {
    auto slash = content_path.rfind('/');
    return slash == std::string::npos ? "" : content_path.substr(0, slash);
}

// The folder a page "lives in" for listing purposes: a bundle lives in its parent folder.
std::string listing_dir(const Page& p) {
    std::string d = dir_of(p.content_path);
    return p.is_bundle ? dir_of(d) : d;
}

// A section without an _index.md still gets a page; its title comes from a menu item pointing
// at it, if there is one, else from the folder name.
Page synthesized_section(const std::string& dir, const SiteConfig& config) {
    Page p;
    p.kind = dir.empty() ? PageKind::home : PageKind::section;
    p.content_path = (dir.empty() ? "" : dir + "/") + "_index.md";
    p.translation_key = p.content_path;
    p.source = "content/" + p.content_path;
    p.section = dir.substr(0, dir.find('/'));
    p.lang = config.language;
    p.content_lang = config.language;
    p.path = output_folder_for(p.content_path, "", "");
    p.front_matter.value = urker::Json::object();
    p.title = dir.empty() ? config.title.in(config.language) : dir.substr(dir.rfind('/') + 1);
    for (const auto& [name, items] : config.menus)
        for (const auto& item : items)
            if (config.site_url(item.url) == config.site_url("/" + p.path)) p.title = item.name.in(config.language, config.language);
    return p;
}

// `[скачать](Рабочий лист.pdf)`: not a link for Markdown, shown as text. Says how to write it,
// with the name of the file that exists when the name itself is wrong.
// Whether there were any.
bool report_unparsed_links(const Page& page, const LinkTargets& targets, PageId id, Diagnostics& diags) {
    const std::vector<UnparsedLink> found = find_unparsed_links(page.body());
    for (const UnparsedLink& l : found) {
        int line = page.body_line + l.line - 1;
        const std::string bracketed = link_target_in_brackets(l.target), encoded = link_target_percent_encoded(l.target);
        Message fix("model.unparsed_link_fix", {{"label", l.label}, {"bracketed", bracketed}, {"encoded", encoded}});
        LinkRewrite r = targets.resolve(id, encoded);
        if (r.action == LinkRewrite::Action::missing) {
            // The name itself is wrong too: one hint says both (the rewriter's message and hint are
            // LinkTargets' "missing" pair, model.missing_page/_file and model.missing_file_hint[_near]).
            auto arg = [](const Message& m, std::string_view name) {
                for (const auto& a : m.args)
                    if (a.name == name)
                        if (const auto* text = std::get_if<std::string>(&a.value)) return *text;
                return std::string();
            };
            const std::string near = arg(r.hint, "near");
            fix = Message("model.unparsed_link_fix_missing",
                          {{"label", l.label}, {"bracketed", bracketed}, {"encoded", encoded},
                           {"to_page", r.message.id == "model.missing_page" ? "yes" : "no"}, {"target", arg(r.message, "target")},
                           {"has_near", near.empty() ? "no" : "yes"}, {"near", near}, {"folder", arg(r.hint, "folder")}});
        }
        diags.error({page.source, line, l.column}, Message("model.unparsed_link", {{"image", l.image ? "yes" : "no"}, {"target", l.target}}),
                    std::move(fix), std::string(line_of(page.file_text(), line)));
    }
    return !found.empty();
}

}  // namespace

SiteModel build_model(SiteConfig config, ContentSet content, const ModelOptions& options, Diagnostics& diags) {
    SiteModel m;
    m.config = std::move(config);
    m.pages = std::move(content.pages);
    m.assets = std::move(content.assets);
    m.drafts_skipped = content.drafts_skipped;
    m.unreadable = std::move(content.unreadable);
    m.data_files = std::move(content.data_files);

    // Every folder that holds pages is a section; make pages for those without an _index.md.
    std::set<std::string> dirs{""};
    for (const auto& p : m.pages) {
        if (p.kind == PageKind::page) {
            std::string d = listing_dir(p);
            for (;;) {
                dirs.insert(d);
                if (d.empty()) break;
                auto slash = d.rfind('/');
                d = slash == std::string::npos ? "" : d.substr(0, slash);
            }
        } else {
            dirs.insert(dir_of(p.content_path));
        }
    }
    std::set<std::string> have_index;
    for (const auto& p : m.pages)
        if (p.kind != PageKind::page && (!p.is_translation || m.config.is_default_language(p.lang))) have_index.insert(dir_of(p.content_path));
    // Room for the sections made up here and every language's views (at most a page per language
    // for each page) from the start: the pages moved to a larger vector at each step were tens of
    // megabytes of fresh memory at 10 000 materials. Room not filled is never touched.
    m.pages.reserve((m.pages.size() + dirs.size()) * std::max<std::size_t>(1, m.config.languages.size()));
    for (const auto& d : dirs)
        if (!have_index.count(d)) m.pages.push_back(synthesized_section(d, m.config));
    // Before the views copy the pages' front matter, and before anything reads the lists.
    drop_repeated_list_values(m.pages, m.config, diags);
    drop_placeholder_urls(m.pages, diags);  // model/front_matter_urls.h: never published as links
    add_language_views(m.pages, m.config);
    {
        // Sorted by number, then each moved once into its place, cycle by cycle: a page is 800
        // bytes of strings; sorting the pages themselves moved each of them a dozen times on one
        // core, and moving them to a second vector was 22 MB more fresh memory.
        std::vector<std::size_t> order(m.pages.size());
        for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
        std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
            if (int c = m.pages[a].content_path.compare(m.pages[b].content_path); c != 0) return c < 0;
            return a < b;
        });
        std::vector<bool> placed(order.size(), false);
        for (std::size_t start = 0; start < order.size(); ++start) {
            if (placed[start] || order[start] == start) continue;
            Page held = std::move(m.pages[start]);
            std::size_t at = start;
            for (;;) {
                placed[at] = true;
                const std::size_t from = order[at];
                if (from == start) {
                    m.pages[at] = std::move(held);
                    break;
                }
                m.pages[at] = std::move(m.pages[from]);
                at = from;
            }
        }
    }

    for (PageId i = 0; i < m.pages.size(); ++i) {
        m.by_content_path[m.pages[i].content_path] = i;
        m.translations[m.pages[i].translation_key].push_back(i);
    }
    // Every page's address once, now that the pages have their paths and places (url_of).
    m.urls.resize(m.pages.size());
    parallel_for(m.pages.size(), [&](std::size_t i) { m.urls[i] = m.config.site_url("/" + m.pages[i].path); });
    for (auto& [key, ids] : m.translations) {
        std::stable_sort(ids.begin(), ids.end(), [&](PageId a, PageId b) {
            bool da = m.config.is_default_language(m.pages[a].lang), db = m.config.is_default_language(m.pages[b].lang);
            if (da != db) return da;
            return m.pages[a].lang < m.pages[b].lang;
        });
    }
    m.translation_group_of.assign(m.pages.size(), 0);
    for (const auto& [key, ids] : m.translations) {
        for (PageId id : ids) m.translation_group_of[id] = static_cast<std::uint32_t>(m.translation_groups.size());
        m.translation_groups.push_back(ids);
    }

    // Sections: the default-language section page of each folder; translations list the same pages.
    for (const auto& d : dirs) {
        Section s;
        s.dir = d;
        auto it = m.translations.find((d.empty() ? "" : d + "/") + "_index.md");
        s.page = it->second.front();
        m.section_by_dir[d] = m.sections.size();
        m.sections.push_back(std::move(s));
    }
    for (PageId i = 0; i < m.pages.size(); ++i) {
        const Page& p = m.pages[i];
        if (!m.config.is_default_language(p.lang)) continue;  // each translation key once: its default-language page or view
        if (p.kind == PageKind::page) {
            m.sections[m.section_by_dir.at(listing_dir(p))].pages.push_back(i);
        } else if (p.kind == PageKind::section) {
            std::string d = dir_of(p.content_path);
            auto slash = d.rfind('/');
            std::string parent = slash == std::string::npos ? "" : d.substr(0, slash);
            m.sections[m.section_by_dir.at(parent)].subsections.push_back(i);
        }
    }
    for (auto& s : m.sections) {
        // Pinned pages (an important announcement) come first, then events by their time, the
        // rest newest first (model/list_order.h).
        sort_for_listing(s.pages, m.pages, options.today);
        std::sort(s.subsections.begin(), s.subsections.end(), [&](PageId a, PageId b) {
            const Page &x = m.pages[a], &y = m.pages[b];
            if (x.weight != y.weight) return x.weight < y.weight;
            return x.title < y.title;
        });
    }

    // What the site publishes besides pages, for checking relative links.
    const std::string content_prefix = options.content_root.empty() ? "" : options.content_root.string() + "/";
    for (const auto& a : m.assets) {
        m.published_files.insert(a.output_path);
        if (!content_prefix.empty() && starts_with(a.source, content_prefix))
            m.published_from_content[a.source.substr(content_prefix.size())] = a.output_path;
    }
    for (const auto& p : m.pages)
        for (const auto& a : p.attachments) m.published_from_content.emplace(a.source, a.output_path);
    m.published_files.insert(options.static_files.begin(), options.static_files.end());
    const LinkTargets targets(m);

    // Markdown, in parallel; each page's link rewriter resolves "../other/index.md" and attachments
    // against its folder (model/link_check.h). A file is rendered once for its page and its views
    // in other languages: their links lead within each one's language, so the rendering keeps a
    // placeholder for each link, and each page gets the addresses it resolves them to
    // (markdown.h's DeferredLinks). The file's problems are reported once, from its own page.
    m.rendered.resize(m.pages.size());
    m.written_summaries_html.resize(m.pages.size());
    std::vector<Diagnostics> page_diags(m.pages.size());
    std::map<const SourceText*, std::vector<PageId>> views_of;  // by the file text they share
    std::map<const SourceText*, PageId> owner_of;              // the file's own page renders for its views
    std::vector<PageId> owners;
    for (PageId i = 0; i < m.pages.size(); ++i) {
        const Page& page = m.pages[i];
        if (!page.is_view && page.shared_text()) owner_of.emplace(page.shared_text(), i);
    }
    for (PageId i = 0; i < m.pages.size(); ++i) {
        const Page& page = m.pages[i];
        if (page.is_view && owner_of.count(page.shared_text())) views_of[page.shared_text()].push_back(i);
        else owners.push_back(i);  // a view with no page of its own file renders itself
    }
    auto renderer_for = [&](PageId i) {
        MarkdownRenderer renderer;
        renderer.options = m.config.markdown;
        renderer.fenced_blocks = options.fenced_blocks;
        renderer.footnote_back_labels = options.footnote_back_labels;
        renderer.rewrite_link = [&targets, i](std::string_view url) { return targets.resolve(i, url); };
        return renderer;
    };
    // A page's text is its file's as read_text_file read it, which refuses a file that is not UTF-8.
    auto input_of = [](const Page& page) {
        return MarkdownInput{page.body(), {page.source, page.body_line, 0}, page.file_text(), page.lang, true, page.content_lang};
    };
    // The last build's renderings (markdown/render_cache.h): one is taken when the file's text is
    // the same and every address in it leads where it led then.
    RenderingReuse* reuse = options.renderings;
    Fingerprint setup;
    if (reuse) {
        std::vector<std::string> handler_names;
        for (const auto& [name, handler] : options.fenced_blocks) handler_names.push_back(name);
        setup = rendering_setup_key(m.config.markdown, handler_names, options.footnote_back_labels);
    }
    auto same_answers = [&targets](PageId i, const std::vector<LinkAnswer>& answers) {
        for (const LinkAnswer& a : answers) {
            LinkRewrite now = targets.resolve(i, a.url);
            if (now.action != a.action || (a.action == LinkRewrite::Action::replace && now.url != a.to)) return false;
        }
        return true;
    };
    parallel_for(owners.size(), [&](std::size_t k) {
        const PageId i = owners[k];
        const Page& page = m.pages[i];
        const std::vector<PageId>* views = nullptr;
        if (auto it = page.is_view ? views_of.end() : views_of.find(page.shared_text()); it != views_of.end() && owner_of.at(page.shared_text()) == i)
            views = &it->second;
        Diagnostics view_diags;  // a view's problems are its file's, reported from the file's page
        Diagnostics& d = page.is_view ? view_diags : page_diags[i];
        guard_file(page.source, d, [&] {
            DeferredLinks links;
            // Placeholders a teacher cannot write by chance: they carry a hash of the text itself.
            // Only a rendering made now, for a file with views, needs them (a kept one has its own),
            // and only then is the text read (core/source_text.h).
            auto placeholders = [&] {
                if (views) links.token = "urker-link-" + std::to_string(std::hash<std::string_view>{}(page.body())) + "-";
            };
            RenderedMarkdown rendering;
            std::optional<KeptRendering> kept;
            Fingerprint key;
            if (reuse) {
                // The text's language too: a footnote's way back is labelled in it.
                key = rendering_key(setup, page.body_fingerprint(), page.lang + "/" + page.content_lang, views != nullptr);
                kept = reuse->find(key);
                if (kept && !same_answers(i, kept->answers)) kept.reset();
            }
            if (kept) {
                rendering = std::move(kept->rendering);
                links.token = std::move(kept->token);
                links.urls = std::move(kept->deferred_urls);
                reuse->taken(key);
            } else if (!reuse) {
                placeholders();
                rendering = renderer_for(i).render(input_of(page), d, views ? &links : nullptr);
            } else {
                placeholders();
                // Kept for the next build with what it depended on: the rewriter's answers. Not
                // kept when it reported a problem (reported again each build) or ran an embed.
                MarkdownRenderer renderer = renderer_for(i);
                std::vector<LinkAnswer> answers;
                bool ran_handler = false;
                renderer.rewrite_link = [&targets, &answers, i](std::string_view url) {
                    LinkRewrite r = targets.resolve(i, url);
                    answers.push_back({std::string(url), r.action, r.action == LinkRewrite::Action::replace ? r.url : std::string()});
                    return r;
                };
                for (auto& [name, handler] : renderer.fenced_blocks)
                    handler = [&ran_handler, run = handler](const FencedBlock& block, Diagnostics& problems) {
                        ran_handler = true;
                        return run(block, problems);
                    };
                const std::size_t reported = d.items().size();
                rendering = renderer.render(input_of(page), d, views ? &links : nullptr);
                if (!ran_handler && d.items().size() == reported) {
                    // Written to the build cache's file: from now on the HTML is read from there
                    // when a page shows it, and the words when the search indexes them. The words'
                    // fingerprint is taken once, for the record and for this build's search.
                    rendering.know_plain_fingerprint();
                    if (auto at = reuse->made(key, encode_rendering(rendering, views ? &links : nullptr, answers)))
                        store_rendering_texts(rendering, reuse->written(), *at);
                } else {
                    reuse->made_unkept();
                }
            }
            // A file the build cache knew to have none is not read to look for them again.
            if (page.facts.unparsed_links != false) {
                const bool found = report_unparsed_links(page, targets, i, d);
                if (!page.is_view) m.pages[i].facts.unparsed_links = found;
            }
            std::vector<UrlProblem> summary_problems;
            std::string summary = page.summary.empty() ? "" : render_inline_markdown(page.summary, m.config.markdown, &summary_problems);
            for (auto& problem : summary_problems)
                d.add(page.front_matter.error_at("/summary", std::move(problem.message), std::move(problem.hint)));
            auto finish = [&](PageId p, PageMarkdown r) {
                if (!page.summary.empty()) m.written_summaries_html[p] = summary;
                m.rendered[p] = std::move(r);
            };
            if (!views) {
                finish(i, PageMarkdown(std::move(rendering)));
                return;
            }
            // Each page that shows the file: the shared rendering with its own addresses, or, for a
            // file with an embed, a rendering of its own (its problems were reported above).
            auto shared = std::shared_ptr<const RenderedMarkdown>(std::make_shared<RenderedMarkdown>(std::move(rendering)));
            auto rendering_for = [&](PageId p) {
                if (links.per_page) {
                    Diagnostics reported;
                    return PageMarkdown(renderer_for(p).render(input_of(m.pages[p]), reported));
                }
                return with_links(shared, links, m.config.markdown, [&](const std::string& url) {
                    LinkRewrite r = targets.resolve(p, url);
                    return r.action == LinkRewrite::Action::replace ? r.url : std::string();
                });
            };
            for (PageId p : *views) finish(p, rendering_for(p));
            finish(i, rendering_for(i));
        });
    });
    for (auto& d : page_diags) diags.append(d);
    return m;
}

void release_page_bodies(SiteModel& model) {
    std::unordered_map<const SourceText*, std::shared_ptr<const SourceText>> shortened;
    for (Page& page : model.pages) {
        const SourceText* text = page.shared_text();
        // A text the build never read (the build cache knew its file) holds nothing yet.
        if (!text || !text->in_memory() || page.body_offset() >= text->str().size()) continue;
        // Kept whole: a reviewed material's text is sealed by its certificate (the portal stage
        // reads it, model/certificates.h), and a list page's file tells the output plan that the
        // page is the file's, not a folder's; both are few.
        if (page.review || page.kind != PageKind::page) continue;
        std::shared_ptr<const SourceText>& front = shortened[text];
        if (!front) front = std::make_shared<const SourceText>(text->str().substr(0, page.body_offset()));
        if (page.front_matter.shared_text.get() == text) page.front_matter.shared_text = front;
        page.set_text(front, page.body_offset(), page.body_fingerprint());
    }
}

}  // namespace urker
