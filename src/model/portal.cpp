#include "model/portal.h"

#include <unicode/coll.h>
#include <unicode/locid.h>

#include <algorithm>
#include <functional>
#include <cstdlib>
#include <ctime>
#include <memory>
#include <set>
#include <tuple>

#include "core/csv.h"
#include "content/spreadsheet.h"
#include "model/plan_columns.h"
#include "core/fs.h"
#include "core/guard.h"
#include "core/text.h"
#include "model/field_checks.h"
#include "model/kind_schema.h"
#include "model/link_check.h"
#include "model/message_at.h"
#include "model/list_order.h"
#include "model/monitoring.h"
#include "core/url.h"
#include "model/front_matter_urls.h"
#include "model/plan_dates.h"
#include "model/portfolio.h"
#include "model/plan_groups_json.h"
#include "model/reviews.h"

namespace urker {

namespace fs = std::filesystem;
using json = nlohmann::json;

Date build_date_from_environment() {
    std::time_t t = std::time(nullptr);
    if (const char* sde = std::getenv("SOURCE_DATE_EPOCH")) t = static_cast<std::time_t>(std::strtoll(sde, nullptr, 10));
    std::tm tm{};
    gmtime_r(&t, &tm);
    Date d;
    d.year = tm.tm_year + 1900;
    d.month = tm.tm_mon + 1;
    d.day = tm.tm_mday;
    return d;
}

namespace {

const std::vector<std::string> kMaterialTypes = {"lesson-plan", "presentation", "test", "methodical", "worksheet",
                                                 "extracurricular", "normative", "digital-resource", "external-link", "video"};
const std::vector<std::string> kGroupTypes = {"steering", "coordinating", "research", "mentoring", "methodical-association", "working"};
const std::vector<std::string> kPlanStatuses = {"planned", "in_progress", "done", "postponed", "moved", "cancelled"};
const std::vector<std::string> kEventTypes = {"seminar", "webinar", "coaching", "mentoring", "open-lesson", "conference",
                                              "master-class", "meeting", "round-table", "competition"};

std::string join(const std::vector<std::string>& v, const char* sep = ", ") {
    std::string out;
    for (const auto& s : v) out += (out.empty() ? "" : sep) + s;
    return out;
}

bool looks_like_id(const std::string& s) {
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.';
    });
}

// The id of a member, school, group or plan: `id:` in the front matter, else the file name.
std::string page_id(const Page& p) {
    const json& fm = p.front_matter.value;
    if (fm.contains("id") && fm["id"].is_string()) return fm["id"].get<std::string>();
    std::string stem = p.content_path.substr(p.content_path.rfind('/') + 1);
    if (p.is_bundle) {
        std::string dir = p.bundle_dir;
        stem = dir.substr(dir.rfind('/') + 1);
    } else {
        stem = stem.substr(0, stem.find('.'));
    }
    return stem;
}

// Where a plan item's problems are reported: a front-matter pointer, or a CSV line.
struct ItemPlace {
    const YamlDocument* doc = nullptr;
    std::string pointer;
    std::string csv_file;
    int csv_line = 0;
    std::string csv_text;
};

class Assembler {
public:
    Assembler(const SiteModel& m, const Date& build_date, fs::path content_root, Diagnostics& diags, const Period& report_period)
        : m_(m), content_root_(std::move(content_root)), diags_(diags) {
        portal_.build_date = build_date;
        portal_.report_period = report_period;
        // A file that failed to load is reported already; references to it are not errors too.
        for (const auto& path : m_.unreadable) {
            Page p;
            p.content_path = path;
            p.is_bundle = ends_with(path, "/index.md");
            if (p.is_bundle) p.bundle_dir = path.substr(0, path.rfind('/'));
            unreadable_ids_.insert(page_id(p));
        }
    }

    Portal run() {
        classify();
        check_kind_settings(m_.config, diags_);
        vocabulary_ = read_portfolio_vocabulary(m_.config, diags_);  // model/portfolio_vocabulary.h
        read_mentoring();
        warn_duplicate_titles();
        // A view repeats a file checked as its own page: its problems are reported once.
        for (PageId i = 0; i < m_.pages.size(); ++i)
            if (!m_.pages[i].is_view) guard_file(m_.pages[i].source, diags_, [&] { validate(i); });
        build_indexes();
        for (PageId i = 0; i < m_.pages.size(); ++i) guard_file(m_.pages[i].source, diags_, [&] { fill_data(i); });
        build_taxonomies();
        attach_reviews();
        attach_portfolios(m_, portal_, vocabulary_);  // model/portfolio.h
        build_forum();
        portal_.monitoring = build_monitoring(m_, portal_, content_root_, diags_);  // model/monitoring.h
        return std::move(portal_);
    }

private:
    const SiteModel& m_;
    fs::path content_root_;
    Diagnostics& diags_;
    Portal portal_;
    // Reverse indexes, filled once.
    std::map<std::string, std::vector<PageId>> materials_by_author, news_by_author, events_by_organizer, members_by_school,
        groups_by_member, materials_by_subject, news_by_school, events_by_school;
    std::map<std::string, std::vector<std::pair<PageId, json>>> plan_items_by_responsible;  // member -> (plan, item)
    std::vector<std::vector<json>> plan_items;  // per page (plans only): normalized items
    std::vector<std::string> ids_;              // per page: its id (members, schools, groups, plans)
    std::vector<std::set<std::string>> wrong_fields_;  // per page: fields whose value has the wrong shape
    LinkTargets links_{m_};
    std::set<std::string> unreadable_ids_;      // ids the pages that failed to load would have had
    PortfolioVocabulary vocabulary_;

    // Mentoring pairs, declared in groups' front matter, are known before any page names one.
    void read_mentoring() {
        for (const auto& [id, g] : portal_.groups) {
            auto pairs = read_mentoring_pairs(m_.pages[g].front_matter, g, portal_.members, unreadable_ids_, diags_);
            portal_.mentoring.insert(portal_.mentoring.end(), pairs.begin(), pairs.end());
        }
    }

