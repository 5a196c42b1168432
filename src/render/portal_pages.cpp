#include "render/portal_pages.h"

#include "core/json_in_order.h"

#include "core/url.h"

#include "output/published_memo.h"
#include "render/page_data_json.h"
#include "render/publish_page.h"

#include <unicode/alphaindex.h>
#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/dtfmtsym.h>

#include <atomic>
#include <functional>
#include <map>
#include <memory>

#include "core/text.h"
#include "core/thread_pool.h"
#include "render/charts.h"
#include "render/feeds.h"
#include "render/ical.h"
#include "render/pagination.h"
#include "render/term_titles.h"

namespace urker {

using json = urker::Json;

namespace {

std::string ui_string(const Theme& theme, const std::string& lang, const std::string& key, const std::string& fallback) {
    const json& s = theme.strings_for(lang);
    return s.contains(key) && s[key].is_string() ? s[key].get<std::string>() : fallback;
}

// One page to render: a template, the output path, and what the template sees besides site/page.
struct VirtualPage {
    std::string template_name;
    std::string path;  // output folder, e.g. "subject/matematika/"
    std::string lang;
    std::string kind;
    std::string title;
    json extra = json::object();
    // Lists of summaries are made when the page renders, on its worker thread, and freed with it:
    // made up front, every term page's list would be alive at once (gigabytes at 10 000 materials).
    std::function<json()> make_extra;
    // Lists of summaries the page shares rather than copies into its context (template.h's
    // SharedList); made with make_extra. Only with fingerprint_extra, which covers them.
    std::function<tmpl::SharedLists()> make_lists;
    // A fingerprint of what make_extra makes, without making it (for the build cache); none: the
    // lists are made to be fingerprinted.
    std::function<Fingerprint()> fingerprint_extra;
};

class PortalPages {
public:
    PortalPages(const SiteModel& m, const Portal& p, const Theme& t, const ContextBuilder& c, OutputSink& o, Diagnostics& d, RenderStats& s)
        : m_(m), portal_(p), theme_(t), ctx_(c), out_(o), diags_(d), stats_(s) {}

    void run() {
        for (const auto& lang : m_.config.languages) {
            std::string prefix = m_.config.language_folder(lang);
            add_taxonomies(lang, prefix);
            add_alphabetical_index(lang, prefix);
            add_monitoring(lang, prefix);
            if (theme_.engine->has_template("search.html")) {
                // With one index: lunr.js, index.json and store.json. With shards: engine.js alone,
                // lunr with the manifest, which says where the rest is (render/search_index.h).
                const bool single = m_.config.search.single_index;
                json search = {{"index_url", single ? m_.config.site_url("/search/index.json") : ""},
                               {"store_url", single ? m_.config.site_url("/search/store.json") : ""},
                               {"lunr_url", m_.config.site_url(single ? "/search/lunr.js" : "/search/engine.js")}};
                pages_.push_back({"search.html", prefix + "search/", lang, "search", ui_string(theme_, lang, "search_title", "Search"),
                                  {{"search", search}}, {}, {}, {}});
            }
        }
        render_all();
        write_feeds();
        write_calendars();
    }

private:
    const SiteModel& m_;
    const Portal& portal_;
    const Theme& theme_;
    const ContextBuilder& ctx_;
    OutputSink& out_;
    Diagnostics& diags_;
    RenderStats& stats_;
    std::vector<VirtualPage> pages_;

    std::vector<const json*> summaries(const std::vector<PageId>& ids, std::size_t from, std::size_t to, const std::string& lang) const {
        std::vector<const json*> list;
        list.reserve(std::min(to, ids.size()) - std::min(from, ids.size()));
        for (std::size_t k = from; k < to && k < ids.size(); ++k) list.push_back(&ctx_.summary(m_.localized(ids[k], lang)));
        return list;
    }

