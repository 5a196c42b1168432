#include "config/monitoring_settings.h"

#include <algorithm>

#include "core/text.h"

namespace urker {

using json = urker::Json;

namespace {

struct Setting {
    const char* key;
    int least, most;
    int MonitoringSettings::*field;
};

const Setting kSettings[] = {
    {"plan_target", 1, 100, &MonitoringSettings::plan_target},
    {"active_window_months", 1, 120, &MonitoringSettings::active_window_months},
    {"stale_after_months", 1, 120, &MonitoringSettings::stale_after_months},
};

std::string known_keys() {
    std::string out;
    for (const auto& s : kSettings) out += (out.empty() ? "" : ", ") + std::string(s.key);
    return out;
}

}  // namespace

void read_monitoring_settings(const YamlDocument& doc, SiteConfig& cfg, Diagnostics& diags) {
    const json& root = doc.value;
    if (!root.contains("monitoring") || root["monitoring"].is_null()) return;
    const json& m = root["monitoring"];
    if (!m.is_object()) {
        diags.add(doc.error_at("/monitoring", Message("monitoring.settings_not_map"),
                               Message("monitoring.settings_example")));
        return;
    }
    std::vector<std::string> keys;
    for (const auto& s : kSettings) keys.emplace_back(s.key);
    for (const auto& item : m.items()) {
        // Named copies, not structured bindings: clang 14 cannot capture a binding in a lambda.
        const std::string& key = item.key();
        const json& v = item.value();
        auto s = std::find_if(std::begin(kSettings), std::end(kSettings), [&](const Setting& x) { return key == x.key; });
        if (s == std::end(kSettings)) {
            std::string near = closest_match(key, keys);
            diags.add(doc.error_at(pointer_append("/monitoring", key) + "#key", Message("monitoring.unknown_setting", {{"key", key}}),
                                   near.empty() ? Message("config.known_keys", {{"keys", known_keys()}})
                                                : Message("monitoring.did_you_mean", {{"near", near}, {"keys", known_keys()}})));
            continue;
        }
        bool whole = v.is_number_integer() || (v.is_number_float() && v.get<double>() == static_cast<double>(static_cast<long long>(v.get<double>())));
        long long n = whole ? (v.is_number_integer() ? v.get<long long>() : static_cast<long long>(v.get<double>())) : 0;
        if (!whole || n < s->least || n > s->most) {
            diags.add(doc.error_at(pointer_append("/monitoring", key),
                                   Message("monitoring.setting_range", {{"key", key}, {"least", std::to_string(s->least)}, {"most", std::to_string(s->most)}}),
                                   Message("monitoring.settings_example")));
            continue;
        }
        cfg.monitoring.*(s->field) = static_cast<int>(n);
    }
}

}  // namespace urker
