#include "config/site_config.h"

#include <algorithm>
#include <set>

#include "config/content_settings.h"
#include "config/review_settings.h"
#include "config/settings_keys.h"
#include "config/monitoring_settings.h"
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
    "markdown", "search", "taxonomies", "menus", "params", "author", "copyright", "comments", "forum", "kinds", "limits", "security",
    "reviews", "certificates", "history", "portfolio", "monitoring",
};

bool is_language_code(const std::string& s) {
    if (s.size() < 2 || s.size() > 3) return false;
    return std::all_of(s.begin(), s.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

struct Reader {
    const YamlDocument& doc;
    Diagnostics& diags;

    void error(const std::string& ptr, Message msg, Message hint = {}) { diags.add(doc.error_at(ptr, std::move(msg), std::move(hint))); }

    // `what`: title, description or menu_item (the catalogue's select names the thing in each language).
    std::optional<LocalizedText> localized(const urker::Json& v, const std::string& ptr, const char* what) {
        LocalizedText out;
        if (v.is_string()) {
            out.by_language[""] = v.get<std::string>();
        } else if (v.is_object()) {
            for (auto& [k, text] : v.items()) {
                if (!text.is_string()) {
                    error(pointer_append(ptr, k), Message("config.localized_not_text", {{"what", what}, {"lang", k}}),
                          Message("config.localized_not_text_hint", {{"lang", k}}));
                    continue;
                }
                out.by_language[k] = text.get<std::string>();
            }
        } else if (!v.is_null()) {
            error(ptr, Message("config.localized_shape", {{"what", what}}), Message("config.localized_shape_hint"));
            return std::nullopt;
        }
        return out;
    }

    // `example`: the setting written right, e.g. "base_url: \"https://example.kz/\"".
    std::optional<std::string> string(const urker::Json& obj, const char* key, const char* example) {
        if (!obj.contains(key)) return std::nullopt;
        const auto& v = obj[key];
        if (v.is_string()) return v.get<std::string>();
        error(pointer_append("", key), Message("config.setting_not_text", {{"key", key}}), Message("config.write_example", {{"example", example}}));
        return std::nullopt;
    }

    std::optional<bool> boolean(const urker::Json& obj, const std::string& ptr, const char* key) {
        if (!obj.contains(key)) return std::nullopt;
        const auto& v = obj[key];
        if (v.is_boolean()) return v.get<bool>();
        error(pointer_append(ptr, key), Message("config.setting_not_boolean", {{"key", key}}),
              Message("config.write_example", {{"example", std::string(key) + ": true"}}));
        return std::nullopt;
    }
};

// limits: {max_file_mb: 10, max_text_file_mb: 10}
void read_file_limits(const YamlDocument& doc, Diagnostics& diags, FileLimits& limits) {
    const urker::Json& l = doc.value["limits"];
    if (!l.is_object()) {
        diags.add(doc.error_at("/limits", Message("config.settings_shape", {{"key", "limits"}}),
                               Message("config.write_example", {{"example", "limits: {max_file_mb: 10}"}})));
        return;
    }
    auto megabytes_setting = [&](const char* key, std::uintmax_t most, std::uintmax_t& out) {
        if (!l.contains(key)) return;
        const auto& v = l[key];
        double mb = v.is_number() ? v.get<double>() : 0;
        double most_mb = static_cast<double>(most >> 20);
        if (!(mb > 0 && mb <= most_mb)) {
            diags.add(doc.error_at(pointer_append("/limits", key),
                                   Message("config.limit_range", {{"key", key}, {"most", std::to_string(most >> 20)}}),
                                   Message("config.for_example", {{"example", std::string(key) + ": 10"}})));
            return;
        }
        out = static_cast<std::uintmax_t>(mb * (1u << 20));
    };
    megabytes_setting("max_file_mb", std::uintmax_t{1} << 40, limits.max_file_bytes);
    megabytes_setting("max_text_file_mb", kHardMaxTextFileBytes, limits.max_text_file_bytes);
    for (auto& [k, v] : l.items()) {
        (void)v;
        if (k != "max_file_mb" && k != "max_text_file_mb")
            diags.add(doc.warning_at(pointer_append("/limits", k) + "#key", Message("config.unknown_limit", {{"key", k}}),
                                     Message("config.known_keys", {{"keys", "max_file_mb, max_text_file_mb"}})));
    }
}

}  // namespace

std::optional<SiteConfig> parse_site_config(std::string_view text, Diagnostics& diags, const std::string& base_url_override) {
    SiteConfig cfg;
    std::size_t errors_before = diags.error_count();
    cfg.document = parse_yaml(text, cfg.file, diags);
    const YamlDocument& doc = cfg.document;
    if (diags.error_count() > errors_before) return std::nullopt;
    const urker::Json& root = doc.value;
    if (root.is_null()) {
        diags.error({cfg.file, 1, 0}, Message("config.empty"), Message("config.empty_hint"));
        return std::nullopt;
    }
    if (!root.is_object()) {
        diags.add(doc.error_at("", Message("config.not_settings"), Message("config.for_example", {{"example", "title: \"Our network\""}})));
        return std::nullopt;
    }
    Reader r{doc, diags};

    for (auto& [key, value] : root.items()) {
        if (!known_keys.count(key)) {
            std::vector<std::string> keys(known_keys.begin(), known_keys.end());
            std::string near = closest_match(key, keys);
            Diagnostic d = doc.warning_at(pointer_append("", key) + "#key", Message("config.unknown_setting", {{"key", key}}),
                                          near.empty() ? Message("config.unknown_setting_hint") : Message("config.did_you_mean", {{"name", near}}));
            diags.add(std::move(d));
        }
    }

    if (root.contains("title")) {
        if (auto t = r.localized(root["title"], "/title", "title")) cfg.title = *t;
    } else {
        diags.add(doc.error_at("", Message("config.no_title"), Message("config.no_title_hint")));
    }
    if (root.contains("description"))
        if (auto t = r.localized(root["description"], "/description", "description")) cfg.description = *t;

    std::string base = base_url_override;
    if (base.empty()) base = r.string(root, "base_url", "base_url: \"https://example.kz/\"").value_or("/");
    if (base.empty()) base = "/";
    if (base.back() != '/') base += '/';
    cfg.base_url = base;
    if (auto scheme = base.find("://"); scheme != std::string::npos) {
        auto slash = base.find('/', scheme + 3);
        cfg.base_path = slash == std::string::npos ? "/" : base.substr(slash);
    } else if (starts_with(base, "/")) {
        cfg.base_path = base;
    } else {
        diags.add(doc.error_at("/base_url", Message("config.base_url_shape", {{"url", base}}), Message("config.base_url_shape_hint")));
    }

    if (auto lang = r.string(root, "language", "language: ru")) {
        if (!is_language_code(*lang))
            diags.add(doc.error_at("/language", Message("config.not_language_code", {{"value", *lang}}), Message("config.language_code_hint")));
        else
            cfg.language = *lang;
    }
    if (root.contains("languages")) {
        const auto& langs = root["languages"];
        if (!langs.is_array() || langs.empty()) {
            diags.add(doc.error_at("/languages", Message("config.languages_shape"),
                                   Message("config.write_example", {{"example", "languages: [ru, kk]"}})));
        } else {
            cfg.languages.clear();
            for (std::size_t i = 0; i < langs.size(); ++i) {
                if (!langs[i].is_string() || !is_language_code(langs[i].get<std::string>())) {
                    diags.add(doc.error_at("/languages/" + std::to_string(i), Message("config.languages_item"), Message("config.languages_item_hint")));
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

    if (auto theme = r.string(root, "theme", "theme: default")) cfg.theme = *theme;
    if (root.contains("paginate")) {
        const auto& p = root["paginate"];
        if (!p.is_number_integer() || p.get<long long>() < 1 || p.get<long long>() > 1000)
            diags.add(doc.error_at("/paginate", Message("config.paginate_range"), Message("config.write_example", {{"example", "paginate: 10"}})));
        else
            cfg.paginate = p.get<int>();
    }

    if (root.contains("markdown")) {
        const auto& md = root["markdown"];
        if (!md.is_object()) {
            diags.add(doc.error_at("/markdown", Message("config.settings_shape", {{"key", "markdown"}}),
                                   Message("config.write_example", {{"example", "markdown: {unsafe: false}"}})));
        } else {
            for (auto& [k, v] : md.items()) {
                (void)v;
                if (k != "unsafe" && k != "smart_punctuation" && k != "hard_breaks")
                    diags.add(doc.warning_at("/markdown/" + k + "#key", Message("config.unknown_markdown_setting", {{"key", k}}),
                                             Message("config.known_keys", {{"keys", "unsafe, smart_punctuation, hard_breaks"}})));
            }
            if (auto b = r.boolean(md, "/markdown", "unsafe")) cfg.markdown.unsafe = *b;
            if (auto b = r.boolean(md, "/markdown", "smart_punctuation")) cfg.markdown.smart_punctuation = *b;
            if (auto b = r.boolean(md, "/markdown", "hard_breaks")) cfg.markdown.hard_breaks = *b;
        }
    }

    if (root.contains("search")) {
        const auto& search = root["search"];
        if (!search.is_object()) {
            diags.add(doc.error_at("/search", Message("config.settings_shape", {{"key", "search"}}),
                                   Message("config.write_example", {{"example", "search: {mode: sharded}"}})));
        } else {
            warn_of_unknown_keys(doc, "/search", search, {"mode"}, "search", diags);
            if (search.contains("mode")) {
                const auto& mode = search["mode"];
                if (!mode.is_string() || (mode != "sharded" && mode != "single"))
                    diags.add(doc.error_at("/search/mode", Message("config.search_mode_unknown", {{"value", mode.is_string() ? mode.get<std::string>() : mode.dump()}}),
                                           Message("config.search_mode_hint", {{"sharded", "search: {mode: sharded}"}, {"single", "search: {mode: single}"}})));
                else
                    cfg.search.single_index = mode == "single";
            }
        }
    }

    read_taxonomy_settings(doc, cfg, diags);
    read_kind_settings(doc, cfg, diags);

    if (root.contains("menus")) {
        const auto& menus = root["menus"];
        if (!menus.is_object()) {
            diags.add(doc.error_at("/menus", Message("config.menus_shape"),
                                   Message("config.write_example", {{"example", "menus: {main: [{name: Материалы, url: /materials/}]}"}})));
        } else {
            for (auto& [menu_name, items] : menus.items()) {
                std::string mptr = pointer_append("/menus", menu_name);
                if (!items.is_array()) {
                    diags.add(doc.error_at(mptr, Message("config.menu_shape", {{"menu", menu_name}}), Message("config.menu_shape_hint")));
                    continue;
                }
                auto& list = cfg.menus[menu_name];
                for (std::size_t i = 0; i < items.size(); ++i) {
                    std::string iptr = mptr + "/" + std::to_string(i);
                    const auto& item = items[i];
                    if (!item.is_object()) {
                        diags.add(doc.error_at(iptr, Message("config.menu_item_shape"),
                                               Message("config.write_example", {{"example", "- {name: Материалы, url: /materials/}"}})));
                        continue;
                    }
                    MenuItem mi;
                    // `weigth: 90` was taken silently, and the item moved to the menu's start.
                    static const std::vector<std::string> kMenuItemKeys = {"name", "url", "weight"};
                    for (const auto& [key, unused] : item.items())
                        if (std::find(kMenuItemKeys.begin(), kMenuItemKeys.end(), key) == kMenuItemKeys.end()) {
                            const std::string near = closest_match(key, kMenuItemKeys);
                            diags.add(doc.warning_at(pointer_append(iptr, key) + "#key", Message("config.menu_item_unknown_key", {{"key", key}}),
                                                     near.empty() ? Message("config.menu_item_unknown_key_hint")
                                                                  : Message("config.did_you_mean", {{"name", near}})));
                        }
                    if (item.contains("name")) {
                        if (auto n = r.localized(item["name"], iptr + "/name", "menu_item")) mi.name = *n;
                    } else {
                        diags.add(doc.error_at(iptr, Message("config.menu_item_no_name"), Message("config.add_line", {{"line", "name: \"…\""}})));
                    }
                    if (item.contains("url") && item["url"].is_string()) mi.url = item["url"].get<std::string>();
                    else diags.add(doc.error_at(iptr, Message("config.menu_item_no_url"), Message("config.add_line", {{"line", "url: /materials/"}})));
                    if (item.contains("weight")) {
                        if (item["weight"].is_number_integer()) mi.weight = item["weight"].get<int>();
                        else diags.add(doc.error_at(iptr + "/weight", Message("config.weight_not_integer"),
                                                    Message("config.for_example", {{"example", "weight: 10"}})));
                    }
                    list.push_back(std::move(mi));
                }
                std::stable_sort(list.begin(), list.end(), [](const MenuItem& a, const MenuItem& b) { return a.weight < b.weight; });
            }
        }
    }

    if (root.contains("params")) {
        if (root["params"].is_object()) cfg.params = root["params"];
        else diags.add(doc.error_at("/params", Message("config.params_shape"), Message("config.write_example", {{"example", "params: {region: \"…\"}"}})));
    }

    if (root.contains("limits")) read_file_limits(doc, diags, cfg.limits);

    cfg.comments = read_comments_config(doc, diags);
    cfg.forum = read_forum_config(doc, diags);
    cfg.security = read_security_config(doc, diags);
    read_review_settings(doc, cfg, diags);
    if (root.contains("history")) {
        const auto& v = root["history"];
        std::string word = v.is_string() ? v.get<std::string>() : v.dump(-1, ' ', false, urker::Json::error_handler_t::replace);
        if (word == "auto") cfg.history = HistorySetting::automatic;
        else if (word == "git") cfg.history = HistorySetting::git;
        else if (word == "off" || word == "false") cfg.history = HistorySetting::off;
        else diags.add(doc.error_at("/history", Message("history.unknown_setting", {{"value", word}}), Message("history.unknown_setting_hint")));
    }
    read_monitoring_settings(doc, cfg, diags);

    if (diags.error_count() > errors_before) return std::nullopt;
    return cfg;
}

std::optional<SiteConfig> load_site_config(const std::filesystem::path& source_root, Diagnostics& diags,
                                           const std::string& base_url_override) {
    std::error_code ec;
    if (!std::filesystem::exists(source_root / "site.yaml", ec)) {
        diags.error({"site.yaml", 0, 0}, Message("config.no_site_yaml", {{"folder", source_root.string()}}), Message("config.no_site_yaml_hint"));
        return std::nullopt;
    }
    auto text = read_text_file(source_root / "site.yaml", "site.yaml", kDefaultMaxTextFileBytes, diags);
    if (!text) return std::nullopt;
    return parse_site_config(*text, diags, base_url_override);
}

}  // namespace urker