    // What a taxonomy's page is called: site.yaml's title, else the theme's string taxonomy_NAME.
    // Neither is an error: a heading must never show the field's name («level»).
    std::string taxonomy_title(const std::string& name, const std::string& lang) {
        if (auto it = m_.config.taxonomy_names.find(name); it != m_.config.taxonomy_names.end()) {
            const auto& by = it->second.by_language;
            if (by.count(lang)) return by.at(lang);
            if (by.count("")) return by.at("");
        }
        std::string s = ui_string(theme_, lang, "taxonomy_" + name, "");
        if (s.empty())
            diags_.error({"site.yaml", 0, 0}, "the taxonomy \"" + name + "\" has no title in the language \"" + lang + "\"",
                         "add it in site.yaml:  taxonomies: " + name + ": {title: {" + lang + ": \"…\"}}");
        return s;
    }

    void add_taxonomies(const std::string& lang, const std::string& prefix) {
        if (!theme_.engine->has_template("taxonomy.html")) return;
        const std::size_t per_page = static_cast<std::size_t>(m_.config.paginate);
        for (const auto& t : portal_.taxonomies) {
            std::string title = taxonomy_title(t.name, lang);
            if (title.empty()) continue;  // reported by taxonomy_title
            json terms = json::array();
            for (const auto& term : t.terms)
                terms.push_back({{"key", term.key}, {"title", term_title(t.name, term, lang, theme_)},
                                 {"url", m_.config.site_url("/" + prefix + t.name + "/" + term.slug + "/")}, {"count", term.pages.size()}});
            json taxonomy = {{"name", t.name}, {"title", title}, {"url", m_.config.site_url("/" + prefix + t.name + "/")}, {"terms", terms}};
            pages_.push_back({"taxonomy.html", prefix + t.name + "/", lang, "taxonomy", title, {{"taxonomy", taxonomy}}, {}, {}, {}});
            if (!theme_.engine->has_template("term.html")) continue;
            for (std::size_t k = 0; k < t.terms.size(); ++k) {
                const auto& term = t.terms[k];
                std::string base = prefix + t.name + "/" + term.slug + "/";
                std::size_t total_pages = std::max<std::size_t>(1, (term.pages.size() + per_page - 1) / per_page);
                std::vector<std::string> urls;
                for (std::size_t n = 1; n <= total_pages; ++n) urls.push_back(m_.config.site_url("/" + base + (n == 1 ? "" : "page/" + std::to_string(n) + "/")));
                auto shared_urls = std::make_shared<const std::vector<std::string>>(std::move(urls));
                for (std::size_t n = 1; n <= total_pages; ++n) {
                    std::string path = base + (n == 1 ? "" : "page/" + std::to_string(n) + "/");
                    // A quick preview builds only the pages open in a browser: skip the summaries.
                    if (!out_.wants(path + "index.html")) continue;
                    json head = {{"taxonomy", {{"name", t.name}, {"title", title}, {"url", taxonomy["url"]}}}, {"term", terms[k]}};
                    pages_.push_back({"term.html", path, lang, "term", terms[k]["title"].get<std::string>(), std::move(head),
                                      [&term, shared_urls, n] { return json{{"paginator", make_paginator_around(n, term.pages.size(), *shared_urls)}}; },
                                      [this, &term, n, lang, per_page] {
                                          std::vector<const json*> items = summaries(term.pages, (n - 1) * per_page, n * per_page, lang);
                                          return tmpl::SharedLists{{"", "pages", items}, {"paginator", "pages", std::move(items)}};
                                      },
                                      [this, &term, shared_urls, n, lang, per_page] {
                                          // What the lists above are made of: the page's summaries and the pagination.
                                          Fingerprinter f;
                                          f.add(std::string_view("term-list")).add(static_cast<std::uint64_t>(n)).add(static_cast<std::uint64_t>(term.pages.size()));
                                          for (const auto& url : *shared_urls) f.add(std::string_view(url));
                                          // Which pages; what the template reads of each is followed (template/globals_trace.h).
                                          for (std::size_t k = (n - 1) * per_page; k < n * per_page && k < term.pages.size(); ++k)
                                              f.add(std::string_view(m_.url_of(m_.localized(term.pages[k], lang))));
                                          return f.finish();
                                      }});
                }
            }
        }
    }

