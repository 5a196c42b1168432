#include "site/check.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <optional>
#include <set>
#include <tuple>
#include <variant>

#include "config/site_config.h"
#include "core/fs.h"
#include "core/text.h"
#include "model/link_check.h"
#include "render/theme.h"
#include "site/external_links.h"
#include "site/review_report.h"

namespace urker {

namespace fs = std::filesystem;

namespace {

// The messages of this file (their texts are in core/message_catalog_site.cpp).
namespace msg {
Message missing_target(const std::string& url) { return Message("site.link_missing_target", {{"url", url}}); }
Message missing_anchor(const std::string& url, const std::string& id) {
    return Message("site.link_missing_anchor", {{"url", url}, {"id", id}});
}
Message outside_site(const std::string& url, const std::string& base_path) {
    return Message("site.link_outside", {{"url", url}, {"base", base_path}});
}
Message missing_target_hint() { return Message("site.link_missing_target_hint"); }
Message anchor_hint(const std::string& near) {
    return near.empty() ? Message("site.link_missing_anchor_hint") : Message("site.link_missing_anchor_hint_near", {{"near", near}});
}
Message outside_site_hint(const std::string& base_path) { return Message("site.link_outside_hint", {{"base", base_path}}); }
// The arguments a hint above passes on when another message carries it: which fix (`fix`), the
// site's folder and the nearest mark.
struct Fix {
    const char* fix = "target";
    std::string base, near;
};
Fix fix_of(const Message& hint) {
    Fix f;
    for (const auto& a : hint.args) {
        if (a.name == "base") f.base = std::get<std::string>(a.value);
        if (a.name == "near") f.near = std::get<std::string>(a.value);
    }
    if (hint.id == "site.link_missing_anchor_hint") f.fix = "anchor";
    if (hint.id == "site.link_missing_anchor_hint_near") f.fix = "anchor_near";
    if (hint.id == "site.link_outside_hint") f.fix = "outside";
    return f;
}
// A link the theme made or site.yaml's menus hold: where it was seen, what made it (`origin`: a
// template of the theme or of the site's templates/, with its name; site_yaml; or unknown), then
// the fix for a link in a template.
Message from_theme(const std::string& origin, const std::string& template_name, const std::string& page_url, std::size_t more,
                   const Message& hint) {
    Fix f = fix_of(hint);
    return Message("site.link_from_theme", {{"origin", origin},
                                            {"template", template_name},
                                            {"page", page_url},
                                            {"more", more},
                                            {"fix", f.fix},
                                            {"base", f.base},
                                            {"near", f.near}});
}
// A mistake in a file that shows only on its copy in another language (a view, model/site_model.h):
// the link leads elsewhere there, to the translation of its target.
Message only_on_copy(const std::string& page_url, const Message& hint) {
    Fix f = fix_of(hint);
    return Message("site.link_only_on_copy", {{"page", page_url}, {"fix", f.fix}, {"base", f.base}, {"near", f.near}});
}
Message too_big(double mb, double limit) {
    char size[32], max[32];
    std::snprintf(size, sizeof size, "%.1f", mb);
    std::snprintf(max, sizeof max, "%g", limit);
    return Message("site.file_too_big", {{"megabytes", size}, {"limit", max}});
}
Message too_big_hint() { return Message("site.file_too_big_hint"); }
Message summary_ok(const CheckCounts& c, bool external, double ms) {
    char milliseconds[32];
    std::snprintf(milliseconds, sizeof milliseconds, "%.0f", ms);
    return Message("site.check_passed", {{"pages", c.pages},
                                         {"links", c.internal_links},
                                         {"anchors", std::to_string(c.anchors)},
                                         {"files", c.files},
                                         {"external", c.external_links},
                                         {"asked", external ? "yes" : "no"},
                                         {"milliseconds", milliseconds}});
}
Message summary_failed(std::size_t errors, std::size_t warnings) {
    return Message("site.check_failed", {{"errors", errors}, {"warnings", warnings}});
}
}  // namespace msg

std::string unescape_attribute(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '&') {
            static const std::pair<std::string_view, char> entities[] = {{"&amp;", '&'}, {"&quot;", '"'}, {"&#39;", '\''}, {"&lt;", '<'}, {"&gt;", '>'}};
            bool done = false;
            for (const auto& [name, c] : entities) {
                if (s.substr(i, name.size()) == name) {
                    out += c;
                    i += name.size() - 1;
                    done = true;
                    break;
                }
            }
            if (done) continue;
        }
        out += s[i];
    }
    return out;
}

