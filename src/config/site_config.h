// site.yaml -> SiteConfig: the typed settings every later stage reads.
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/json.h"

#include "config/comments.h"
#include "config/security.h"
#include "config/yaml_document.h"
#include "core/diagnostic.h"

namespace urker {

// A text that a webmaster may give once ("Материалы") or per language ({ru: …, kk: …}).
struct LocalizedText {
    std::map<std::string, std::string> by_language;  // "" holds a text given without a language
    // The text for `lang`, else for `fallback`, else the language-less one, else any.
    std::string in(const std::string& lang, const std::string& fallback = {}) const;
    bool empty() const { return by_language.empty(); }
};

struct MenuItem {
    LocalizedText name;
    std::string url;  // as written: "/materials/" (site-relative) or an absolute URL
    int weight = 0;
};

struct MarkdownOptions {
    bool unsafe = false;             // let raw HTML and any URL scheme through
    bool smart_punctuation = true;   // "quotes" -> “quotes”, -- -> –
    bool hard_breaks = false;        // a line break in a paragraph becomes <br>
};

// How large a file under content/ may be (`limits:` in site.yaml). Text files are read into
// memory, so theirs is capped at kHardMaxTextFileBytes whatever site.yaml says.
struct FileLimits {
    std::uintmax_t max_file_bytes = 10u << 20;       // attachments and other files copied as they are
    std::uintmax_t max_text_file_bytes = 10u << 20;  // Markdown, CSV and YAML files
};

// `search:` in site.yaml. The index is written in shards the search page loads as a query needs
// them (docs/search.md); `mode: single` writes it as one lunr index file instead.
struct SearchSettings {
    bool single_index = false;
};

// What happens to a material whose review is not `approved` (`reviews: unreviewed:` in site.yaml):
// published as any page, built only as a draft (with --drafts), or held back from every build.
enum class UnreviewedPolicy { publish, draft, hold };

// Certificates of publication for approved materials (`certificates:` in site.yaml).
struct CertificateSettings {
    bool enabled = true;
    std::string prefix;                // "УРК": numbers read УРК-2026-001
    LocalizedText issuer;              // the community's name; empty: the site's title
    LocalizedText media_registration;  // e.g. "Свидетельство о постановке на учёт СМИ № …"
};

// Whether pages show their history from Git (`history:` in site.yaml, content/git_history.h):
// auto reads it when the site is in a Git repository; git expects it (a site outside Git, or a
// shallow clone, is a warning); off never reads it.
enum class HistorySetting { automatic, git, off };
// The monitoring page's settings (`monitoring:` in site.yaml, config/monitoring_settings.h).
struct MonitoringSettings {
    int plan_target = 100;          // % of due plan items the community means to complete
    int active_window_months = 12;  // active = did anything in these last months
    int stale_after_months = 12;    // a page unchanged this long is not fresh
};

struct SiteConfig {
    std::string file = "site.yaml";
    LocalizedText title;
    LocalizedText description;
    std::string base_url = "/";      // always ends with '/'
    std::string base_path = "/";     // the path part of base_url: "/" or "/portal/"
    std::string language = "ru";     // default language of content
    std::vector<std::string> languages{"ru"};  // interface languages, default first
    std::string theme = "default";
    int paginate = 10;
    MarkdownOptions markdown;
    SearchSettings search;
    std::vector<std::string> taxonomies;
    // The values a taxonomy may take, for taxonomies whose values site.yaml lists (a misspelled
    // subject is then an error instead of a new subject page).
    std::map<std::string, std::vector<std::string>> taxonomy_values;
    // What readers see for a value, per language, where site.yaml says (values written as a map:
    // {математика: {ru: Математика, kk: Математика}}): taxonomy -> value -> title.
    std::map<std::string, std::map<std::string, LocalizedText>> taxonomy_titles;
    // What a taxonomy is called, where site.yaml says (taxonomies: level: {title: {ru: …, kk: …}}).
    std::map<std::string, LocalizedText> taxonomy_names;
    // Per kind of page ("material"), front-matter keys the site's own templates read.
    std::map<std::string, std::vector<std::string>> extra_keys;
    std::map<std::string, std::vector<MenuItem>> menus;  // sorted by weight, then URL
    urker::Json params = urker::Json::object();  // free-form, for templates
    std::optional<CommentsConfig> comments;  // none: the site has no comment threads
    ForumConfig forum;
    SecurityConfig security;  // which active file types content/ may publish
    FileLimits limits;
    UnreviewedPolicy unreviewed = UnreviewedPolicy::publish;
    CertificateSettings certificates;
    HistorySetting history = HistorySetting::automatic;
    MonitoringSettings monitoring;
    YamlDocument document;  // the parsed file, so later stages can point at its lines

    // base_path + "materials/" for "/materials/"; absolute URLs unchanged.
    std::string site_url(const std::string& path) const;
    // base_url + path, for canonical links, feeds and the sitemap.
    std::string absolute_url(const std::string& path) const;
    // Whether `lang` is the site's default language, whose part of the site is its root.
    bool is_default_language(const std::string& lang) const { return lang == language; }
    // The folder a language's part of the site is in: "" for the default language, "kk/" for another.
    std::string language_folder(const std::string& lang) const { return is_default_language(lang) ? std::string() : lang + "/"; }
};

// Reads SOURCE/site.yaml. Unknown keys are warnings; wrong types and values are errors with the
// line in site.yaml. `base_url_override` (from --base-url) replaces base_url.
std::optional<SiteConfig> load_site_config(const std::filesystem::path& source_root, Diagnostics& diags,
                                           const std::string& base_url_override = {});

// The same from text, for tests.
std::optional<SiteConfig> parse_site_config(std::string_view text, Diagnostics& diags,
                                            const std::string& base_url_override = {});

}  // namespace urker
