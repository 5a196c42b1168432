#include "model/portal_assembler.h"

#include "core/json_in_order.h"

namespace urker::portal_assembly {

std::vector<std::string> Assembler::keys_of(const std::map<std::string, PageId>& index) const {
    std::vector<std::string> keys;
    keys.reserve(index.size());
    for (const auto& [k, v] : index) keys.push_back(k);
    return keys;
}

json grades_of(const json& front_matter) {
    if (!front_matter.contains("grade")) return json::array();
    const json& g = front_matter["grade"];
    return g.is_array() ? g : json::array({g});
}

namespace {

// A grade value as a key that is equal exactly when the JSON values are (5 and 5.0 are).
std::string grade_key(const json& grade) {
    if (grade.is_number()) return "n" + std::to_string(grade.get<double>());
    if (grade.is_string()) return "s" + grade.get<std::string>();
    return "j" + grade.dump();
}

}  // namespace

void Assembler::index_grades() {
    grade_sets_.assign(m_.pages.size(), GradeSet{});
    std::map<std::string, int> bit_of;
    for (PageId i = 0; i < m_.pages.size(); ++i) {
        if (portal_.kinds[i] != Kind::material) continue;
        GradeSet& set = grade_sets_[i];
        for (const json& g : grades_of(fm(i))) {
            set.none = false;
            if (g == "all") set.all = true;
            auto [it, added] = bit_of.try_emplace(grade_key(g), static_cast<int>(bit_of.size()));
            if (it->second < 64) set.bits |= std::uint64_t{1} << it->second;
            else set.exact = false;
        }
    }
}

bool Assembler::grades_shared(PageId a, PageId b) const {
    const GradeSet& x = grade_sets_[a];
    const GradeSet& y = grade_sets_[b];
    if (x.none || y.none || x.all || y.all) return true;
    if (x.exact && y.exact) return (x.bits & y.bits) != 0;
    for (const json& g : grades_of(fm(a)))
        for (const json& h : grades_of(fm(b)))
            if (g == h) return true;
    return false;
}

void Assembler::build_indexes() {
    for (PageId i = 0; i < m_.pages.size(); ++i) {
        if (!m_.pages[i].is_view) check_references(i);
        if (!primary(i)) continue;
        const json& f = fm(i);
        switch (portal_.kinds[i]) {
            case Kind::material:
                for (const auto& a : as_list(f.value("author", json()))) materials_by_author[a].push_back(i);
                if (f.contains("subject") && f["subject"].is_string()) materials_by_subject[f["subject"].get<std::string>()].push_back(i);
                break;
            case Kind::news:
                for (const auto& a : as_list(f.value("author", json()))) news_by_author[a].push_back(i);
                for (const auto& s : as_list(f.value("school", json()))) news_by_school[s].push_back(i);
                break;
            case Kind::event:
                for (const auto& a : as_list(f.value("organizer", json()))) events_by_organizer[a].push_back(i);
                for (const auto& s : as_list(f.value("school", json()))) events_by_school[s].push_back(i);
                break;
            case Kind::member:
                for (const auto& s : as_list(f.value("school", json()))) members_by_school[s].push_back(i);
                for (const auto& g : as_list(f.value("groups", json()))) groups_by_member[ids_[i]].push_back(portal_.groups.count(g) ? portal_.groups.at(g) : i);
                break;
            case Kind::group:
                for (const auto& mm : as_list(f.value("members", json())))
                    if (std::find(groups_by_member[mm].begin(), groups_by_member[mm].end(), i) == groups_by_member[mm].end())
                        groups_by_member[mm].push_back(i);
                break;
            case Kind::plan:
                load_plan_items(i);
                break;
            default:
                break;
        }
    }
    auto newest = [&](std::vector<PageId>& v) {
        sort_newest_first(v, m_.pages);
        v.erase(std::unique(v.begin(), v.end()), v.end());
    };
    for (auto* index : {&materials_by_author, &news_by_author, &events_by_organizer, &materials_by_subject, &news_by_school, &events_by_school})
        for (auto& [k, v] : *index) newest(v);
    for (auto& [k, v] : members_by_school)
        std::sort(v.begin(), v.end(), [&](PageId a, PageId b) { return m_.pages[a].title < m_.pages[b].title; });
    for (auto& [k, v] : groups_by_member) {
        v.erase(std::remove_if(v.begin(), v.end(), [&](PageId g) { return portal_.kinds[g] != Kind::group; }), v.end());
        std::sort(v.begin(), v.end());
        v.erase(std::unique(v.begin(), v.end()), v.end());
    }
}

json Assembler::ref(PageId i, const std::string& lang) const { return link_json(m_, PageLink{ids_[i], i}, lang); }

json Assembler::ref_by_id(const std::map<std::string, PageId>& index, const std::string& id, const std::string& lang) const {
    return link_json(m_, link(index, id), lang);
}

// A compact item for lists on other pages.
json Assembler::item(PageId i, const std::string& lang) const {
    PageId l = m_.localized(i, lang);
    const Page& p = m_.pages[l];
    const json& f = p.front_matter.value;
    const std::string url = m_.url_of(l);
    // `cache_key`: the entry is the same on every list it is on, so a theme can render it once
    // ({% cache it.cache_key, lang %}); a list a template makes itself has none.
    json out = JsonInOrder(9)  // the six, and the front matter's few below
                   .add("cache_key", url)
                   .add("date", p.date ? p.date->iso() : "")
                   .add("kind", kind_name(portal_.kinds[i]))
                   .add("lang", p.content_lang)
                   .add("title", p.title)
                   .add("url", url)
                   .take();
    for (const char* key : {"subject", "grade", "material_type", "event_type", "start", "end", "position"})
        if (f.contains(key)) out[key] = f[key];
    return out;
}

void Assembler::list(PageId i, const char* name, const std::vector<PageId>& pages) {
    const std::string& lang = m_.pages[i].lang;
    std::vector<PageId> in_language;
    in_language.reserve(pages.size());
    for (PageId p : pages) in_language.push_back(m_.localized(p, lang));
    portal_.lists[i].emplace_back(name, std::move(in_language));
}

}  // namespace urker::portal_assembly
