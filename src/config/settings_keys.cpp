#include "config/settings_keys.h"

#include <algorithm>

#include "core/text.h"

namespace urker {

void warn_of_unknown_keys(const YamlDocument& doc, const std::string& pointer, const urker::Json& settings,
                          const std::vector<std::string>& known, std::string_view group, Diagnostics& diags) {
    if (!settings.is_object()) return;
    for (const auto& [key, value] : settings.items()) {
        (void)value;
        if (std::find(known.begin(), known.end(), key) != known.end()) continue;
        const std::string near = closest_match(key, known);
        std::string all;
        for (const auto& k : known) all += (all.empty() ? "" : ", ") + k;
        diags.add(doc.warning_at(pointer_append(pointer, key) + "#key", Message("config.unknown_key_in", {{"key", key}, {"group", std::string(group)}}),
                                 near.empty() ? Message("config.known_keys", {{"keys", all}}) : Message("config.did_you_mean", {{"name", near}})));
    }
}

}  // namespace urker
