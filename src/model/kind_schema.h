// The portal's kinds of page and the front-matter fields each kind knows (docs/kinds.md). A
// page's kind comes from its section folder. The schema is the one list of a kind's fields: it
// says which keys are known (anything else is a typo, reported with "did you mean"), what JSON
// shape each value must have, and whether the page needs a title.
#pragma once

#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "config/site_config.h"
#include "config/yaml_document.h"
#include "core/diagnostic.h"

namespace urker {

enum class Kind { page, member, school, group, material, plan, news, event, topic };
const char* kind_name(Kind k);
Kind kind_for_section(const std::string& section);
// Every kind but `page`, by name: "member", "school", …
const std::vector<std::string>& portal_kind_names();

// The shape a field's value must have. Values are checked further (ids resolve, dates are real
// dates, enums hold known words) by the checks in field_checks.h and the portal assembler.
enum class FieldType {
    any,           // the shared fields read by the content loader, which checks them itself
    text,          // a text (a number is taken as text)
    text_list,     // a text, or a list of texts
    id,            // the id of a member, school… (a text)
    id_list,       // one id or a list of ids
    boolean,       // true / false
    whole_number,  // 18
    grade,         // 5, [5, 6], "preschool", "all"
    date_time,     // 2026-10-15T10:00:00+05:00 (a text)
    web_address,   // https://… (a text)
    record_list,   // a list of records (key: value maps)
};

struct FieldSpec {
    std::string_view key;
    FieldType type;
    std::vector<std::string_view> record_keys;  // for record_list: the keys one record may have
};

struct KindSchema {
    Kind kind = Kind::page;
    bool title_required = false;
    std::vector<FieldSpec> fields;  // the kind's own fields, after the shared ones
};

// Fields every page may have (title, date, draft, tags…), read by the content loader.
const std::vector<FieldSpec>& shared_fields();
const KindSchema& schema_for(Kind k);
// The field of `kind` called `key` (shared fields included), or nullptr.
const FieldSpec* find_field(Kind kind, std::string_view key);

// The keys a plan item may have (front matter `items:` or the columns of an items_file CSV).
const std::vector<std::string>& plan_item_keys();

// Checks `kinds:` in site.yaml: each named kind exists ("did you mean").
void check_kind_settings(const SiteConfig& config, Diagnostics& diags);

// Checks every front-matter key of a page of `kind` (not `page`) against its schema: an unknown
// key is an error at the key ("did you mean"), unless site.yaml declares it as an extra key of
// the kind; a value of the wrong shape is an error at the value. A missing title is an error
// for kinds that need one. Returns the keys whose values have the wrong shape, so later checks
// of those values stay quiet instead of piling follow-on errors on one mistake.
// A page with no title (none, or left empty) is shown under its file name. Said once: an error
// for a kind that needs a title (check_front_matter_fields), else this warning. Not for the home
// page, whose title is the site's.
void warn_of_title_from_file_name(const YamlDocument& front_matter, Kind kind, Diagnostics& diags);

std::set<std::string> check_front_matter_fields(const YamlDocument& front_matter, Kind kind, const SiteConfig& config,
                                                Diagnostics& diags);

}  // namespace urker
