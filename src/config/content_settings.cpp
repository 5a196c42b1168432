#include "config/content_settings.h"

#include <algorithm>

namespace urker {

namespace {

namespace msg {
constexpr const char* taxonomies_shape = "\"taxonomies\" must list front-matter field names";
constexpr const char* taxonomies_hint = "write  taxonomies: [subject, grade, tags]  or, with the values a taxonomy may take,  taxonomies: {subject: {values: [математика, физика]}}";
constexpr const char* taxonomy_name = "a taxonomy is named by a field name";
constexpr const char* taxonomy_settings = "a taxonomy's settings must be  values: [...]  and  title: {ru: …, kk: …}";
constexpr const char* values_shape = "\"values\" must be a list of texts";
constexpr const char* values_map_shape = "\"values\" must be a list of texts, or each value with its titles";
constexpr const char* values_map_hint = "e.g.  values: {математика: {ru: Математика, kk: Математика}, \"начальные классы\": {ru: Начальные классы, kk: Бастауыш сынып}}";
constexpr const char* term_title_shape = "a value's title must be text, or one text per language";
constexpr const char* kinds_shape = "\"kinds\" must name kinds of page, each with its settings";
constexpr const char* kinds_hint = "write  kinds: {material: {extra_keys: [video_url]}}";
constexpr const char* extra_keys_shape = "\"extra_keys\" must be a list of field names";
constexpr const char* kind_settings = "a kind's settings must be  extra_keys: [...]";
}  // namespace msg

std::string scalar_text(const nlohmann::json& v) {
    if (v.is_string()) return v.get<std::string>();
    if (v.is_number_integer()) return std::to_string(v.get<long long>());
    return {};
}

}  // namespace

void read_taxonomy_settings(const YamlDocument& doc, SiteConfig& cfg, Diagnostics& diags) {
    const nlohmann::json& root = doc.value;
    if (!root.contains("taxonomies") || root["taxonomies"].is_null()) return;
    const auto& t = root["taxonomies"];
    if (t.is_array()) {
        for (std::size_t i = 0; i < t.size(); ++i) {
            if (t[i].is_string()) cfg.taxonomies.push_back(t[i].get<std::string>());
            else diags.add(doc.error_at("/taxonomies/" + std::to_string(i), msg::taxonomy_name, "e.g.  subject"));
        }
        return;
    }
    if (!t.is_object()) {
        diags.add(doc.error_at("/taxonomies", msg::taxonomies_shape, msg::taxonomies_hint));
        return;
    }
    // JSON objects forget the order of their keys; the file remembers it.
    std::vector<std::pair<int, std::string>> ordered;
    for (const auto& [name, v] : t.items()) {
        (void)v;
        ordered.emplace_back(doc.locate(pointer_append("/taxonomies", name) + "#key").line, name);
    }
    std::sort(ordered.begin(), ordered.end());
    for (const auto& [line, name] : ordered) {
        (void)line;
        cfg.taxonomies.push_back(name);
        const auto& settings = t[name];
        std::string ptr = pointer_append("/taxonomies", name);
        if (settings.is_null()) continue;
        bool known_keys = settings.is_object() && std::all_of(settings.items().begin(), settings.items().end(),
                                                               [](const auto& kv) { return kv.key() == "values" || kv.key() == "title"; });
        if (!known_keys || settings.empty()) {
            diags.add(doc.error_at(ptr, msg::taxonomy_settings, "e.g.  " + name + ": {values: [математика, физика]}"));
            continue;
        }
        // What the taxonomy's page is called, per language (a taxonomy the theme does not know).
        if (settings.contains("title")) {
            const auto& title = settings["title"];
            if (title.is_string()) cfg.taxonomy_names[name].by_language[""] = title.get<std::string>();
            else if (title.is_object() && std::all_of(title.begin(), title.end(), [](const nlohmann::json& t) { return t.is_string(); }))
                for (const auto& [lang, text] : title.items()) cfg.taxonomy_names[name].by_language[lang] = text.get<std::string>();
            else diags.add(doc.error_at(ptr + "/title", msg::term_title_shape, "e.g.  title: {ru: Уровень, kk: Деңгей}"));
        }
        if (!settings.contains("values")) continue;
        const auto& values = settings["values"];
        if (values.is_object()) {
            // The values with what readers see per language: {математика: {ru: …, kk: …}}.
            auto& list = cfg.taxonomy_values[name];
            auto& titles = cfg.taxonomy_titles[name];
            for (const auto& [value, title] : values.items()) {
                std::string at = pointer_append(ptr + "/values", value);
                list.push_back(value);
                if (title.is_null()) continue;
                if (title.is_string()) {
                    titles[value].by_language[""] = title.get<std::string>();
                } else if (title.is_object() && std::all_of(title.begin(), title.end(), [](const nlohmann::json& t) { return t.is_string(); })) {
                    for (const auto& [lang, text] : title.items()) titles[value].by_language[lang] = text.get<std::string>();
                } else {
                    diags.add(doc.error_at(at, msg::term_title_shape, msg::values_map_hint));
                }
            }
            continue;
        }
        if (!values.is_array()) {
            diags.add(doc.error_at(ptr + "/values", msg::values_map_shape, msg::values_map_hint));
            continue;
        }
        auto& list = cfg.taxonomy_values[name];
        for (std::size_t i = 0; i < values.size(); ++i) {
            std::string v = scalar_text(values[i]);
            if (v.empty()) diags.add(doc.error_at(ptr + "/values/" + std::to_string(i), msg::values_shape, "e.g.  values: [математика, физика]"));
            else list.push_back(v);
        }
    }
}

void read_kind_settings(const YamlDocument& doc, SiteConfig& cfg, Diagnostics& diags) {
    const nlohmann::json& root = doc.value;
    if (!root.contains("kinds") || root["kinds"].is_null()) return;
    const auto& kinds = root["kinds"];
    if (!kinds.is_object()) {
        diags.add(doc.error_at("/kinds", msg::kinds_shape, msg::kinds_hint));
        return;
    }
    for (const auto& [kind, settings] : kinds.items()) {
        std::string ptr = pointer_append("/kinds", kind);
        auto& list = cfg.extra_keys[kind];
        if (settings.is_null()) continue;
        if (!settings.is_object() || !settings.contains("extra_keys") || settings.size() > 1) {
            diags.add(doc.error_at(ptr, msg::kind_settings, msg::kinds_hint));
            continue;
        }
        const auto& keys = settings["extra_keys"];
        if (!keys.is_array()) {
            diags.add(doc.error_at(ptr + "/extra_keys", msg::extra_keys_shape, msg::kinds_hint));
            continue;
        }
        for (std::size_t i = 0; i < keys.size(); ++i) {
            if (keys[i].is_string() && !keys[i].get<std::string>().empty()) list.push_back(keys[i].get<std::string>());
            else diags.add(doc.error_at(ptr + "/extra_keys/" + std::to_string(i), msg::extra_keys_shape, msg::kinds_hint));
        }
    }
}

}  // namespace urker