// The values of `attr="…"` in the HTML outside <script> elements (their text may hold markup in
// strings). One pass: the script ranges are found once, in order.
std::vector<std::string> attribute_values(std::string_view html, std::string_view attr) {
    std::vector<std::pair<std::size_t, std::size_t>> scripts;
    for (std::size_t open = html.find("<script"); open != std::string_view::npos; open = html.find("<script", open + 1)) {
        std::size_t tag_end = html.find('>', open);
        std::size_t close = html.find("</script>", open);
        if (tag_end == std::string_view::npos || close == std::string_view::npos) break;
        scripts.emplace_back(tag_end, close);
        open = close;
    }
    std::vector<std::string> values;
    std::string needle = " " + std::string(attr) + "=\"";
    std::size_t script = 0;
    for (std::size_t pos = html.find(needle); pos != std::string_view::npos; pos = html.find(needle, pos + 1)) {
        while (script < scripts.size() && scripts[script].second < pos) ++script;
        if (script < scripts.size() && scripts[script].first < pos) {
            pos = scripts[script].second;
            continue;
        }
        std::size_t start = pos + needle.size();
        std::size_t end = html.find('"', start);
        if (end == std::string_view::npos) break;
        values.push_back(unescape_attribute(html.substr(start, end - start)));
        pos = end;
    }
    return values;
}

std::string folder_of(const std::string& path) {
    auto slash = path.rfind('/');
    return slash == std::string::npos ? "" : path.substr(0, slash + 1);
}

// The place of byte `pos` of `text` as file:line:col, with the line's text.
SourceLocation location_at(const std::string& file, const std::string& text, std::size_t pos, std::string& line_text) {
    int line = 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<long>(pos), '\n'));
    auto line_start = text.rfind('\n', pos);
    line_start = line_start == std::string::npos ? 0 : line_start + 1;
    line_text = std::string(line_of(text, line));
    int col = static_cast<int>(count_code_points(std::string_view(text).substr(line_start, pos - line_start))) + 1;
    return SourceLocation{file, line, col};
}

// Whether `form` at byte `pos` of `text` is an address as written, not a part of other words: a
// file name alone ("index.md") must not be found in the prose «файл `content/_index.md`», or a
// broken link that another page only shows (a list's summary) is blamed on that page's text.
// An address starts the text, a line, a Markdown link's "(" or "<", a quote, a "=", a space or
// a YAML list's or map's punctuation, or continues a path ("../drobi/" before "plan.pdf"); a
// "#heading" may follow any address.
bool stands_as_address(std::string_view text, std::size_t pos, std::string_view form) {
    const std::size_t end = pos + form.size();
    const bool starts = pos == 0 || form.front() == '#' || form.front() == '/' ||
                        std::string_view("(</\"'= \t\n[{,").find(text[pos - 1]) != std::string_view::npos;
    const bool ends = end >= text.size() || std::string_view(")>\"' \t\r\n#?,}]").find(text[end]) != std::string_view::npos;
    return starts && ends;
}

// Where in `text` the first of `forms` stands as an address.
std::optional<SourceLocation> find_in(const std::string& file, const std::string& text, const std::vector<std::string>& forms,
                                      std::string& line_text) {
    for (const auto& form : forms) {
        if (form.empty()) continue;
        for (auto pos = text.find(form); pos != std::string::npos; pos = text.find(form, pos + 1))
            if (stands_as_address(text, pos, form)) return location_at(file, text, pos, line_text);
    }
    return std::nullopt;
}

// Where `form` stands inside an href="…" or src="…" of a template's text (not in its comments or
// prose).
std::optional<SourceLocation> find_in_attributes(const std::string& file, const std::string& text, const std::string& form,
                                                 std::string& line_text) {
    for (std::string_view attr : {"href=\"", "src=\""}) {
        for (auto at = text.find(attr); at != std::string::npos; at = text.find(attr, at + 1)) {
            std::size_t start = at + attr.size();
            std::size_t end = std::min(text.find_first_of("\"\n", start), text.size());
            auto pos = std::string_view(text).substr(start, end - start).find(form);
            if (pos != std::string_view::npos) return location_at(file, text, start + pos, line_text);
        }
    }
    return std::nullopt;
}

struct LinkChecker {
    const MemoryOutput& out;
    std::string base_url;   // "https://school.kz/portal/"
    std::string base_path;  // "/portal/"
    const CheckSources& sources;
    Diagnostics& diags;
    CheckCounts& counts;
    std::map<std::string, SourceLocation>* external;

    std::map<std::string, std::set<std::string>> ids_;  // page -> its ids, read when first needed
    std::map<std::string, std::string> texts_;          // source file -> its text