    long day_of(PageId i) const { return m_.pages[i].date ? m_.pages[i].date->days_since_epoch() : 0; }
    bool primary(PageId i) const { return m_.is_primary(i); }
    const json& fm(PageId i) const { return m_.pages[i].front_matter.value; }
    void error(PageId i, const std::string& ptr, Message msg, Message hint = {}) {
        diags_.add(error_at(m_.pages[i].front_matter, ptr, std::move(msg), std::move(hint)));
    }

    void classify() {
        portal_.kinds.assign(m_.pages.size(), Kind::page);
        ids_.resize(m_.pages.size());
        wrong_fields_.resize(m_.pages.size());
        plan_items.resize(m_.pages.size());
        portal_.data.assign(m_.pages.size(), json::object());
        for (PageId i = 0; i < m_.pages.size(); ++i) {
            const Page& p = m_.pages[i];
            if (p.kind != PageKind::page) continue;
            Kind k = kind_for_section(p.section);
            portal_.kinds[i] = k;
            if (k == Kind::member || k == Kind::school || k == Kind::group || k == Kind::plan) {
                ids_[i] = page_id(p);
                if (!primary(i)) continue;
                auto& index = k == Kind::member ? portal_.members : k == Kind::school ? portal_.schools : portal_.groups;
                if (k == Kind::plan) continue;
                auto [it, inserted] = index.emplace(ids_[i], i);
                if (!inserted)
                    error(i, fm(i).contains("id") ? "/id" : "", Message("model.id_taken", {{"id", ids_[i]}, {"other", m_.pages[it->second].source}}),
                          Message("model.id_taken_hint", {{"kind", kind_name(k)}}));
            }
        }
    }

    std::vector<std::string> keys_of(const std::map<std::string, PageId>& index) const {
        std::vector<std::string> keys;
        keys.reserve(index.size());
        for (const auto& [k, v] : index) keys.push_back(k);
        return keys;
    }

    // Checks one reference; returns whether it resolved.
    bool check_ref(PageId i, const std::string& ptr, const json& v, const std::map<std::string, PageId>& index, const char* what,
                   const char* folder) {
        if (!v.is_string()) {
            error(i, ptr, Message("model.must_be_id", {{"what", what}}), Message("model.ids_are_file_names", {{"folder", folder}}));
            return false;
        }
        std::string id = v.get<std::string>();
        if (index.count(id)) return true;
        if (unreadable_ids_.count(id)) return false;
        std::string near = closest_match(id, keys_of(index));
        error(i, ptr, Message("model.no_such_ref", {{"what", what}, {"id", id}}),
              near.empty() ? Message("model.the_ids_are_file_names", {{"folder", folder}}) : Message("model.did_you_mean", {{"near", near}}));
        return false;
    }

    // A field that may hold one reference or a list of them.
    void check_refs(PageId i, const char* key, const std::map<std::string, PageId>& index, const char* what, const char* folder,
                    bool required = false) {
        const json& f = fm(i);
        std::string ptr = std::string("/") + key;
        if (wrong_fields_[i].count(key)) return;  // its shape was reported already
        if (!f.contains(key) || f[key].is_null()) {
            if (required) error(i, "", Message("model.field_missing", {{"key", key}}), Message("model.ref_missing_hint", {{"key", key}, {"what", what}}));
            return;
        }
        if (f[key].is_array()) {
            for (std::size_t k = 0; k < f[key].size(); ++k) check_ref(i, ptr + "/" + std::to_string(k), f[key][k], index, what, folder);
        } else {
            check_ref(i, ptr, f[key], index, what, folder);
        }
    }

    // Two materials (news, events…) in one language with the same title cannot be told apart in
    // lists and search. A warning: the build goes on; `urker check` fails on it.
    void warn_duplicate_titles() {
        std::map<std::tuple<Kind, std::string, std::string>, PageId> seen;
        for (PageId i = 0; i < m_.pages.size(); ++i) {
            Kind k = portal_.kinds[i];
            if (k == Kind::page || m_.pages[i].kind != PageKind::page || m_.pages[i].is_view || !fm(i).contains("title")) continue;
            auto [it, inserted] = seen.emplace(std::make_tuple(k, m_.pages[i].content_lang, to_lower(trim(m_.pages[i].title))), i);
            if (inserted) continue;
            diags_.add(warning_at(m_.pages[i].front_matter, "/title",
                                  Message("model.same_title", {{"kind", kind_name(k)}, {"other", m_.pages[it->second].source}}),
                                  Message("model.same_title_hint", {{"kind", kind_name(k)}})));
        }
    }

