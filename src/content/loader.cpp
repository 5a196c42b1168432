#include "content/loader.h"
#include "content/front_matter_cache.h"
#include "content/known_files.h"

#include <algorithm>
#include <map>
#include <set>

#include "config/yaml_document.h"
#include "content/active_files.h"
#include "content/front_matter.h"
#include "core/likely_language.h"
#include "core/date.h"
#include "core/month_words.h"
#include "core/fs.h"
#include "core/guard.h"
#include "core/refused_links.h"
#include "core/text.h"
#include "core/text_file.h"
#include "core/thread_pool.h"

namespace urker {

namespace fs = std::filesystem;

std::string url_segment(const std::string& name) {
    bool friendly = !name.empty() && std::all_of(name.begin(), name.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.';
    });
    if (friendly) return name;
    std::string s = slugify(name);
    return s.empty() ? "page" : s;
}

namespace {

std::vector<std::string> split_path(const std::string& p) {
    std::vector<std::string> parts;
    std::size_t start = 0;
    while (start <= p.size()) {
        std::size_t end = p.find('/', start);
        if (end == std::string::npos) end = p.size();
        if (end > start) parts.push_back(p.substr(start, end - start));
        start = end + 1;
    }
    return parts;
}

std::string lower_ext(const std::string& name) {
    auto dot = name.rfind('.');
    if (dot == std::string::npos || dot == 0) return "";
    return to_lower(name.substr(dot + 1));
}

struct NameParts {
    std::string dir;    // "materials/drobi"
    std::string stem;   // "index", "_index", "about"
    std::string lang;   // "kk" from "about.kk.md", else ""
};

NameParts name_parts(const std::string& content_path, const std::vector<std::string>& languages) {
    NameParts np;
    auto slash = content_path.rfind('/');
    np.dir = slash == std::string::npos ? "" : content_path.substr(0, slash);
    std::string file = slash == std::string::npos ? content_path : content_path.substr(slash + 1);
    np.stem = file.substr(0, file.size() - 3);  // drop ".md"
    auto dot = np.stem.rfind('.');
    if (dot != std::string::npos) {
        std::string suffix = np.stem.substr(dot + 1);
        if (std::find(languages.begin(), languages.end(), suffix) != languages.end()) {
            np.lang = suffix;
            np.stem = np.stem.substr(0, dot);
        }
    }
    return np;
}

}  // namespace

std::string output_folder_for(const std::string& content_path, const std::string& slug_override, const std::string& lang_prefix) {
    auto parts = split_path(content_path);
    if (parts.empty()) return lang_prefix;
    std::string file = parts.back();
    parts.pop_back();
    std::string stem = file.substr(0, file.rfind(".md") == std::string::npos ? file.size() : file.rfind(".md"));
    if (auto dot = stem.find('.'); dot != std::string::npos) stem = stem.substr(0, dot);
    if (stem != "index" && stem != "_index") parts.push_back(stem);
    std::string out = lang_prefix;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        bool last = i + 1 == parts.size();
        std::string seg = last && !slug_override.empty() && stem != "_index" ? url_segment(slug_override) : url_segment(parts[i]);
        out += seg + "/";
    }
    return out;
}