    // A mistake in a content file, once however many pages show it (a file's copies in other
    // languages show its links too): by its place and message.
    struct Located {
        Diagnostic first;
        bool on_own_page = false;  // seen on the page of the file itself, not only on a copy
        std::string copy;          // else the first copy it was seen on
    };
    std::map<std::tuple<std::string, int, int, std::string>, Located> located_;
    // What those say: the same link on another page (a list or the home page showing the file's
    // first paragraph) is the same mistake, not one of the theme's.
    std::set<std::string> located_texts_;

    struct ThemeProblem {
        Message message, hint;
        std::string page;  // where it was seen first
        std::string source;  // the page's file, or its output path
        std::size_t more = 0;
    };
    std::map<std::string, ThemeProblem> theme_problems_;  // by message: one report for a link on every page

    const std::set<std::string>& ids_of(const std::string& page) {
        auto it = ids_.find(page);
        if (it != ids_.end()) return it->second;
        std::set<std::string> ids;
        if (out.has(page)) {
            for (auto& v : attribute_values(out.at(page), "id")) ids.insert(v);
            for (auto& v : attribute_values(out.at(page), "name")) ids.insert(v);
        }
        return ids_.emplace(page, std::move(ids)).first->second;
    }

    const std::string& text_of(const std::string& source) {
        auto it = texts_.find(source);
        if (it != texts_.end()) return it->second;
        return texts_.emplace(source, read_file(sources.root / source).value_or("")).first->second;
    }

    // Where a link on `page` stands in its source file: the first of the written forms found.
    std::optional<SourceLocation> locate(const std::string& page, const std::vector<std::string>& forms, std::string& line_text) {
        auto src = sources.pages.find(folder_of(page));
        if (src == sources.pages.end()) return std::nullopt;
        return find_in(src->second, text_of(src->second), forms, line_text);
    }

    void report(const std::string& page, const std::vector<std::string>& forms, Message message, Message hint) {
        std::string line_text;
        if (auto where = locate(page, forms, line_text)) {
            located_texts_.insert(render_message(message, "en"));
            // The build has already said what is wrong with this link (a missing file it names).
            if (sources.reported.count({where->file, where->line, where->column})) return;
            const bool copy = sources.views.count(folder_of(page)) > 0;
            auto [it, inserted] = located_.try_emplace({where->file, where->line, where->column, message.id});
            Located& l = it->second;
            if (inserted || (!copy && !l.on_own_page)) {
                // The file's own page words it best: its addresses are the ones the teacher wrote.
                Diagnostics one;
                one.error(*where, std::move(message), std::move(hint), line_text);
                l.first = one.items().front();
                l.on_own_page = !copy;
                if (copy) l.copy = "/" + folder_of(page);
            }
            return;
        }
        // Not written in the page's file: the theme (or site.yaml's menus) made it, and then it is
        // usually on every page. Report it once.
        auto [it, inserted] = theme_problems_.try_emplace(render_message(message, "en"));
        if (!inserted) {
            ++it->second.more;
            return;
        }
        auto src = sources.pages.find(folder_of(page));
        it->second.message = std::move(message);
        it->second.hint = std::move(hint);
        it->second.source = src != sources.pages.end() ? src->second : "public/" + page;
        it->second.page = "/" + page;
    }

    // The address a link the theme made leads to, as a template or site.yaml may hold it: the
    // whole (as written, then from the site's root), then the path from the site's folder, then
    // its last part ("atom.xml": templates build the rest from variables).
    std::vector<std::string> written_forms(const std::string& url) const {
        std::vector<std::string> forms{url};
        std::string rest = url;
        if (starts_with(rest, base_url)) rest = "/" + rest.substr(base_url.size());
        forms.push_back(rest);
        if (starts_with(rest, base_path)) rest = rest.substr(base_path.size());
        rest = rest.substr(0, rest.find_first_of("?#"));
        if (!rest.empty()) forms.push_back(rest);
        std::string trimmed = rest;
        while (!trimmed.empty() && trimmed.back() == '/') trimmed.pop_back();
        std::string last = trimmed.substr(trimmed.rfind('/') == std::string::npos ? 0 : trimmed.rfind('/') + 1);
        if (last.size() >= 3 && last != "index.html" && last != rest) forms.push_back(last);
        if (auto hash = url.find('#'); hash != std::string::npos && url.size() - hash > 2) forms.push_back(url.substr(hash));
        return forms;
    }