    // A page's fields: the kind's schema first (unknown keys, shapes), then the values of the
    // fields whose shape was right, so one mistake is reported once.
    void validate(PageId i) {
        const Page& p = m_.pages[i];
        check_front_matter_urls(p.front_matter, diags_);  // every page, every kind: the one URL policy
        if (p.kind != PageKind::page || portal_.kinds[i] == Kind::page) return;
        const YamlDocument& doc = p.front_matter;
        wrong_fields_[i] = check_front_matter_fields(doc, portal_.kinds[i], m_.config, diags_);
        auto ok = [&](const char* key) { return !wrong_fields_[i].count(key); };
        std::size_t errors_before = diags_.error_count();
        switch (portal_.kinds[i]) {
            case Kind::member:
                if (ok("experience")) check_number_range(doc, "experience", 0, 70, diags_);
                if (ok("photo")) links_.check_file_field(i, "photo", diags_);
                check_member_portfolio(doc, vocabulary_, diags_);   // model/portfolio.h
                report_member_mentor_field(doc, ids_[i], diags_);  // model/mentoring.h
                break;
            case Kind::school:
                if (ok("founded")) check_number_range(doc, "founded", 1700, 2100, diags_);
                if (ok("website")) check_web_address(doc, "website", diags_);
                break;
            case Kind::group:
                if (ok("group_type")) check_word_field(doc, "group_type", kGroupTypes, false, diags_);
                break;
            case Kind::news:
                if (ok("pin_until")) check_date_time(doc, "pin_until", false, diags_);
                break;
            case Kind::material: {
                check_review_references(p, portal_.members, unreadable_ids_, diags_);  // model/reviews.h
                auto listed = m_.config.taxonomy_values.find("material_type");
                if (ok("material_type"))
                    check_word_field(doc, "material_type", listed != m_.config.taxonomy_values.end() ? listed->second : kMaterialTypes, false, diags_);
                if (ok("grade")) check_grade(doc, diags_);
                if (ok("external_url")) check_web_address(doc, "external_url", diags_);
                if (!p.date && ok("date") && !fm(i).contains("date"))  // a date written wrong is reported where it stands
                    error(i, "", Message("model.material_needs_date"), Message("model.add_line", {{"line", "date: 2026-09-01"}}));
                break;
            }
            case Kind::plan:
                if (ok("year")) check_school_year(doc, diags_);
                break;
            case Kind::event: {
                check_participation(p, portal_.members, unreadable_ids_, diags_);  // model/participation.h
                check_mentoring_field(doc, "/mentoring", portal_.mentoring, portal_.groups, diags_);  // model/mentoring.h
                if (ok("event_type")) check_word_field(doc, "event_type", kEventTypes, false, diags_);
                auto start = ok("start") ? check_date_time(doc, "start", true, diags_) : std::nullopt;
                auto end = ok("end") ? check_date_time(doc, "end", false, diags_) : std::nullopt;
                if (start && end && end->epoch_seconds() < start->epoch_seconds())
                    error(i, "/end", Message("model.event_ends_before_start"), Message("model.event_ends_before_start_hint"));
                if (ok("online_url")) check_web_address(doc, "online_url", diags_);
                break;
            }
            case Kind::topic: {
                const auto& cats = m_.config.forum.categories;
                if (!cats.empty() && ok("category")) {
                    std::vector<std::string> ids;
                    for (const auto& [id, c] : cats) ids.push_back(id);
                    std::string cat = fm(i).contains("category") && fm(i)["category"].is_string() ? fm(i)["category"].get<std::string>() : "";
                    if (cat.empty()) error(i, "", Message("model.topic_needs_category"), Message("model.add_line", {{"line", "category: " + ids.front()}}));
                    else if (!cats.count(cat)) {
                        std::string near = closest_match(cat, ids);
                        error(i, "/category", Message("model.no_forum_category", {{"category", cat}}),
                              near.empty() ? Message("model.forum_categories_hint") : Message("model.did_you_mean", {{"near", near}}));
                    }
                }
                break;
            }
            default:
                break;
        }
        // Taxonomies whose values site.yaml lists: a misspelled subject must not make a new subject
        // page. material_type was checked against the list above; the language against the site's
        // languages by the content loader; a field that already has an error is not checked twice.
        if (diags_.error_count() != errors_before) return;
        for (const auto& [name, values] : m_.config.taxonomy_values)
            if (name != "material_type" && name != "language" && name != "school" && ok(name.c_str()))
                check_listed_values(doc, name, values, diags_);
    }

    // References are checked once every id is known.
    void check_references(PageId i) {
        switch (portal_.kinds[i]) {
            case Kind::member:
                check_refs(i, "school", portal_.schools, "school", "schools");
                check_refs(i, "groups", portal_.groups, "group", "groups");
                break;
            case Kind::group:
                check_refs(i, "leader", portal_.members, "member", "members");
                check_refs(i, "members", portal_.members, "member", "members");
                break;
            case Kind::material:
                check_refs(i, "author", portal_.members, "member", "members", true);
                break;
            case Kind::news:
                check_refs(i, "author", portal_.members, "member", "members");
                check_refs(i, "school", portal_.schools, "school", "schools");
                break;
            case Kind::event:
                check_refs(i, "organizer", portal_.members, "member", "members");
                check_refs(i, "school", portal_.schools, "school", "schools");
                break;
            case Kind::topic:
                check_refs(i, "author", portal_.members, "member", "members");
                break;
            default:
                break;
        }
    }

    static std::vector<std::string> as_list(const json& v) {
        std::vector<std::string> out;
        if (v.is_string()) out.push_back(v.get<std::string>());
        else if (v.is_array())
            for (const auto& x : v)
                if (x.is_string()) out.push_back(x.get<std::string>());
        return out;
    }

