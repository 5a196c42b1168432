#include "model/id_list.h"

#include "model/list_order.h"
#include "model/portfolio.h"

#include <algorithm>
#include <cstdio>
#include <optional>

#include "core/text.h"
#include "model/message_at.h"
#include "model/plan_groups_json.h"

namespace urker {

using json = urker::Json;

namespace {

const std::vector<std::string> kCourseKeys = {"title", "hours", "year", "organiser"};

std::string join(const std::vector<std::string>& v) {
    std::string out;
    for (const auto& s : v) out += (out.empty() ? "" : ", ") + s;
    return out;
}

std::string text_of(const json& f, const char* key) { return f.contains(key) && f[key].is_string() ? trim(f[key].get<std::string>()) : ""; }

// Hours as a number from 1 to 2000 (halves allowed); 0 when it is not one.
double hours_of(const json& v) {
    if (!v.is_number()) return 0;
    double h = v.get<double>();
    return h >= 1 && h <= 2000 && h * 2 == static_cast<double>(static_cast<long long>(h * 2)) ? h : 0;
}

std::string number_text(double d) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%g", d);
    return buf;
}

void check_term(const YamlDocument& doc, const char* key, const std::vector<VocabularyTerm>& terms, Diagnostics& diags) {
    if (!doc.value.contains(key) || doc.value[key].is_null()) return;
    const json& v = doc.value[key];
    std::string written = v.is_string() ? trim(v.get<std::string>()) : v.dump(-1, ' ', false, json::error_handler_t::replace);
    if (v.is_string() && find_term(terms, written)) return;
    std::string near = closest_match(written, term_spellings(terms));
    // The list as the reader writes it: the Kazakh names for a Kazakh reader (core/messages.h).
    Message hint(near.empty() ? "portfolio.allowed_terms" : "portfolio.allowed_terms_near", {{"list", term_keys(terms)}});
    if (!near.empty()) hint.args.emplace_back("near", near);
    for (const char* lang : {"ru", "kk", "en"}) hint.args.emplace_back(std::string("list@") + lang, term_names(terms, lang));
    diags.add(error_at(doc, pointer_append("", key), Message("portfolio.unknown_term", {{"key", key}, {"value", written}}), std::move(hint)));
}

}  // namespace

void check_member_portfolio(const YamlDocument& member, const PortfolioVocabulary& vocabulary, Diagnostics& diags) {
    if (!member.value.is_object()) return;
    check_term(member, "category", vocabulary.categories, diags);
    check_term(member, "level", vocabulary.levels, diags);
    if (!member.value.contains("courses") || member.value["courses"].is_null()) return;
    const json& courses = member.value["courses"];
    if (!courses.is_array()) {
        diags.add(error_at(member, "/courses", Message("portfolio.courses_not_list"), Message("portfolio.course_example")));
        return;
    }
    for (std::size_t k = 0; k < courses.size(); ++k) {
        const std::string ptr = "/courses/" + std::to_string(k);
        const json& c = courses[k];
        if (c.is_string()) continue;  // a course named in words, without its hours
        if (!c.is_object()) {
            diags.add(error_at(member, ptr, Message("portfolio.course_not_map"), Message("portfolio.course_example")));
            continue;
        }
        for (const auto& [key, v] : c.items()) {
            (void)v;
            if (std::find(kCourseKeys.begin(), kCourseKeys.end(), key) != kCourseKeys.end()) continue;
            std::string near = closest_match(key, kCourseKeys);
            diags.add(error_at(member, pointer_append(ptr, key) + "#key", Message("portfolio.course_unknown_key", {{"key", key}}),
                               near.empty() ? Message("portfolio.course_keys", {{"keys", join(kCourseKeys)}})
                                            : Message("portfolio.did_you_mean", {{"near", near}})));
        }
        if (text_of(c, "title").empty())
            diags.add(error_at(member, c.contains("title") ? pointer_append(ptr, "title") : ptr, Message("portfolio.course_no_title"),
                               Message("portfolio.course_example")));
        if (c.contains("hours") && !c["hours"].is_null() && hours_of(c["hours"]) == 0)
            diags.add(error_at(member, pointer_append(ptr, "hours"), Message("portfolio.course_bad_hours"), Message("portfolio.course_example")));
        if (c.contains("year") && !c["year"].is_null() &&
            !(c["year"].is_number_integer() && c["year"].get<long long>() >= 1950 && c["year"].get<long long>() <= 2100))
            diags.add(error_at(member, pointer_append(ptr, "year"), Message("portfolio.course_bad_year"), Message("portfolio.course_example")));
        if (c.contains("organiser") && !c["organiser"].is_null() && !c["organiser"].is_string())
            diags.add(error_at(member, pointer_append(ptr, "organiser"), Message("portfolio.course_organiser_text"), Message("portfolio.course_example")));
    }
}

