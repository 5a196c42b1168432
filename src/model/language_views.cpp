#include "model/language_views.h"

#include <algorithm>
#include <map>

#include "core/text.h"
#include "core/thread_pool.h"

namespace urker {

std::string path_in_language(const std::string& path, const std::string& from_lang, const std::string& lang, const SiteConfig& config) {
    std::string rest = path;
    if (!config.is_default_language(from_lang) && starts_with(rest, from_lang + "/")) rest = rest.substr(from_lang.size() + 1);
    return config.language_folder(lang) + rest;
}

namespace {

// "materials/drobi/index.md" -> "materials/drobi/index.kk.md": the name a translation file
// would have, so the view sorts and is looked up like one.
std::string view_content_path(const std::string& key, const std::string& lang, const SiteConfig& config) {
    if (config.is_default_language(lang) || !ends_with(key, ".md")) return key;
    return key.substr(0, key.size() - 3) + "." + lang + ".md";
}

// A section's heading in `lang`: the menu item that leads to it, as the visitor's menu names it.
std::string section_title(const Page& source, const std::string& lang, const SiteConfig& config) {
    if (source.kind == PageKind::home) return config.title.in(lang, config.language);
    std::string url = config.site_url("/" + path_in_language(source.path, source.lang, config.language, config));
    for (const auto& [name, items] : config.menus)
        for (const auto& item : items)
            if (config.site_url(item.url) == url) return item.name.in(lang, config.language);
    return source.title;
}

}  // namespace

void add_language_views(std::vector<Page>& pages, const SiteConfig& config) {
    std::map<std::string, std::vector<std::size_t>> by_key;
    for (std::size_t i = 0; i < pages.size(); ++i) by_key[pages[i].translation_key].push_back(i);
    auto rank = [&](const std::string& lang) {
        auto it = std::find(config.languages.begin(), config.languages.end(), lang);
        return it - config.languages.begin() + (config.is_default_language(lang) ? -1000 : 0);
    };
    // Which views to make, in order; then made on all cores: a view is a whole copy of its
    // source (its front matter too), some 16 000 of them at 10 000 materials.
    struct Wanted {
        std::size_t source;
        const std::string* key;
        const std::string* lang;
    };
    std::vector<Wanted> wanted;
    for (const auto& [key, ids] : by_key) {
        std::size_t source = *std::min_element(ids.begin(), ids.end(), [&](std::size_t a, std::size_t b) { return rank(pages[a].lang) < rank(pages[b].lang); });
        for (const auto& lang : config.languages) {
            if (std::any_of(ids.begin(), ids.end(), [&](std::size_t i) { return pages[i].lang == lang; })) continue;
            wanted.push_back({source, &key, &lang});
        }
    }
    // Made in place at the end of `pages` (its capacity reserved by the caller, else grown once):
    // a vector of views moved over afterwards was some 13 MB more fresh memory at 10 000 materials.
    const std::size_t first = pages.size();
    pages.resize(first + wanted.size());
    parallel_for(wanted.size(), [&](std::size_t k) {
        const Page& source = pages[wanted[k].source];
        const std::string& lang = *wanted[k].lang;
        Page& v = pages[first + k];
        v = source;
        v.is_view = true;
        v.is_translation = !config.is_default_language(lang) || v.is_translation;
        v.lang = lang;
        v.content_path = view_content_path(*wanted[k].key, lang, config);
        v.path = path_in_language(source.path, source.lang, lang, config);
        if (v.kind != PageKind::page) v.title = section_title(source, lang, config);
    });
}

}  // namespace urker