    void build_indexes() {
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
            std::sort(v.begin(), v.end(), [&](PageId a, PageId b) {
                return day_of(a) != day_of(b) ? day_of(a) > day_of(b) : m_.pages[a].content_path < m_.pages[b].content_path;
            });
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

    json ref(PageId i, const std::string& lang) const {
        PageId l = m_.localized(i, lang);
        return {{"id", ids_[i]}, {"title", m_.pages[l].title}, {"url", m_.url_of(l)}};
    }

    json ref_by_id(const std::map<std::string, PageId>& index, const std::string& id, const std::string& lang) const {
        auto it = index.find(id);
        if (it == index.end()) return {{"id", id}, {"title", id}, {"url", ""}};
        return ref(it->second, lang);
    }

    // A compact item for lists on other pages.
    json item(PageId i, const std::string& lang) const {
        PageId l = m_.localized(i, lang);
        const Page& p = m_.pages[l];
        const json& f = p.front_matter.value;
        json out = {{"title", p.title}, {"url", m_.url_of(l)}, {"date", p.date ? p.date->iso() : ""}, {"lang", p.content_lang}, {"kind", kind_name(portal_.kinds[i])}};
        for (const char* key : {"subject", "grade", "material_type", "event_type", "start", "end", "position"})
            if (f.contains(key)) out[key] = f[key];
        return out;
    }

    json items(const std::vector<PageId>& ids, const std::string& lang, std::size_t limit = SIZE_MAX) const {
        json out = json::array();
        for (PageId i : ids) {
            if (out.size() >= limit) break;
            out.push_back(item(i, lang));
        }
        return out;
    }

    int school_year_start(PageId plan) const {
        const json& f = fm(plan);
        if (f.contains("year") && f["year"].is_string()) {
            std::string y = f["year"].get<std::string>();
            if (y.size() >= 4 && std::isdigit(static_cast<unsigned char>(y[0]))) return std::atoi(y.substr(0, 4).c_str());
        }
        const Date& b = portal_.build_date;
        return b.month >= 8 ? b.year : b.year - 1;
    }

    // The month a plan's year starts with: September, or `year_starts: 5` for a project year from May.
    int plan_year_first_month(PageId plan) {
        const json& f = fm(plan);
        if (!f.contains("year_starts")) return 9;
        const json& v = f["year_starts"];
        if (v.is_number_integer() && v.get<long long>() >= 1 && v.get<long long>() <= 12) return static_cast<int>(v.get<long long>());
        error(plan, "/year_starts", Message("plan.year_starts"), Message("plan.year_starts_hint"));
        return 9;
    }

    static std::string item_text(const json& v) {
        if (v.is_string()) return v.get<std::string>();
        if (v.is_number_integer()) return std::to_string(v.get<long long>());
        return v.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    }

    // A plan item's fields: known keys ("did you mean" for a typo in the front matter), and texts
    // where texts belong — `when: {month: 10}` or `status: [done]` would otherwise be shown as
    // JSON or silently dropped. Returns false when the item cannot be read further.
    template <typename Report>
    static bool check_plan_item_shape(const json& it, bool in_front_matter, Report& report) {
        bool ok = true;
        const auto& keys = plan_item_keys();
        for (const auto& [key, v] : it.items()) {
            if (std::find(keys.begin(), keys.end(), key) == keys.end()) {
                // A CSV's columns were checked once, at its header.
                if (in_front_matter) {
                    std::string near = closest_match(key, keys);
                    report(key + "#key", Message("model.plan_unknown_key", {{"key", key}}),
                           near.empty() ? Message("model.plan_item_keys_hint", {{"keys", join(keys)}})
                                        : Message("model.plan_item_keys_hint_near", {{"near", near}, {"keys", join(keys)}}));
                }
                continue;
            }
            if (v.is_null() || v.is_string() || v.is_number()) continue;
            if ((key == "responsible" || key == "mentoring") && v.is_array() &&
                std::all_of(v.begin(), v.end(), [](const json& x) { return x.is_string(); }))
                continue;
            ok = false;
            if (key == "responsible")
                report(key, Message("model.plan_responsible_shape"), Message("model.plan_responsible_shape_hint"));
            else if (key == "when")
                report(key, Message("model.plan_when_shape"), Message("model.plan_when_shape_hint"));
            else
                report(key, Message("model.plan_field_text", {{"key", key}}), Message("model.plan_field_text_hint", {{"key", key}}));
        }
        return ok;
    }

    // The field each column holds ("" for one we do not know, which is an error at the header, or
    // the «№» column). Headers are read in Russian, Kazakh and English (model/plan_columns.h).
    std::vector<std::string> plan_columns(const std::vector<std::string>& header, const std::string& file, int line,
                                          const std::string& text, bool spreadsheet) {
        std::vector<std::string> keys;
        std::vector<std::string> known;
        for (const char* lang : {"ru", "kk", "en"})
            for (auto& name : plan_column_names(lang)) known.push_back(std::move(name));
        for (std::size_t c = 0; c < header.size(); ++c) {
            std::string name = trim(header[c]);
            std::string key = plan_column_key(name);
            keys.push_back(key == "number" ? "" : key);
            if (name.empty() || !key.empty()) continue;
            std::string near = closest_match(name, known);
            diags_.error({file, line, spreadsheet ? static_cast<int>(c) + 1 : 0}, Message("model.plan_unknown_column", {{"key", name}}),
                         near.empty() ? Message("model.plan_column_hint", {{"keys", join(known)}})
                                      : Message("model.plan_column_hint_near", {{"near", near}, {"keys", join(known)}}),
                         text);
        }
        return keys;
    }

    // A plan table's rows as items: CSV, or the first sheet of an .xlsx or .ods file.
    void read_plan_table(const std::vector<std::vector<std::string>>& rows, const std::vector<int>& lines,
                         const std::function<std::string(int)>& line_text, const std::string& display, bool spreadsheet,
                         std::vector<std::pair<json, ItemPlace>>& raw) {
        if (rows.empty()) return;
        std::vector<std::string> keys = plan_columns(rows[0], display, lines[0], line_text(lines[0]), spreadsheet);
        for (std::size_t r = 1; r < rows.size(); ++r) {
            json item = json::object();
            for (std::size_t c = 0; c < keys.size() && c < rows[r].size(); ++c) {
                const std::string& key = keys[c];
                std::string val = trim(rows[r][c]);
                if (key.empty() || val.empty()) continue;
                if (key == "responsible" || key == "mentoring") {
                    json list = json::array();
                    std::string part;
                    for (char ch : val + ";") {
                        if (ch == ';' || ch == ',' || ch == '\n') {
                            if (!trim(part).empty()) list.push_back(trim(part));
                            part.clear();
                        } else {
                            part += ch;
                        }
                    }
                    item[key] = list;
                } else {
                    item[key] = val;
                }
            }
            raw.push_back({item, ItemPlace{nullptr, {}, display, lines[r], line_text(lines[r])}});
        }
    }

    void load_plan_items(PageId i) {
        const Page& p = m_.pages[i];
        const json& f = fm(i);
        std::vector<std::pair<json, ItemPlace>> raw;
        if (f.contains("items")) {
            if (!f["items"].is_array()) {
                error(i, "/items", Message("model.plan_items_not_list"), Message("model.plan_items_not_list_hint"));
            } else {
                for (std::size_t k = 0; k < f["items"].size(); ++k)
                    raw.push_back({f["items"][k], ItemPlace{&p.front_matter, "/items/" + std::to_string(k), {}, 0, {}}});
            }
        }
        if (f.contains("items_file")) {
            if (!f["items_file"].is_string()) {
                error(i, "/items_file", Message("model.plan_items_file_not_name"), Message("model.plan_items_file_not_name_hint"));
            } else {
                std::string dir = p.content_path.substr(0, p.content_path.rfind('/') == std::string::npos ? 0 : p.content_path.rfind('/'));
                std::string rel = (dir.empty() ? "" : dir + "/") + f["items_file"].get<std::string>();
                auto norm = normalize_relative(rel);
                // A file the content stage refused (too large, not UTF-8) is reported already.
                bool refused = norm && m_.unreadable.count(*norm);
                auto text = norm && !refused ? read_file(content_root_ / *norm) : std::nullopt;
                std::string display = "content/" + (norm ? *norm : rel);
                if (refused) {
                    // nothing to add: the content stage named the file and the fix
                } else if (!text) {
                    error(i, "/items_file", Message("model.plan_items_file_missing", {{"file", display}}),
                          Message("model.plan_items_file_missing_hint", {{"page", p.source}}));
                } else if (ends_with(*norm, ".csv")) {
                    CsvTable t = parse_csv(*text);
                    if (!t.error.empty()) {
                        diags_.error({display, t.error_line, 0}, csv_problem(t), csv_problem_hint(t), std::string(line_of(*text, t.error_line)));
                    } else {
                        std::vector<std::vector<std::string>> rows;
                        std::vector<int> lines;
                        for (auto& row : t.rows) {
                            rows.push_back(std::move(row.cells));
                            lines.push_back(row.line);
                        }
                        const std::string& csv_text = *text;
                        read_plan_table(rows, lines, [&](int n) { return std::string(line_of(csv_text, n)); }, display, false, raw);
                    }
                } else if (ends_with(to_lower(*norm), ".xlsx") || ends_with(to_lower(*norm), ".ods")) {
                    SheetTable t = read_spreadsheet_bytes(*text, ends_with(to_lower(*norm), ".ods") ? "ods" : "xlsx");
                    if (t.failed()) {
                        diags_.error({display, 0, 0}, t.error, t.error_hint);
                    } else {
                        std::vector<std::vector<std::string>> rows;
                        std::vector<int> lines;
                        for (auto& row : t.rows) {
                            rows.push_back(std::move(row.cells));
                            lines.push_back(row.number);
                        }
                        read_plan_table(rows, lines, [](int) { return std::string(); }, display, true, raw);
                    }
                } else {
                    Diagnostics local;
                    YamlDocument doc = parse_yaml(*text, display, local);
                    diags_.append(local);
                    (void)doc;
                    error(i, "/items_file", Message("model.plan_yaml_file_unsupported"));
                }
            }
        }
        if (!f.contains("items") && !f.contains("items_file"))
            error(i, "", Message("model.plan_needs_items"), Message("model.plan_needs_items_hint"));

        int sy = school_year_start(i);
        int first_month = plan_year_first_month(i);
        for (auto& [it, place_binding] : raw) {
            auto& place = place_binding;  // clang 14 (the fuzz build) cannot capture a structured binding
            // Every plan item message ends with the CSV column it stood in ("none" in front matter).
            auto report = [&](const std::string& key, Message msg, Message hint, Severity severity = Severity::error) {
                msg.args.emplace_back("column", place.doc || key.empty() ? std::string("none") : key);
                if (place.doc) {
                    Diagnostic d = error_at(*place.doc, place.pointer + (key.empty() ? "" : "/" + key), std::move(msg), std::move(hint));
                    d.severity = severity;
                    diags_.add(std::move(d));
                } else if (severity == Severity::warning) {
                    diags_.warning({place.csv_file, place.csv_line, 0}, std::move(msg), std::move(hint), place.csv_text);
                } else {
                    diags_.error({place.csv_file, place.csv_line, 0}, std::move(msg), std::move(hint), place.csv_text);
                }
            };
            if (!it.is_object()) {
                report("", Message("model.plan_item_not_map"), Message("model.plan_item_not_map_hint"));
                continue;
            }
            if (!check_plan_item_shape(it, place.doc != nullptr, report)) continue;
            json norm = json::object();
            std::string what = it.contains("what") && (it["what"].is_string() || it["what"].is_number()) ? item_text(it["what"]) : "";
            // A road map's row is its stage and what is done in it.
            for (const char* instead : {"content", "stage"})
                if (what.empty() && it.contains(instead) && (it[instead].is_string() || it[instead].is_number())) what = item_text(it[instead]);
            if (what.empty()) report("", Message("model.plan_item_no_what"), Message("model.plan_item_no_what_hint"));
            norm["what"] = what;
            std::string when = it.contains("when") && !it["when"].is_null() ? item_text(it["when"]) : "";
            norm["when"] = when;
            PlanWhen pw = parse_plan_when(when, sy, first_month);
            norm["when_understood"] = pw.understood;
            // Shown under "no exact date" and left out of the calendar: never silently.
            if (!when.empty() && !pw.understood)
                report("when", Message("model.plan_when_not_understood", {{"when", when}}), Message("model.plan_when_not_understood_hint"),
                       Severity::warning);
            norm["span"] = plan_span_name(pw.span);
            norm["month"] = pw.month_key;
            norm["first"] = pw.understood ? pw.first.iso() : "";
            norm["last"] = pw.understood ? pw.last.iso() : "";
            std::string status = it.contains("status") && !it["status"].is_null() ? item_text(it["status"]) : "planned";
            if (std::string key = plan_status_key(status); !key.empty()) status = key;  // «выполнено», «орындалды»…
            if (std::find(kPlanStatuses.begin(), kPlanStatuses.end(), status) == kPlanStatuses.end()) {
                std::string near = closest_match(status, kPlanStatuses);
                report("status", Message("model.plan_bad_status", {{"status", status}}),
                       near.empty() ? Message("model.use_one_of", {{"list", join(kPlanStatuses)}})
                                    : Message("model.use_one_of_near", {{"near", near}, {"list", join(kPlanStatuses)}}));
                status = "planned";
            }
            norm["status"] = status;
            // Due: it should have happened by the build date (cancelled items are not counted).
            bool due = pw.understood && pw.last.days_since_epoch() <= portal_.build_date.days_since_epoch() && status != "cancelled";
            norm["due"] = due;
            for (const char* key : {"participants", "goal", "result", "stage", "content"})
                if (it.contains(key) && !it[key].is_null()) norm[key] = item_text(it[key]);
            // Responsible: member or group ids, or a free text.
            json responsible = json::array();
            std::vector<std::string> resp = as_list(it.value("responsible", json()));
            for (std::size_t k = 0; k < resp.size(); ++k) {
                const std::string& r = resp[k];
                if (portal_.members.count(r)) {
                    responsible.push_back(ref_by_id(portal_.members, r, m_.pages[i].lang));
                    plan_items_by_responsible[r].push_back({i, {{"what", what}, {"when", when}, {"status", status}}});
                } else if (portal_.groups.count(r)) {
                    responsible.push_back(ref_by_id(portal_.groups, r, m_.pages[i].lang));
                } else if (unreadable_ids_.count(r)) {
                    // its page failed to load, which is reported already
                } else if (looks_like_id(r)) {
                    std::vector<std::string> ids = keys_of(portal_.members);
                    for (const auto& [g, id] : portal_.groups) ids.push_back(g);
                    std::string near = closest_match(r, ids);
                    std::string key = it["responsible"].is_array() ? "responsible/" + std::to_string(k) : "responsible";
                    report(key, Message("model.plan_no_responsible", {{"id", r}}),
                           near.empty() ? Message("model.plan_no_responsible_hint") : Message("model.did_you_mean", {{"near", near}}));
                } else {
                    responsible.push_back({{"title", r}, {"url", ""}});
                }
            }
            norm["responsible"] = responsible;
            // Mentoring: the pairs (or a group's pairs) the item is a session of (model/mentoring.h).
            bool refs_ok = true;
            std::vector<std::string> pair_refs = mentoring_refs(it.value("mentoring", json()), refs_ok);
            for (std::size_t k = 0; k < pair_refs.size(); ++k)
                if (resolve_mentoring_ref(pair_refs[k], portal_.mentoring, portal_.groups).empty())
                    report(it["mentoring"].is_array() && place.doc ? "mentoring/" + std::to_string(k) : "mentoring",  // a CSV names its column
                           Message("portfolio.plan_unknown_pair", {{"ref", pair_refs[k]}}),
                           unknown_mentoring_ref_hint(pair_refs[k], portal_.mentoring, portal_.groups));
            if (!pair_refs.empty()) norm["mentoring"] = pair_refs;
            std::string place_text = it.contains("place") && it["place"].is_string() ? it["place"].get<std::string>() : "";
            if (portal_.schools.count(place_text)) norm["place"] = ref_by_id(portal_.schools, place_text, m_.pages[i].lang);
            else if (place_text == "online") norm["place"] = {{"title", ""}, {"online", true}, {"url", ""}};
            else if (!place_text.empty()) norm["place"] = {{"title", place_text}, {"url", ""}};
            plan_items[i].push_back(std::move(norm));
        }
    }

    json plan_data(PageId i) {
        // Items in time order where the time is known; the rest (free text) after them.
        std::vector<json> list = plan_items[i];
        if (list.empty() && !primary(i)) {
            // A translation shows the items of the default-language plan.
            if (auto it = m_.translations.find(m_.pages[i].translation_key); it != m_.translations.end()) list = plan_items[it->second.front()];
            // … with its links leading to the pages in this page's language.
            for (auto& it : list) {
                for (auto& r : it["responsible"])
                    if (r.contains("id")) {
                        const std::string id = r["id"].get<std::string>();
                        r = ref_by_id(portal_.members.count(id) ? portal_.members : portal_.groups, id, m_.pages[i].lang);
                    }
                if (it.contains("place") && it["place"].contains("id"))
                    it["place"] = ref_by_id(portal_.schools, it["place"]["id"].get<std::string>(), m_.pages[i].lang);
            }
        }
        std::stable_sort(list.begin(), list.end(), [](const json& a, const json& b) {
            bool ua = a["when_understood"].get<bool>(), ub = b["when_understood"].get<bool>();
            if (ua != ub) return ua;
            return a["first"].get<std::string>() < b["first"].get<std::string>();
        });
        json months = plan_groups(list, m_.pages[i].lang);  // model/plan_grouping.h
        std::size_t total = list.size(), done = 0, due = 0, cancelled = 0;
        std::map<std::string, std::size_t> by_status;
        for (const auto& it : list) {
            std::string s = it["status"].get<std::string>();
            ++by_status[s];
            if (s == "cancelled") ++cancelled;
            if (it["due"].get<bool>()) {
                ++due;
                if (s == "done") ++done;
            }
        }
        json progress = {{"total", total}, {"due", due}, {"done", done}, {"cancelled", cancelled},
                         {"percent", due ? static_cast<int>((done * 100 + due / 2) / due) : 0}, {"by_status", by_status}};
        return {{"items", list}, {"months", months}, {"progress", progress}, {"id", ids_[i]}};
    }

    void fill_data(PageId i) {
        const Page& p = m_.pages[i];
        const json& f = fm(i);
        const std::string& lang = p.lang;
        json& d = portal_.data[i];
        d["kind"] = kind_name(portal_.kinds[i]);
        switch (portal_.kinds[i]) {
            case Kind::member: {
                std::string id = ids_[i];
                d["id"] = id;
                if (auto s = as_list(f.value("school", json())); !s.empty()) d["school"] = ref_by_id(portal_.schools, s[0], lang);
                json groups = json::array();
                for (PageId g : groups_by_member[id]) groups.push_back(ref(g, lang));
                d["groups"] = groups;
                d["materials"] = items(materials_by_author[id], lang);
                d["news"] = items(news_by_author[id], lang);
                d["events"] = items(events_by_organizer[id], lang);
                json plan_items_of_member = json::array();
                for (const auto& [plan, entry] : plan_items_by_responsible[id]) {
                    plan_items_of_member.push_back(entry);
                    plan_items_of_member.back()["plan"] = ref(plan, lang);
                }
                d["plan_items"] = std::move(plan_items_of_member);
                d["counts"] = {{"materials", d["materials"].size()}, {"news", d["news"].size()}, {"events", d["events"].size()},
                               {"plan_items", d["plan_items"].size()}, {"groups", groups.size()}};
                break;
            }
            case Kind::school: {
                std::string id = ids_[i];
                d["id"] = id;
                json members = json::array();
                std::vector<PageId> school_materials;
                for (PageId mm : members_by_school[id]) {
                    json r = ref(mm, lang);
                    r["position"] = fm(mm).value("position", json(""));
                    r["materials"] = materials_by_author[ids_[mm]].size();
                    members.push_back(r);
                    for (PageId mat : materials_by_author[ids_[mm]]) school_materials.push_back(mat);
                }
                std::sort(school_materials.begin(), school_materials.end(), [&](PageId a, PageId b) {
                    return day_of(a) != day_of(b) ? day_of(a) > day_of(b) : a < b;
                });
                school_materials.erase(std::unique(school_materials.begin(), school_materials.end()), school_materials.end());
                d["members"] = members;
                d["materials"] = items(school_materials, lang);
                d["news"] = items(news_by_school[id], lang);
                d["events"] = items(events_by_school[id], lang);
                d["counts"] = {{"members", members.size()}, {"materials", d["materials"].size()}};
                break;
            }
            case Kind::group: {
                d["id"] = ids_[i];
                if (f.contains("leader") && f["leader"].is_string()) d["leader"] = ref_by_id(portal_.members, f["leader"].get<std::string>(), lang);
                json members = json::array();
                std::set<std::string> seen;
                for (const auto& mm : as_list(f.value("members", json())))
                    if (seen.insert(mm).second) members.push_back(ref_by_id(portal_.members, mm, lang));
                for (const auto& [mid, gs] : groups_by_member)
                    if (std::find(gs.begin(), gs.end(), i) != gs.end() && seen.insert(mid).second) members.push_back(ref_by_id(portal_.members, mid, lang));
                d["members"] = members;
                break;
            }
            case Kind::material: {
                json authors = json::array();
                std::string school_id;
                for (const auto& a : as_list(f.value("author", json()))) {
                    json r = ref_by_id(portal_.members, a, lang);
                    if (auto it = portal_.members.find(a); it != portal_.members.end()) {
                        const json& mf = fm(it->second);
                        r["position"] = mf.value("position", json(""));
                        // The qualification category (`category`; older sites wrote it as `qualification`).
                        r["qualification"] = mf.contains("qualification") ? mf["qualification"] : mf.value("category", json(""));
                        if (auto s = as_list(mf.value("school", json())); !s.empty()) {
                            r["school"] = ref_by_id(portal_.schools, s[0], lang);
                            if (school_id.empty()) school_id = s[0];
                        }
                    }
                    authors.push_back(r);
                }
                d["authors"] = authors;
                if (!school_id.empty()) d["school"] = ref_by_id(portal_.schools, school_id, lang);
                json grades = json::array();
                if (f.contains("grade")) grades = f["grade"].is_array() ? f["grade"] : json::array({f["grade"]});
                d["grades"] = grades;
                if (f.contains("external_url") && f["external_url"].is_string()) {
                    std::string u = f["external_url"].get<std::string>();
                    auto s = u.find("://");
                    std::string host = s == std::string::npos ? u : u.substr(s + 3);
                    host = host.substr(0, host.find('/'));
                    if (starts_with(host, "www.")) host = host.substr(4);
                    d["external_host"] = host;
                }
                // Related: same subject, a shared grade, newest first.
                json related = json::array();
                if (f.contains("subject") && f["subject"].is_string()) {
                    for (PageId other : materials_by_subject[f["subject"].get<std::string>()]) {
                        if (other == i || related.size() >= 5) continue;
                        const json& of = fm(other);
                        json og = of.contains("grade") ? (of["grade"].is_array() ? of["grade"] : json::array({of["grade"]})) : json::array();
                        bool shared = grades.empty() || og.empty();
                        for (const auto& g : grades)
                            for (const auto& h : og) shared = shared || g == h || g == "all" || h == "all";
                        if (shared) related.push_back(item(other, lang));
                    }
                }
                d["related"] = related;
                break;
            }
            case Kind::plan: {
                d = plan_data(i);
                d["kind"] = "plan";
                d["ics_url"] = m_.url_of(m_.localized(i, m_.config.language)) + "plan.ics";
                break;
            }
            case Kind::news: {
                if (auto a = as_list(f.value("author", json())); !a.empty()) d["author"] = ref_by_id(portal_.members, a[0], lang);
                if (auto s = as_list(f.value("school", json())); !s.empty()) d["school"] = ref_by_id(portal_.schools, s[0], lang);
                d["pinned"] = is_pinned(p, portal_.build_date);  // until pin_until; a wrong value was reported by the schema
                break;
            }
            case Kind::topic: {
                if (auto a = as_list(f.value("author", json())); !a.empty()) d["author"] = ref_by_id(portal_.members, a[0], lang);
                if (f.contains("category") && f["category"].is_string()) d["category"] = category_ref(f["category"].get<std::string>(), lang);
                break;
            }
            case Kind::event: {
                auto start = f.contains("start") && f["start"].is_string() ? parse_date(f["start"].get<std::string>(), false, false).date : std::nullopt;
                auto end = f.contains("end") && f["end"].is_string() ? parse_date(f["end"].get<std::string>(), false, false).date : std::nullopt;
                if (start) {
                    d["start"] = start->iso();
                    const Date& last = end ? *end : *start;
                    d["upcoming"] = last.days_since_epoch() >= portal_.build_date.days_since_epoch();
                }
                if (end) d["end"] = end->iso();
                json organizers = json::array();
                for (const auto& o : as_list(f.value("organizer", json()))) organizers.push_back(ref_by_id(portal_.members, o, lang));
                d["organizers"] = organizers;
                std::string place = f.contains("place") && f["place"].is_string() ? f["place"].get<std::string>() : "";
                if (place == "online") d["place"] = {{"online", true}, {"title", ""}, {"url", f.value("online_url", json(""))}};
                else if (portal_.schools.count(place)) d["place"] = ref_by_id(portal_.schools, place, lang);
                else if (!place.empty()) d["place"] = {{"title", place}, {"url", ""}};
                if (auto s = as_list(f.value("school", json())); !s.empty()) d["school"] = ref_by_id(portal_.schools, s[0], lang);
                // The calendar file sits beside the default-language page only.
                PageId primary_page = m_.localized(i, m_.config.language);
                d["ics_url"] = m_.url_of(primary_page) + "event.ics";
                break;
            }
            default:
                break;
        }
    }

    // Reviews and certificates (model/reviews.h, model/certificates.h): every material with a
    // review gets page.data.review; an approved one, its certificate's number and address.
    void attach_reviews() {
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
            PageId owner = m_.localized(i, m_.config.language);
            auto found = by_material.find(owner);
            const Certificate* c = found == by_material.end() ? nullptr : found->second;
            // The certificate in the part of the site the page is in (/kk/certificates/… from a Kazakh page).
            std::string prefix = lang == m_.config.language ? "" : lang + "/";
            std::string url = c ? m_.config.site_url("/" + prefix + "certificates/" + c->slug + "/") : "";
            portal_.data[i]["review"] = review_data(*m_.pages[i].review, c, url, [&](const std::string& id) { return ref_by_id(portal_.members, id, lang); });
        }
    }

