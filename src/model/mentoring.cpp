#include "model/mentoring.h"

#include <algorithm>

#include "core/text.h"
#include "model/message_at.h"

namespace urker {

using json = urker::Json;

namespace {

const std::vector<std::string> kPairKeys = {"mentor", "mentee", "since", "until", "focus"};

std::string join(const std::vector<std::string>& v) {
    std::string out;
    for (const auto& s : v) out += (out.empty() ? "" : ", ") + s;
    return out;
}

std::vector<std::string> ids_of(const std::map<std::string, PageId>& index) {
    std::vector<std::string> out;
    for (const auto& [id, page] : index) out.push_back(id);
    return out;
}

std::string text_of(const json& v) {
    if (v.is_string()) return trim(v.get<std::string>());
    if (v.is_number_integer()) return std::to_string(v.get<long long>());
    return "";
}

}  // namespace

std::vector<MentoringPair> read_mentoring_pairs(const YamlDocument& group, PageId group_page, const std::map<std::string, PageId>& members,
                                                const std::set<std::string>& unreadable_ids, Diagnostics& diags,
                                                const std::function<Message(const std::string&)>& named_hint) {
    std::vector<MentoringPair> out;
    if (!group.value.is_object() || !group.value.contains("mentoring") || group.value["mentoring"].is_null()) return out;
    const json& list = group.value["mentoring"];
    if (!list.is_array()) {
        diags.add(error_at(group, "/mentoring", Message("portfolio.mentoring_not_list"), Message("portfolio.mentoring_example")));
        return out;
    }
    const std::vector<std::string> member_ids = ids_of(members);
    std::set<std::string> seen;
    for (std::size_t k = 0; k < list.size(); ++k) {
        const std::string ptr = "/mentoring/" + std::to_string(k);
        const json& e = list[k];
        if (!e.is_object()) {
            diags.add(error_at(group, ptr, Message("portfolio.mentoring_entry_not_map"), Message("portfolio.mentoring_example")));
            continue;
        }
        bool ok = true;
        for (const auto& [key, v] : e.items()) {
            (void)v;
            if (std::find(kPairKeys.begin(), kPairKeys.end(), key) != kPairKeys.end()) continue;
            std::string near = closest_match(key, kPairKeys);
            diags.add(error_at(group, pointer_append(ptr, key) + "#key", Message("portfolio.mentoring_unknown_key", {{"key", key}}),
                               near.empty() ? Message("portfolio.mentoring_keys", {{"keys", join(kPairKeys)}})
                                            : Message("portfolio.did_you_mean", {{"near", near}})));
            ok = false;
        }
        MentoringPair pair;
        pair.group = group_page;
        // mentor and mentee: members, and two different ones.
        for (const char* role : {"mentor", "mentee"}) {
            std::string id = e.contains(role) ? text_of(e[role]) : "";
            if (id.empty()) {
                diags.add(error_at(group, e.contains(role) ? pointer_append(ptr, role) : ptr, Message("portfolio.mentoring_missing", {{"key", role}}),
                                   Message("portfolio.mentoring_example")));
                ok = false;
                continue;
            }
            (std::string(role) == "mentor" ? pair.mentor : pair.mentee) = id;
            if (members.count(id) || unreadable_ids.count(id)) continue;
            Message hint = named_hint ? named_hint(id) : Message();
            if (hint.empty()) {
                std::string near = closest_match(id, member_ids);
                hint = near.empty() ? Message("portfolio.member_ids_hint") : Message("portfolio.did_you_mean", {{"near", near}});
            }
            diags.add(error_at(group, pointer_append(ptr, role), Message("portfolio.mentoring_unknown_member", {{"role", role}, {"id", id}}),
                               std::move(hint)));
            ok = false;
        }
        if (!pair.mentor.empty() && pair.mentor == pair.mentee) {
            diags.add(error_at(group, pointer_append(ptr, "mentee"), Message("portfolio.mentoring_self", {{"id", pair.mentor}}),
                               Message("portfolio.mentoring_self_hint")));
            ok = false;
        }
        // since (required) and until (optional): days, until not before since.
        std::optional<Date> since, until;
        for (const char* key : {"since", "until"}) {
            bool required = std::string(key) == "since";
            if (!e.contains(key) || e[key].is_null()) {
                if (required) {
                    diags.add(error_at(group, ptr, Message("portfolio.mentoring_missing", {{"key", key}}), Message("portfolio.mentoring_example")));
                    ok = false;
                }
                continue;
            }
            std::string written = text_of(e[key]);
            auto parsed = parse_date(written, false, false);
            if (!parsed.date) {
                diags.add(error_at(group, pointer_append(ptr, key), Message("portfolio.mentoring_bad_date", {{"key", key}, {"value", written}}),
                                   Message("portfolio.mentoring_date_hint")));
                ok = false;
                continue;
            }
            (required ? since : until) = parsed.date;
        }
        if (since && until && until->days_since_epoch() < since->days_since_epoch()) {
            diags.add(error_at(group, pointer_append(ptr, "until"),
                               Message("portfolio.mentoring_until_before_since", {{"until", until->iso()}, {"since", since->iso()}}),
                               Message("portfolio.mentoring_until_hint")));
            ok = false;
        }
        if (e.contains("focus") && !e["focus"].is_null()) {
            if (e["focus"].is_string()) pair.focus = trim(e["focus"].get<std::string>());
            else {
                diags.add(error_at(group, pointer_append(ptr, "focus"), Message("portfolio.mentoring_focus_text"), Message("portfolio.mentoring_example")));
                ok = false;
            }
        }
        if (since) pair.since = *since;
        pair.until = until;
        pair.broken = !ok || !since;
        if (pair.mentor.empty() || pair.mentee.empty()) continue;  // nothing could name it
        if (!seen.insert(pair.id()).second) {
            if (!pair.broken)
                diags.add(error_at(group, ptr, Message("portfolio.mentoring_duplicate", {{"pair", pair.id()}}), Message("portfolio.mentoring_duplicate_hint")));
            continue;
        }
        out.push_back(std::move(pair));
    }
    return out;
}

std::vector<std::size_t> resolve_mentoring_ref(const std::string& ref, const std::vector<MentoringPair>& pairs,
                                               const std::map<std::string, PageId>& groups) {
    std::vector<std::size_t> out;
    auto group = groups.find(ref);
    for (std::size_t k = 0; k < pairs.size(); ++k)
        if (pairs[k].id() == ref || (group != groups.end() && pairs[k].group == group->second)) out.push_back(k);
    return out;
}

std::vector<std::string> mentoring_refs(const json& value, bool& ok) {
    std::vector<std::string> out;
    ok = true;
    if (value.is_null()) return out;
    if (value.is_string()) {
        out.push_back(trim(value.get<std::string>()));
    } else if (value.is_array() && std::all_of(value.begin(), value.end(), [](const json& x) { return x.is_string(); })) {
        for (const auto& x : value) out.push_back(trim(x.get<std::string>()));
    } else {
        ok = false;
    }
    return out;
}

Message unknown_mentoring_ref(const std::string& ref) { return Message("portfolio.mentoring_unknown_pair", {{"ref", ref}}); }

Message unknown_mentoring_ref_hint(const std::string& ref, const std::vector<MentoringPair>& pairs, const std::map<std::string, PageId>& groups) {
    std::vector<std::string> names;
    for (const auto& p : pairs) names.push_back(p.id());
    for (const auto& [id, group_page] : groups) {
        const PageId& page = group_page;  // clang 14 cannot capture a structured binding in a lambda
        if (std::any_of(pairs.begin(), pairs.end(), [&](const MentoringPair& p) { return p.group == page; })) names.push_back(id);
    }
    std::string near = closest_match(ref, names);
    if (!near.empty()) return Message("portfolio.did_you_mean", {{"near", near}});
    return names.empty() ? Message("portfolio.no_pairs_declared") : Message("portfolio.mentoring_pairs_hint");
}

void check_mentoring_field(const YamlDocument& doc, const std::string& pointer, const std::vector<MentoringPair>& pairs,
                           const std::map<std::string, PageId>& groups, Diagnostics& diags) {
    json::json_pointer jp(pointer);
    if (!doc.value.is_object() || !doc.value.contains(jp)) return;
    const json& v = doc.value.at(jp);
    bool ok = true;
    auto refs = mentoring_refs(v, ok);
    if (!ok) {
        diags.add(error_at(doc, pointer, Message("portfolio.mentoring_ref_shape"), Message("portfolio.mentoring_pairs_hint")));
        return;
    }
    for (std::size_t k = 0; k < refs.size(); ++k) {
        if (!resolve_mentoring_ref(refs[k], pairs, groups).empty()) continue;
        diags.add(error_at(doc, v.is_array() ? pointer + "/" + std::to_string(k) : pointer, unknown_mentoring_ref(refs[k]),
                           unknown_mentoring_ref_hint(refs[k], pairs, groups)));
    }
}

void report_member_mentor_field(const YamlDocument& member, const std::string& member_id, Diagnostics& diags) {
    if (!member.value.is_object()) return;
    for (const char* key : {"mentor", "mentee"}) {
        if (!member.value.contains(key)) continue;
        const json& v = member.value[key];
        std::string other = v.is_string() ? trim(v.get<std::string>()) : "…";
        bool is_mentor = std::string(key) == "mentor";
        std::string line = "- {mentor: " + (is_mentor ? other : member_id) + ", mentee: " + (is_mentor ? member_id : other) + ", since: 2026-09-01}";
        diags.add(error_at(member, pointer_append("", key) + "#key", Message("portfolio.member_mentor_field", {{"key", key}}),
                           Message("portfolio.member_mentor_field_hint", {{"line", line}})));
    }
}

}  // namespace urker
