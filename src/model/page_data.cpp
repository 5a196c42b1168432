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

}  // namespace urker