    json category_ref(const std::string& id, const std::string& lang) const {
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

    void build_forum() {
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

    // Taxonomy values of a page: the field as written (text, number or list); `school` on a
    // material means its first author's school; `language` defaults to the page's language.
    std::vector<std::string> taxonomy_values(PageId i, const std::string& name) const {
        const json& f = fm(i);
        if (name == "language") {
            if (portal_.kinds[i] != Kind::material) return {};
            return {f.contains("language") && f["language"].is_string() ? f["language"].get<std::string>() : m_.pages[i].content_lang};
        }
        if (name == "school" && portal_.kinds[i] == Kind::material) {
            for (const auto& a : as_list(f.value("author", json())))
                if (auto it = portal_.members.find(a); it != portal_.members.end())
                    if (auto s = as_list(fm(it->second).value("school", json())); !s.empty()) return {s[0]};
            return {};
        }
        if (!f.contains(name)) return {};
        std::vector<std::string> out;
        auto add = [&](const json& v) {
            if (v.is_string() && !v.get<std::string>().empty()) out.push_back(v.get<std::string>());
            else if (v.is_number_integer()) out.push_back(std::to_string(v.get<long long>()));
        };
        if (f[name].is_array()) for (const auto& v : f[name]) add(v);
        else add(f[name]);
        return out;
    }

    void build_taxonomies() {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::Collator> coll(icu::Collator::createInstance(icu::Locale(m_.config.language.c_str()), status));
        if (U_FAILURE(status)) coll.reset();
        if (coll) coll->setAttribute(UCOL_NUMERIC_COLLATION, UCOL_ON, status);
        for (const auto& name : m_.config.taxonomies) {
            Taxonomy t;
            t.name = name;
            // "Положение" and "положение" are one term, shown as first written (in page order).
            std::map<std::string, std::vector<PageId>> by_key;
            std::map<std::string, std::string> shown;
            for (PageId i = 0; i < m_.pages.size(); ++i) {
                if (m_.pages[i].kind != PageKind::page || !primary(i) || portal_.kinds[i] == Kind::page) continue;
                if (name == "school" && portal_.kinds[i] == Kind::school) continue;
                for (const auto& v : taxonomy_values(i, name)) {
                    std::string folded = to_lower(v);
                    shown.emplace(folded, v);
                    auto& list = by_key[folded];
                    if (list.empty() || list.back() != i) list.push_back(i);
                }
            }
            std::set<std::string> slugs;
            for (auto& [folded, pages] : by_key) {
                TaxonomyTerm term;
                const std::string& key = shown[folded];
                term.key = key;
                term.title = key;
                if (name == "school" && portal_.schools.count(key)) term.title = m_.pages[portal_.schools.at(key)].title;
                for (const auto& lang : m_.config.languages) {
                    if (name == "school" && portal_.schools.count(key)) term.titles[lang] = m_.pages[m_.localized(portal_.schools.at(key), lang)].title;
                    if (auto t = m_.config.taxonomy_titles.find(name); t != m_.config.taxonomy_titles.end())
                        for (const auto& [value, title] : t->second)
                            if (to_lower(value) == folded) {
                                auto exact = title.by_language.find(lang);
                                auto any = title.by_language.find("");
                                if (exact != title.by_language.end()) term.titles[lang] = exact->second;
                                else if (any != title.by_language.end()) term.titles[lang] = any->second;
                            }
                }
                term.slug = url_segment(to_lower(key));
                for (int n = 2; !slugs.insert(term.slug).second; ++n) term.slug = url_segment(to_lower(key)) + "-" + std::to_string(n);
                std::sort(pages.begin(), pages.end(), [&](PageId a, PageId b) { return day_of(a) != day_of(b) ? day_of(a) > day_of(b) : a < b; });
                term.pages = std::move(pages);
                t.terms.push_back(std::move(term));
            }
            std::sort(t.terms.begin(), t.terms.end(), [&](const TaxonomyTerm& a, const TaxonomyTerm& b) {
                if (coll) {
                    UErrorCode st = U_ZERO_ERROR;
                    auto r = coll->compareUTF8(a.title, b.title, st);
                    if (r != UCOL_EQUAL) return r == UCOL_LESS;
                }
                return a.key < b.key;
            });
            portal_.taxonomies.push_back(std::move(t));
        }
    }
};

}  // namespace

Portal assemble_portal(const SiteModel& model, const Date& build_date, const fs::path& content_root, Diagnostics& diags,
                       const std::optional<Period>& report_period) {
    return Assembler(model, build_date, content_root, diags, report_period ? *report_period : academic_year_to_date(build_date)).run();
}

}  // namespace urker
