#include "render/theme.h"

#include <algorithm>
#include <set>

#include "config/yaml_document.h"
#include "core/fs.h"
#include "core/refused_links.h"
#include "core/text.h"
#include "model/message_at.h"
#include "render/builtin_theme.h"

namespace urker {

namespace fs = std::filesystem;

const urker::Json& Theme::strings_for(const std::string& lang) const {
    static const urker::Json empty = urker::Json::object();
    auto it = strings.find(lang);
    return it == strings.end() ? empty : it->second;
}

namespace {

// The keys of a strings file: "read_more", "nav.home"; a plural's forms ({one, few, many, other})
// are one key, since languages have different forms. `terms` (titles of taxonomy values) is data
// that falls back to the value as written, not an interface text.
void collect_string_keys(const urker::Json& v, const std::string& prefix, std::set<std::string>& out) {
    static const std::set<std::string> plural_forms{"zero", "one", "two", "few", "many", "other"};
    for (auto& [k, x] : v.items()) {
        if (prefix.empty() && k == "terms") continue;
        bool plural = x.is_object() && !x.empty() &&
                      std::all_of(x.items().begin(), x.items().end(), [&](const auto& f) { return plural_forms.count(f.key()) > 0; });
        if (x.is_object() && !plural) collect_string_keys(x, prefix + k + ".", out);
        else out.insert(prefix + k);
    }
}

void merge_into(urker::Json& into, const urker::Json& from) {
    if (!from.is_object()) return;
    for (auto& [k, v] : from.items()) into[k] = v;
}

// One file of the theme: from the theme folder on disk, or built into urker.
struct ThemeFile {
    std::string rel;      // below the subfolder: "partials/footer.html"
    std::string display;  // what messages show: "themes/default/templates/partials/footer.html"
    fs::path disk;        // empty for a built-in file
    std::string_view builtin;