    // Materials under their first letter, in the order readers of `lang` expect: ICU's
    // AlphabeticIndex gives the letters and the collation (Kazakh Ә after А, Ң after Н…).
    // Each letter's `pages` are shared, not copied (template.h's SharedList, an element's member):
    // what the template reads of each summary is followed like a section page's
    // (template/globals_trace.h), so an edit that changes nothing the index shows (a material's
    // text) leaves the page as it was.
    void add_alphabetical_index(const std::string& lang, const std::string& prefix) {
        if (!theme_.engine->has_template("az.html") || !out_.wants(prefix + "materials/az/index.html")) return;
        UErrorCode status = U_ZERO_ERROR;
        icu::AlphabeticIndex probe(icu::Locale(lang.c_str()), status);
        if (U_FAILURE(status)) return;
        std::string title = ui_string(theme_, lang, "az_title", "A–Z");
        // Made with the shared lists, on the page's worker, and read by the two other steps.
        auto order = std::make_shared<AlphabeticalOrder>();
        pages_.push_back({"az.html", prefix + "materials/az/", lang, "az", title, json::object(),
                          [order] { return json{{"letters", order->letters}, {"total", order->materials.size()}}; },
                          [this, lang, order] {
                              *order = alphabetical_order(lang);
                              tmpl::SharedLists lists;
                              for (std::size_t k = 0; k < order->letters.size(); ++k) {
                                  const std::size_t first = order->firsts[k];
                                  const std::size_t end = k + 1 < order->firsts.size() ? order->firsts[k + 1] : order->materials.size();
                                  lists.push_back({"letters", "pages", summaries(order->materials, first, end, lang), k});
                              }
                              return lists;
                          },
                          [this, order] {
                              // Which materials under which letters; what the template reads of
                              // each is followed.
                              Fingerprinter f;
                              f.add(std::string_view("az")).add(order->letters);
                              for (std::size_t first : order->firsts) f.add(static_cast<std::uint64_t>(first));
                              for (PageId id : order->materials) f.add(std::string_view(m_.url_of(id)));
                              return f.finish();
                          }});
    }

    struct AlphabeticalOrder {
        std::vector<PageId> materials;   // in the page's language, letter by letter
        std::vector<std::size_t> firsts;  // where each letter's start in `materials`
        json letters = json::array();    // [{letter, anchor}]: the context's, without their pages
    };

    AlphabeticalOrder alphabetical_order(const std::string& lang) const {
        UErrorCode status = U_ZERO_ERROR;
        icu::AlphabeticIndex index(icu::Locale(lang.c_str()), status);
        index.addLabels(icu::Locale::getEnglish(), status);  // Latin titles get A–Z too
        std::vector<PageId> materials;
        for (PageId i = 0; i < m_.pages.size(); ++i)
            if (portal_.kinds[i] == Kind::material && m_.is_primary(i))
                materials.push_back(m_.localized(i, lang));
        for (std::size_t k = 0; k < materials.size(); ++k) {
            // «Береги честь смолоду» belongs under Б: quotes and other punctuation in front of the
            // first word do not decide the letter.
            icu::UnicodeString title = icu::UnicodeString::fromUTF8(m_.pages[materials[k]].title);
            int32_t start = 0;
            while (start < title.length() && !u_isalnum(title.char32At(start))) start = title.moveIndex32(start, 1);
            index.addRecord(title.tempSubString(start), reinterpret_cast<const void*>(k + 1), status);
        }
        AlphabeticalOrder order;
        order.materials.reserve(materials.size());
        index.resetBucketIterator(status);
        while (index.nextBucket(status)) {
            if (index.getBucketRecordCount() == 0) continue;
            std::string label;
            index.getBucketLabel().toUTF8String(label);
            order.firsts.push_back(order.materials.size());
            while (index.nextRecord(status)) order.materials.push_back(materials[reinterpret_cast<std::size_t>(index.getRecordData()) - 1]);
            std::string anchor = "letter-" + std::to_string(order.letters.size() + 1);
            order.letters.push_back({{"letter", label}, {"anchor", anchor}});
        }
        return order;
    }

