#include "model/kind_schema.h"

#include <algorithm>
#include <regex>

#include "core/text.h"
#include "core/url.h"
#include "model/message_at.h"

namespace urker {

using json = urker::Json;

const char* kind_name(Kind k) {
    switch (k) {
        case Kind::member: return "member";
        case Kind::school: return "school";
        case Kind::group: return "group";
        case Kind::material: return "material";
        case Kind::plan: return "plan";
        case Kind::news: return "news";
        case Kind::event: return "event";
        case Kind::topic: return "topic";
        default: return "page";
    }
}

Kind kind_for_section(const std::string& section) {
    if (section == "members") return Kind::member;
    if (section == "schools") return Kind::school;
    if (section == "groups") return Kind::group;
    if (section == "materials") return Kind::material;
    if (section == "plans") return Kind::plan;
    if (section == "news") return Kind::news;
    if (section == "events") return Kind::event;
    if (section == "forum") return Kind::topic;
    return Kind::page;
}

const std::vector<std::string>& portal_kind_names() {
    static const std::vector<std::string> names = {"event", "group", "material", "member", "news", "plan", "school", "topic"};
    return names;
}

const std::vector<FieldSpec>& shared_fields() {
    static const std::vector<FieldSpec> fields = {
        {"title", FieldType::any, {}},    {"description", FieldType::any, {}}, {"summary", FieldType::any, {}},
        {"date", FieldType::any, {}},     {"updated", FieldType::any, {}},     {"draft", FieldType::any, {}},
        {"weight", FieldType::any, {}},   {"template", FieldType::any, {}},    {"slug", FieldType::any, {}},
        {"language", FieldType::any, {}}, {"tags", FieldType::text_list, {}},  {"comments", FieldType::boolean, {}},
        {"poll", FieldType::any, {}},  // a survey and its results: model/monitoring.cpp reads and checks it
    };
    return fields;
}

const KindSchema& schema_for(Kind k) {
    using T = FieldType;
    static const KindSchema page{Kind::page, false, {}};
    static const KindSchema member{Kind::member, true,
        {{"id", T::id, {}}, {"school", T::id_list, {}}, {"position", T::text, {}}, {"qualification", T::text, {}},
         {"category", T::text, {}}, {"experience", T::whole_number, {}}, {"subjects", T::text_list, {}},
         {"groups", T::id_list, {}}, {"achievements", T::record_list, {"year", "title", "url"}},
         {"links", T::record_list, {"title", "url"}}, {"photo", T::text, {}}, {"email", T::text, {}},
         {"phone", T::text, {}}, {"level", T::text, {}}, {"roles", T::text_list, {}},
         // courses: model/portfolio.h checks them; mentor, mentee: model/mentoring.h says where pairs belong
         {"courses", T::any, {}}, {"mentor", T::any, {}}, {"mentee", T::any, {}}}};
    static const KindSchema school{Kind::school, false,
        {{"id", T::id, {}}, {"short_title", T::text, {}}, {"city", T::text, {}}, {"district", T::text, {}},
         {"address", T::text, {}}, {"director", T::text, {}}, {"phone", T::text, {}}, {"email", T::text, {}},
         {"website", T::web_address, {}}, {"founded", T::whole_number, {}}}};
    static const KindSchema group{Kind::group, false,
        {{"id", T::id, {}}, {"group_type", T::text, {}}, {"leader", T::id, {}}, {"members", T::id_list, {}},
         {"school", T::id_list, {}}, {"goal", T::text, {}}, {"mentoring", T::any, {}}}};  // model/mentoring.h reads the pairs
    static const KindSchema material{Kind::material, true,
        {{"author", T::id_list, {}}, {"subject", T::text, {}}, {"grade", T::grade, {}}, {"material_type", T::text, {}},
         {"external_url", T::web_address, {}}, {"review", T::any, {}}}};  // review: content/review.h reads and checks it
    static const KindSchema plan{Kind::plan, false,
        {{"id", T::id, {}}, {"year", T::text, {}}, {"year_starts", T::whole_number, {}}, {"items", T::record_list, {}},
         {"items_file", T::text, {}}}};
    static const KindSchema news{Kind::news, false, {{"author", T::id_list, {}}, {"school", T::id_list, {}}, {"pinned", T::boolean, {}}, {"pin_until", T::date_time, {}}}};
    static const KindSchema event{Kind::event, false,
        {{"event_type", T::text, {}}, {"start", T::date_time, {}}, {"end", T::date_time, {}}, {"place", T::text, {}},
         {"online_url", T::web_address, {}}, {"organizer", T::id_list, {}}, {"school", T::id_list, {}},
         {"hours", T::any, {}}, {"participants", T::any, {}},  // model/participation.h checks these two
         {"mentoring", T::any, {}}}};                        // and model/mentoring.h this one
    static const KindSchema topic{Kind::topic, false, {{"author", T::id_list, {}}, {"category", T::text, {}}}};
    switch (k) {
        case Kind::member: return member;
        case Kind::school: return school;
        case Kind::group: return group;
        case Kind::material: return material;
        case Kind::plan: return plan;
        case Kind::news: return news;
        case Kind::event: return event;
        case Kind::topic: return topic;
        default: return page;
    }
}

const FieldSpec* find_field(Kind kind, std::string_view key) {
    for (const auto& f : shared_fields())
        if (f.key == key) return &f;
    for (const auto& f : schema_for(kind).fields)
        if (f.key == key) return &f;
    return nullptr;
}

const std::vector<std::string>& plan_item_keys() {
    // "stage" and "content" are a road map's columns («Этапы / Содержание / Результат»).
    static const std::vector<std::string> keys = {"what", "when", "responsible", "participants", "goal", "result", "place", "status",
                                                  "stage", "content", "mentoring", "form", "note"};
    return keys;
}

namespace {

// The messages of this file, each written once.
// The messages of this file (their texts are in core/message_catalog_model.cpp).
namespace msg {
const char* type_name(FieldType type) {
    switch (type) {
        case FieldType::text: return "text";
        case FieldType::text_list: return "text_list";
        case FieldType::id: return "id";
        case FieldType::id_list: return "id_list";
        case FieldType::boolean: return "boolean";
        case FieldType::whole_number: return "whole_number";
        case FieldType::grade: return "grade";
        case FieldType::date_time: return "date_time";
        case FieldType::web_address: return "web_address";
        case FieldType::record_list: return "record_list";
        default: return "any";
    }
}
Message unknown_key(const std::string& key, Kind kind) { return Message("model.unknown_key", {{"key", key}, {"kind", kind_name(kind)}}); }
Message unknown_key_hint(const std::string& near, Kind kind) {
    return near.empty() ? Message("model.unknown_key_hint", {{"kind", kind_name(kind)}})
                        : Message("model.unknown_key_hint_near", {{"near", near}, {"kind", kind_name(kind)}});
}
Message title_missing(Kind kind) { return Message("model.title_missing", {{"kind", kind_name(kind)}}); }
Message title_missing_hint(Kind kind) {
    return Message(kind == Kind::member ? "model.title_missing_hint_member" : "model.title_missing_hint");
}
Message wrong_shape(const std::string& what, FieldType type) {
    return Message("model.wrong_shape", {{"key", what}, {"type", type_name(type)}});
}
// Every type that can be wrong has a hint (`any` is never wrong).
// `number`: the whole number to show in the example (the teacher's own, "12" of "12 жыл").
Message wrong_shape_hint(const std::string& key, FieldType type, const std::string& number = "18") {
    return Message("model.wrong_shape_hint", {{"key", key}, {"type", type_name(type)}, {"number", number}});
}
Message unknown_record_key(const std::string& key, const std::string& field) {
    return Message("model.unknown_record_key", {{"key", key}, {"field", field}});
}
Message record_keys_hint(const std::string& near, const std::string& known) {
    return near.empty() ? Message("model.record_keys_hint", {{"known", known}})
                        : Message("model.record_keys_hint_near", {{"near", near}, {"known", known}});
}
Message unknown_kind(const std::string& name) { return Message("model.unknown_kind", {{"name", name}}); }
Message unknown_kind_hint(const std::string& near) {
    std::string kinds;
    for (const auto& k : portal_kind_names()) kinds += (kinds.empty() ? "" : ", ") + k;
    return near.empty() ? Message("model.unknown_kind_hint", {{"kinds", kinds}})
                        : Message("model.unknown_kind_hint_near", {{"near", near}, {"kinds", kinds}});
}
}  // namespace msg

bool is_text(const json& v) { return v.is_string() || v.is_number(); }

bool has_shape(const json& v, FieldType type) {
    switch (type) {
        case FieldType::any: return true;
        case FieldType::text: return is_text(v);
        case FieldType::text_list:
            return is_text(v) || (v.is_array() && std::all_of(v.begin(), v.end(), [](const json& x) { return is_text(x); }));
        case FieldType::id: return v.is_string();
        case FieldType::id_list:
            return v.is_string() || (v.is_array() && std::all_of(v.begin(), v.end(), [](const json& x) { return x.is_string(); }));
        case FieldType::boolean: return v.is_boolean();
        case FieldType::whole_number: return v.is_number_integer();
        case FieldType::grade:
            return v.is_number_integer() || v.is_string() ||
                   (v.is_array() && std::all_of(v.begin(), v.end(), [](const json& x) { return x.is_number_integer() || x.is_string(); }));
        case FieldType::date_time: return v.is_string();
        case FieldType::web_address: return v.is_string();
        case FieldType::record_list: return v.is_array();
    }
    return true;
}

std::vector<std::string> known_keys(Kind kind, const SiteConfig& config) {
    std::vector<std::string> keys;
    for (const auto& f : shared_fields()) keys.emplace_back(f.key);
    for (const auto& f : schema_for(kind).fields) keys.emplace_back(f.key);
    if (auto it = config.extra_keys.find(kind_name(kind)); it != config.extra_keys.end())
        keys.insert(keys.end(), it->second.begin(), it->second.end());
    return keys;
}

std::string join(const std::vector<std::string_view>& v) {
    std::string out;
    for (auto s : v) out += (out.empty() ? "" : ", ") + std::string(s);
    return out;
}

// An entry with a title written as a line of text ("2025 ж. – облыстық байқаудың жеңімпазы"), as
// the teacher should write it: `{year: 2025, title: "облыстық байқаудың жеңімпазы"}` when the
// entries have a year and the line starts with one, else `{title: "…"}`. Empty when the entries
// have no title, or the text is empty.
std::string entry_from_text(const FieldSpec& spec, const std::string& text) {
    auto has = [&](std::string_view key) { return std::find(spec.record_keys.begin(), spec.record_keys.end(), key) != spec.record_keys.end(); };
    if (!has("title")) return {};
    std::string title = trim(text);
    std::string year;
    // A year first, then what Kazakh and Russian write after one ("ж.", "жылы", "г.", "году"), then a dash or colon.
    static const std::regex year_first(R"(^((?:19|20)[0-9]{2})\s*(?:жылы|жыл|ж\.?|году|года|год|г\.?)?\s*(?:[-:,.]|–|—)?\s*(.+)$)");
    std::smatch m;
    if (has("year") && std::regex_match(title, m, year_first)) {
        year = m[1].str();
        title = trim(m[2].str());
    }
    if (title.empty()) return {};
    std::string quoted = "\"";
    for (char c : title) {
        if (c == '"' || c == '\\') quoted += '\\';
        quoted += c;
    }
    quoted += '"';
    return "{" + (year.empty() ? std::string() : "year: " + year + ", ") + "title: " + quoted + "}";
}

// The entries of a record list: each a map whose keys are known (when the schema lists them)
// and whose values are texts or numbers.
void check_records(const YamlDocument& doc, const FieldSpec& spec, Diagnostics& diags) {
    const std::string key(spec.key);
    const json& list = doc.value[key];
    for (std::size_t k = 0; k < list.size(); ++k) {
        std::string ptr = "/" + key + "/" + std::to_string(k);
        const json& entry = list[k];
        if (!entry.is_object()) {
            const std::string written = entry.is_string() ? entry.get<std::string>() : std::string();
            if (std::string example = entry_from_text(spec, written); !spec.record_keys.empty() && !example.empty())
                diags.add(error_at(doc, ptr, msg::wrong_shape(key, FieldType::record_list),
                                   Message("model.record_entry_hint_from_text", {{"entry", example}})));
            else if (!spec.record_keys.empty())
                diags.add(error_at(doc, ptr, msg::wrong_shape(key, FieldType::record_list),
                                   Message("model.record_entry_hint", {{"first", std::string(spec.record_keys.front())}})));
            continue;  // plan items are checked one by one where they are read
        }
        if (spec.record_keys.empty()) continue;
        std::vector<std::string> allowed(spec.record_keys.begin(), spec.record_keys.end());
        for (const auto& [k2, v] : entry.items()) {
            std::string child = pointer_append(ptr, k2);
            if (std::find(allowed.begin(), allowed.end(), k2) == allowed.end()) {
                diags.add(error_at(doc, child + "#key", msg::unknown_record_key(k2, key),
                                   msg::record_keys_hint(closest_match(k2, allowed), join(spec.record_keys))));
            } else if (!v.is_null() && !is_text(v)) {
                diags.add(error_at(doc, child, msg::wrong_shape(k2, FieldType::text), msg::wrong_shape_hint(k2, FieldType::text)));
            }
        }
    }
}

}  // namespace

void check_kind_settings(const SiteConfig& config, Diagnostics& diags) {
    for (const auto& [name, keys] : config.extra_keys) {
        (void)keys;
        const auto& kinds = portal_kind_names();
        if (std::find(kinds.begin(), kinds.end(), name) != kinds.end()) continue;
        diags.add(error_at(config.document, pointer_append("/kinds", name) + "#key", msg::unknown_kind(name),
                           msg::unknown_kind_hint(closest_match(name, kinds))));
    }
}

namespace {

// No title to show: none, null, or only spaces. A title of the wrong shape (a list) is not
// missing: the content stage reports its shape.
bool title_missing(const json& fm) {
    if (!fm.is_object() || !fm.contains("title") || fm["title"].is_null()) return true;
    return fm["title"].is_string() && trim(fm["title"].get<std::string>()).empty();
}

}  // namespace

void warn_of_title_from_file_name(const YamlDocument& fm, Kind kind, Diagnostics& diags) {
    if (schema_for(kind).title_required || !title_missing(fm.value)) return;
    diags.add(warning_at(fm, "", Message("model.no_title"), Message("model.no_title_hint")));
}

std::set<std::string> check_front_matter_fields(const YamlDocument& fm, Kind kind, const SiteConfig& config, Diagnostics& diags) {
    std::set<std::string> wrong;
    const KindSchema& schema = schema_for(kind);
    if (schema.title_required && title_missing(fm.value))
        diags.add(error_at(fm, fm.value.is_object() && fm.value.contains("title") ? "/title" : "", msg::title_missing(kind),
                           msg::title_missing_hint(kind)));
    if (kind == Kind::page || !fm.value.is_object()) return wrong;

    const std::vector<std::string> known = known_keys(kind, config);
    for (const auto& [key, value] : fm.value.items()) {
        std::string ptr = pointer_append("", key);
        const FieldSpec* spec = find_field(kind, key);
        if (!spec) {
            if (std::find(known.begin(), known.end(), key) != known.end()) continue;  // an extra key from site.yaml
            diags.add(error_at(fm, ptr + "#key", msg::unknown_key(key, kind), msg::unknown_key_hint(closest_match(key, known), kind)));
            wrong.insert(key);
            continue;
        }
        if (value.is_null()) continue;
        if (!has_shape(value, spec->type)) {
            // "12 жыл", "12 лет": the number written first is the one meant.
            std::string number = "18";
            if (spec->type == FieldType::whole_number && value.is_string()) {
                const std::string text = trim(value.get<std::string>());
                const std::size_t digits = text.find_first_not_of("0123456789");
                if (digits != 0 && !text.empty() && (digits == std::string::npos ? text.size() : digits) <= 3)
                    number = text.substr(0, digits);
            }
            diags.add(error_at(fm, ptr, msg::wrong_shape(key, spec->type), msg::wrong_shape_hint(key, spec->type, number)));
            wrong.insert(key);
            continue;
        }
        if (spec->type == FieldType::record_list) check_records(fm, *spec, diags);
        // Shown as a mailto: link: "ivanova@mail" or "mailto:…" would be a link that goes nowhere.
        if (key == "email" && value.is_string() && !trim(value.get<std::string>()).empty() && !looks_like_email(trim(value.get<std::string>()))) {
            diags.add(error_at(fm, ptr, Message("model.email_shape", {{"value", shorten_for_message(value.get<std::string>())}}),
                               Message("model.email_shape_hint", {{"key", key}})));
            wrong.insert(key);
        }
    }
    return wrong;
}

}  // namespace urker