namespace {

class PortfolioBuilder {
public:
    PortfolioBuilder(const SiteModel& m, Portal& p, const PortfolioVocabulary& v) : m_(m), portal_(p), vocabulary_(v) {}

    void run() {
        index();
        for (PageId i = 0; i < m_.pages.size(); ++i) {
            if (m_.pages[i].kind != PageKind::page) continue;
            if (portal_.kinds[i] == Kind::member) fill_member(i);
            else if (portal_.kinds[i] == Kind::group) fill_group(i);
        }
        fill_directory();
    }

private:
    const SiteModel& m_;
    Portal& portal_;
    const PortfolioVocabulary& vocabulary_;
    std::map<std::string, std::vector<PageId>> materials_by_author_, events_attended_, events_led_;
    std::map<PageId, const Certificate*> certificate_of_;  // material (default language) -> its certificate
    std::map<std::pair<std::string, PageId>, const ParticipationCertificate*> participation_of_;  // (member, event) -> certificate
    std::vector<std::vector<std::size_t>> event_pairs_;  // per page (events): the pairs it names
    int school_year_ = 0;                                 // the build date's school year: 2026 for 2026–2027

    const json& fm(PageId i) const { return m_.pages[i].front_matter.value; }
    std::string prefix(const std::string& lang) const { return m_.config.language_folder(lang); }

    long day_of(PageId i) const { return m_.pages[i].date ? m_.pages[i].date->days_since_epoch() : 0; }

    std::optional<Date> event_start(PageId i) const {
        const auto* event = std::get_if<EventData>(&portal_.kind_data[i]);
        return event ? event->start : std::nullopt;
    }

    // The first and last day of the school year (September to August).
    bool in_school_year(const Date& d) const {
        return (d.year == school_year_ && d.month >= 9) || (d.year == school_year_ + 1 && d.month <= 8);
    }

    json member_ref(const std::string& id, const std::string& lang) const {
        auto it = portal_.members.find(id);
        if (it == portal_.members.end()) return {{"id", id}, {"title", id}, {"url", ""}};
        PageId l = m_.localized(it->second, lang);
        return {{"id", id}, {"title", m_.pages[l].title}, {"url", m_.url_of(l)}};
    }

    json page_ref(PageId i, const std::string& lang) const {
        PageId l = m_.localized(i, lang);
        return {{"title", m_.pages[l].title}, {"url", m_.url_of(l)}, {"lang", m_.pages[l].content_lang}};
    }

    json term_json(const json& written, const std::vector<VocabularyTerm>& terms, const std::string& lang) const {
        if (!written.is_string()) return nullptr;
        const VocabularyTerm* t = find_term(terms, written.get<std::string>());
        if (!t) return nullptr;
        return {{"key", t->key}, {"title", t->title(lang, m_.config.language)}};
    }