    // "2026-09" -> "сен. 2026" (ICU's abbreviated stand-alone month names for the language).
    // "2026-03" as "мар. 2026": the month's short stand-alone name in `lang`.
    std::string month_label(const std::string& key, const std::string& lang) {
        if (key.size() != 7) return key;
        int month = std::atoi(key.substr(5, 2).c_str());
        const std::vector<std::string>& names = month_names(lang);
        if (month < 1 || static_cast<std::size_t>(month) > names.size()) return key;
        return names[static_cast<std::size_t>(month) - 1] + " " + key.substr(0, 4);
    }
    // The names once per language: ICU's symbols are loaded from its data each time they are made
    // (a few hundred labels at 10 000 materials were some 20 ms).
    const std::vector<std::string>& month_names(const std::string& lang) {
        auto [it, added] = month_names_.try_emplace(lang);
        if (!added) return it->second;
        UErrorCode status = U_ZERO_ERROR;
        icu::DateFormatSymbols symbols(icu::Locale(lang.c_str()), status);
        if (U_FAILURE(status)) return it->second;
        int32_t count = 0;
        const icu::UnicodeString* names = symbols.getMonths(count, icu::DateFormatSymbols::STANDALONE, icu::DateFormatSymbols::ABBREVIATED);
        for (int32_t k = 0; k < count && k < 12; ++k) names[k].toUTF8String(it->second.emplace_back());
        return it->second;
    }
    std::map<std::string, std::vector<std::string>> month_names_;  // by language (add_monitoring runs on one thread)

