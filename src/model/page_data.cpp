#include "model/page_data.h"

#include "core/json_in_order.h"
#include "model/plan_groups_json.h"

namespace urker {

urker::Json link_json(const SiteModel& m, const PageLink& link, const std::string& lang) {
    if (!link.page) return JsonInOrder(3).add("id", link.id).add("title", link.id).add("url", "").take();
    PageId l = m.localized(*link.page, lang);
    return JsonInOrder(3).add("id", link.id).add("title", m.pages[l].title).add("url", m.url_of(l)).take();
}

urker::Json links_json(const SiteModel& m, const std::vector<PageLink>& links, const std::string& lang) {
    urker::Json out = urker::Json::array();
    for (const PageLink& link : links) out.push_back(link_json(m, link, lang));
    return out;
}

const std::string& link_title(const SiteModel& m, const PageLink& link, const std::string& lang) {
    return link.page ? m.pages[m.localized(*link.page, lang)].title : link.id;
}

urker::Json place_json(const SiteModel& m, const EventPlace& place, const std::string& lang) {
    switch (place.where) {
        case EventPlace::Where::online: return {{"online", true}, {"title", ""}, {"url", place.online_url}};
        case EventPlace::Where::school: return link_json(m, place.school, lang);
        case EventPlace::Where::named: return {{"title", place.name}, {"url", ""}};
        case EventPlace::Where::none: break;
    }
    return nullptr;
}

urker::Json plan_item_json(const SiteModel& m, const PlanItem& item, const std::string& lang) {
    urker::Json out = {{"what", item.what},
                          {"when", item.when},
                          {"when_understood", item.time.understood},
                          {"span", plan_span_name(item.time.span)},
                          {"month", item.time.month_key},
                          {"first", item.time.understood ? item.time.first.iso() : ""},
                          {"last", item.time.understood ? item.time.last.iso() : ""},
                          {"when_label", plan_when_label(item.time, item.when, lang)},
                          {"status", item.status},
                          {"due", item.due}};
    for (const auto& [key, text] : item.texts) out[key] = text;
    if (!item.own_columns.empty()) {
        urker::Json columns = urker::Json::array();
        for (const auto& [header, text] : item.own_columns) columns.push_back({{"header", header}, {"text", text}});
        out["columns"] = std::move(columns);
    }
    urker::Json responsible = urker::Json::array();
    for (const PlanResponsible& r : item.responsible)
        responsible.push_back(r.link ? link_json(m, *r.link, lang) : urker::Json{{"title", r.text}, {"url", ""}});
    out["responsible"] = std::move(responsible);
    if (!item.mentoring.empty()) out["mentoring"] = item.mentoring;
    if (urker::Json place = place_json(m, item.place, lang); !place.is_null()) out["place"] = std::move(place);
    return out;
}

urker::Json plan_progress_json(const PlanProgress& p) {
    return {{"total", p.total}, {"due", p.due}, {"done", p.done}, {"cancelled", p.cancelled}, {"percent", p.percent}, {"by_status", p.by_status}};
}

urker::Json forum_category_json(const SiteConfig& config, const std::string& id, const std::string& lang) {
    using json = urker::Json;
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
