#include "model/id_list.h"
#include "model/monitoring.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <set>

#include "core/csv.h"
#include "core/fs.h"
#include "core/text.h"
#include "model/indicators.h"
#include "model/last_changed.h"
#include "model/message_at.h"

namespace urker {

using json = urker::Json;

namespace {

json month_list(const std::map<std::string, std::size_t>& per_month, const std::string& first, const std::string& last) {
    json out = json::array();
    for (const auto& key : months_between(first, last)) out.push_back({{"key", key}, {"value", per_month.count(key) ? per_month.at(key) : 0}});
    return out;
}

json sorted_by_value(const std::map<std::string, std::size_t>& m) {
    json list = json::array();
    for (const auto& [k, v] : m) list.push_back({{"key", k}, {"value", v}});
    std::stable_sort(list.begin(), list.end(), [](const json& a, const json& b) { return a["value"].get<std::size_t>() > b["value"].get<std::size_t>(); });
    return list;
}

class Monitoring {
public:
    Monitoring(const SiteModel& m, const Portal& p, Diagnostics& diags) : m_(m), portal_(p), diags_(diags), settings_(m.config.monitoring) {}

    json run() {
        json mon = json::object();
        const Date& today = portal_.build_date;
        const Period& period = portal_.report_period;
        mon["build_date"] = today.iso();
        mon["period"] = {{"first", period.first.iso()}, {"last", period.last.iso()}};
        mon["settings"] = {{"plan_target", settings_.plan_target}, {"active_window_months", settings_.active_window_months},
                           {"stale_after_months", settings_.stale_after_months}};
        // Members per school.
        std::map<std::string, std::size_t> members_of_school;
        for (PageId i = 0; i < m_.pages.size(); ++i)
            if (portal_.kinds[i] == Kind::member && primary(i))
                for (const auto& s : as_list(fm(i).value("school", json()))) ++members_of_school[s];
        json per_school = json::array();
        for (const auto& [id, page] : portal_.schools)
            per_school.push_back({{"id", id}, {"school_page", page}, {"value", members_of_school.count(id) ? members_of_school.at(id) : 0}});
        mon["members_per_school"] = per_school;

        // Materials per month, subject, type, language and school.
        std::map<std::string, std::size_t> per_month, per_subject, per_type, per_language, per_school_materials;
        std::map<std::string, std::set<PageId>> materials_by_author;
        std::size_t materials = 0, materials_in_period = 0;
        for (PageId i = 0; i < m_.pages.size(); ++i) {
            if (portal_.kinds[i] != Kind::material || !primary(i)) continue;
            const json& f = fm(i);
            for (const auto& a : as_list(f.value("author", json()))) {
                materials_by_author[a].insert(i);
                add_activity(a, m_.pages[i].date, "authored");
            }
            if (!m_.pages[i].date) continue;
            ++materials;
            if (period.contains(*m_.pages[i].date)) ++materials_in_period;
            ++per_month[month_key(*m_.pages[i].date)];
            if (f.contains("subject") && f["subject"].is_string()) ++per_subject[f["subject"].get<std::string>()];
            if (f.contains("material_type") && f["material_type"].is_string()) ++per_type[f["material_type"].get<std::string>()];
            ++per_language[f.contains("language") && f["language"].is_string() ? f["language"].get<std::string>() : m_.pages[i].content_lang];
            // A material's school is its first author's (as on the school taxonomy).
            for (const auto& a : as_list(f.value("author", json())))
                if (auto it = portal_.members.find(a); it != portal_.members.end()) {
                    if (auto s = as_list(fm(it->second).value("school", json())); !s.empty() && portal_.schools.count(s[0])) {
                        ++per_school_materials[s[0]];
                        break;
                    }
                }
        }
        mon["materials_per_month"] = per_month.empty() ? json::array() : month_list(per_month, per_month.begin()->first, per_month.rbegin()->first);
        mon["materials_per_subject"] = sorted_by_value(per_subject);
        mon["materials_per_type"] = sorted_by_value(per_type);
        json langs = json::array();
        for (const auto& [k, v] : per_language) langs.push_back({{"key", k}, {"value", v}});
        mon["materials_per_language"] = langs;
        json school_materials = json::array();
        for (const auto& x : sorted_by_value(per_school_materials))
            school_materials.push_back({{"id", x["key"]}, {"school_page", portal_.schools.at(x["key"].get<std::string>())}, {"value", x["value"]}});
        mon["materials_per_school"] = school_materials;

        // The authors of the most materials.
        json most = json::array();
        std::vector<std::pair<std::string, std::size_t>> counts;
        for (const auto& [id, mats] : materials_by_author)
            if (portal_.members.count(id)) counts.emplace_back(id, mats.size());
        std::stable_sort(counts.begin(), counts.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
        for (std::size_t k = 0; k < counts.size() && k < 10; ++k)
            most.push_back({{"id", counts[k].first}, {"page", portal_.members.at(counts[k].first)}, {"value", counts[k].second}});
        mon["most_active_members"] = most;

        json events = events_figures(today, period);
        json forum = forum_figures(period);
        json plans = plan_figures();
        mon["events"] = events;
        mon["forum"] = forum;
        mon["plan_completion"] = plans;
        mon["plans"] = plans["plans"];

        // Active members: anything within the window; new members: the month of their first activity.
        auto active = active_members(activities_, today, settings_.active_window_months);
        json active_list = json::array();
        for (const auto& [id, roles] : active) {
            json r = json::array();
            for (const auto& role : roles) r.push_back(role);
            active_list.push_back({{"id", id}, {"page", portal_.members.at(id)}, {"roles", r}});
        }
        auto joined = new_members_per_month(activities_, today);
        json members_per_month = json::array();
        std::size_t new_in_period = 0;
        if (!joined.empty()) {
            std::size_t total = 0;
            for (const auto& key : months_between(joined.begin()->first, month_key(today))) {
                std::size_t n = joined.count(key) ? joined.at(key) : 0;
                total += n;
                members_per_month.push_back({{"key", key}, {"value", n}, {"total", total}});
                if (key >= month_key(period.first) && key <= month_key(period.last)) new_in_period += n;
            }
        }
        mon["active"] = {{"count", active.size()}, {"members", portal_.members.size()}, {"list", active_list}};
        mon["members_per_month"] = members_per_month;

        // The community's age, from params.founded.
        json founded = m_.config.params.value("founded", json());
        std::optional<int> age = founded.is_number_integer() ? community_age_years(founded.get<int>(), today) : std::nullopt;
        mon["community"] = {{"founded", founded.is_number_integer() ? founded : json()}, {"age_years", age ? json(*age) : json()}};

        mon["freshness"] = freshness(today);
        mon["report"] = {{"materials", materials_in_period}, {"events_held", events["held_in_period"]},
                         {"participants", events["participants_in_period"]}, {"topics", forum["topics_in_period"]}, {"new_members", new_in_period}};
        mon["totals"] = {{"members", portal_.members.size()}, {"schools", portal_.schools.size()}, {"groups", portal_.groups.size()},
                         {"materials", materials}, {"active_members", active.size()}};
        read_polls();
        return by_language(mon);
    }

private:
    const SiteModel& m_;
    const Portal& portal_;
    Diagnostics& diags_;
    const MonitoringSettings& settings_;
    std::vector<Activity> activities_;
    std::map<PageId, json> polls_;  // page -> its survey's results

    bool primary(PageId i) const { return m_.is_primary(i); }
    const json& fm(PageId i) const { return m_.pages[i].front_matter.value; }

    void add_activity(const std::string& member, const std::optional<Date>& date, const char* role) {
        if (date && portal_.members.count(member)) activities_.push_back({member, *date, role});
    }

    std::optional<Date> event_start(PageId i) const {
        const auto* event = std::get_if<EventData>(&portal_.kind_data[i]);
        return event ? event->start : std::nullopt;
    }

    // Events held (started by the build date) per month and per kind; participants where the
    // event lists them. Organisers and participants who are members are active on its day.
    json events_figures(const Date& today, const Period& period) {
        std::map<std::string, std::size_t> per_month, per_type;
        std::size_t held = 0, upcoming = 0, held_in_period = 0, participants_in_period = 0, participants_total = 0, with_list = 0;
        json participants = json::array();
        std::vector<PageId> events;
        for (PageId i = 0; i < m_.pages.size(); ++i)
            if (portal_.kinds[i] == Kind::event && primary(i)) events.push_back(i);
        std::sort(events.begin(), events.end(), [&](PageId a, PageId b) {
            auto sa = event_start(a), sb = event_start(b);
            long da = sa ? sa->days_since_epoch() : 0, db = sb ? sb->days_since_epoch() : 0;
            return da != db ? da < db : m_.pages[a].content_path < m_.pages[b].content_path;
        });
        for (PageId i : events) {
            auto start = event_start(i);
            if (!start) continue;
            for (const auto& o : as_list(fm(i).value("organizer", json()))) add_activity(o, start, "organised");
            std::vector<std::string> people = as_list(fm(i).value("participants", json()));
            if (start->days_since_epoch() > today.days_since_epoch()) {
                ++upcoming;
                continue;
            }
            for (const auto& p : people) add_activity(p, start, "took_part");
            ++held;
            ++per_month[month_key(*start)];
            std::string type = fm(i).contains("event_type") && fm(i)["event_type"].is_string() ? fm(i)["event_type"].get<std::string>() : "";
            if (!type.empty()) ++per_type[type];
            bool in_period = period.contains(*start);
            if (in_period) ++held_in_period;
            if (!people.empty()) {
                ++with_list;
                participants_total += people.size();
                if (in_period) participants_in_period += people.size();
                participants.push_back({{"page", i}, {"value", people.size()}, {"start", start->iso().substr(0, 10)}});
            }
        }
        json out = {{"held", held}, {"upcoming", upcoming}, {"held_in_period", held_in_period}, {"kinds", per_type.size()},
                    {"per_type", sorted_by_value(per_type)}, {"participants", participants}, {"participants_total", participants_total},
                    {"participants_in_period", participants_in_period}, {"with_participants", with_list},
                    {"participants_average", with_list ? static_cast<double>(std::lround(10.0 * participants_total / with_list)) / 10 : 0.0}};
        out["per_month"] = per_month.empty() ? json::array() : month_list(per_month, per_month.begin()->first, per_month.rbegin()->first);
        return out;
    }

    // Forum topics and the people who opened them; news and topics count as authored.
    json forum_figures(const Period& period) {
        std::size_t topics = 0, in_period = 0;
        std::set<std::string> people;
        std::map<std::string, std::size_t> per_category;
        for (PageId i = 0; i < m_.pages.size(); ++i) {
            if (!primary(i)) continue;
            if (portal_.kinds[i] == Kind::news)
                for (const auto& a : as_list(fm(i).value("author", json()))) add_activity(a, m_.pages[i].date, "authored");
            if (portal_.kinds[i] != Kind::topic) continue;
            ++topics;
            if (m_.pages[i].date && period.contains(*m_.pages[i].date)) ++in_period;
            for (const auto& a : as_list(fm(i).value("author", json()))) {
                people.insert(a);
                add_activity(a, m_.pages[i].date, "authored");
            }
            if (fm(i).contains("category") && fm(i)["category"].is_string()) ++per_category[fm(i)["category"].get<std::string>()];
        }
        return {{"topics", topics}, {"topics_in_period", in_period}, {"participants", people.size()}, {"per_category", sorted_by_value(per_category)}};
    }

    // Completion of every plan and of all together against site.yaml's target; the members
    // responsible for an item (not cancelled) are active on its first day.
    json plan_figures() {
        json plans = json::array();
        std::size_t due = 0, done = 0;
        for (PageId i = 0; i < m_.pages.size(); ++i) {
            if (portal_.kinds[i] != Kind::plan || !primary(i)) continue;
            const auto* made = std::get_if<PlanData>(&portal_.kind_data[i]);
            if (!made) continue;  // its data failed to be made, which is reported
            const PlanData& plan = *made;
            for (const PlanItem& it : plan.items) {
                if (it.status == "cancelled" || !it.time.understood) continue;
                for (const PlanResponsible& r : it.responsible)
                    if (r.link) add_activity(r.link->id, it.time.first, "responsible");
            }
            due += plan.progress.due;
            done += plan.progress.done;
            plans.push_back({{"page", i}, {"progress", plan_progress_json(plan.progress)}, {"value", plan.progress.percent}});
        }
        PlanCompletion c = plan_completion(due, done, settings_.plan_target);
        return {{"due", c.due}, {"done", c.done}, {"percent", c.percent}, {"target", c.target}, {"reached", c.reached()}, {"plans", plans}};
    }

    // Pages meant to stay current (not news, events or topics, which record a moment) that have
    // not changed for stale_after_months; pages with no date at all are counted apart.
    json freshness(const Date& today) {
        json stale = json::array();
        std::size_t checked = 0, unknown = 0;
        for (PageId i = 0; i < m_.pages.size(); ++i) {
            const Kind k = portal_.kinds[i];
            if (m_.pages[i].kind != PageKind::page || m_.pages[i].is_view || k == Kind::news || k == Kind::event || k == Kind::topic) continue;
            ++checked;
            auto changed = last_changed(m_.pages[i]);
            if (!changed) {
                ++unknown;
                continue;
            }
            if (is_stale(*changed, today, settings_.stale_after_months))
                stale.push_back({{"page", i}, {"own_language", true}, {"last_changed", changed->iso().substr(0, 10)}});
        }
        std::stable_sort(stale.begin(), stale.end(), [](const json& a, const json& b) { return a["last_changed"] < b["last_changed"]; });
        return {{"checked", checked}, {"unknown", unknown}, {"stale", stale}, {"months", settings_.stale_after_months}};
    }

    // A page's survey: `poll: {title, url, results: answers.csv}`, results beside the page.
    void read_polls() {
        for (PageId i = 0; i < m_.pages.size(); ++i) {
            const Page& p = m_.pages[i];
            if (p.kind == PageKind::home || p.is_view || !fm(i).contains("poll")) continue;
            const json& poll = fm(i)["poll"];
            auto error = [&](const std::string& ptr, Message msg, Message hint) { diags_.add(error_at(p.front_matter, ptr, std::move(msg), std::move(hint))); };
            if (!poll.is_object()) {
                error("/poll", Message("monitoring.poll_not_map"), Message("monitoring.poll_example"));
                continue;
            }
            bool ok = true;
            for (const auto& [key, v] : poll.items())
                if ((key != "title" && key != "url" && key != "results") || !v.is_string()) {
                    ok = false;
                    if (key != "title" && key != "url" && key != "results")
                        error("/poll/" + key + "#key", Message("monitoring.poll_unknown_key", {{"key", key}}), Message("monitoring.poll_keys"));
                    else
                        error("/poll/" + key, Message("monitoring.poll_not_map"), Message("monitoring.poll_example"));
                }
            if (!ok || !poll.contains("results")) continue;
            std::string dir = p.content_path.substr(0, p.content_path.rfind('/') == std::string::npos ? 0 : p.content_path.rfind('/'));
            std::string rel = (dir.empty() ? "" : dir + "/") + poll["results"].get<std::string>();
            auto norm = normalize_relative(rel);
            std::string display = "content/" + (norm ? *norm : rel);
            if (!norm || !ends_with(to_lower(*norm), ".csv")) {
                error("/poll/results", Message("monitoring.poll_results_not_csv"), Message("monitoring.poll_example"));
                continue;
            }
            if (m_.unreadable.count(*norm)) continue;  // the content stage named the file and the fix
            const std::string* text = m_.data_file(*norm);  // read by the content stage
            if (!text) {
                error("/poll/results", Message("monitoring.poll_results_missing", {{"file", display}}),
                      Message("monitoring.poll_results_missing_hint", {{"page", p.source}}));
                continue;
            }
            CsvTable t = parse_csv(*text);
            if (!t.error.empty()) {
                diags_.error({display, t.error_line, 0}, csv_problem(t), csv_problem_hint(t), std::string(line_of(*text, t.error_line)));
                continue;
            }
            auto results = read_poll_results(t);
            if (!results) {
                diags_.error({display, 1, 0}, Message("monitoring.poll_results_empty"), Message("monitoring.poll_example"));
                continue;
            }
            json questions = json::array();
            for (const auto& q : results->questions) {
                json answers = json::array();
                for (const auto& a : q.answers) answers.push_back({{"key", a.answer}, {"value", a.count}});
                questions.push_back({{"question", q.question}, {"answered", q.answered}, {"answers", answers}});
            }
            polls_[i] = {{"title", poll.value("title", p.title)}, {"responses", results->responses}, {"questions", questions},
                         {"url", m_.url_of(i)}, {"page_title", p.title}, {"lang", p.content_lang}};
        }
    }

    // A school's short name where it has one (charts have little room).
    std::string school_label(PageId p) const {
        const json& f = fm(p);
        return f.contains("short_title") && f["short_title"].is_string() ? f["short_title"].get<std::string>() : m_.pages[p].title;
    }

    // Every {page: id} in the figures becomes the title and link of that page in `lang`.
    void localize(json& v, const std::string& lang) const {
        if (v.is_array()) {
            for (auto& x : v) localize(x, lang);
        } else if (v.is_object()) {
            if (v.contains("school_page")) {
                PageId p = m_.localized(v["school_page"].get<PageId>(), lang);
                v["title"] = school_label(p);
                v["full_title"] = m_.pages[p].title;
                v["url"] = m_.url_of(p);
                v.erase("school_page");
            }
            if (v.contains("page")) {
                // A page listed in its own language (freshness) keeps its title but links to the
                // reader's interface: the page itself or its view in `lang`.
                const PageId own = v["page"].get<PageId>();
                const PageId p = m_.localized(own, lang);
                v["title"] = m_.pages[v.value("own_language", false) ? own : p].title;
                v["url"] = m_.url_of(p);
                v.erase("page");
                v.erase("own_language");
            }
            for (auto& [k, x] : v.items()) localize(x, lang);
        }
    }

    // One version per language: names and links of the pages in that language where they exist.
    json by_language(const json& mon) const {
        json by_lang = json::object();
        for (const auto& lang : m_.config.languages) {
            json copy = mon;
            // The report lists the plan's items as the plan page in this language shows them.
            json report_items = json::array();
            for (const auto& p : mon["plans"]) {
                PageId plan = m_.localized(p["page"].get<PageId>(), lang);
                json done = json::array(), moved = json::array(), cancelled = json::array();
                static const std::vector<PlanItem> none;
                const auto* plan_data = std::get_if<PlanData>(&portal_.kind_data[plan]);
                for (const PlanItem& it : plan_data ? plan_data->items : none) {
                    const std::string& s = it.status;
                    if (!in_period(it)) continue;
                    json shown = plan_item_json(m_, it, m_.pages[plan].lang);
                    if (s == "done") done.push_back(std::move(shown));
                    else if (s == "postponed" || s == "moved") moved.push_back(std::move(shown));
                    else if (s == "cancelled") cancelled.push_back(std::move(shown));
                }
                report_items.push_back({{"page", p["page"]}, {"done", done}, {"moved", moved}, {"cancelled", cancelled}});
            }
            copy["report_plans"] = report_items;
            // The language's own surveys; a survey of a page not translated shows in every language.
            json polls = json::array();
            for (const auto& [page, poll] : polls_) {
                bool own = m_.pages[page].lang == lang;
                bool untranslated = primary(page) && m_.pages[page].lang != lang && !polls_.count(m_.localized(page, lang));
                if (own || untranslated) polls.push_back(poll);
            }
            copy["polls"] = polls;
            localize(copy, lang);
            by_lang[lang] = std::move(copy);
        }
        return by_lang;
    }

    // A plan item belongs to the report when its time overlaps the period.
    bool in_period(const PlanItem& item) const {
        if (!item.time.understood) return false;
        return item.time.first.days_since_epoch() <= portal_.report_period.last.days_since_epoch() &&
               item.time.last.days_since_epoch() >= portal_.report_period.first.days_since_epoch();
    }
};

}  // namespace

json build_monitoring(const SiteModel& model, const Portal& portal, Diagnostics& diags) {
    return Monitoring(model, portal, diags).run();
}

}  // namespace urker
