#include "config/content_settings.h"

#include <algorithm>

namespace urker {

namespace {

Message example(std::string text) { return Message("config.for_example", {{"example", std::move(text)}}); }
Message kinds_hint() { return Message("config.write_example", {{"example", "kinds: {material: {extra_keys: [video_url]}}"}}); }

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
        if (!settings.is_object() || (settings.size() == 1 && !settings.contains("values")) || settings.size() > 1) {
            diags.add(doc.error_at(ptr, Message("config.taxonomy_settings"), example(name + ": {values: [математика, физика]}")));
            continue;
        }
        const auto& values = settings["values"];
        if (!values.is_array()) {
            diags.add(doc.error_at(ptr + "/values", Message("config.values_shape"), example("values: [математика, физика]")));
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
    const nlohmann::json& root = doc.value;
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
