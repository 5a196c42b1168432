#include "model/portal_assembler.h"

namespace urker::portal_assembly {

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
            sort_newest_first(topics, m_.pages);
            json list = json::array();
            for (PageId t : topics) {
                json it = item(t, lang);
                PageId l = m_.localized(t, lang);
                if (const auto* topic = std::get_if<TopicData>(&portal_.kind_data[l]); topic && topic->author)
                    it["author"] = link_json(m_, *topic->author, m_.pages[l].lang);  // its author's link in this language
                list.push_back(it);
            }
            json cat = forum_category_json(m_.config, id, lang);
            cat["topics"] = list;
            cat["count"] = list.size();
            categories.push_back(cat);
        }
        by_lang[lang] = {{"chats", chats}, {"categories", categories}};
    }
    portal_.forum = by_lang;
}

}  // namespace urker::portal_assembly