namespace {

struct FileResult {
    std::optional<Page> page;
    Diagnostics diags;
    bool skipped_draft = false;
    bool unreadable = false;  // the file or its front matter could not be read
    bool known = false;       // taken from the build cache without reading it (content/known_files.h)
};

void read_typed_fields(Page& page, const SiteConfig& config, Diagnostics& diags) {
    const YamlDocument& fm = page.front_matter;
    const urker::Json& v = fm.value;
    auto text_field = [&](const char* key, std::string& out) {
        if (!v.contains(key) || v[key].is_null()) return;
        const auto& f = v[key];
        if (f.is_string()) out = f.get<std::string>();
        else if (f.is_number()) out = f.dump();
        else diags.add(fm.error_at(std::string("/") + key, Message("content.field_not_text", {{"key", key}}),
                                   Message("content.field_not_text_hint", {{"key", key}})));
    };
    auto date_field = [&](const char* key, std::optional<Date>& out) {
        if (!v.contains(key) || v[key].is_null()) return;
        std::string ptr = std::string("/") + key;
        if (!v[key].is_string()) {
            diags.add(fm.error_at(ptr, Message("content.field_not_date", {{"key", key}}), Message("core.date_shape")));
            return;
        }
        std::string s = v[key].get<std::string>();
        DateParseResult r = parse_date(s);
        if (!r.date) {
            // «01.12.2026», «7 желтоқсан 2026»: the hint shows the teacher's own date as urker
            // reads dates.
            std::optional<std::string> iso = iso_of_day_first(s);
            if (!iso) iso = iso_of_day_in_words(s);
            diags.add(fm.error_at(ptr, date_problem(r, key, s),
                                  iso ? Message("content.date_as_iso", {{"key", key}, {"iso", *iso}}) : Message("content.date_example", {{"key", key}})));
        } else {
            out = r.date;
        }
    };

    text_field("title", page.title);
    text_field("description", page.description);
    text_field("summary", page.summary);
    text_field("template", page.template_name);
    date_field("date", page.date);
    date_field("updated", page.updated);
    if (v.contains("draft")) {
        if (v["draft"].is_boolean()) page.draft = v["draft"].get<bool>();
        else diags.add(fm.error_at("/draft", Message("content.draft_not_boolean"), Message("content.draft_not_boolean_hint")));
    }
    if (v.contains("weight")) {
        if (v["weight"].is_number_integer()) page.weight = v["weight"].get<int>();
        else diags.add(fm.error_at("/weight", Message("content.weight_not_integer"), Message("content.weight_not_integer_hint")));
    }
    if (v.contains("language") && !page.is_translation) {
        if (v["language"].is_string()) {
            std::string lang = v["language"].get<std::string>();
            if (std::find(config.languages.begin(), config.languages.end(), lang) != config.languages.end()) {
                page.content_lang = lang;  // the text's language; the page stays in the default language's part
            } else {
                std::string langs;
                for (auto& l : config.languages) langs += (langs.empty() ? "" : ", ") + l;
                // «қаз», «KK», «рус»: the code meant, rather than advice to add a language.
                const std::string meant = likely_language(lang, config.languages);
                diags.add(fm.error_at("/language", Message("content.language_not_in_site", {{"lang", lang}, {"languages", langs}}),
                                      meant.empty() ? Message("content.language_not_in_site_hint")
                                                    : Message("content.language_meant_hint", {{"code", meant}})));
            }
        } else {
            diags.add(fm.error_at("/language", Message("content.language_not_code"), Message("content.language_not_code_hint")));
        }
    }
}

// A file that is not a page: within the size limit; a data file a later stage may read (a CSV,
// a YAML file) must also be UTF-8. Reads nothing larger than the limit. With `keep` (a data file a
// page names), what was read is kept there: the text, or a spreadsheet's bytes.
bool check_other_file(const fs::path& content_root, const std::string& rel, const std::string& ext, std::uintmax_t size,
                      const FileLimits& limits, Diagnostics& diags, std::shared_ptr<const std::string>* keep = nullptr) {
    std::string display = "content/" + rel;
    if (ext == "csv" || ext == "yaml" || ext == "yml") {
        auto text = read_text_file(content_root / rel, display, limits.max_text_file_bytes, diags);
        if (text && keep) *keep = std::make_shared<const std::string>(std::move(*text));
        return text.has_value();
    }
    if (size > limits.max_file_bytes) {
        diags.error({display, 0, 0}, Message("content.file_too_large", {{"size", megabytes_figure(size)}, {"most", megabytes_figure(limits.max_file_bytes)}}),
                    Message("content.file_too_large_hint", {{"mb", std::to_string(size / (1u << 20) + 1)}}));
        return false;
    }
    if (keep)
        if (auto bytes = read_file(content_root / rel)) *keep = std::make_shared<const std::string>(std::move(*bytes));
    return true;
}

// The data files the pages name: a plan's `items_file`, a poll's `results`, relative to the page's
// folder (model/portal_plans.cpp and model/monitoring.cpp read them from ContentSet::data_files).
std::set<std::string> named_data_files(const std::vector<Page>& pages) {
    std::set<std::string> named;
    for (const Page& p : pages) {
        const urker::Json& f = p.front_matter.value;
        if (!f.is_object()) continue;
        std::vector<std::string> names;
        if (auto it = f.find("items_file"); it != f.end() && it->is_string()) names.push_back(it->get<std::string>());
        if (auto poll = f.find("poll"); poll != f.end() && poll->is_object())
            if (auto it = poll->find("results"); it != poll->end() && it->is_string()) names.push_back(it->get<std::string>());
        const std::size_t slash = p.content_path.rfind('/');
        const std::string dir = slash == std::string::npos ? "" : p.content_path.substr(0, slash);
        for (const std::string& name : names)
            if (auto norm = normalize_relative((dir.empty() ? "" : dir + "/") + name)) named.insert(*norm);
    }
    return named;
}

// The page of a file the build cache knows, unchanged since the last build read it: its front
// matter from the cache, its text read only if something asks for it. False when the cache cannot
// say (then the file is read).
bool load_known_file(const fs::path& path, Page& page, const FileIdentity& identity, const SiteConfig& config, const LoadOptions& options) {
    if (!options.known || !options.front_matter || identity.size > config.limits.max_text_file_bytes) return false;
    const KnownFiles::Record* known = options.known->find(page.content_path, identity);
    if (!known) return false;
    auto text = std::make_shared<const SourceText>(path, config.limits.max_text_file_bytes);
    std::optional<YamlDocument> found = options.front_matter->find(known->front_matter_key, page.source, text);
    if (!found) return false;
    page.front_matter = std::move(*found);
    page.set_text(std::move(text), known->body_offset, known->body_fingerprint);
    page.body_line = known->body_line;
    page.facts.identity = identity;
    page.facts.front_matter_key = known->front_matter_key;
    page.facts.unparsed_links = known->unparsed_links;
    return true;
}

FileResult load_file(const fs::path& content_root, const std::string& rel, const SiteConfig& config, const LoadOptions& options) {
    FileResult r;
    r.unreadable = true;  // until the front matter is read
    std::string display = "content/" + rel;
    const fs::path path = content_root / rel;
    Page page;
    page.source = display;
    page.content_path = rel;
    // Its identity before it is read: a change after that gives it another for the next build.
    std::optional<FileIdentity> identity;
    if (options.known) {
        std::optional<std::optional<FileIdentity>> walked;
        if (options.identity_of_file) walked = options.identity_of_file(rel);
        identity = walked ? *walked : identity_of(path);
        if (identity && !settled(*identity, options.started_ns)) identity.reset();
    }
    std::size_t errs = r.diags.error_count();
    if (identity && load_known_file(path, page, *identity, config, options)) {
        r.known = true;
    } else {
        auto text = read_text_file(path, display, config.limits.max_text_file_bytes, r.diags);
        if (!text) return r;
        auto split = split_front_matter(*text, display, r.diags);
        if (!split) return r;
        // One copy of the file for the page, its front matter and its views: the parts by offset.
        const std::size_t body_offset = static_cast<std::size_t>(split->body.data() - text->data());
        const std::size_t yaml_size = split->front_matter.size();
        const std::size_t yaml_offset = yaml_size ? static_cast<std::size_t>(split->front_matter.data() - text->data()) : 0;
        const int yaml_line = split->front_matter_line;
        page.body_line = split->body_line;
        auto file_text = std::make_shared<const SourceText>(std::move(*text));
        page.set_text(file_text, body_offset);
        errs = r.diags.error_count();
        const std::string_view yaml = std::string_view(file_text->str()).substr(yaml_offset, yaml_size);
        if (FrontMatterCache* cache = options.front_matter) {
            const Fingerprint key = FrontMatterCache::text_key(yaml, yaml_line - 1);
            bool kept = true;
            if (auto found = cache->find(key, display, file_text)) {
                page.front_matter = std::move(*found);
            } else {
                const std::size_t reported = r.diags.items().size();
                page.front_matter = parse_yaml_in_file(yaml, display, r.diags, yaml_line - 1, std::move(file_text));
                kept = r.diags.items().size() == reported;
                if (kept) cache->record(key, page.front_matter);
            }
            // Read without a problem, its front matter in the cache: the next build need not read it.
            if (kept && r.diags.items().empty()) {
                page.facts.identity = identity;
                page.facts.front_matter_key = key;
            }
        } else {
            page.front_matter = parse_yaml_in_file(yaml, display, r.diags, yaml_line - 1, std::move(file_text));
        }
    }
    if (r.diags.error_count() > errs) return r;
    if (page.front_matter.value.is_null()) page.front_matter.value = urker::Json::object();
    if (!page.front_matter.value.is_object()) {
        r.diags.add(page.front_matter.error_at("", Message("content.front_matter_not_fields"), Message("content.front_matter_not_fields_hint")));
        return r;
    }
    r.unreadable = false;

    NameParts np = name_parts(rel, config.languages);
    page.is_translation = !np.lang.empty();
    page.lang = page.is_translation ? np.lang : config.language;
    page.content_lang = page.lang;
    page.translation_key = (np.dir.empty() ? "" : np.dir + "/") + np.stem + ".md";
    page.kind = np.stem == "_index" ? (np.dir.empty() ? PageKind::home : PageKind::section) : PageKind::page;
    page.is_bundle = np.stem == "index" && !np.dir.empty();
    if (page.is_bundle) page.bundle_dir = np.dir;
    auto dir_parts = split_path(np.dir);
    page.section = dir_parts.empty() ? "" : dir_parts.front();
    if (page.kind == PageKind::page && dir_parts.empty()) page.section = "";

    read_typed_fields(page, config, r.diags);
    if (page.draft && !options.include_drafts) {
        r.skipped_draft = true;
        return r;
    }

    std::string slug;
    const auto& fm = page.front_matter.value;
    if (fm.contains("slug")) {
        if (fm["slug"].is_string() && !slugify(fm["slug"].get<std::string>()).empty()) {
            slug = slugify(fm["slug"].get<std::string>());
        } else {
            r.diags.add(page.front_matter.error_at("/slug", Message("content.slug_shape"), Message("content.slug_shape_hint")));
        }
    }
    std::string lang_prefix = page.is_translation ? config.language_folder(page.lang) : "";
    page.path = output_folder_for(rel, slug, lang_prefix);
    if (page.kind == PageKind::home) page.path = lang_prefix;
    {
        auto parts = split_path(page.path);
        page.slug = parts.empty() ? "" : parts.back();
    }
    if (page.title.empty()) {
        if (page.kind == PageKind::home) page.title = config.title.in(page.lang, config.language);
        else {
            // Said by the model, which knows whether this page's kind needs a title (an error then).
            page.title = page.kind == PageKind::section ? (dir_parts.empty() ? "" : dir_parts.back()) : np.stem;
        }
    }
    r.page = std::move(page);
    return r;
}

}  // namespace

