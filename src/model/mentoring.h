// Mentoring pairs as data (docs/kinds.md, "Mentoring"): a group declares its pairs once, in its
// front matter —
//   mentoring:
//     - {mentor: petrova-o, mentee: omarova-a, since: 2026-09-01, until: 2027-05-31, focus: "…"}
// — and events and plan items name a pair ("petrova-o/omarova-a") or the whole group's pairs (the
// group's id) in their own `mentoring:` field. Both members' portfolios list the pair; the
// mentee's collects the school year's sessions.
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "config/yaml_document.h"
#include "core/date.h"
#include "core/diagnostic.h"
#include "model/site_model.h"

namespace urker {

struct MentoringPair {
    std::string mentor;  // member ids
    std::string mentee;
    Date since;
    std::optional<Date> until;  // none: still going on
    // Declared with a mistake (reported where it stands): references to it resolve, so one
    // mistake is reported once, but no page shows the pair.
    bool broken = false;
    std::string focus;          // as written, may be empty
    PageId group = 0;           // the group page that declares it (default language)

    // How events and plan items name it: "mentor/mentee".
    std::string id() const { return mentor + "/" + mentee; }
};

// The pairs of one group's `mentoring:` list. Every problem is a located error: a field missing,
// an unknown key, a member id that is not a member ("did you mean"), a mentor who is their own
// mentee, a date that is not YYYY-MM-DD, `until` before `since`, the same pair twice. A pair with
// an error is marked `broken`. `unreadable_ids`: members whose file failed to load (reported already).
// `named_hint`, when given, is the hint for a member written by name: the id to write, or empty.
std::vector<MentoringPair> read_mentoring_pairs(const YamlDocument& group, PageId group_page, const std::map<std::string, PageId>& members,
                                                const std::set<std::string>& unreadable_ids, Diagnostics& diags,
                                                const std::function<Message(const std::string&)>& named_hint = {});

// What a `mentoring:` reference means: a pair's id, or a group's id for all its pairs. Returns
// the indexes into `pairs`; empty when nothing matches.
std::vector<std::size_t> resolve_mentoring_ref(const std::string& ref, const std::vector<MentoringPair>& pairs,
                                               const std::map<std::string, PageId>& groups);

// The references written in a `mentoring:` value: one text or a list of texts. `ok` is false
// when the value has another shape.
std::vector<std::string> mentoring_refs(const urker::Json& value, bool& ok);

// Checks an event's (or any front matter's) `mentoring:` field at `pointer`: each reference must
// resolve (a located error with "did you mean" otherwise).
void check_mentoring_field(const YamlDocument& doc, const std::string& pointer, const std::vector<MentoringPair>& pairs,
                           const std::map<std::string, PageId>& groups, Diagnostics& diags);

// The message for a reference that names no pair, and its hint (plan items report it themselves).
Message unknown_mentoring_ref(const std::string& ref);
Message unknown_mentoring_ref_hint(const std::string& ref, const std::vector<MentoringPair>& pairs, const std::map<std::string, PageId>& groups);

// A member's `mentor:` (or `mentee:`) field: pairs are declared once, in a group, so the field is
// a located error that says where the pair belongs.
void report_member_mentor_field(const YamlDocument& member, const std::string& member_id, Diagnostics& diags);

}  // namespace urker