    // The monitoring page and its printable analytic report (model/monitoring.h): the same
    // figures, charts drawn here as SVG with a data table beside each.
    void add_monitoring(const std::string& lang, const std::string& prefix) {
        const bool page = theme_.engine->has_template("monitoring.html") && out_.wants(prefix + "monitoring/index.html");
        const bool report = theme_.engine->has_template("monitoring-report.html") && out_.wants(prefix + "monitoring/report/index.html");
        if (!page && !report) return;
        const json& mon = portal_.monitoring.contains(lang) ? portal_.monitoring[lang] : portal_.monitoring[m_.config.language];
        std::string title = ui_string(theme_, lang, "monitoring_title", "Monitoring");
        auto label = [&](const std::string& key, const std::string& fallback) { return ui_string(theme_, lang, key, fallback); };
        json charts = json::object();
        json tables = json::object();
        auto chart_of = [&](const std::string& id, const json& list, const std::string& chart_title, const std::string& desc,
                            const std::string& label_prefix, bool horizontal) {
            BarChart c;
            c.id = "chart-" + id;
            c.title = chart_title;
            c.description = desc;
            c.horizontal = horizontal;
            for (const auto& x : list) {
                std::string l = x.contains("title") ? x["title"].get<std::string>() : x["key"].get<std::string>();
                if (!label_prefix.empty()) l = label(label_prefix + l, l);
                c.bars.push_back({l, x["value"].get<double>(), x.contains("url") ? x["url"].get<std::string>() : ""});
            }
            return c;
        };
        auto bars = [&](const std::string& id, const json& list, const std::string& key, const std::string& label_prefix, bool horizontal) {
            BarChart c = chart_of(id, list, label("mon_" + key, key), label("mon_" + key + "_desc", ""), label_prefix, horizontal);
            charts[id] = svg_bar_chart(c) + svg_bar_chart_stacked(c);
            tables[id] = chart_data_table(c, c.title, label("chart_label", ""), label("chart_value", ""));
        };
        auto months_titled = [&](json list) {
            for (auto& x : list) x["title"] = month_label(x["key"].get<std::string>(), lang);
            return list;
        };
        bars("members_per_school", mon["members_per_school"], "members_per_school", "", true);
        json months = months_titled(mon["materials_per_month"]);
        bars("materials_per_month", months, "materials_per_month", "", false);
        json subjects = mon["materials_per_subject"];
        for (auto& x : subjects) x["title"] = value_title(portal_, "subject", x["key"].get<std::string>(), lang, theme_);
        bars("materials_per_subject", subjects, "materials_per_subject", "", true);
        bars("materials_per_type", mon["materials_per_type"], "materials_per_type", "type_", true);
        bars("materials_per_school", mon["materials_per_school"], "materials_per_school", "", true);
        bars("most_active_members", mon["most_active_members"], "most_active", "", true);
        bars("events_per_month", months_titled(mon["events"]["per_month"]), "events_per_month", "", false);
        bars("events_per_type", mon["events"]["per_type"], "events_per_type", "event_", true);
        bars("event_participants", mon["events"]["participants"], "event_participants", "", true);
        json joined = months_titled(mon["members_per_month"]);
        bars("new_members", joined, "new_members", "", false);
        LineChart growth;
        growth.id = "chart-active-growth";
        growth.title = label("mon_active_growth", "Members");
        growth.description = label("mon_active_growth_desc", "");
        for (const auto& x : joined) growth.points.push_back({x["title"].get<std::string>(), x["total"].get<double>()});
        charts["active_growth"] = svg_line_chart(growth);
        tables["active_growth"] = chart_data_table(growth, growth.title, label("mon_month", ""), label("mon_active_total", ""));
        // Plan completion against the target: one bar per plan, the target as a dashed line.
        const json& pc = mon["plan_completion"];
        BarChart completion = chart_of("plan-completion", pc["plans"], label("mon_plan_completion", "Plan completion"),
                                       label("mon_plan_completion_desc", ""), "", true);
        completion.full_value = 100;
        completion.value_suffix = kPercentSuffix;
        completion.has_target = true;
        completion.target = pc["target"].get<double>();
        completion.target_label = label("mon_target", "target") + " " + std::to_string(pc["target"].get<int>()) + kPercentSuffix;
        charts["plan_completion"] = svg_bar_chart(completion) + svg_bar_chart_stacked(completion);
        tables["plan_completion"] = chart_data_table(completion, completion.title, label("chart_label", ""), label("mon_percent", "%"));
        json plan_bars = json::array();
        for (const auto& p : mon["plans"]) {
            const json& pr = p["progress"];
            double fraction = pr["due"].get<double>() > 0 ? pr["done"].get<double>() / pr["due"].get<double>() : 0;
            std::string text = std::to_string(pr["done"].get<int>()) + " / " + std::to_string(pr["due"].get<int>()) + " — " +
                               std::to_string(pr["percent"].get<int>()) + kPercentSuffix;
            plan_bars.push_back({{"title", p["title"]}, {"url", p["url"]}, {"progress", pr},
                                 {"svg", svg_progress_bar("plan-progress-" + std::to_string(plan_bars.size() + 1), p["title"].get<std::string>(), fraction, text)}});
        }
        // A chart per survey question.
        json polls = mon["polls"];
        for (std::size_t n = 0; n < polls.size(); ++n)
            for (std::size_t q = 0; q < polls[n]["questions"].size(); ++q) {
                json& question = polls[n]["questions"][q];
                BarChart c = chart_of("poll-" + std::to_string(n + 1) + "-" + std::to_string(q + 1), question["answers"],
                                      question["question"].get<std::string>(), "", "", true);
                question["svg"] = svg_bar_chart(c) + svg_bar_chart_stacked(c);
                question["table"] = chart_data_table(c, "", label("mon_answer", ""), label("mon_answers", ""));
            }
        json extra = JsonInOrder(5)
                         .add("charts", std::move(charts))
                         .add("monitoring", mon)
                         .add("plans", std::move(plan_bars))
                         .add("polls", std::move(polls))
                         .add("tables", std::move(tables))
                         .take();
        // The figures are large (1.5 MB of values at 10 000 materials): copied only when both
        // pages are made.
        if (page) pages_.push_back({"monitoring.html", prefix + "monitoring/", lang, "monitoring", title, report ? extra : std::move(extra), {}, {}, {}});
        if (report) pages_.push_back({"monitoring-report.html", prefix + "monitoring/report/", lang, "monitoring-report",
                                      label("report_title", "Analytic report"), std::move(extra), {}, {}, {}});
    }

