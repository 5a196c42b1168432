#include "model/portal_assembler.h"

namespace urker::portal_assembly {

namespace {

const std::vector<std::string> kMaterialTypes = {"lesson-plan", "presentation", "test", "methodical", "worksheet",
                                                 "extracurricular", "normative", "digital-resource", "external-link", "video"};
const std::vector<std::string> kGroupTypes = {"steering", "coordinating", "research", "mentoring", "methodical-association", "working"};
const std::vector<std::string> kEventTypes = {"seminar", "webinar", "coaching", "mentoring", "open-lesson", "conference",
                                              "master-class", "meeting", "round-table", "competition"};

}  // namespace

void Assembler::classify() {
    portal_.kinds.assign(m_.pages.size(), Kind::page);
    ids_.resize(m_.pages.size());
    wrong_fields_.resize(m_.pages.size());
    plan_items.resize(m_.pages.size());
    portal_.data.assign(m_.pages.size(), json::object());
    portal_.kind_data.assign(m_.pages.size(), {});
    portal_.lists.assign(m_.pages.size(), {});
    portal_.items.assign(m_.pages.size(), json());
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

// Checks one reference; returns whether it resolved.
bool Assembler::check_ref(PageId i, const std::string& ptr, const json& v, const std::map<std::string, PageId>& index, const char* what,
               const char* folder) {
    if (!v.is_string()) {
        error(i, ptr, Message("model.must_be_id", {{"what", what}}), Message("model.ids_are_file_names", {{"folder", folder}}));
        return false;
    }
    std::string id = v.get<std::string>();
    if (index.count(id)) return true;
    if (unreadable_ids_.count(id)) return false;
    Message hint = named_ref_hint(id, index, what, folder);
    if (hint.empty()) {
        std::string near = closest_match(id, keys_of(index));
        hint = near.empty() ? Message("model.the_ids_are_file_names", {{"folder", folder}}) : Message("model.did_you_mean", {{"near", near}});
    }
    error(i, ptr, Message("model.no_such_ref", {{"what", what}, {"id", id}}), std::move(hint));
    return false;
}

// `author: Сәрсенова А.`: the page's name written for its id (model/name_match.h). The hint names
// the id and the page, «sarsenova-a (Сәрсенова Айгүл Болатқызы)», or up to three of them; empty
// when the text names no page, or too many to be a suggestion.
Message Assembler::named_ref_hint(const std::string& written, const std::map<std::string, PageId>& index, const char* what,
                                  const char* folder) const {
    std::vector<NamedPage> pages;
    for (const auto& [id, page] : index) {
        NamedPage& named = pages.emplace_back(NamedPage{id, {m_.pages[page].title}});
        if (auto versions = m_.translations.find(m_.pages[page].translation_key); versions != m_.translations.end())
            for (PageId version : versions->second) named.titles.push_back(m_.pages[version].title);
    }
    const std::vector<std::string> ids = ids_named(written, pages);
    if (ids.empty() || ids.size() > 3) return {};
    Message hint("model.did_you_mean_named", {{"what", what}, {"folder", folder}});
    for (const auto& [lang, last_joint] : {std::pair{"en", " or "}, std::pair{"ru", " или "}, std::pair{"kk", " немесе "}}) {
        std::string list;
        for (std::size_t k = 0; k < ids.size(); ++k) {
            if (k > 0) list += k + 1 == ids.size() ? last_joint : ", ";
            list += ids[k] + " (" + m_.pages[index.at(ids[k])].title + ")";
        }
        hint.args.emplace_back(std::string("near@") + lang, list);
    }
    return hint;
}

// A field that may hold one reference or a list of them.
void Assembler::check_refs(PageId i, const char* key, const std::map<std::string, PageId>& index, const char* what, const char* folder,
                bool required) {
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
void Assembler::warn_duplicate_titles(Diagnostics& diags) const {
    std::map<std::tuple<Kind, std::string, std::string>, PageId> seen;
    for (PageId i = 0; i < m_.pages.size(); ++i) {
        Kind k = portal_.kinds[i];
        if (k == Kind::page || m_.pages[i].kind != PageKind::page || m_.pages[i].is_view || !fm(i).contains("title")) continue;
        auto [it, inserted] = seen.emplace(std::make_tuple(k, m_.pages[i].content_lang, to_lower(trim(m_.pages[i].title))), i);
        if (inserted) continue;
        diags.add(warning_at(m_.pages[i].front_matter, "/title",
                              Message("model.same_title", {{"kind", kind_name(k)}, {"other", m_.pages[it->second].source}}),
                              Message("model.same_title_hint", {{"kind", kind_name(k)}})));
    }
}

// A page's fields: the kind's schema first (unknown keys, shapes), then the values of the
// fields whose shape was right, so one mistake is reported once.
void Assembler::validate(PageId i, Diagnostics& diags) {
    const Page& p = m_.pages[i];
    check_front_matter_urls(p.front_matter, diags);  // every page, every kind: the one URL policy
    // Here, not where the content stage takes the file name for a title: only the kind knows
    // whether that is a warning or (a member, a material) an error, and the teacher reads one.
    // A section urker made for a folder without _index.md has no file to add a title to.
    if (p.kind != PageKind::home && !p.front_matter.file.empty()) warn_of_title_from_file_name(p.front_matter, portal_.kinds[i], diags);
    if (p.kind != PageKind::page || portal_.kinds[i] == Kind::page) return;
    const YamlDocument& doc = p.front_matter;
    wrong_fields_[i] = check_front_matter_fields(doc, portal_.kinds[i], m_.config, diags);
    auto ok = [&](const char* key) { return !wrong_fields_[i].count(key); };
    std::size_t errors_before = diags.error_count();
    switch (portal_.kinds[i]) {
        case Kind::member:
            if (ok("experience")) check_number_range(doc, "experience", 0, 70, diags);
            if (ok("photo")) links_.check_file_field(i, "photo", diags);
            check_member_portfolio(doc, vocabulary_, diags);   // model/portfolio.h
            report_member_mentor_field(doc, ids_[i], diags);  // model/mentoring.h
            break;
        case Kind::school:
            if (ok("founded")) check_number_range(doc, "founded", 1700, 2100, diags);
            if (ok("website")) check_web_address(doc, "website", diags);
            break;
        case Kind::group:
            if (ok("group_type")) check_word_field(doc, "group_type", kGroupTypes, false, diags);
            break;
        case Kind::news:
            if (ok("pin_until")) check_date_time(doc, "pin_until", false, diags);
            require_date(i, diags);
            break;
        case Kind::material: {
            check_review_references(p, portal_.members, unreadable_ids_, diags, [&](const std::string& written) {  // model/reviews.h
                return named_ref_hint(written, portal_.members, "member", "members");
            });
            auto listed = m_.config.taxonomy_values.find("material_type");
            if (ok("material_type"))
                check_word_field(doc, "material_type", listed != m_.config.taxonomy_values.end() ? listed->second : kMaterialTypes, false, diags);
            if (ok("grade")) check_grade(doc, diags);
            if (ok("external_url")) check_web_address(doc, "external_url", diags);
            require_date(i, diags);
            break;
        }
        case Kind::plan:
            if (ok("year")) check_school_year(doc, diags);
            break;
        case Kind::event: {
            check_participation(p, portal_.members, unreadable_ids_, diags);  // model/participation.h
            check_mentoring_field(doc, "/mentoring", portal_.mentoring, portal_.groups, diags);  // model/mentoring.h
            if (ok("event_type")) check_word_field(doc, "event_type", kEventTypes, false, diags);
            auto start = ok("start") ? check_date_time(doc, "start", true, diags) : std::nullopt;
            auto end = ok("end") ? check_date_time(doc, "end", false, diags) : std::nullopt;
            if (start && end && end->epoch_seconds() < start->epoch_seconds())
                error_to(diags, i, "/end", Message("model.event_ends_before_start"), Message("model.event_ends_before_start_hint"));
            if (ok("online_url")) check_web_address(doc, "online_url", diags);
            break;
        }
        case Kind::topic: {
            require_date(i, diags);
            const auto& cats = m_.config.forum.categories;
            if (!cats.empty() && ok("category")) {
                std::vector<std::string> ids;
                for (const auto& [id, c] : cats) ids.push_back(id);
                std::string cat = fm(i).contains("category") && fm(i)["category"].is_string() ? fm(i)["category"].get<std::string>() : "";
                if (cat.empty()) error_to(diags, i, "", Message("model.topic_needs_category"), Message("model.add_line", {{"line", "category: " + ids.front()}}));
                else if (!cats.count(cat)) {
                    std::string near = closest_match(cat, ids);
                    error_to(diags, i, "/category", Message("model.no_forum_category", {{"category", cat}}),
                          near.empty() ? Message("model.forum_categories_hint") : Message("model.did_you_mean", {{"near", near}}));
                }
            }
            break;
        }
        default:
            break;
    }
    warn_of_commas_in_taxonomy_values(i, diags);
    // Taxonomies whose values site.yaml lists: a misspelled subject must not make a new subject
    // page. material_type was checked against the list above; the language against the site's
    // languages by the content loader; a field that already has an error is not checked twice.
    if (diags.error_count() != errors_before) return;
    for (const auto& [name, values] : m_.config.taxonomy_values)
        if (name != "material_type" && name != "language" && name != "school" && ok(name.c_str()))
            check_listed_values(doc, name, values, diags);
}

// Materials, news and forum topics are listed newest first and the feeds take only dated pages:
// one without a date (or with `date:` left empty) would be left out of the feeds and listed last,
// silently. A date written wrong is reported where it stands (content/loader.cpp). Events are
// ordered by their `start`, which the schema requires.
// A date still to come is published (nothing is held back unsaid), with a warning: such a page
// stays at the top of every list until its day, and it is most often a slip of the year or an
// event's day written as the news item's. Tomorrow is not yet "to come": the build's date is the
// UTC day, and in Kazakhstan (UTC+5) the next day begins five hours before it.
void Assembler::require_date(PageId i, Diagnostics& diags) const {
    const Page& p = m_.pages[i];
    if (p.date && p.date->days_since_epoch() > portal_.build_date.days_since_epoch() + 1 && !wrong_fields_[i].count("date"))
        diags.add(warning_at(p.front_matter, "/date",
                             Message("model.date_to_come", {{"kind", kind_name(portal_.kinds[i])}, {"date", p.date->iso().substr(0, 10)},
                                                            {"today", portal_.build_date.iso()}}),
                             Message("model.date_to_come_hint", {{"kind", kind_name(portal_.kinds[i])}, {"line", "date: " + portal_.build_date.iso()}})));
    if (p.date || wrong_fields_[i].count("date")) return;
    const json& f = fm(i);
    const bool empty = f.contains("date") && f["date"].is_null();
    if (f.contains("date") && !empty) return;
    error_to(diags, i, empty ? "/date" : "", Message("model.needs_date", {{"kind", kind_name(portal_.kinds[i])}}),
             Message("model.needs_date_hint", {{"kind", kind_name(portal_.kinds[i])}, {"line", "date: " + portal_.build_date.iso()}}));
}

// `tags: дроби, доли` (no brackets) is one value, «дроби, доли», and would make one term page of
// that name: a teacher writing it almost always meant two. A warning, not an error: the site is
// published as written, and a value that does hold a comma is kept without a warning as a list
// of one (`tags: ["Ы, ы"]`).
void Assembler::warn_of_commas_in_taxonomy_values(PageId i, Diagnostics& diags) const {
    const json& f = fm(i);
    for (const std::string& name : m_.config.taxonomies) {
        // Grades and material types are checked value by value above: "5, 6" is an error there.
        if (name == "language" || name == "school" || name == "grade" || name == "material_type" || !f.contains(name) || !f[name].is_string())
            continue;
        const std::string& value = f[name].get_ref<const std::string&>();
        if (value.find(',') == std::string::npos) continue;
        // A taxonomy whose values site.yaml lists reports a value it does not list as an error,
        // with this hint when its parts are listed (model/field_checks.h): not twice.
        if (auto listed = m_.config.taxonomy_values.find(name); listed != m_.config.taxonomy_values.end()) {
            const std::string lower = to_lower(value);
            if (std::none_of(listed->second.begin(), listed->second.end(), [&](const std::string& v) { return to_lower(v) == lower; }))
                continue;
        }
        diags.add(warning_at(m_.pages[i].front_matter, "/" + name, Message("model.taxonomy_value_with_comma", {{"field", name}, {"value", value}}),
                             Message("model.taxonomy_value_with_comma_hint", {{"line", name + ": [" + join(comma_parts(value)) + "]"}})));
    }
}

// `place:` of an event or a plan item is a school's id, `online`, or the place in words. A value
// written as an id (lowercase Latin letters, digits and hyphens: `mektep-2`) that names no school
// would be published as that text: a misspelt id, or a school renamed since. Words («Актовый зал
// школы №2», «Zoom») are taken as they are.
std::optional<std::pair<Message, Message>> Assembler::place_problem(const std::string& place) const {
    const bool id_like = !place.empty() && std::all_of(place.begin(), place.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
    });
    if (!id_like || place == "online" || portal_.schools.count(place) || unreadable_ids_.count(place)) return std::nullopt;
    const std::string near = closest_match(place, keys_of(portal_.schools));
    return std::make_pair(Message("model.no_such_place", {{"id", place}}),
                          near.empty() ? Message("model.no_such_place_hint") : Message("model.did_you_mean", {{"near", near}}));
}

// References are checked once every id is known.
void Assembler::check_references(PageId i) {
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
            if (!wrong_fields_[i].count("place") && fm(i).contains("place") && fm(i)["place"].is_string())
                if (auto problem = place_problem(fm(i)["place"].get<std::string>())) {
                    problem->first.args.emplace_back("column", "none");  // the message names a plan table's column
                    diags_.add(warning_at(m_.pages[i].front_matter, "/place", std::move(problem->first), std::move(problem->second)));
                }
            break;
        case Kind::topic:
            check_refs(i, "author", portal_.members, "member", "members");
            break;
        default:
            break;
    }
}

}  // namespace urker::portal_assembly
