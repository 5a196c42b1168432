#include "render/theme.h"

#include <set>

#include "config/yaml_document.h"
#include "core/fs.h"
#include "core/text.h"

namespace urker {

namespace fs = std::filesystem;

const nlohmann::json& Theme::strings_for(const std::string& lang) const {
    static const nlohmann::json empty = nlohmann::json::object();
    auto it = strings.find(lang);
    return it == strings.end() ? empty : it->second;
}

namespace {

void merge_into(nlohmann::json& into, const nlohmann::json& from) {
    if (!from.is_object()) return;
    for (auto& [k, v] : from.items()) into[k] = v;
}

}  // namespace

std::optional<Theme> load_theme(const fs::path& source_root, const SiteConfig& config, Diagnostics& diags) {
    Theme theme;
    theme.name = config.theme;
    const fs::path theme_dir = source_root / "themes" / config.theme;
    const std::string theme_display = "themes/" + config.theme;
    std::error_code ec;
    if (!fs::is_directory(theme_dir, ec)) {
        std::vector<std::string> names;
        for (auto& e : fs::directory_iterator(source_root / "themes", ec)) names.push_back(e.path().filename().string());
        std::string near = closest_match(config.theme, names);
        diags.add(config.document.error_at("/theme", "there is no theme \"" + config.theme + "\" in the themes/ folder",
                                           near.empty() ? "put the theme in themes/" + config.theme + "/ or write  theme: default"
                                                        : "did you mean \"" + near + "\"?"));
        return std::nullopt;
    }

    theme.engine = std::make_unique<tmpl::Engine>();
    // Site templates first: a name the site defines is not read from the theme.
    std::set<std::string> defined;
    std::size_t errors_before = diags.error_count();
    auto add_templates = [&](const fs::path& dir, const std::string& display_dir) {
        for (const auto& rel : list_files(dir)) {
            if (!ends_with(rel, ".html") && !ends_with(rel, ".xml") && !ends_with(rel, ".txt") && !ends_with(rel, ".json")) continue;
            if (!defined.insert(rel).second) continue;
            auto text = read_file(dir / rel);
            if (!text) {
                diags.error({display_dir + "/" + rel, 0, 0}, "this template cannot be read");
                continue;
            }
            theme.engine->add_template(rel, *text, display_dir + "/" + rel, diags);
        }
    };
    add_templates(source_root / "templates", "templates");
    add_templates(theme_dir / "templates", theme_display + "/templates");
    theme.engine->check_references(diags);
    for (const char* required : {"page.html", "section.html", "index.html"})
        if (!theme.engine->has_template(required))
            diags.error({theme_display + "/templates/" + required, 0, 0}, std::string("the theme has no ") + required + " template",
                        "every theme needs index.html, section.html and page.html");

    // UI strings: English as the last resort, then the site's language, then the page's own.
    std::map<std::string, nlohmann::json> raw;
    for (const auto& dir : {theme_dir / "i18n", source_root / "i18n"}) {
        for (const auto& rel : list_files(dir)) {
            if (!ends_with(rel, ".yaml") && !ends_with(rel, ".yml")) continue;
            std::string lang = rel.substr(0, rel.find('.'));
            auto text = read_file(dir / rel);
            if (!text) continue;
            std::string display = (dir == theme_dir / "i18n" ? theme_display + "/i18n/" : "i18n/") + rel;
            YamlDocument doc = parse_yaml(*text, display, diags);
            if (!doc.value.is_object() && !doc.value.is_null()) {
                diags.add(doc.error_at("", "UI strings must be written as  key: \"text\"", "e.g.  read_more: \"Читать далее\""));
                continue;
            }
            merge_into(raw[lang], doc.value);
        }
    }
    std::set<std::string> langs(config.languages.begin(), config.languages.end());
    langs.insert("en");
    for (const auto& lang : langs) {
        nlohmann::json merged = nlohmann::json::object();
        merge_into(merged, raw["en"]);
        merge_into(merged, raw[config.language]);
        merge_into(merged, raw[lang]);
        theme.strings[lang] = std::move(merged);
    }

    for (const auto& rel : list_files(theme_dir / "static")) theme.static_files.push_back({(theme_dir / "static" / rel).string(), rel});
    // The site's static/ is the webmaster's: its dotfiles (".well-known/", ".htaccess") are published too.
    for (const auto& rel : list_files(source_root / "static", HiddenFiles::include))
        theme.static_files.push_back({(source_root / "static" / rel).string(), rel});

    if (diags.error_count() > errors_before) return std::nullopt;
    return theme;
}

}  // namespace urker