    void finish() {
        for (auto& [key, l] : located_) {
            if (!l.on_own_page) {
                l.first.hint_id = msg::only_on_copy(l.copy, l.first.hint_id);
                l.first.hint = render_message(l.first.hint_id, "en");
            }
            diags.add(std::move(l.first));
        }
        const std::string& site_yaml = text_of("site.yaml");
        for (auto& [text, p] : theme_problems_) {
            if (located_texts_.count(text)) continue;
            std::string url;
            for (const auto& a : p.message.args)
                if (a.name == "url") url = std::get<std::string>(a.value);
            std::vector<std::string> forms = written_forms(url);
            std::string line_text;
            Diagnostics one;
            // A menu entry in site.yaml is written there in full.
            if (!url.empty()) {
                if (auto where = find_in("site.yaml", site_yaml, {forms[0], forms[1]}, line_text)) {
                    one.error(*where, p.message, msg::from_theme("site_yaml", "", p.page, p.more, p.hint), line_text);
                    diags.append(one);
                    continue;
                }
            }
            // The theme's templates (the site's own templates/ first): the first that holds the
            // most of the address, at its line.
            std::optional<SourceLocation> where;
            if (sources.templates && !url.empty())
                for (std::size_t f = 0; f < forms.size() && !where; ++f)
                    for (const auto& [name, template_text] : *sources.templates)
                        if (forms[f].size() >= 3 && (where = find_in_attributes(name, template_text, forms[f], line_text))) break;
            if (where)
                one.error(*where, p.message,
                          msg::from_theme(starts_with(where->file, "templates/") ? "site_template" : "template", where->file, p.page, p.more, p.hint),
                          line_text);
            else
                one.error({p.source, 0, 0}, p.message, msg::from_theme("unknown", "", p.page, p.more, p.hint));
            diags.append(one);
        }
    }
    // The output file a site path leads to, or "" when nothing is published there.
    std::string target_file(const std::string& path) const {
        if (path.empty() || path.back() == '/') return out.has(path + "index.html") ? path + "index.html" : "";
        if (out.has(path)) return path;
        if (out.has(path + "/index.html")) return path + "/index.html";
        return "";
    }

    void check_link(const std::string& page, const std::string& url) {
        if (url.empty() || starts_with(url, "mailto:") || starts_with(url, "tel:") || starts_with(url, "data:") ||
            starts_with(url, "javascript:"))
            return;
        std::string rest;
        if (starts_with(url, base_url)) {
            rest = url.substr(base_url.size());
        } else if (starts_with(url, "http://") || starts_with(url, "https://") || starts_with(url, "//")) {
            if (external && !external->count(starts_with(url, "//") ? "https:" + url : url)) {
                std::string line_text;
                auto where = locate(page, {url}, line_text);
                auto src = sources.pages.find(folder_of(page));
                SourceLocation fallback{src != sources.pages.end() ? src->second : "public/" + page, 0, 0};
                external->emplace(starts_with(url, "//") ? "https:" + url : url, where.value_or(fallback));
            }
            return;
        } else if (url[0] == '/') {
            if (!starts_with(url, base_path)) {
                report(page, {url}, msg::outside_site(url, base_path), msg::outside_site_hint(base_path));
                return;
            }
            rest = url.substr(base_path.size());
        } else if (url.find(':') != std::string::npos && url.find(':') < url.find('/')) {
            return;  // another scheme (ftp:, sms:): not ours to check
        } else {
            rest = folder_of(page) + url;
        }
        std::string fragment;
        if (auto hash = rest.find('#'); hash != std::string::npos) {
            fragment = percent_decode(rest.substr(hash + 1));
            rest.resize(hash);
        }
        if (auto q = rest.find('?'); q != std::string::npos) rest.resize(q);
        ++counts.internal_links;
        std::string target_page = page;
        if (!rest.empty() || url[0] != '#') {
            auto norm = normalize_relative(percent_decode(rest));
            std::string path = norm ? *norm + (!rest.empty() && rest.back() == '/' && !norm->empty() ? "/" : "") : "";
            target_page = norm ? target_file(path) : "";
            if (target_page.empty()) {
                std::string decoded = percent_decode(url);
                report(page, {url, decoded, decoded.substr(decoded.rfind('/') + 1)}, msg::missing_target(decoded), msg::missing_target_hint());
                return;
            }
        }
        if (fragment.empty() || !ends_with(target_page, ".html")) return;
        ++counts.anchors;
        const auto& ids = ids_of(target_page);
        if (ids.count(fragment)) return;
        // A typo in a heading's id ("#домашнее-задани"): the nearest id on the target page.
        std::string near = closest_match(fragment, std::vector<std::string>(ids.begin(), ids.end()));
        report(page, {"#" + fragment, url}, msg::missing_anchor(percent_decode(url), fragment), msg::anchor_hint(near.empty() ? "" : "#" + near));
    }