    void index() {
        const Date& b = portal_.build_date;
        school_year_ = b.month >= 8 ? b.year : b.year - 1;
        event_pairs_.assign(m_.pages.size(), {});
        for (PageId i = 0; i < m_.pages.size(); ++i) {
            if (!m_.is_primary(i) || m_.pages[i].kind != PageKind::page || m_.pages[i].draft) continue;
            const json& f = fm(i);
            if (portal_.kinds[i] == Kind::material) {
                for (const auto& a : as_list(f.value("author", json()))) materials_by_author_[a].push_back(i);
            } else if (portal_.kinds[i] == Kind::event) {
                for (const auto& who : as_list(f.value("participants", json()))) events_attended_[trim(who)].push_back(i);
                for (const auto& who : as_list(f.value("organizer", json()))) events_led_[trim(who)].push_back(i);
                bool ok = true;
                for (const auto& ref : mentoring_refs(f.value("mentoring", json()), ok))
                    for (std::size_t k : resolve_mentoring_ref(ref, portal_.mentoring, portal_.groups)) event_pairs_[i].push_back(k);
            }
        }
        auto newest = [&](std::vector<PageId>& v) { sort_newest_first(v, m_.pages); };
        for (auto& [k, v] : materials_by_author_) newest(v);
        for (auto* index : {&events_attended_, &events_led_})
            for (auto& [k, v] : *index)
                std::sort(v.begin(), v.end(), [&](PageId a, PageId b) {
                    auto sa = event_start(a), sb = event_start(b);
                    long da = sa ? sa->days_since_epoch() : 0, db = sb ? sb->days_since_epoch() : 0;
                    return da != db ? da > db : a < b;
                });
        for (const auto& c : portal_.certificates) certificate_of_[c.material] = &c;
        for (const auto& c : portal_.participation)
            if (!c.member.empty()) participation_of_[{c.member, c.event}] = &c;
    }

    json pair_json(const MentoringPair& p, const std::string& lang) const {
        bool current = p.since.days_since_epoch() <= portal_.build_date.days_since_epoch() &&
                       (!p.until || p.until->days_since_epoch() >= portal_.build_date.days_since_epoch());
        return {{"id", p.id()}, {"mentor", member_ref(p.mentor, lang)}, {"mentee", member_ref(p.mentee, lang)},
                {"since", p.since.iso()}, {"until", p.until ? p.until->iso() : ""}, {"focus", p.focus}, {"current", current},
                {"group", page_ref(p.group, lang)}};
    }

    // The school year's sessions of a member's pairs: events and plan items that name them.
    json sessions(const std::string& id, const std::string& lang) const {
        std::set<std::size_t> mine;
        for (std::size_t k = 0; k < portal_.mentoring.size(); ++k)
            if (!portal_.mentoring[k].broken && (portal_.mentoring[k].mentor == id || portal_.mentoring[k].mentee == id)) mine.insert(k);
        std::vector<std::pair<std::string, json>> out;  // (date, entry)
        if (mine.empty()) return json::array();
        std::set<std::string> event_days;  // a plan item of the same day as an event is that event
        for (PageId i = 0; i < m_.pages.size(); ++i) {
            if (portal_.kinds[i] == Kind::event && !event_pairs_[i].empty()) {
                if (std::none_of(event_pairs_[i].begin(), event_pairs_[i].end(), [&](std::size_t k) { return mine.count(k) > 0; })) continue;
                auto start = event_start(i);
                if (!start || !in_school_year(*start)) continue;
                json e = page_ref(i, lang);
                e["date"] = start->iso();
                e["kind"] = "event";
                event_days.insert(start->iso().substr(0, 10));
                out.emplace_back(start->iso(), e);
            }
        }
        // Plan items after every event, so a plan item that is an event is known to be one.
        for (PageId i = 0; i < m_.pages.size(); ++i) {
            // A plan whose data failed to be made (its error is reported) has no items here.
            if (const auto* plan = std::get_if<PlanData>(&portal_.kind_data[i]); plan && m_.is_primary(i)) {
                std::string year = text_of(fm(i), "year");
                for (const PlanItem& it : plan->items) {
                    bool named = false;
                    for (const std::string& ref : it.mentoring)
                        for (std::size_t k : resolve_mentoring_ref(ref, portal_.mentoring, portal_.groups)) named = named || mine.count(k);
                    if (!named) continue;
                    std::string first = it.time.understood ? it.time.first.iso() : "";
                    // Only a day counts as in the year by its date; a month, a range or "during
                    // the year" by the plan's year.
                    auto d = parse_date(first, false, false).date;
                    bool this_year = d ? in_school_year(*d) : starts_with(year, std::to_string(school_year_));
                    if (!this_year) continue;
                    // A day is shown as a date; a month or a range in the page's language, "during
                    // the year" as written.
                    bool one_day = !first.empty() && first == it.time.last.iso();
                    if (one_day && event_days.count(first)) continue;
                    json e = {{"title", it.what}, {"url", ""}, {"when", plan_when_label(it.time, it.when, lang)}, {"status", it.status},
                              {"plan", page_ref(i, lang)}, {"date", one_day ? first : ""}, {"kind", "plan_item"}};
                    out.emplace_back(first.empty() ? "9999" : first, e);
                }
            }
        }
        std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
        json list = json::array();
        for (auto& [date, e] : out) list.push_back(std::move(e));
        return list;
    }

