#include "render/page_data_json.h"

#include "model/plan_groups_json.h"
#include "render/context.h"

namespace urker {

namespace {

using json = urker::Json;

json material_json(const SiteModel& m, const ContextBuilder& ctx, const MaterialData& material, const std::string& lang) {
    json d = json::object();
    json authors = json::array();
    for (const MaterialAuthor& a : material.authors) {
        json r = link_json(m, a.member, lang);
        if (a.member.page) {
            // What the member's own page says of them, in the site's language.
            const json& mf = ctx.front_matter(*a.member.page);
            r["position"] = mf.value("position", json(""));
            // The qualification category (`category`; older sites wrote it as `qualification`).
            r["qualification"] = mf.contains("qualification") ? mf["qualification"] : mf.value("category", json(""));
            if (a.school) r["school"] = link_json(m, *a.school, lang);
        }
        authors.push_back(std::move(r));
    }
    d["authors"] = std::move(authors);
    if (material.school) d["school"] = link_json(m, *material.school, lang);
    d["grades"] = material.grades;
    if (material.external_host) d["external_host"] = *material.external_host;
    return d;
}

json news_json(const SiteModel& m, const NewsData& news, const std::string& lang) {
    json d = json::object();
    if (news.author) d["author"] = link_json(m, *news.author, lang);
    if (news.school) d["school"] = link_json(m, *news.school, lang);
    d["pinned"] = news.pinned;
    return d;
}

json event_json(const SiteModel& m, const EventData& event, const std::string& lang) {
    json d = json::object();
    if (event.start) {
        d["start"] = event.start->iso();
        d["upcoming"] = event.upcoming;
    }
    if (event.end) d["end"] = event.end->iso();
    d["organizers"] = links_json(m, event.organizers, lang);
    if (json place = place_json(m, event.place, lang); !place.is_null()) d["place"] = std::move(place);
    if (event.school) d["school"] = link_json(m, *event.school, lang);
    d["ics_url"] = m.url_of(event.calendar_page) + "event.ics";
    return d;
}

json member_json(const SiteModel& m, const Portal& portal, PageId i, const MemberData& member, const std::string& lang) {
    json d = json::object();
    d["id"] = member.id;
    if (member.school) d["school"] = link_json(m, *member.school, lang);
    d["groups"] = links_json(m, member.groups, lang);
    const json& rest = portal.data[i];
    auto plan_items = rest.find("plan_items");
    d["counts"] = {{"materials", listed_pages(portal, i, "materials").size()},
                   {"news", listed_pages(portal, i, "news").size()},
                   {"events", listed_pages(portal, i, "events").size()},
                   {"plan_items", plan_items == rest.end() ? 0 : plan_items->size()},
                   {"groups", member.groups.size()}};
    return d;
}

json school_json(const SiteModel& m, const Portal& portal, const ContextBuilder& ctx, PageId i, const SchoolData& school, const std::string& lang) {
    json d = json::object();
    d["id"] = school.id;
    json members = json::array();
    for (const SchoolMember& sm : school.members) {
        json r = link_json(m, sm.member, lang);
        r["position"] = ctx.front_matter(*sm.member.page).value("position", json(""));
        r["materials"] = sm.materials;
        members.push_back(std::move(r));
    }
    d["counts"] = {{"members", school.members.size()}, {"materials", listed_pages(portal, i, "materials").size()}};
    d["members"] = std::move(members);
    return d;
}

json group_json(const SiteModel& m, const GroupData& group, const std::string& lang) {
    json d = json::object();
    d["id"] = group.id;
    if (group.leader) d["leader"] = link_json(m, *group.leader, lang);
    d["members"] = links_json(m, group.members, lang);
    return d;
}

json topic_json(const SiteModel& m, const TopicData& topic, const std::string& lang) {
    json d = json::object();
    if (topic.author) d["author"] = link_json(m, *topic.author, lang);
    if (topic.category) d["category"] = forum_category_json(m.config, *topic.category, lang);
    return d;
}

// `brief`: only what a plan's summary keeps (render/context.cpp's brief_data): its table, some
// thousand rows with their months, is for its own page.
json plan_json(const SiteModel& m, const PlanData& plan, const std::string& lang, bool brief) {
    if (brief) {
        json d = json::object();
        d["progress"] = plan_progress_json(plan.progress);
        d["id"] = plan.id;
        return d;
    }
    json items = json::array();
    for (const PlanItem& item : plan.items) items.push_back(plan_item_json(m, item, lang));
    json d = json::object();
    d["months"] = plan_groups(items, lang);  // model/plan_groups_json.h
    d["items"] = std::move(items);
    d["progress"] = plan_progress_json(plan.progress);
    d["id"] = plan.id;
    d["ics_url"] = m.url_of(plan.calendar_page) + "plan.ics";
    return d;
}

}  // namespace

json page_data_json(const SiteModel& m, const Portal& portal, const ContextBuilder& ctx, PageId i, bool brief) {
    const std::string& lang = m.pages[i].lang;
    json typed = std::visit(
        [&](const auto& data) -> json {
            using T = std::decay_t<decltype(data)>;
            if constexpr (std::is_same_v<T, MaterialData>) return material_json(m, ctx, data, lang);
            else if constexpr (std::is_same_v<T, NewsData>) return news_json(m, data, lang);
            else if constexpr (std::is_same_v<T, EventData>) return event_json(m, data, lang);
            else if constexpr (std::is_same_v<T, MemberData>) return member_json(m, portal, i, data, lang);
            else if constexpr (std::is_same_v<T, SchoolData>) return school_json(m, portal, ctx, i, data, lang);
            else if constexpr (std::is_same_v<T, GroupData>) return group_json(m, data, lang);
            else if constexpr (std::is_same_v<T, TopicData>) return topic_json(m, data, lang);
            else if constexpr (std::is_same_v<T, PlanData>) return plan_json(m, data, lang, brief);
            else return json();
        },
        portal.kind_data[i]);
    if (typed.is_null()) return portal.data[i];
    // The untyped rest (the kind's name, a material's review) beside the typed fields.
    for (const auto& [key, value] : portal.data[i].items()) typed[key] = value;
    return typed;
}

const std::string* school_title(const SiteModel& m, const Portal& portal, PageId i) {
    const std::string& lang = m.pages[i].lang;
    const std::optional<PageLink>* school = nullptr;
    if (const auto* material = std::get_if<MaterialData>(&portal.kind_data[i])) school = &material->school;
    else if (const auto* news = std::get_if<NewsData>(&portal.kind_data[i])) school = &news->school;
    else if (const auto* event = std::get_if<EventData>(&portal.kind_data[i])) school = &event->school;
    else if (const auto* member = std::get_if<MemberData>(&portal.kind_data[i])) school = &member->school;
    if (school) return *school ? &link_title(m, **school, lang) : nullptr;
    const json& d = portal.data[i];
    if (auto it = d.find("school"); it != d.end() && it->is_object())
        if (auto title = it->find("title"); title != it->end() && title->is_string()) return &title->get_ref<const std::string&>();
    return nullptr;
}

}  // namespace urker