    void render_all() {
        std::vector<Diagnostics> local(pages_.size());
        std::atomic<std::size_t> rendered{0};
        parallel_for(pages_.size(), [&](std::size_t k) {
            VirtualPage& v = pages_[k];
            if (!out_.wants(v.path + "index.html")) return;
            PageTimer timer(stats_.page_times);
            timer.name(v.template_name);
            std::string url = m_.config.site_url("/" + v.path);
            json context = std::move(v.extra);  // each page renders once
            context["lang"] = v.lang;
            json translations = json::array();
            for (const auto& other : m_.config.languages) {
                if (other == v.lang) continue;
                std::string own_prefix = m_.config.language_folder(v.lang);
                std::string rest = v.path.substr(own_prefix.size());
                std::string other_prefix = m_.config.language_folder(other);
                translations.push_back({{"lang", other}, {"url", m_.config.site_url("/" + other_prefix + rest)}, {"title", v.title},
                                        {"content_lang", other}, {"native", true}});
            }
            json home = ctx_.site(v.lang)["home_url"];
            context["page"] = {{"kind", v.kind}, {"title", v.title}, {"url", url}, {"permalink", m_.config.absolute_url(url)}, {"lang", v.lang},
                               {"section", ""}, {"params", json::object()}, {"content", ""}, {"summary", ""}, {"description", ""},
                               {"translations", translations}, {"toc", json::array()}, {"date", ""}, {"updated", ""},
                               {"breadcrumbs", json::array({{{"title", ctx_.site(v.lang)["title"]}, {"url", home}}})},
                               {"attachments", json::array()}, {"data", json::object()}, {"type", v.kind}};
            // The shared lists are pointers to the summaries: made first, as the build cache looks
            // at what the page read of their items before it renders (render/publish_page.h).
            const tmpl::SharedLists shared = v.make_lists ? v.make_lists() : tmpl::SharedLists{};
            auto with_lists = [&] {
                if (v.make_extra) {
                    json lists = v.make_extra();
                    for (auto& [key, value] : lists.items()) context[key] = std::move(value);
                }
                return std::move(context);
            };
            if (v.fingerprint_extra && ctx_.memo()) {
                // The lists are made only if the build cache does not have the page.
                const Fingerprint values = Fingerprinter().add(std::string_view("listing")).add(context).add(v.fingerprint_extra()).finish();
                if (publish_page_lazily(ctx_, out_, v.path + "index.html", v.template_name, values, with_lists, v.lang, url, local[k], nullptr,
                                        &shared))
                    ++rendered;
            } else if (!ctx_.memo()) {
                // Nothing to fingerprint without the build cache.
                if (publish_page_lazily(ctx_, out_, v.path + "index.html", v.template_name, Fingerprint{}, with_lists, v.lang, url, local[k],
                                        nullptr, &shared))
                    ++rendered;
            } else if (publish_page(ctx_, out_, v.path + "index.html", v.template_name, with_lists(), v.lang, url, local[k])) {
                ++rendered;  // (no shared lists: those come with fingerprint_extra)
            }
        });
        for (auto& d : local) diags_.append(d);
        stats_.pages += rendered;
    }

    // Feed readers resolve links against the feed, not the page: make every link absolute.
    std::string absolute_links(const std::string& html, const std::string& page_url) const {
        std::string origin = m_.config.base_url.substr(0, m_.config.base_url.size() - m_.config.base_path.size());
        std::string out;
        out.reserve(html.size() + 256);
        std::size_t pos = 0;
        for (;;) {
            std::size_t href = html.find("href=\"", pos), src = html.find("src=\"", pos);
            std::size_t at = std::min(href, src);
            if (at == std::string::npos) break;
            std::size_t value = at + (at == href ? 6 : 5);
            out.append(html, pos, value - pos);
            std::size_t end = html.find('"', value);
            if (end == std::string::npos) { pos = value; break; }
            std::string url = html.substr(value, end - value);
            if (starts_with(url, "/")) url = origin + url;
            else if (!url.empty() && url[0] != '#' && url.find(':') == std::string::npos) url = page_url + url;
            out += url;
            pos = end;
        }
        out.append(html, pos, std::string::npos);
        return out;
    }

    FeedEntry entry(PageId i) const {
        const Page& p = m_.pages[i];
        FeedEntry e;
        e.url = m_.config.absolute_url(m_.url_of(i));
        e.title = p.title;
        e.summary_html = absolute_links(m_.summary_html(i), e.url);
        e.content_html = absolute_links(m_.rendered[i].html(), e.url);
        e.published = *p.date;
        e.updated = p.updated;
        const std::string& lang = m_.pages[i].lang;
        if (const auto* news = std::get_if<NewsData>(&portal_.kind_data[i]); news && news->author) e.author = link_title(m_, *news->author, lang);
        else if (const auto* material = std::get_if<MaterialData>(&portal_.kind_data[i]); material && !material->authors.empty())
            e.author = link_title(m_, material->authors.front().member, lang);
        const json& fm = ctx_.front_matter(i);
        if (fm.contains("tags") && fm["tags"].is_array())
            for (const auto& t : fm["tags"])
                if (t.is_string()) e.categories.push_back(t.get<std::string>());
        return e;
    }