    void fill_member(PageId i) {
        const Page& p = m_.pages[i];
        const std::string& lang = p.lang;
        json& d = portal_.data[i];
        const auto* member = std::get_if<MemberData>(&portal_.kind_data[i]);
        if (!member || member->id.empty()) return;
        const std::string& id = member->id;
        const json& f = m_.pages[m_.primary_of(portal_.members.count(id) ? portal_.members.at(id) : i)].front_matter.value;
        d["category"] = term_json(f.value("category", json()), vocabulary_.categories, lang);
        d["level"] = term_json(f.value("level", json()), vocabulary_.levels, lang);
        // Mentoring: as a mentor, as a mentee, and the year's sessions.
        json mentees = json::array(), mentors = json::array();
        for (const auto& pair : portal_.mentoring) {
            if (pair.broken) continue;
            if (pair.mentor == id) mentees.push_back(pair_json(pair, lang));
            if (pair.mentee == id) mentors.push_back(pair_json(pair, lang));
        }
        json session_list = sessions(id, lang);
        d["mentoring"] = {{"mentees", mentees}, {"mentors", mentors}, {"sessions", session_list},
                          {"school_year", std::to_string(school_year_) + "–" + std::to_string(school_year_ + 1)}};
        // Courses, with the hours added up.
        json courses = json::array();
        double total = 0;
        if (f.contains("courses") && f["courses"].is_array())
            for (const auto& c : f["courses"]) {
                if (c.is_string()) courses.push_back({{"title", c}, {"hours", ""}, {"year", ""}, {"organiser", ""}});
                else if (c.is_object()) {
                    double h = c.contains("hours") ? hours_of(c["hours"]) : 0;
                    total += h;
                    courses.push_back({{"title", text_of(c, "title")}, {"hours", h > 0 ? number_text(h) : ""},
                                       {"year", c.contains("year") && c["year"].is_number_integer() ? std::to_string(c["year"].get<long long>()) : ""},
                                       {"organiser", text_of(c, "organiser")}});
                }
            }
        // Materials with their certificates of publication.
        json materials = json::array();
        for (PageId mat : materials_by_author_[id]) {
            json e = page_ref(mat, lang);
            e["date"] = m_.pages[mat].date ? m_.pages[mat].date->iso() : "";
            if (auto c = certificate_of_.find(mat); c != certificate_of_.end())
                e["certificate"] = {{"number", c->second->number},
                                    {"url", m_.config.site_url("/" + prefix(lang) + "certificates/" + c->second->slug + "/")}};
            materials.push_back(e);
        }
        // A portfolio is handed in as a record of what was done: an event that has not yet begun
        // by the build's day is neither led nor attended (the member's page lists it as coming).
        // An event begun by the build's day, as the portfolio lists it: its reference and day.
        auto held = [&](PageId ev) -> std::optional<json> {
            auto start = event_start(ev);
            if (start && start->days_since_epoch() > portal_.build_date.days_since_epoch()) return std::nullopt;
            json e = page_ref(ev, lang);
            e["date"] = start ? start->iso() : "";
            return e;
        };
        json led = json::array();
        for (PageId ev : events_led_[id])
            if (auto e = held(ev)) led.push_back(std::move(*e));
        json attended = json::array();
        for (PageId ev : events_attended_[id]) {
            auto e = held(ev);
            if (!e) continue;
            (*e)["hours"] = "";
            if (auto c = participation_of_.find({id, ev}); c != participation_of_.end()) {
                (*e)["certificate"] = {{"number", c->second->number},
                                       {"url", m_.config.site_url("/" + prefix(lang) + "certificates/" + c->second->slug + "/")}};
                (*e)["hours"] = c->second->hours;
            }
            attended.push_back(std::move(*e));
        }
        json roles = json::array();
        for (const auto& r : as_list(f.value("roles", json()))) roles.push_back(r);
        if (f.contains("roles") && f["roles"].is_string()) roles = json::array({f["roles"]});
        std::string url = m_.url_of(i) + "portfolio/";
        d["portfolio"] = {{"url", url}, {"courses", courses}, {"hours_total", total > 0 ? number_text(total) : ""}, {"materials", materials},
                          {"events_led", led}, {"events_attended", attended}, {"roles", roles}};
    }

