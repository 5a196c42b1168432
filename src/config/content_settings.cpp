#include "config/content_settings.h"

#include <algorithm>

namespace urker {

namespace {

Message example(std::string text) { return Message("config.for_example", {{"example", std::move(text)}}); }
Message kinds_hint() { return Message("config.write_example", {{"example", "kinds: {material: {extra_keys: [video_url]}}"}}); }

std::string scalar_text(const urker::Json& v) {
    if (v.is_string()) return v.get<std::string>();
    if (v.is_number_integer()) return std::to_string(v.get<long long>());
    return {};
}

}  // namespace

void read_taxonomy_settings(const YamlDocument& doc, SiteConfig& cfg, Diagnostics& diags) {
    const urker::Json& root = doc.value;
    if (!root.contains("taxonomies") || root["taxonomies"].is_null()) return;
    const auto& t = root["taxonomies"];
    if (t.is_array()) {
        for (std::size_t i = 0; i < t.size(); ++i) {
            if (t[i].is_string()) cfg.taxonomies.push_back(t[i].get<std::string>());
            else diags.add(doc.error_at("/taxonomies/" + std::to_string(i), Message("config.taxonomy_name"), example("subject")));
        }
        return;
    }
    if (!t.is_object()) {
        diags.add(doc.error_at("/taxonomies", Message("config.taxonomies_shape"), Message("config.taxonomies_shape_hint")));
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
            diags.add(doc.error_at(ptr, Message("config.taxonomy_settings"), example(name + ": {values: [математика, физика]}")));
            continue;
        }
        // What the taxonomy's page is called, per language (a taxonomy the theme does not know).
        if (settings.contains("title")) {
            const auto& title = settings["title"];
            if (title.is_string()) cfg.taxonomy_names[name].by_language[""] = title.get<std::string>();
            else if (title.is_object() && std::all_of(title.begin(), title.end(), [](const urker::Json& t) { return t.is_string(); }))
                for (const auto& [lang, text] : title.items()) cfg.taxonomy_names[name].by_language[lang] = text.get<std::string>();
            else diags.add(doc.error_at(ptr + "/title", Message("config.term_title_shape"), example("title: {ru: Уровень, kk: Деңгей}")));
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
                } else if (title.is_object() && std::all_of(title.begin(), title.end(), [](const urker::Json& t) { return t.is_string(); })) {
                    for (const auto& [lang, text] : title.items()) titles[value].by_language[lang] = text.get<std::string>();
                } else {
                    diags.add(doc.error_at(at, Message("config.term_title_shape"),
                                           example("values: {математика: {ru: Математика, kk: Математика}, \"начальные классы\": {ru: Начальные классы, kk: Бастауыш сынып}}")));
                }
            }
            continue;
        }
        if (!values.is_array()) {
            diags.add(doc.error_at(ptr + "/values", Message("config.values_map_shape"), example("values: [математика, физика]")));
            continue;
        }
        auto& list = cfg.taxonomy_values[name];
        for (std::size_t i = 0; i < values.size(); ++i) {
            std::string v = scalar_text(values[i]);
            if (v.empty()) diags.add(doc.error_at(ptr + "/values/" + std::to_string(i), Message("config.values_shape"), example("values: [математика, физика]")));
            else list.push_back(v);
        }
    }
}

void read_kind_settings(const YamlDocument& doc, SiteConfig& cfg, Diagnostics& diags) {
    const urker::Json& root = doc.value;
    if (!root.contains("kinds") || root["kinds"].is_null()) return;
    const auto& kinds = root["kinds"];
    if (!kinds.is_object()) {
        diags.add(doc.error_at("/kinds", Message("config.kinds_shape"), kinds_hint()));
        return;
    }
    for (const auto& [kind, settings] : kinds.items()) {
        std::string ptr = pointer_append("/kinds", kind);
        auto& list = cfg.extra_keys[kind];
        if (settings.is_null()) continue;
        if (!settings.is_object() || !settings.contains("extra_keys") || settings.size() > 1) {
            diags.add(doc.error_at(ptr, Message("config.kind_settings"), kinds_hint()));
            continue;
        }
        const auto& keys = settings["extra_keys"];
        if (!keys.is_array()) {
            diags.add(doc.error_at(ptr + "/extra_keys", Message("config.extra_keys_shape"), kinds_hint()));
            continue;
        }
        for (std::size_t i = 0; i < keys.size(); ++i) {
            if (keys[i].is_string() && !keys[i].get<std::string>().empty()) list.push_back(keys[i].get<std::string>());
            else diags.add(doc.error_at(ptr + "/extra_keys/" + std::to_string(i), Message("config.extra_keys_shape"), kinds_hint()));
        }
    }
}

}  // namespace urker