    void run() {
        for (const auto& [path, data] : out.files()) {
            if (!ends_with(path, ".html")) continue;
            ++counts.pages;
            for (const char* attr : {"href", "src"})
                for (const auto& url : attribute_values(data, attr)) check_link(path, url);
        }
        finish();
    }
};

std::string path_part(const std::string& base_url) {
    auto scheme = base_url.find("://");
    if (scheme == std::string::npos) return base_url;
    auto slash = base_url.find('/', scheme + 3);
    return slash == std::string::npos ? "/" : base_url.substr(slash);
}

double max_file_mb_setting(const SiteConfig& config) {
    // `limits: max_file_mb:` in site.yaml, when the site sets it.
    const auto& root = config.document.value;
    if (root.is_object() && root.contains("limits") && root["limits"].is_object() && root["limits"].contains("max_file_mb") &&
        root["limits"]["max_file_mb"].is_number() && root["limits"]["max_file_mb"].get<double>() > 0)
        return root["limits"]["max_file_mb"].get<double>();
    return kDefaultMaxFileMb;
}

}  // namespace

void check_rendered_links(const MemoryOutput& out, const std::string& base_url, const CheckSources& sources, Diagnostics& diags,
                          CheckCounts& counts, std::map<std::string, SourceLocation>* external) {
    LinkChecker checker{out, base_url, path_part(base_url), sources, diags, counts, external, {}, {}, {}, {}, {}};
    checker.run();
}

void check_file_sizes(const fs::path& source_root, double max_mb, Diagnostics& diags, CheckCounts& counts) {
    const auto limit = static_cast<std::uintmax_t>(max_mb * 1024 * 1024);
    for (const char* folder : {"content", "static"}) {
        for (const auto& rel : list_files(source_root / folder)) {
            ++counts.files;
            std::error_code ec;
            std::uintmax_t size = fs::file_size(source_root / folder / rel, ec);
            if (ec || size <= limit) continue;
            diags.error({std::string(folder) + "/" + rel, 0, 0}, msg::too_big(static_cast<double>(size) / (1024 * 1024), max_mb), msg::too_big_hint());
        }
    }
}

int check_site(const CheckOptions& options, std::ostream& out, std::ostream& err) {
    auto started = std::chrono::steady_clock::now();
    Diagnostics diags;
    BuildSummary summary;
    MemoryOutput memory;
    BuildOptions build = options.build;
    // A missing file or a wrong field does not keep check from reading the pages: one run lists
    // every problem it can find (build.h).
    build.render_despite_errors = true;
    bool built = false;
    try {
        built = build_into(build, memory, diags, summary);
    } catch (const std::exception& e) {
        diags.error({}, Message("build.crashed", {{"what", e.what()}}), Message("site.check_unexpected_hint"));
        summary.pages_rendered = false;
    }
    CheckCounts counts;
    if (summary.pages_rendered) {
        CheckSources sources;
        sources.root = options.build.source;
        sources.pages = std::move(summary.page_sources);
        sources.views = std::move(summary.view_pages);
        // A link the build already reported (its target missing) is not reported again.
        for (const auto& d : diags.items()) sources.reported.insert({d.where.file, d.where.line, d.where.column});
        if (summary.theme) sources.templates = &summary.theme->template_texts;
        std::map<std::string, SourceLocation> external;
        check_rendered_links(memory, summary.base_url, sources, diags, counts, &external);
        counts.external_links = external.size();
        if (options.external) check_external_links(external, options.external_timeout_seconds, options.external_parallel, diags);
    }
    {
        Diagnostics config_diags;  // already reported by the build
        auto config = load_site_config(options.build.source, config_diags);
        check_file_sizes(options.build.source, config ? max_file_mb_setting(*config) : kDefaultMaxFileMb, diags, counts);
    }
    diags.sort();
    const std::string lang = resolve_message_language(options.build.message_language, summary.site_language);
    for (const auto& d : diags.items()) err << format_diagnostic(d, lang);
    if (!diags.empty()) {
        // The site did not build as far as its pages: their links were not read, and fixing the
        // errors above may show more.
        if (!summary.pages_rendered) err << render_message(Message("site.check_stopped_early"), lang) << '\n';
        err << render_message(msg::summary_failed(diags.error_count(), diags.warning_count()), lang) << '\n';
        if (built) print_review_report(summary, lang, out);
        return 1;
    }
    double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
    out << render_message(msg::summary_ok(counts, options.external, ms), lang) << '\n';
    print_review_report(summary, lang, out);
    return 0;
}

}  // namespace urker
