#include "model/portal_assembler.h"

namespace urker::portal_assembly {

json Assembler::category_ref(const std::string& id, const std::string& lang) const {
    json out = {{"id", id}, {"title", id}, {"description", ""}};
    auto it = m_.config.forum.categories.find(id);
    if (it == m_.config.forum.categories.end()) return out;
    auto localized = [&](const json& v) -> std::string {
        if (v.is_string()) return v.get<std::string>();
        if (v.is_object()) {
            if (v.contains(lang) && v[lang].is_string()) return v[lang].get<std::string>();
            if (v.contains(m_.config.language) && v[m_.config.language].is_string()) return v[m_.config.language].get<std::string>();
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

void Assembler::build_forum() {
    json chats = json::array();
    for (const auto& c : m_.config.forum.chats) chats.push_back({{"name", c.name}, {"url", c.url}});
    std::map<std::string, std::vector<PageId>> by_category;
    for (PageId i = 0; i < m_.pages.size(); ++i)
        if (portal_.kinds[i] == Kind::topic && primary(i))
            by_category[fm(i).contains("category") && fm(i)["category"].is_string() ? fm(i)["category"].get<std::string>() : ""].push_back(i);
    json by_lang = json::object();
    for (const auto& lang : m_.config.languages) {
        json categories = json::array();
        std::vector<std::string> order;
        for (const auto& [id, c] : m_.config.forum.categories) order.push_back(id);
        for (const auto& [id, topics] : by_category)
            if (!m_.config.forum.categories.count(id)) order.push_back(id);
        for (const auto& id : order) {
            std::vector<PageId> topics = by_category.count(id) ? by_category[id] : std::vector<PageId>{};
            std::sort(topics.begin(), topics.end(), [&](PageId a, PageId b) { return day_of(a) != day_of(b) ? day_of(a) > day_of(b) : a < b; });
            json list = json::array();
            for (PageId t : topics) {
                json it = item(t, lang);
                const json& data = portal_.data[m_.localized(t, lang)];  // its author's link in this language
                if (data.contains("author")) it["author"] = data["author"];
                list.push_back(it);
            }
            json cat = category_ref(id, lang);
            cat["topics"] = list;
            cat["count"] = list.size();
            categories.push_back(cat);
        }
        by_lang[lang] = {{"chats", chats}, {"categories", categories}};
    }
    portal_.forum = by_lang;
}

}  // namespace urker::portal_assembly