    void write_feed_pair(const std::string& folder, const std::vector<PageId>& ids, const std::string& title) {
        if (ids.empty() || !(out_.wants(folder + "atom.xml") || out_.wants(folder + "rss.xml"))) return;
        const SiteConfig& cfg = m_.config;
        FeedInfo info;
        info.title = title;
        info.subtitle = cfg.description.in(cfg.language);
        info.site_url = cfg.absolute_url(cfg.site_url("/" + folder));
        info.language = cfg.language;
        info.generator = "urker";
        info.updated = *m_.pages[ids.front()].date;
        std::vector<FeedEntry> entries;
        for (std::size_t k = 0; k < ids.size() && k < 50; ++k) entries.push_back(entry(ids[k]));
        const std::string atom = folder + "atom.xml", rss = folder + "rss.xml";
        const std::string atom_url = cfg.absolute_url(cfg.site_url("/" + atom)), rss_url = cfg.absolute_url(cfg.site_url("/" + rss));
        stats_.other_files += 2;
        // The feeds are made of their fifty entries whole (each page's full text, escaped twice): a
        // rebuild after an edit elsewhere takes them from the last build, by what they are made of.
        PublishedMemo* memo = ctx_.memo();
        const std::string group = "feeds " + folder;
        Fingerprint inputs;
        if (memo) {
            inputs = feed_inputs(info, entries, atom_url, rss_url);
            if (memo->reuse_group(out_, group, inputs)) return;
        }
        info.feed_url = atom_url;
        out_.write(atom, write_atom(info, entries));
        info.feed_url = rss_url;
        out_.write(rss, write_rss(info, entries));
        if (memo) memo->remember_group(group, inputs, {atom, rss}, "");
    }

    static void add_date(Fingerprinter& f, const Date& d) {
        f.add(std::string_view(d.iso())).add(static_cast<std::uint64_t>(d.has_offset)).add(static_cast<std::uint64_t>(d.offset_minutes + 24 * 60));
    }

    // Everything write_atom and write_rss read (render/feeds.h), for the build cache.
    static Fingerprint feed_inputs(const FeedInfo& info, const std::vector<FeedEntry>& entries, const std::string& atom_url,
                                   const std::string& rss_url) {
        Fingerprinter f;
        f.add(std::string_view("feeds 1")).add(std::string_view(info.title)).add(std::string_view(info.subtitle));
        f.add(std::string_view(info.site_url)).add(std::string_view(atom_url)).add(std::string_view(rss_url));
        f.add(std::string_view(info.language)).add(std::string_view(info.generator));
        add_date(f, info.updated);
        f.add(static_cast<std::uint64_t>(entries.size()));
        for (const FeedEntry& e : entries) {
            f.add(std::string_view(e.url)).add(std::string_view(e.title)).add(std::string_view(e.summary_html));
            f.add(std::string_view(e.content_html)).add(std::string_view(e.author));
            add_date(f, e.published);
            f.add(static_cast<std::uint64_t>(e.updated.has_value()));
            if (e.updated) add_date(f, *e.updated);
            f.add(static_cast<std::uint64_t>(e.categories.size()));
            for (const std::string& c : e.categories) f.add(std::string_view(c));
        }
        return f.finish();
    }

    void write_feeds() {
        const SiteConfig& cfg = m_.config;
        std::string site_title = cfg.title.in(cfg.language);
        const SiteFeeds& feeds = ctx_.feeds();  // the same pages that make site.feeds
        write_feed_pair("news/", feeds.news, site_title + " — " + ui_string(theme_, cfg.language, "feed_news", "News"));
        write_feed_pair("materials/", feeds.materials, site_title + " — " + ui_string(theme_, cfg.language, "feed_materials", "Materials"));
        write_feed_pair("", feeds.all, site_title);
    }

