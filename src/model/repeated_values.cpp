#include "model/repeated_values.h"

#include <algorithm>
#include <set>

#include "core/guard.h"
#include "core/text.h"
#include "core/thread_pool.h"
#include "model/kind_schema.h"
#include "model/message_at.h"

namespace urker {

bool repeats_make_no_sense(const Page& page, const std::string& key, const SiteConfig& config) {
    const Kind kind = kind_for_section(page.section);
    if (std::find(config.taxonomies.begin(), config.taxonomies.end(), key) != config.taxonomies.end()) return true;
    if (kind == Kind::event && key == "participants") return true;
    const FieldSpec* spec = find_field(kind, key);
    if (!spec) return false;
    return spec->type == FieldType::id_list || spec->type == FieldType::text_list || spec->type == FieldType::grade;
}

std::string repeat_key(const urker::Json& value) {
    if (value.is_string()) return to_lower(trim(value.get_ref<const std::string&>()));
    if (value.is_number_integer()) return std::to_string(value.get<long long>());
    return {};
}

void drop_repeated_list_values(Page& page, const SiteConfig& config, Diagnostics& diags) {
    if (page.kind != PageKind::page || !page.front_matter.value.is_object()) return;
    std::vector<std::string> keys;
    for (const auto& [key, v] : page.front_matter.value.items())
        if (v.is_array() && v.size() > 1 && repeats_make_no_sense(page, key, config)) keys.push_back(key);
    for (const std::string& key : keys) {
        // Found in the list as written, reported at the place each repeat stands, then removed
        // from the last to the first, so that the places of those before stay where they were.
        const urker::Json& list = page.front_matter.value[key];
        std::set<std::string> seen;
        std::vector<std::size_t> repeats;
        for (std::size_t k = 0; k < list.size(); ++k) {
            std::string folded = repeat_key(list[k]);
            if (folded.empty()) continue;
            if (seen.insert(folded).second) continue;
            repeats.push_back(k);
            const std::string shown = list[k].is_string() ? trim(list[k].get_ref<const std::string&>()) : folded;
            diags.add(warning_at(page.front_matter, pointer_append("", key) + "/" + std::to_string(k),
                                 Message("model.listed_twice", {{"key", key}, {"value", shown}}), Message("model.listed_twice_hint")));
        }
        for (auto it = repeats.rbegin(); it != repeats.rend(); ++it) page.front_matter.erase_element(key, *it);
    }
}

void drop_repeated_list_values(std::vector<Page>& pages, const SiteConfig& config, Diagnostics& diags) {
    std::vector<Diagnostics> found(pages.size());
    parallel_for(pages.size(), [&](std::size_t i) {
        guard_file(pages[i].source, found[i], [&] { drop_repeated_list_values(pages[i], config, found[i]); });
    });
    for (auto& d : found) diags.append(d);
}

}  // namespace urker
