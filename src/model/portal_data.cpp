#include "model/portal_assembler.h"

namespace urker::portal_assembly {

namespace {

// The host a material's `external_url` is on, as its page names it ("uchi.ru").
std::string external_host(const std::string& url) {
    std::string host = url_host(url);
    if (starts_with(host, "www.")) host = host.substr(4);
    return host;
}

}  // namespace

PageLink Assembler::link(const std::map<std::string, PageId>& index, const std::string& id) const {
    auto it = index.find(id);
    return {id, it == index.end() ? std::nullopt : std::optional<PageId>(it->second)};
}

void Assembler::fill_data(PageId i) {
    const Page& p = m_.pages[i];
    const json& f = fm(i);
    const std::string& lang = p.lang;
    json& d = portal_.data[i];
    d["kind"] = kind_name(portal_.kinds[i]);
    switch (portal_.kinds[i]) {
        case Kind::member: {
            MemberData& member = portal_.kind_data[i].emplace<MemberData>();
            member.id = ids_[i];
            const std::string& id = member.id;
            if (auto s = as_list(f.value("school", json())); !s.empty()) member.school = link(portal_.schools, s[0]);
            for (PageId g : listed(groups_by_member, id)) member.groups.push_back({ids_[g], g});
            list(i, "materials", listed(materials_by_author, id));
            list(i, "news", listed(news_by_author, id));
            list(i, "events", listed(events_by_organizer, id));
            json plan_items_of_member = json::array();
            for (const auto& [plan, entry] : listed(plan_items_by_responsible, id)) {
                json& item = plan_items_of_member.emplace_back(entry);
                // Its date in the page's language; what it was worked out from is not shown.
                item["when_label"] = plan_when_label(item, lang);
                for (const char* key : {"when_understood", "span", "first", "last"}) item.erase(key);
                item["plan"] = ref(plan, lang);
            }
            d["plan_items"] = std::move(plan_items_of_member);
            break;
        }
        case Kind::school: {
            SchoolData& school = portal_.kind_data[i].emplace<SchoolData>();
            school.id = ids_[i];
            std::vector<PageId> school_materials;
            for (PageId mm : listed(members_by_school, school.id)) {
                school.members.push_back({{ids_[mm], mm}, listed(materials_by_author, ids_[mm]).size()});
                for (PageId mat : listed(materials_by_author, ids_[mm])) school_materials.push_back(mat);
            }
            sort_newest_first(school_materials, m_.pages);
            school_materials.erase(std::unique(school_materials.begin(), school_materials.end()), school_materials.end());
            list(i, "materials", school_materials);
            list(i, "news", listed(news_by_school, school.id));
            list(i, "events", listed(events_by_school, school.id));
            break;
        }
        case Kind::group: {
            GroupData& group = portal_.kind_data[i].emplace<GroupData>();
            group.id = ids_[i];
            if (f.contains("leader") && f["leader"].is_string()) group.leader = link(portal_.members, f["leader"].get<std::string>());
            std::set<std::string> seen;
            for (const auto& mm : as_list(f.value("members", json())))
                if (seen.insert(mm).second) group.members.push_back(link(portal_.members, mm));
            for (const auto& [mid, gs] : groups_by_member)
                if (std::find(gs.begin(), gs.end(), i) != gs.end() && seen.insert(mid).second) group.members.push_back(link(portal_.members, mid));
            break;
        }
        case Kind::material: {
            MaterialData& material = portal_.kind_data[i].emplace<MaterialData>();
            for (const auto& a : as_list(f.value("author", json()))) {
                MaterialAuthor author{link(portal_.members, a), std::nullopt};
                if (author.member.page)
                    if (auto s = as_list(fm(*author.member.page).value("school", json())); !s.empty()) {
                        author.school = link(portal_.schools, s[0]);
                        if (!material.school) material.school = author.school;
                    }
                material.authors.push_back(std::move(author));
            }
            material.grades = grades_of(f);
            if (f.contains("external_url") && f["external_url"].is_string()) material.external_host = external_host(f["external_url"].get<std::string>());
            // Related: same subject, a shared grade, newest first. The walk stops at the fifth: a
            // subject's list has hundreds of materials in a large network, and walking all of it
            // for each of them made this quadratic (a second at 10 000 materials).
            // The subject's list holds default-language pages: this page's own one is the page
            // itself, or the translation (or view) of it that a page in another language shows.
            std::vector<PageId> related;
            if (f.contains("subject") && f["subject"].is_string()) {
                const PageId itself = m_.primary_of(i);
                for (PageId other : listed(materials_by_subject, f["subject"].get<std::string>())) {
                    if (related.size() >= 5) break;
                    if (other == itself) continue;
                    if (grades_shared(i, other)) related.push_back(other);
                }
            }
            list(i, "related", related);
            break;
        }
        case Kind::plan: portal_.kind_data[i] = plan_data(i); break;
        case Kind::news: {
            NewsData& news = portal_.kind_data[i].emplace<NewsData>();
            if (auto a = as_list(f.value("author", json())); !a.empty()) news.author = link(portal_.members, a[0]);
            if (auto s = as_list(f.value("school", json())); !s.empty()) news.school = link(portal_.schools, s[0]);
            news.pinned = is_pinned(p, portal_.build_date);  // until pin_until; a wrong value was reported by the schema
            break;
        }
        case Kind::topic: {
            TopicData& topic = portal_.kind_data[i].emplace<TopicData>();
            if (auto a = as_list(f.value("author", json())); !a.empty()) topic.author = link(portal_.members, a[0]);
            if (f.contains("category") && f["category"].is_string()) topic.category = f["category"].get<std::string>();
            break;
        }
        case Kind::event: {
            EventData& event = portal_.kind_data[i].emplace<EventData>();
            if (f.contains("start") && f["start"].is_string()) event.start = parse_date(f["start"].get<std::string>(), false, false).date;
            if (f.contains("end") && f["end"].is_string()) event.end = parse_date(f["end"].get<std::string>(), false, false).date;
            if (event.start) event.upcoming = (event.end ? *event.end : *event.start).days_since_epoch() >= portal_.build_date.days_since_epoch();
            for (const auto& o : as_list(f.value("organizer", json()))) event.organizers.push_back(link(portal_.members, o));
            std::string place = f.contains("place") && f["place"].is_string() ? f["place"].get<std::string>() : "";
            if (place == "online") {
                event.place.where = EventPlace::Where::online;
                event.place.online_url = f.value("online_url", json(""));
            } else if (portal_.schools.count(place)) {
                event.place.where = EventPlace::Where::school;
                event.place.school = link(portal_.schools, place);
            } else if (!place.empty()) {
                event.place.where = EventPlace::Where::named;
                event.place.name = place;
            }
            if (auto s = as_list(f.value("school", json())); !s.empty()) event.school = link(portal_.schools, s[0]);
            // The calendar file sits beside the default-language page only.
            event.calendar_page = m_.primary_of(i);
            break;
        }
        default:
            break;
    }
}

// Reviews and certificates (model/reviews.h, model/certificates.h): every material with a
// review gets page.data.review; an approved one, its certificate's number and address.
void Assembler::attach_reviews() {
    portal_.certificates = issue_certificates(m_, content_root_, diags_);
    std::vector<PageId> events;
    for (PageId i = 0; i < m_.pages.size(); ++i)
        if (portal_.kinds[i] == Kind::event && primary(i)) events.push_back(i);
    portal_.participation = issue_participation_certificates(m_, events, portal_.members, portal_.build_date);
    std::map<PageId, const Certificate*> by_material;
    for (const auto& c : portal_.certificates) by_material[c.material] = &c;
    for (PageId i = 0; i < m_.pages.size(); ++i) {
        if (portal_.kinds[i] != Kind::material || !m_.pages[i].review) continue;
        const std::string& lang = m_.pages[i].lang;
        PageId owner = m_.primary_of(i);
        auto found = by_material.find(owner);
        const Certificate* c = found == by_material.end() ? nullptr : found->second;
        // The certificate in the part of the site the page is in (/kk/certificates/… from a Kazakh page).
        std::string prefix = m_.config.language_folder(lang);
        std::string url = c ? m_.config.site_url("/" + prefix + "certificates/" + c->slug + "/") : "";
        portal_.data[i]["review"] = review_data(*m_.pages[i].review, c, url, [&](const std::string& id) { return ref_by_id(portal_.members, id, lang); });
    }
}

}  // namespace urker::portal_assembly