    void write_calendars() {
        if (!out_.wants_all()) return;  // a quick preview of open pages has no calendars to show
        const SiteConfig& cfg = m_.config;
        std::string host(url_authority(cfg.base_url));
        if (host.empty()) host = "urker.local";
        CalendarInfo info;
        info.language = cfg.language;
        info.dtstamp_epoch = portal_.build_date.epoch_seconds();
        std::vector<CalendarEvent> all_events;
        for (PageId i = 0; i < m_.pages.size(); ++i) {
            if (portal_.kinds[i] != Kind::event || !m_.is_primary(i)) continue;
            const auto* made = std::get_if<EventData>(&portal_.kind_data[i]);
            if (!made || !made->start) continue;  // no data: its making failed, which is reported
            const EventData& event = *made;
            const std::string& lang = m_.pages[i].lang;
            CalendarEvent e;
            e.uid = m_.pages[i].path + "@" + host;
            e.summary = m_.pages[i].title;
            std::string buffer;
            e.description = m_.pages[i].description.empty() ? std::string(m_.rendered[i].plain_text_start(kEventTextDescriptionBytes, buffer))
                                                            : m_.pages[i].description;
            e.url = cfg.absolute_url(m_.url_of(i));
            e.start = *event.start;
            e.end = event.end;
            switch (event.place.where) {
                case EventPlace::Where::online:
                    e.location = event.place.online_url.is_string() ? event.place.online_url.get<std::string>() : std::string("online");
                    break;
                case EventPlace::Where::school: e.location = link_title(m_, event.place.school, lang); break;
                case EventPlace::Where::named: e.location = event.place.name; break;
                case EventPlace::Where::none: break;
            }
            for (const PageLink& o : event.organizers) e.organizers.push_back(link_title(m_, o, lang));
            if (const json& fm = ctx_.front_matter(i); fm.contains("event_type") && fm["event_type"].is_string())
                e.categories.push_back(fm["event_type"].get<std::string>());
            e.status = "CONFIRMED";
            info.name = e.summary;
            out_.write(m_.pages[i].path + "event.ics", write_icalendar(info, {e}));
            ++stats_.other_files;
            all_events.push_back(std::move(e));
        }
        if (!all_events.empty()) {
            info.name = cfg.title.in(cfg.language) + " — " + ui_string(theme_, cfg.language, "calendar_events", "Events");
            out_.write("events/calendar.ics", write_icalendar(info, all_events));
            ++stats_.other_files;
        }
        // A plan's dated items as a calendar of their own.
        for (PageId i = 0; i < m_.pages.size(); ++i) {
            if (portal_.kinds[i] != Kind::plan || !m_.is_primary(i)) continue;
            std::vector<CalendarEvent> items;
            std::size_t n = 0;
            const std::string& lang = m_.pages[i].lang;
            const auto* plan = std::get_if<PlanData>(&portal_.kind_data[i]);
            if (!plan) continue;  // its data failed to be made, which is reported
            for (const PlanItem& it : plan->items) {
                ++n;
                if (!it.time.understood) continue;
                CalendarEvent e;
                e.uid = m_.pages[i].path + "item-" + std::to_string(n) + "@" + host;
                e.summary = it.what;
                e.start = it.time.first;
                if (it.time.last.days_since_epoch() != e.start.days_since_epoch()) e.end = it.time.last;
                e.url = cfg.absolute_url(m_.url_of(i));
                e.status = it.status == "cancelled" ? "CANCELLED" : it.status == "done" ? "CONFIRMED" : "TENTATIVE";
                switch (it.place.where) {
                    case EventPlace::Where::school: e.location = link_title(m_, it.place.school, lang); break;
                    case EventPlace::Where::named: e.location = it.place.name; break;
                    case EventPlace::Where::online: e.location = ""; break;  // its title is empty
                    case EventPlace::Where::none: break;
                }
                for (const PlanResponsible& r : it.responsible) e.organizers.push_back(r.link ? link_title(m_, *r.link, lang) : r.text);
                items.push_back(std::move(e));
            }
            if (items.empty()) continue;
            info.name = m_.pages[i].title;
            out_.write(m_.pages[i].path + "plan.ics", write_icalendar(info, items));
            ++stats_.other_files;
        }
    }
};

}  // namespace

void render_portal_pages(const SiteModel& model, const Portal& portal, const Theme& theme, const ContextBuilder& ctx, OutputSink& out,
                         Diagnostics& diags, RenderStats& stats) {
    PortalPages(model, portal, theme, ctx, out, diags, stats).run();
}

}  // namespace urker
