#include "model/front_matter_urls.h"

#include <array>

#include "core/text.h"
#include "core/url.h"

namespace urker {

namespace {

using json = urker::Json;

constexpr std::array<std::string_view, 13> kUrlKeys = {"url", "href", "src", "link", "links", "website", "photo",
                                                       "image", "poster", "cover", "logo", "avatar", "video"};
constexpr std::array<std::string_view, 5> kUrlSuffixes = {"_url", "_link", "_href", "_src", "_image"};

// Nesting is bounded by the YAML reader; this stops at a depth no real front matter reaches.
constexpr int kMaxDepth = 64;

void check_value(const YamlDocument& doc, const json& v, const std::string& pointer, std::string_view key, bool under_url_key, int depth,
                 Diagnostics& diags) {
    if (depth > kMaxDepth) return;
    if (v.is_string()) {
        if (!under_url_key) return;
        if (auto problem = check_content_url(v.get_ref<const std::string&>(), UrlPlace::field, key))
            diags.add(doc.error_at(pointer, std::move(problem->message), std::move(problem->hint)));
    } else if (v.is_array()) {
        for (std::size_t k = 0; k < v.size(); ++k) check_value(doc, v[k], pointer + "/" + std::to_string(k), key, under_url_key, depth + 1, diags);
    } else if (v.is_object()) {
        for (const auto& [k, child] : v.items()) {
            // links: {"https://edu.kz": Блог} — a loop over a mapping hands the theme its keys.
            if (under_url_key)
                if (auto problem = check_content_url(k, UrlPlace::field_key, key))
                    diags.add(doc.error_at(pointer_append(pointer, k), std::move(problem->message), std::move(problem->hint)));
            check_value(doc, child, pointer_append(pointer, k), k, is_url_field(k), depth + 1, diags);
        }
    }
}

}  // namespace

bool is_url_field(std::string_view key) {
    std::string k(key);
    for (char& c : k) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    for (auto u : kUrlKeys)
        if (k == u) return true;
    for (auto s : kUrlSuffixes)
        if (ends_with(k, s)) return true;
    return false;
}

void check_front_matter_urls(const YamlDocument& front_matter, Diagnostics& diags) {
    check_value(front_matter, front_matter.value, "", "", false, 0, diags);
}

}  // namespace urker
