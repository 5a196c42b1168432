#include "config/site_config.h"

#include <algorithm>
#include <set>

#include "config/content_settings.h"
#include "config/review_settings.h"
#include "core/fs.h"
#include "core/text.h"
#include "core/text_file.h"

namespace urker {

std::string LocalizedText::in(const std::string& lang, const std::string& fallback) const {
    if (auto it = by_language.find(lang); it != by_language.end()) return it->second;
    if (auto it = by_language.find(fallback); it != by_language.end()) return it->second;
    if (auto it = by_language.find(""); it != by_language.end()) return it->second;
    return by_language.empty() ? std::string() : by_language.begin()->second;
}

std::string SiteConfig::site_url(const std::string& path) const {
    if (path.find("://") != std::string::npos || starts_with(path, "mailto:") || starts_with(path, "tel:")) return path;
    if (starts_with(path, "/")) return base_path + path.substr(1);
    return base_path + path;
}

std::string SiteConfig::absolute_url(const std::string& path) const {
    if (path.find("://") != std::string::npos) return path;
    std::string p = starts_with(path, base_path) ? path.substr(base_path.size()) : (starts_with(path, "/") ? path.substr(1) : path);
    return base_url + p;
}

namespace {

const std::set<std::string> known_keys = {
    "title", "description", "base_url", "language", "languages", "theme", "paginate",
    "markdown", "taxonomies", "menus", "params", "author", "copyright", "comments", "forum", "kinds", "limits", "security",
    "reviews", "certificates",
};

bool is_language_code(const std::string& s) {
    if (s.size() < 2 || s.size() > 3) return false;
    return std::all_of(s.begin(), s.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

struct Reader {
    const YamlDocument& doc;
    Diagnostics& diags;

    void error(const std::string& ptr, std::string msg, std::string hint = {}) { diags.add(doc.error_at(ptr, std::move(msg), std::move(hint))); }

    std::optional<LocalizedText> localized(const nlohmann::json& v, const std::string& ptr, const char* what) {
        LocalizedText out;
        if (v.is_string()) {
            out.by_language[""] = v.get<std::string>();
        } else if (v.is_object()) {
            for (auto& [k, text] : v.items()) {
                if (!text.is_string()) {
                    error(pointer_append(ptr, k), std::string(what) + " for language \"" + k + "\" must be text",
                          "write it as  " + k + ": \"…\"");
                    continue;
                }
                out.by_language[k] = text.get<std::string>();
            }
        } else if (!v.is_null()) {
            error(ptr, std::string(what) + " must be text, or one text per language",
                  "write  title: \"Our network\"  or  title: {ru: \"…\", kk: \"…\"}");
            return std::nullopt;
        }
        return out;
    }

    std::optional<std::string> string(const nlohmann::json& obj, const char* key, const char* hint) {
        if (!obj.contains(key)) return std::nullopt;
        const auto& v = obj[key];
        if (v.is_string()) return v.get<std::string>();
        error(pointer_append("", key), std::string("\"") + key + "\" must be text", hint);
        return std::nullopt;
    }

    std::optional<bool> boolean(const nlohmann::json& obj, const std::string& ptr, const char* key) {
        if (!obj.contains(key)) return std::nullopt;
        const auto& v = obj[key];
        if (v.is_boolean()) return v.get<bool>();
        error(pointer_append(ptr, key), std::string("\"") + key + "\" must be true or false", "write  " + std::string(key) + ": true");
        return std::nullopt;
    }
};

// limits: {max_file_mb: 10, max_text_file_mb: 10}
void read_file_limits(const YamlDocument& doc, Diagnostics& diags, FileLimits& limits) {
    const nlohmann::json& l = doc.value["limits"];
    if (!l.is_object()) {
        diags.add(doc.error_at("/limits", "\"limits\" must hold settings", "write  limits: {max_file_mb: 10}"));
        return;
    }
    auto megabytes_setting = [&](const char* key, std::uintmax_t most, std::uintmax_t& out) {
        if (!l.contains(key)) return;
        const auto& v = l[key];
        double mb = v.is_number() ? v.get<double>() : 0;
        double most_mb = static_cast<double>(most >> 20);
        if (!(mb > 0 && mb <= most_mb)) {
            diags.add(doc.error_at(pointer_append("/limits", key), std::string("\"") + key + "\" must be a number of megabytes from 1 to " +
                                                                      std::to_string(most >> 20),
                                   std::string("e.g.  ") + key + ": 10"));
            return;
        }
        out = static_cast<std::uintmax_t>(mb * (1u << 20));
    };
    megabytes_setting("max_file_mb", std::uintmax_t{1} << 40, limits.max_file_bytes);
    megabytes_setting("max_text_file_mb", kHardMaxTextFileBytes, limits.max_text_file_bytes);
    for (auto& [k, v] : l.items()) {
        (void)v;
        if (k != "max_file_mb" && k != "max_text_file_mb")
            diags.add(doc.warning_at(pointer_append("/limits", k) + "#key", "unknown limit \"" + k + "\" is ignored",
                                     "known: max_file_mb, max_text_file_mb"));
    }
}

}  // namespace

std::optional<SiteConfig> parse_site_config(std::string_view text, Diagnostics& diags, const std::string& base_url_override) {
    SiteConfig cfg;
    std::size_t errors_before = diags.error_count();
    cfg.document = parse_yaml(text, cfg.file, diags);
    const YamlDocument& doc = cfg.document;
    if (diags.error_count() > errors_before) return std::nullopt;
    const nlohmann::json& root = doc.value;
    if (root.is_null()) {
        diags.error({cfg.file, 1, 0}, "site.yaml is empty", "start with at least  title: \"Our network\"");
        return std::nullopt;
    }
    if (!root.is_object()) {
        diags.add(doc.error_at("", "site.yaml must be a list of settings (key: value)", "e.g.  title: \"Our network\""));
        return std::nullopt;
    }
    Reader r{doc, diags};

    for (auto& [key, value] : root.items()) {
        if (!known_keys.count(key)) {
            std::vector<std::string> keys(known_keys.begin(), known_keys.end());
            std::string near = closest_match(key, keys);
            Diagnostic d = doc.warning_at(pointer_append("", key) + "#key", "unknown setting \"" + key + "\" is ignored",
                                          near.empty() ? "see docs/configuration.md for the settings urker knows"
                                                       : "did you mean \"" + near + "\"?");
            diags.add(std::move(d));
        }
    }

    if (root.contains("title")) {
        if (auto t = r.localized(root["title"], "/title", "the site title")) cfg.title = *t;
    } else {
        diags.add(doc.error_at("", "site.yaml has no title", "add a line like  title: \"Сетевое сообщество учителей\""));
    }
    if (root.contains("description"))
        if (auto t = r.localized(root["description"], "/description", "the site description")) cfg.description = *t;

    std::string base = base_url_override;
    if (base.empty()) base = r.string(root, "base_url", "write  base_url: \"https://example.kz/\"").value_or("/");
    if (base.empty()) base = "/";
    if (base.back() != '/') base += '/';
    cfg.base_url = base;
    if (auto scheme = base.find("://"); scheme != std::string::npos) {
        auto slash = base.find('/', scheme + 3);
        cfg.base_path = slash == std::string::npos ? "/" : base.substr(slash);
    } else if (starts_with(base, "/")) {
        cfg.base_path = base;
    } else {
        diags.add(doc.error_at("/base_url", "base_url \"" + base + "\" is neither a full address nor a path",
                               "write the address the site will have, e.g.  base_url: \"https://school.kz/portal/\""));
    }

    if (auto lang = r.string(root, "language", "write  language: ru")) {
        if (!is_language_code(*lang))
            diags.add(doc.error_at("/language", "\"" + *lang + "\" is not a language code", "use a two-letter code: ru, kk or en"));
        else
            cfg.language = *lang;
    }
    if (root.contains("languages")) {
        const auto& langs = root["languages"];
        if (!langs.is_array() || langs.empty()) {
            diags.add(doc.error_at("/languages", "\"languages\" must be a list of language codes", "write  languages: [ru, kk]"));
        } else {
            cfg.languages.clear();
            for (std::size_t i = 0; i < langs.size(); ++i) {
                if (!langs[i].is_string() || !is_language_code(langs[i].get<std::string>())) {
                    diags.add(doc.error_at("/languages/" + std::to_string(i), "this is not a language code", "use two-letter codes: ru, kk, en"));
                    continue;
                }
                cfg.languages.push_back(langs[i].get<std::string>());
            }
        }
    } else {
        cfg.languages = {cfg.language};
    }
    if (std::find(cfg.languages.begin(), cfg.languages.end(), cfg.language) == cfg.languages.end())
        cfg.languages.insert(cfg.languages.begin(), cfg.language);

    if (auto theme = r.string(root, "theme", "write  theme: default")) cfg.theme = *theme;
    if (root.contains("paginate")) {
        const auto& p = root["paginate"];
        if (!p.is_number_integer() || p.get<long long>() < 1 || p.get<long long>() > 1000)
            diags.add(doc.error_at("/paginate", "\"paginate\" must be a whole number from 1 to 1000", "write  paginate: 10"));
        else
            cfg.paginate = p.get<int>();
    }

    if (root.contains("markdown")) {
        const auto& md = root["markdown"];
        if (!md.is_object()) {
            diags.add(doc.error_at("/markdown", "\"markdown\" must hold settings", "write  markdown: {unsafe: false}"));
        } else {
            for (auto& [k, v] : md.items()) {
                (void)v;
                if (k != "unsafe" && k != "smart_punctuation" && k != "hard_breaks")
                    diags.add(doc.warning_at("/markdown/" + k + "#key", "unknown Markdown setting \"" + k + "\" is ignored",
                                             "known: unsafe, smart_punctuation, hard_breaks"));
            }
            if (auto b = r.boolean(md, "/markdown", "unsafe")) cfg.markdown.unsafe = *b;
            if (auto b = r.boolean(md, "/markdown", "smart_punctuation")) cfg.markdown.smart_punctuation = *b;
            if (auto b = r.boolean(md, "/markdown", "hard_breaks")) cfg.markdown.hard_breaks = *b;
        }
    }

    read_taxonomy_settings(doc, cfg, diags);
    read_kind_settings(doc, cfg, diags);

    if (root.contains("menus")) {
        const auto& menus = root["menus"];
        if (!menus.is_object()) {
            diags.add(doc.error_at("/menus", "\"menus\" must name menus, each a list of items", "write  menus: {main: [{name: Материалы, url: /materials/}]}"));
        } else {
            for (auto& [menu_name, items] : menus.items()) {
                std::string mptr = pointer_append("/menus", menu_name);
                if (!items.is_array()) {
                    diags.add(doc.error_at(mptr, "the menu \"" + menu_name + "\" must be a list of items", "start each item with '- name: …'"));
                    continue;
                }
                auto& list = cfg.menus[menu_name];
                for (std::size_t i = 0; i < items.size(); ++i) {
                    std::string iptr = mptr + "/" + std::to_string(i);
                    const auto& item = items[i];
                    if (!item.is_object()) {
                        diags.add(doc.error_at(iptr, "a menu item needs a name and a url", "write  - {name: Материалы, url: /materials/}"));
                        continue;
                    }
                    MenuItem mi;
                    if (item.contains("name")) {
                        if (auto n = r.localized(item["name"], iptr + "/name", "a menu item's name")) mi.name = *n;
                    } else {
                        diags.add(doc.error_at(iptr, "this menu item has no name", "add  name: \"…\""));
                    }
                    if (item.contains("url") && item["url"].is_string()) mi.url = item["url"].get<std::string>();
                    else diags.add(doc.error_at(iptr, "this menu item has no url", "add  url: /materials/"));
                    if (item.contains("weight")) {
                        if (item["weight"].is_number_integer()) mi.weight = item["weight"].get<int>();
                        else diags.add(doc.error_at(iptr + "/weight", "\"weight\" must be a whole number", "e.g.  weight: 10"));
                    }
                    list.push_back(std::move(mi));
                }
                std::stable_sort(list.begin(), list.end(), [](const MenuItem& a, const MenuItem& b) { return a.weight < b.weight; });
            }
        }
    }

    if (root.contains("params")) {
        if (root["params"].is_object()) cfg.params = root["params"];
        else diags.add(doc.error_at("/params", "\"params\" must hold named values", "write  params: {region: \"…\"}"));
    }

    if (root.contains("limits")) read_file_limits(doc, diags, cfg.limits);

    cfg.comments = read_comments_config(doc, diags);
    cfg.forum = read_forum_config(doc, diags);
    cfg.security = read_security_config(doc, diags);
    read_review_settings(doc, cfg, diags);

    if (diags.error_count() > errors_before) return std::nullopt;
    return cfg;
}

std::optional<SiteConfig> load_site_config(const std::filesystem::path& source_root, Diagnostics& diags,
                                           const std::string& base_url_override) {
    std::error_code ec;
    if (!std::filesystem::exists(source_root / "site.yaml", ec)) {
        diags.error({"site.yaml", 0, 0}, "there is no site.yaml in " + source_root.string(),
                    "to start a new portal here, run  urker init ; for an existing one, run urker in its folder or pass it with --source FOLDER");
        return std::nullopt;
    }
    auto text = read_text_file(source_root / "site.yaml", "site.yaml", kDefaultMaxTextFileBytes, diags);
    if (!text) return std::nullopt;
    return parse_site_config(*text, diags, base_url_override);
}

}  // namespace urker
