#include "model/front_matter_urls.h"

#include <algorithm>
#include <array>
#include <variant>

#include "core/guard.h"
#include "core/text.h"
#include "core/thread_pool.h"
#include "core/url.h"

namespace urker {

namespace {

using json = urker::Json;

constexpr std::array<std::string_view, 16> kUrlKeys = {"url", "urls", "href", "src", "link", "links", "website", "photo", "photos",
                                                       "image", "images", "poster", "cover", "logo", "avatar", "video"};
constexpr std::array<std::string_view, 8> kUrlSuffixes = {"_url", "_urls", "_link", "_links", "_href", "_src", "_image", "_images"};

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
                    diags.add(doc.error_at(pointer_append(pointer, k) + "#key", std::move(problem->message), std::move(problem->hint)));
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

namespace {

// A place in the front matter: keys of mappings and indexes of lists, from the top.
using Step = std::variant<std::string, std::size_t>;
using Path = std::vector<Step>;

std::string pointer_of(const Path& path) {
    std::string pointer;
    for (const Step& s : path)
        pointer = std::holds_alternative<std::size_t>(s) ? pointer + "/" + std::to_string(std::get<std::size_t>(s))
                                                         : pointer_append(pointer, std::get<std::string>(s));
    return pointer;
}

// A placeholder, reported; where it stands goes into `remove` (what to take out to leave it out).
struct PlaceholderFinder {
    const YamlDocument& doc;
    Diagnostics& diags;
    std::vector<Path> remove;

    bool placeholder(const std::string& url, UrlPlace place, std::string_view key, const Path& at) {
        if (classify_url(url).kind == UrlKind::refused) return false;  // check_front_matter_urls' error
        auto problem = check_placeholder_url(url, place, key);
        if (!problem) return false;
        const std::string pointer = pointer_of(at) + (place == UrlPlace::field_key ? "#key" : "");
        diags.add(doc.warning_at(pointer, std::move(problem->message), std::move(problem->hint)));
        return true;
    }

    // `link_item`: `v` is an item of a list of addresses (links: […]); a mapping there is one link.
    void walk(const json& v, Path& path, std::string_view key, bool under_url_key, bool link_item, int depth) {
        if (depth > kMaxDepth) return;
        if (v.is_string()) {
            if (under_url_key && placeholder(v.get_ref<const std::string&>(), UrlPlace::field, key, path)) remove.push_back(path);
        } else if (v.is_array()) {
            for (std::size_t k = 0; k < v.size(); ++k) {
                path.emplace_back(k);
                walk(v[k], path, key, under_url_key, under_url_key, depth + 1);
                path.pop_back();
            }
        } else if (v.is_object()) {
            for (const auto& [k, child] : v.items()) {
                path.emplace_back(k);
                if (under_url_key && placeholder(k, UrlPlace::field_key, key, path)) {
                    remove.push_back(path);
                } else if (link_item && child.is_string() && is_url_field(k)) {
                    // A link whose address is a placeholder is no link: the whole item goes.
                    if (placeholder(child.get_ref<const std::string&>(), UrlPlace::field, k, path)) remove.push_back(Path(path.begin(), path.end() - 1));
                } else {
                    walk(child, path, k, is_url_field(k), false, depth + 1);
                }
                path.pop_back();
            }
        }
    }
};

bool is_prefix(const Path& a, const Path& b) { return a.size() < b.size() && std::equal(a.begin(), a.end(), b.begin()); }

// Takes out what `path` names from the front matter: a mapping's member, or a list's item (the
// positions of the items after it move down with them).
void remove_at(YamlDocument& doc, const Path& path) {
    if (path.empty()) return;
    json* parent = &doc.value;
    for (std::size_t i = 0; i + 1 < path.size(); ++i) {
        const Step& s = path[i];
        if (const auto* index = std::get_if<std::size_t>(&s)) {
            if (!parent->is_array() || *index >= parent->size()) return;
            parent = &(*parent)[*index];
        } else {
            if (!parent->is_object()) return;
            auto it = parent->find(std::get<std::string>(s));
            if (it == parent->end()) return;
            parent = &*it;
        }
    }
    if (const auto* index = std::get_if<std::size_t>(&path.back())) {
        if (!parent->is_array() || *index >= parent->size()) return;
        parent->erase(*index);
        doc.positions.erase_element(pointer_of(Path(path.begin(), path.end() - 1)), *index);
    } else if (parent->is_object()) {
        parent->erase(std::get<std::string>(path.back()));
    }
}

}  // namespace

void drop_placeholder_urls(YamlDocument& front_matter, Diagnostics& diags) {
    if (!front_matter.value.is_object()) return;
    PlaceholderFinder finder{front_matter, diags, {}};
    Path path;
    finder.walk(front_matter.value, path, "", false, false, 0);
    // From the last to the first, so that an earlier item's index still names it; a place inside
    // one that goes anyway (two placeholders in one link) is not taken out twice.
    std::vector<Path>& remove = finder.remove;
    for (std::size_t i = remove.size(); i-- > 0;) {
        const bool inside_another = std::any_of(remove.begin(), remove.end(), [&](const Path& other) { return is_prefix(other, remove[i]); });
        const bool again = std::find(remove.begin() + static_cast<std::ptrdiff_t>(i) + 1, remove.end(), remove[i]) != remove.end();
        if (!inside_another && !again) remove_at(front_matter, remove[i]);
    }
}

void drop_placeholder_urls(std::vector<Page>& pages, Diagnostics& diags) {
    std::vector<Diagnostics> found(pages.size());
    parallel_for(pages.size(), [&](std::size_t i) {
        guard_file(pages[i].source, found[i], [&] { drop_placeholder_urls(pages[i].front_matter, found[i]); });
    });
    for (auto& d : found) diags.append(d);
}

}  // namespace urker