namespace {
constexpr unsigned kContentReaders = 8;
}  // namespace

ContentSet load_content(const fs::path& source_root, const SiteConfig& config, const LoadOptions& options, Diagnostics& diags) {
    ContentSet set;
    const fs::path content_root = source_root / "content";
    std::vector<RefusedLink> refused_links;
    std::vector<std::string> files = list_files(content_root, HiddenFiles::skip, &refused_links);
    report_refused_links(refused_links, "content", diags);
    std::vector<std::string> markdown;
    std::set<std::string> bundle_dirs;
    for (const auto& f : files) {
        if (ends_with(f, ".md")) {
            markdown.push_back(f);
            auto np = name_parts(f, config.languages);
            if (np.stem == "index" && !np.dir.empty()) bundle_dirs.insert(np.dir);
        }
    }

    std::vector<FileResult> results(markdown.size());
    // More readers than cores: a file not in the page cache (the first build after a restart, a
    // folder on a network drive, a VM that pages out what was not read lately) keeps its thread
    // waiting on the disk, and with one reader a core the cores sat idle for most of the stage.
    // At 10 000 materials read from a cold disk on this project's 2-core VM: 1.09–1.20 s with two
    // readers, 0.66–0.77 s with eight (sixteen were no faster); from the page cache 0.37–0.40 s
    // either way (docs/benchmarks.md).
    const unsigned readers = std::max(worker_count(), kContentReaders);
    parallel_for(markdown.size(), [&](std::size_t i) {
        FileResult& r = results[i];
        bool ok = guard_file("content/" + markdown[i], r.diags, [&] { r = load_file(content_root, markdown[i], config, options); });
        if (!ok) {
            r.page.reset();
            r.unreadable = true;
        }
    }, readers);

    // A page is 800 bytes: grown by doubling, the list moved every page again on one core (some
    // 0.15 s at 10 000 materials).
    set.pages.reserve(results.size());
    for (std::size_t i = 0; i < results.size(); ++i) {
        auto& r = results[i];
        diags.append(r.diags);
        if (r.skipped_draft) ++set.drafts_skipped;
        if (r.known && r.page) ++set.files_known;
        if (r.unreadable) set.unreadable.insert(markdown[i]);
        if (r.page) set.pages.push_back(std::move(*r.page));
    }
    // Reviews are read here, so a material that is not approved can be left out before anything
    // else sees it (site.yaml's  reviews: unreviewed: draft | hold).
    apply_review_policy(set.pages, config, options.include_drafts, set.review_queue, set.drafts_skipped, set.held_for_review, diags);

    // Non-Markdown files: a bundle's files are its attachments; the rest are copied where they are.
    // The data files pages name are kept as they are read.
    const std::set<std::string> named = named_data_files(set.pages);
    std::map<std::string, std::vector<Attachment>> attachments_by_bundle;
    for (const auto& f : files) {
        if (ends_with(f, ".md")) continue;
        auto slash = f.rfind('/');
        std::string dir = slash == std::string::npos ? "" : f.substr(0, slash);
        std::string name = slash == std::string::npos ? f : f.substr(slash + 1);
        // The nearest enclosing bundle owns the file (attachments may sit in a subfolder).
        std::string owner;
        for (std::string d = dir;; d = d.substr(0, d.rfind('/'))) {
            if (bundle_dirs.count(d)) { owner = d; break; }
            if (d.find('/') == std::string::npos) break;
        }
        std::string out_dir = dir.empty() ? "" : output_folder_for(dir + "/index.md", "", "");
        Attachment a;
        a.name = name;
        a.source = f;
        a.ext = lower_ext(name);
        std::error_code ec;
        a.size = fs::file_size(content_root / f, ec);
        if (ec) a.size = 0;
        std::shared_ptr<const std::string> kept;
        if (!check_other_file(content_root, f, a.ext, a.size, config.limits, diags, named.count(f) ? &kept : nullptr)) set.unreadable.insert(f);
        if (kept) set.data_files.emplace(f, std::move(kept));
        if (!owner.empty()) {
            attachments_by_bundle[owner].push_back(a);
        } else {
            set.assets.push_back({(content_root / f).string(), out_dir + name});
        }
    }
    // A named file the listing leaves out (a hidden one) is read all the same, as the page names it.
    for (const std::string& f : named) {
        if (set.data_files.count(f) || set.unreadable.count(f) || ends_with(f, ".md")) continue;
        std::error_code ec;
        if (!fs::is_regular_file(content_root / f, ec)) continue;  // missing: the page that names it says so
        std::shared_ptr<const std::string> kept;
        const std::uintmax_t size = fs::file_size(content_root / f, ec);
        if (!check_other_file(content_root, f, lower_ext(f), ec ? 0 : size, config.limits, diags, &kept)) set.unreadable.insert(f);
        if (kept) set.data_files.emplace(f, std::move(kept));
    }
    for (auto& page : set.pages) {
        if (!page.is_bundle) continue;
        auto it = attachments_by_bundle.find(page.bundle_dir);
        if (it == attachments_by_bundle.end()) continue;
        // Translations share the files of the default-language bundle folder.
        std::string folder = page.is_translation && !config.is_default_language(page.lang) ? page.path.substr(page.lang.size() + 1) : page.path;
        for (Attachment a : it->second) {
            std::string sub = a.source.substr(page.bundle_dir.size() + 1);
            a.output_path = folder + sub;
            page.attachments.push_back(std::move(a));
        }
    }
    // Each bundle's files are copied once, beside the default-language page (once, too, when two
    // files of the folder are both that page: that mistake is told below, not each file again).
    std::set<std::string> copied;
    for (const auto& page : set.pages)
        if (!page.is_translation || config.is_default_language(page.lang))
            for (const auto& a : page.attachments)
                if (copied.insert(a.output_path + '\n' + a.source).second) set.assets.push_back({(content_root / a.source).string(), a.output_path});

    // Two files must not claim the same address.
    std::map<std::string, const Page*> by_path;
    for (const auto& page : set.pages) {
        auto [it, inserted] = by_path.emplace(page.path, &page);
        if (inserted) continue;
        // "index.md" beside "index.kk.md" where kk is the portal's main language: a translation
        // named as in a portal whose main language is the other one (the teacher guides' example).
        const Page& other = *it->second;
        const std::string with_code = "." + config.language + ".md";
        auto without_code = [&](const std::string& source) {
            return ends_with(source, with_code) ? source.substr(0, source.size() - with_code.size()) + ".md" : std::string();
        };
        if (without_code(page.source) == other.source || without_code(other.source) == page.source) {
            const std::string plain = page.source.size() < other.source.size() ? page.source : other.source;
            const std::string name = plain.substr(plain.rfind('/') + 1);
            std::string translation;  // the language a translation beside it would be in: the portal's next one
            for (const auto& l : config.languages)
                if (l != config.language && translation.empty()) translation = l;
            diags.error({page.source, 0, 0},
                        Message("content.same_page_twice", {{"file", name},
                                                            {"coded", name.substr(0, name.size() - 3) + with_code},
                                                            {"language", config.language}}),
                        Message("content.same_page_twice_hint",
                                {{"has_other", translation.empty() ? "no" : "yes"},
                                 {"translation", name.substr(0, name.size() - 3) + "." + translation + ".md"}}));
            continue;
        }
        diags.error({page.source, 0, 0}, Message("content.same_address", {{"path", page.path}, {"other", other.source}}),
                    Message("content.same_address_hint"));
    }
    std::sort(set.pages.begin(), set.pages.end(), [](const Page& a, const Page& b) { return a.content_path < b.content_path; });
    std::sort(set.assets.begin(), set.assets.end(), [](const StaticAsset& a, const StaticAsset& b) { return a.output_path < b.output_path; });
    check_active_files(content_root, set.assets, set.pages, config.security, diags);
    return set;
}

}  // namespace urker