    void fill_group(PageId i) {
        const Page& p = m_.pages[i];
        PageId primary = m_.primary_of(i);
        json list = json::array();
        for (const auto& pair : portal_.mentoring)
            if (pair.group == primary && !pair.broken) list.push_back(pair_json(pair, p.lang));
        if (!list.empty()) portal_.data[i]["mentoring"] = list;
    }

    // The members' list in each language: every member with what the filters need, and the
    // filters' values (only those some member has), so the list filters without a server.
    void fill_directory() {
        auto s = m_.section_by_dir.find("members");
        if (s == m_.section_by_dir.end()) return;
        const Section& section = m_.sections[s->second];
        for (const auto& lang : m_.config.languages) {
            PageId list_page = m_.localized(section.page, lang);
            if (list_page >= m_.pages.size() || m_.pages[list_page].lang != lang) continue;
            json people = json::array();
            std::map<std::string, json> schools, categories, levels;
            std::set<std::string> subjects;
            for (PageId member : section.pages) {
                if (portal_.kinds[member] != Kind::member || !m_.is_primary(member)) continue;
                PageId l = m_.localized(member, lang);
                const json& data = portal_.data[l];
                const json& f = fm(member);
                json e = {{"title", m_.pages[l].title}, {"url", m_.url_of(l)}, {"lang", m_.pages[l].content_lang},
                          {"position", text_of(fm(l), "position")}, {"subjects", json::array()},
                          {"materials", listed_pages(portal_, l, "materials").size()}};
                if (const auto* typed = std::get_if<MemberData>(&portal_.kind_data[l]); typed && typed->school) {
                    e["school"] = link_json(m_, *typed->school, m_.pages[l].lang);
                    schools.emplace(link_title(m_, *typed->school, m_.pages[l].lang), e["school"]);
                }
                for (const auto& subj : as_list(f.value("subjects", json()))) {
                    e["subjects"].push_back(subj);
                    subjects.insert(subj);
                }
                for (const char* key : {"category", "level"})
                    if (data.contains(key) && data[key].is_object()) {
                        e[key] = data[key];
                        (std::string(key) == "category" ? categories : levels).emplace(data[key]["key"].get<std::string>(), data[key]);
                    }
                people.push_back(e);
            }
            auto values = [](const std::map<std::string, json>& m) {
                json out = json::array();
                for (const auto& [k, v] : m) out.push_back(v);
                return out;
            };
            // Categories and levels in the vocabulary's order, not the alphabet's.
            auto in_order = [](const std::map<std::string, json>& m, const std::vector<VocabularyTerm>& terms) {
                json out = json::array();
                for (const auto& t : terms)
                    if (auto it = m.find(t.key); it != m.end()) out.push_back(it->second);
                return out;
            };
            portal_.data[list_page]["directory"] = {{"members", people}, {"schools", values(schools)}, {"subjects", json(subjects)},
                                                   {"categories", in_order(categories, vocabulary_.categories)},
                                                   {"levels", in_order(levels, vocabulary_.levels)}};
        }
    }
};

}  // namespace

void attach_portfolios(const SiteModel& model, Portal& portal, const PortfolioVocabulary& vocabulary) {
    PortfolioBuilder(model, portal, vocabulary).run();
}

}  // namespace urker