    std::optional<std::string> text() const { return disk.empty() ? std::optional<std::string>(std::string(builtin)) : read_file(disk); }
};

constexpr std::string_view kBuiltinDisplay = "(built into urker) themes/default/";

// The built-in theme's files below `sub` ("templates", "static", "i18n").
std::vector<ThemeFile> builtin_files(std::string_view sub) {
    std::vector<ThemeFile> files;
    const std::string prefix = std::string(sub) + "/";
    for (const auto& f : resources::builtin_theme())
        if (starts_with(f.path, prefix)) {
            std::string rel(f.path.substr(prefix.size()));
            files.push_back({rel, std::string(kBuiltinDisplay) + std::string(f.path), {}, f.data});
        }
    return files;
}

// The theme folder's files below `sub` (none when the site has no such folder).
std::vector<ThemeFile> folder_files(const fs::path& theme_dir, const std::string& theme_display, std::string_view sub) {
    std::vector<ThemeFile> files;
    for (const auto& rel : list_files(theme_dir / sub))
        files.push_back({rel, theme_display + "/" + std::string(sub) + "/" + rel, theme_dir / sub / rel, {}});
    return files;
}

// The theme folder's files, then the built-in files the folder does not replace.
std::vector<ThemeFile> layered_files(const fs::path& theme_dir, const std::string& theme_display, std::string_view sub) {
    std::vector<ThemeFile> files = folder_files(theme_dir, theme_display, sub);
    std::set<std::string> seen;
    for (const auto& f : files) seen.insert(f.rel);
    for (auto& f : builtin_files(sub))
        if (!seen.count(f.rel)) files.push_back(std::move(f));
    return files;
}

bool is_template_file(const std::string& rel) {
    return ends_with(rel, ".html") || ends_with(rel, ".xml") || ends_with(rel, ".txt") || ends_with(rel, ".json");
}

}  // namespace

std::optional<Theme> load_theme(const fs::path& source_root, const SiteConfig& config, Diagnostics& diags) {
    Theme theme;
    theme.name = config.theme;
    const fs::path theme_dir = source_root / "themes" / config.theme;
    const std::string theme_display = "themes/" + config.theme;
    std::error_code ec;
    // The default theme is built in; any other name must be a folder in themes/ (it then
    // overrides the built-in theme file by file).
    if (config.theme != "default" && !fs::is_directory(theme_dir, ec)) {
        std::vector<std::string> names{"default"};
        for (auto& e : fs::directory_iterator(source_root / "themes", ec)) names.push_back(e.path().filename().string());
        std::string near = closest_match(config.theme, names);
        diags.add(error_at(config.document, "/theme", Message("render.no_theme", {{"theme", config.theme}}),
                           near.empty() ? Message("render.no_theme_hint", {{"theme", config.theme}})
                                        : Message("model.did_you_mean", {{"near", near}})));
        return std::nullopt;
    }

    theme.engine = std::make_unique<tmpl::Engine>();
    // Site templates first: a name the site defines is not read from the theme.
    std::set<std::string> defined;
    std::size_t errors_before = diags.error_count();
    // The links the listings below leave out (a template linked from outside the site is not read).
    for (const auto& [dir, display] : {std::pair<fs::path, std::string>{source_root / "templates", "templates"}, {theme_dir, theme_display}}) {
        std::vector<RefusedLink> refused;
        list_files(dir, HiddenFiles::skip, &refused);
        report_refused_links(refused, display, diags);
    }
    auto add_template = [&](const ThemeFile& f) {
        if (!is_template_file(f.rel) || !defined.insert(f.rel).second) return;
        auto text = f.text();
        if (!text) {
            diags.error({f.display, 0, 0}, Message("render.template_unreadable"));
            return;
        }
        theme.template_texts.emplace_back(f.display, *text);
        theme.engine->add_template(f.rel, *text, f.display, diags);
    };
    for (const auto& f : folder_files(source_root, "", "templates")) add_template({f.rel, "templates/" + f.rel, f.disk, {}});
    for (const auto& f : layered_files(theme_dir, theme_display, "templates")) add_template(f);
    theme.engine->check_references(diags);
    for (const char* required : {"page.html", "section.html", "index.html"})
        if (!theme.engine->has_template(required))
            diags.error({theme_display + "/templates/" + required, 0, 0}, Message("render.theme_lacks_template", {{"template", required}}),
                        Message("render.theme_lacks_template_hint"));

    // UI strings, key by key: the built-in theme's, the theme folder's, the site's own i18n/.
    // Per language: English as the last resort, then the site's language, then the page's own.
    std::map<std::string, urker::Json> raw;
    std::map<std::string, std::string> last_file;  // language -> the last strings file read for it
    std::vector<ThemeFile> string_files = builtin_files("i18n");
    const std::size_t first_site_file = string_files.size();  // the theme folder's, then the site's i18n/
    for (auto& f : folder_files(theme_dir, theme_display, "i18n")) string_files.push_back(std::move(f));
    for (const auto& f : folder_files(source_root, "", "i18n")) string_files.push_back({f.rel, "i18n/" + f.rel, f.disk, {}});
    std::set<std::string> theme_keys;       // every text of the built-in theme, in any language
    std::vector<std::pair<YamlDocument, std::string>> site_strings;  // the theme folder's and the site's, with their language
    for (std::size_t n = 0; n < string_files.size(); ++n) {
        const ThemeFile& f = string_files[n];
        if (!ends_with(f.rel, ".yaml") && !ends_with(f.rel, ".yml")) continue;
        std::string lang = f.rel.substr(0, f.rel.find('.'));
        auto text = f.text();
        if (!text) continue;
        YamlDocument doc = parse_yaml(*text, f.display, diags);
        if (!doc.value.is_object() && !doc.value.is_null()) {
            diags.add(error_at(doc, "", Message("render.ui_strings_shape"), Message("render.ui_strings_shape_hint")));
            continue;
        }
        merge_into(raw[lang], doc.value);
        last_file[lang] = f.display;
        if (n < first_site_file) collect_string_keys(doc.value, "", theme_keys);
        else site_strings.emplace_back(std::move(doc), lang);
    }
    // A text of the site's own i18n/ or of its theme folder that the built-in theme does not have
    // and no template asks for (a misspelt key, one from another theme) changes nothing: said,
    // with the key it was likely meant to be. A key a template of the site's asks for ("my_heading" | t, or "my_" ~ x) is the
    // site's own.
    const std::vector<std::string> known_keys(theme_keys.begin(), theme_keys.end());
    for (const auto& [doc, lang] : site_strings) {
        std::set<std::string> keys;
        collect_string_keys(doc.value, "", keys);
        for (const std::string& key : keys) {
            if (theme_keys.count(key)) continue;
            // Asked for by name, or by a name a template puts together ("status_" ~ code).
            const std::size_t joint = key.rfind('_');
            const std::string stem = joint == std::string::npos ? std::string() : key.substr(0, joint + 1);
            const bool asked = std::any_of(theme.template_texts.begin(), theme.template_texts.end(), [&](const auto& t) {
                for (const std::string& name : {key, stem})
                    if (!name.empty() && (t.second.find('"' + name + '"') != std::string::npos || t.second.find('\'' + name + '\'') != std::string::npos))
                        return true;
                return false;
            });
            if (asked) continue;
            std::string pointer;
            for (std::size_t start = 0; start <= key.size();) {
                const std::size_t dot = std::min(key.find('.', start), key.size());
                pointer += '/' + key.substr(start, dot - start);
                start = dot + 1;
            }
            const std::string near = closest_match(key, known_keys);
            diags.add(doc.warning_at(pointer, Message("render.ui_string_unknown", {{"key", key}}),
                                     Message("render.ui_string_unknown_hint", {{"has_near", near.empty() ? "no" : "yes"}, {"near", near},
                                                                               {"lang", lang}})));
        }
    }
    // Every language of the site has every interface text of the reference language (English)
    // in its own files: a missing one is an error, not a Russian word on a Tatar page.
    std::set<std::string> required;
    collect_string_keys(raw["en"], "", required);
    for (const auto& lang : config.languages) {
        if (lang == "en") continue;
        std::set<std::string> have;
        collect_string_keys(raw[lang], "", have);
        std::vector<std::string> missing;
        for (const auto& k : required)
            if (!have.count(k)) missing.push_back(k);
        if (missing.empty()) continue;
        std::string list;
        for (std::size_t i = 0; i < missing.size() && i < 12; ++i) list += (i ? ", " : "") + missing[i];
        if (missing.size() > 12) list += ", …";
        std::string file = last_file.count(lang) ? last_file[lang] : "site.yaml";
        diags.error({file, 0, 0},
                    Message("render.ui_strings_missing_language",
                            {{"lang", lang}, {"count", static_cast<std::int64_t>(missing.size())}, {"total", static_cast<std::int64_t>(required.size())}, {"list", list}}),
                    last_file.count(lang) ? Message("render.ui_strings_missing_language_hint_file")
                                          : Message("render.ui_strings_missing_language_hint_new", {{"lang", lang}}));
    }
    std::set<std::string> langs(config.languages.begin(), config.languages.end());
    langs.insert("en");
    Fingerprinter fingerprint;
    for (const auto& lang : langs) {
        urker::Json merged = urker::Json::object();
        merge_into(merged, raw["en"]);
        merge_into(merged, raw[config.language]);
        merge_into(merged, raw[lang]);
        fingerprint.add(std::string_view(lang)).add(merged);
        theme.strings[lang] = std::move(merged);
    }
    theme.strings_fingerprint = fingerprint.finish();

    // Static files: the site's replace the theme folder's, which replace the built-in ones.
    std::set<std::string> on_disk;
    for (const auto& f : folder_files(theme_dir, theme_display, "static")) {
        theme.static_files.push_back({f.disk.string(), f.rel});
        on_disk.insert(f.rel);
    }
    // The site's static/ is the webmaster's: its dotfiles (".well-known/", ".htaccess") are published too.
    std::vector<RefusedLink> refused_links;
    for (const auto& rel : list_files(source_root / "static", HiddenFiles::include, &refused_links)) {
        theme.static_files.push_back({(source_root / "static" / rel).string(), rel});
        on_disk.insert(rel);
    }
    report_refused_links(refused_links, "static", diags);
    for (const auto& f : builtin_files("static"))
        if (!on_disk.count(f.rel)) theme.builtin_static_files.emplace_back(f.rel, f.builtin);

    if (diags.error_count() > errors_before) return std::nullopt;
    return theme;
}

}  // namespace urker
