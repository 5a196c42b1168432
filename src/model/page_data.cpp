#include "model/page_data.h"

namespace urker {

nlohmann::json link_json(const SiteModel& m, const PageLink& link, const std::string& lang) {
    if (!link.page) return {{"id", link.id}, {"title", link.id}, {"url", ""}};
    PageId l = m.localized(*link.page, lang);
    return {{"id", link.id}, {"title", m.pages[l].title}, {"url", m.url_of(l)}};
}

const std::string& link_title(const SiteModel& m, const PageLink& link, const std::string& lang) {
    return link.page ? m.pages[m.localized(*link.page, lang)].title : link.id;
}

nlohmann::json forum_category_json(const SiteConfig& config, const std::string& id, const std::string& lang) {
    using json = nlohmann::json;
    json out = {{"id", id}, {"title", id}, {"description", ""}};
    auto it = config.forum.categories.find(id);
    if (it == config.forum.categories.end()) return out;
    auto localized = [&](const json& v) -> std::string {
        if (v.is_string()) return v.get<std::string>();
        if (v.is_object()) {
            if (v.contains(lang) && v[lang].is_string()) return v[lang].get<std::string>();
            if (v.contains(config.language) && v[config.language].is_string()) return v[config.language].get<std::string>();
        }
        return "";
    };
    const json& c = it->second;
    if (c.is_string()) out["title"] = c.get<std::string>();
    else if (c.is_object()) {
        if (c.contains("title")) out["title"] = localized(c["title"]);
        if (c.contains("description")) out["description"] = localized(c["description"]);
    }
    return out;
}

}  // namespace urker
