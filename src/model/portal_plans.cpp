#include "model/portal_assembler.h"

namespace urker::portal_assembly {

namespace {

const std::vector<std::string> kPlanStatuses = {"planned", "in_progress", "done", "postponed", "moved", "cancelled"};

}  // namespace

// The statuses a plan may use, as the reader would write them: «выполнено (done), …» in Russian,
// «өткізілді (done), …» in Kazakh, the codes in English; "did you mean" for a near miss of any.
Message Assembler::plan_status_hint(const std::string& written) {
    std::vector<std::string> spellings = kPlanStatuses;
    Message hint("model.use_one_of");
    for (const char* lang : {"ru", "kk"}) {
        std::vector<std::string> listed;
        for (const std::string& word : plan_status_names(lang)) {
            listed.push_back(word + " (" + plan_status_key(word) + ")");
            spellings.push_back(word);
        }
        hint.args.emplace_back(std::string("list@") + lang, join(listed));
    }
    hint.args.emplace_back("list@en", join(kPlanStatuses));
    if (const std::string near = closest_match(to_lower(written), spellings); !near.empty()) {
        hint.id = "model.use_one_of_near";
        hint.args.emplace_back("near", near);
    }
    return hint;
}

int Assembler::school_year_start(PageId plan) const {
    const json& f = fm(plan);
    if (f.contains("year") && f["year"].is_string()) {
        std::string y = f["year"].get<std::string>();
        if (y.size() >= 4 && std::isdigit(static_cast<unsigned char>(y[0]))) return std::atoi(y.substr(0, 4).c_str());
    }
    const Date& b = portal_.build_date;
    return b.month >= 8 ? b.year : b.year - 1;
}

// The month a plan's year starts with: September, or `year_starts: 5` for a project year from May.
int Assembler::plan_year_first_month(PageId plan) {
    const json& f = fm(plan);
    if (!f.contains("year_starts")) return 9;
    const json& v = f["year_starts"];
    if (v.is_number_integer() && v.get<long long>() >= 1 && v.get<long long>() <= 12) return static_cast<int>(v.get<long long>());
    error(plan, "/year_starts", Message("plan.year_starts"), Message("plan.year_starts_hint"));
    return 9;
}

std::string Assembler::item_text(const json& v) {
    if (v.is_string()) return v.get<std::string>();
    if (v.is_number_integer()) return std::to_string(v.get<long long>());
    return v.dump(-1, ' ', false, urker::Json::error_handler_t::replace);
}

// A plan item's fields: known keys ("did you mean" for a typo in the front matter), and texts
// where texts belong — `when: {month: 10}` or `status: [done]` would otherwise be shown as
// JSON or silently dropped. Returns false when the item cannot be read further.
template <typename Report>
bool Assembler::check_plan_item_shape(const json& it, bool in_front_matter, Report& report) {
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

// The field each column holds ("" for a column of the school's own, a misspelt one, which is an
// error at the header, or the «№» column), and in `own` the header of each column of the school's
// own («Бюджет», «Ресурсы»): shown with each item as written. Headers are read in Russian, Kazakh
// and English (model/plan_columns.h).
std::vector<std::string> Assembler::plan_columns(const CsvRow& header, const std::string& file,
                                                 const std::function<std::string(int)>& line_text, std::vector<std::string>& own) {
    std::vector<std::string> keys;
    own.assign(header.cells.size(), std::string());
    // The hint lists the names in the header row's language.
    const std::vector<std::string> listed = plan_column_names(plan_header_language(header.cells));
    bool misspelt = false;
    bool known = false;
    for (std::size_t c = 0; c < header.cells.size(); ++c) {
        std::string name = trim(header.cells[c]);
        std::string key = plan_column_key(name);
        keys.push_back(key == "number" ? "" : key);
        known = known || !key.empty();
        if (name.empty() || !key.empty()) continue;
        const std::string near = plan_column_misspelt(name);
        if (near.empty()) {
            own[c] = name;
            continue;
        }
        misspelt = true;
        const CsvCellPlace& at = header.places[c];
        diags_.error({file, at.line, at.column}, Message("model.plan_unknown_column", {{"key", name}}),
                     Message("model.plan_column_hint_near", {{"near", near}, {"keys", join(listed)}}), line_text(at.line));
    }
    if (header.places.empty() || misspelt) return keys;
    const CsvCellPlace& first = header.places[0];
    // A first row with no header urker knows is most often the table's title («План работы на
    // 2026–2027 учебный год») above the header: said so, not as a missing column.
    if (!known) {
        std::vector<std::string> cells;
        for (const auto& cell : header.cells)
            if (!trim(cell).empty()) cells.push_back("«" + trim(cell) + "»");
        diags_.error({file, first.line, first.column}, Message("model.plan_table_no_header", {{"cells", join(cells)}}),
                     Message("model.plan_table_no_header_hint", {{"keys", join(listed)}}), line_text(first.line));
        return keys;
    }
    // Without a column saying what is planned every row would be an item without a name: said
    // once, here. A misspelt header is reported above, and is likely the one.
    const bool says_what =
        std::any_of(keys.begin(), keys.end(), [](const std::string& k) { return k == "what" || k == "content" || k == "stage"; });
    if (!says_what)
        diags_.error({file, first.line, first.column}, Message("model.plan_table_no_what_column"),
                     Message("model.plan_table_no_what_column_hint"), line_text(first.line));
    return keys;
}

void Assembler::read_plan_table(const std::vector<CsvRow>& rows, const std::function<std::string(int)>& line_text,
                                const std::string& display, std::vector<std::pair<json, ItemPlace>>& raw) {
    if (rows.empty()) return;
    std::vector<std::string> own;
    std::vector<std::string> keys = plan_columns(rows[0], display, line_text, own);
    for (std::size_t r = 1; r < rows.size(); ++r) {
        json item = json::object();
        ItemPlace place{nullptr, {}, display, rows[r].line, line_text(rows[r].line), {}, {}};
        for (std::size_t c = 0; c < keys.size() && c < rows[r].cells.size(); ++c) {
            const std::string& key = keys[c];
            std::string val = trim(rows[r].cells[c]);
            if (key.empty()) {
                if (!own[c].empty() && !val.empty()) place.own_columns.emplace_back(own[c], std::move(val));
                continue;
            }
            // The cell a field came from; an empty one only while no other column filled the field.
            if (!val.empty() || !place.cells.count(key)) {
                const CsvCellPlace& at = rows[r].places[c];
                place.cells[key] = PlanCell{trim(rows[0].cells[c]), at.line, at.column,
                                            at.line == rows[r].line ? place.csv_text : line_text(at.line)};
            }
            if (val.empty()) continue;
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
        raw.push_back({item, std::move(place)});
    }
}

void Assembler::load_plan_items(PageId i) {
    const Page& p = m_.pages[i];
    const json& f = fm(i);
    std::vector<std::pair<json, ItemPlace>> raw;
    if (f.contains("items")) {
        if (!f["items"].is_array()) {
            error(i, "/items", Message("model.plan_items_not_list"), Message("model.plan_items_not_list_hint"));
        } else {
            for (std::size_t k = 0; k < f["items"].size(); ++k)
                raw.push_back({f["items"][k], ItemPlace{&p.front_matter, "/items/" + std::to_string(k), {}, 0, {}, {}, {}}});
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
            const std::string* text = norm && !refused ? m_.data_file(*norm) : nullptr;  // read by the content stage
            std::string display = "content/" + (norm ? *norm : rel);
            if (refused) {
                // nothing to add: the content stage named the file and the fix
            } else if (!text) {
                error(i, "/items_file", Message("model.plan_items_file_missing", {{"file", display}}),
                      Message("model.plan_items_file_missing_hint", {{"page", p.source}}));
            } else if (ends_with(*norm, ".csv")) {
                CsvTable t = parse_csv(*text);
                // The lines as the teacher's editor shows them: without the byte-order mark, which
                // parse_csv does not count in a column either.
                std::string_view csv_text = *text;
                if (csv_text.substr(0, 3) == "\xEF\xBB\xBF") csv_text.remove_prefix(3);
                auto csv_line = [csv_text](int n) { return std::string(line_of(csv_text, n)); };
                if (!t.error.empty())
                    diags_.error({display, t.error_line, t.error_column}, csv_problem(t), csv_problem_hint(t), csv_line(t.error_line));
                else
                    read_plan_table(t.rows, csv_line, display, raw);
            } else if (ends_with(to_lower(*norm), ".xlsx") || ends_with(to_lower(*norm), ".ods")) {
                SheetTable t = read_spreadsheet_bytes(*text, ends_with(to_lower(*norm), ".ods") ? "ods" : "xlsx");
                if (t.failed()) {
                    diags_.error({display, 0, 0}, t.error, t.error_hint);
                } else {
                    // A sheet's cell is at its row and column number, as the program shows them.
                    std::vector<CsvRow> rows;
                    for (auto& row : t.rows) {
                        CsvRow& r = rows.emplace_back();
                        r.line = row.number;
                        for (std::size_t c = 0; c < row.cells.size(); ++c) r.places.push_back({row.number, static_cast<int>(c) + 1});
                        r.cells = std::move(row.cells);
                    }
                    read_plan_table(rows, [](int) { return std::string(); }, display, raw);
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
        // A message about a field of a table's row points at its cell and ends with the column's
        // header as the teacher wrote it ("none" in front matter, or for the whole row).
        auto report = [&](const std::string& key, Message msg, Message hint, Severity severity = Severity::error) {
            if (place.doc) {
                msg.args.emplace_back("column", std::string("none"));
                Diagnostic d = error_at(*place.doc, place.pointer + (key.empty() ? "" : "/" + key), std::move(msg), std::move(hint));
                d.severity = severity;
                diags_.add(std::move(d));
                return;
            }
            auto cell = place.cells.find(key.substr(0, key.find('/')));  // "responsible/1": the list is one cell
            msg.args.emplace_back("column", cell == place.cells.end() ? std::string("none") : cell->second.header);
            SourceLocation where{place.csv_file, place.csv_line, 1};
            std::string text = place.csv_text;
            if (cell != place.cells.end()) {
                where = {place.csv_file, cell->second.line, cell->second.column};
                text = cell->second.line_text;
            }
            diags_.add(make_diagnostic(severity, std::move(where), std::move(msg), std::move(hint), std::move(text)));
        };
        if (!it.is_object()) {
            report("", Message("model.plan_item_not_map"), Message("model.plan_item_not_map_hint"));
            continue;
        }
        if (!check_plan_item_shape(it, place.doc != nullptr, report)) continue;
        PlanItem norm;
        std::string what = it.contains("what") && (it["what"].is_string() || it["what"].is_number()) ? item_text(it["what"]) : "";
        // A road map's row is its stage and what is done in it.
        for (const char* instead : {"content", "stage"})
            if (what.empty() && it.contains(instead) && (it[instead].is_string() || it[instead].is_number())) what = item_text(it[instead]);
        if (what.empty() && place.doc) {
            report("", Message("model.plan_item_no_what"), Message("model.plan_item_no_what_hint"));
        } else if (what.empty()) {
            // A table's row: its empty cell for what is planned (a table without that column was
            // reported once, at its header).
            for (const char* key : {"what", "content", "stage"})
                if (place.cells.count(key)) {
                    report(key, Message("model.plan_row_no_what"), Message("model.plan_row_no_what_hint"));
                    break;
                }
        }
        norm.what = what;
        std::string when = it.contains("when") && !it["when"].is_null() ? item_text(it["when"]) : "";
        norm.when = when;
        PlanWhen pw = parse_plan_when(when, sy, first_month);
        // A date that cannot be is a mistake («31.09.2026»: September has 30 days), not free text.
        if (!pw.impossible.empty())
            report("when",
                   Message("model.plan_when_impossible", {{"when", when},
                                                          {"problem", pw.impossible},
                                                          {"month", static_cast<std::int64_t>(pw.bad_month)},
                                                          {"year_month", pw.year_month},
                                                          {"days", static_cast<std::int64_t>(pw.days)}}),
                   Message("model.plan_when_impossible_hint"));
        // Shown under "no exact date" and left out of the calendar: never silently.
        else if (!when.empty() && !pw.understood)
            report("when", Message("model.plan_when_not_understood", {{"when", when}}), Message("model.plan_when_not_understood_hint"),
                   Severity::warning);
        norm.time = pw;
        std::string status = it.contains("status") && !it["status"].is_null() ? item_text(it["status"]) : "planned";
        if (std::string key = plan_status_key(status); !key.empty()) status = key;  // «выполнено», «орындалды»…
        if (std::find(kPlanStatuses.begin(), kPlanStatuses.end(), status) == kPlanStatuses.end()) {
            report("status", Message("model.plan_bad_status", {{"status", status}}), plan_status_hint(status));
            status = "planned";
        }
        norm.status = status;
        // Due: it should have happened by the build date (cancelled items are not counted).
        norm.due = pw.understood && pw.last.days_since_epoch() <= portal_.build_date.days_since_epoch() && status != "cancelled";
        for (const char* key : {"participants", "goal", "result", "stage", "content", "form", "note"})
            if (it.contains(key) && !it[key].is_null()) norm.texts.emplace_back(key, item_text(it[key]));
        norm.own_columns = std::move(place.own_columns);
        // Responsible: member or group ids, or a free text.
        std::vector<std::string> resp = as_list(it.value("responsible", json()));
        std::set<std::string> named;
        for (std::size_t k = 0; k < resp.size(); ++k) {
            const std::string& r = resp[k];
            // The same one twice would be shown twice and count the item twice in their portfolio.
            if (!named.insert(to_lower(trim(r))).second) {
                report(it["responsible"].is_array() && place.doc ? "responsible/" + std::to_string(k) : "responsible",  // a CSV names its column
                       Message("model.plan_responsible_twice", {{"value", r}}), Message("model.listed_twice_hint"), Severity::warning);
                continue;
            }
            if (portal_.members.count(r)) {
                norm.responsible.push_back({link(portal_.members, r), {}});
                plan_items_by_responsible[r].push_back({i,
                                                        {{"what", what},
                                                         {"when", when},
                                                         {"when_understood", pw.understood},
                                                         {"span", plan_span_name(pw.span)},
                                                         {"first", pw.understood ? pw.first.iso() : ""},
                                                         {"last", pw.understood ? pw.last.iso() : ""},
                                                         {"status", status}}});
            } else if (portal_.groups.count(r)) {
                norm.responsible.push_back({link(portal_.groups, r), {}});
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
                norm.responsible.push_back({std::nullopt, r});
            }
        }
        // Mentoring: the pairs (or a group's pairs) the item is a session of (model/mentoring.h).
        bool refs_ok = true;
        std::vector<std::string> pair_refs = mentoring_refs(it.value("mentoring", json()), refs_ok);
        for (std::size_t k = 0; k < pair_refs.size(); ++k)
            if (resolve_mentoring_ref(pair_refs[k], portal_.mentoring, portal_.groups).empty())
                report(it["mentoring"].is_array() && place.doc ? "mentoring/" + std::to_string(k) : "mentoring",  // a CSV names its column
                       Message("portfolio.plan_unknown_pair", {{"ref", pair_refs[k]}}),
                       unknown_mentoring_ref_hint(pair_refs[k], portal_.mentoring, portal_.groups));
        norm.mentoring = std::move(pair_refs);
        std::string place_text = it.contains("place") && it["place"].is_string() ? it["place"].get<std::string>() : "";
        if (portal_.schools.count(place_text)) {
            norm.place.where = EventPlace::Where::school;
            norm.place.school = link(portal_.schools, place_text);
        } else if (place_text == "online") {
            norm.place.where = EventPlace::Where::online;
        } else if (!place_text.empty()) {
            norm.place.where = EventPlace::Where::named;
            norm.place.name = place_text;
            if (auto problem = place_problem(place_text))  // report adds the CSV column
                report("place", std::move(problem->first), std::move(problem->second), Severity::warning);
        }
        plan_items[i].push_back(std::move(norm));
    }
}

PlanData Assembler::plan_data(PageId i) {
    PlanData plan;
    plan.id = ids_[i];
    // Items in time order where the time is known; the rest (free text) after them.
    plan.items = plan_items[i];
    if (plan.items.empty() && !primary(i))
        // A translation shows the items of the default-language plan (their links lead to the
        // pages in its own language: links are made in the reader's).
        if (auto it = m_.translations.find(m_.pages[i].translation_key); it != m_.translations.end()) plan.items = plan_items[it->second.front()];
    std::stable_sort(plan.items.begin(), plan.items.end(), [](const PlanItem& a, const PlanItem& b) {
        if (a.time.understood != b.time.understood) return a.time.understood;
        return (a.time.understood ? a.time.first.iso() : "") < (b.time.understood ? b.time.first.iso() : "");
    });
    PlanProgress& progress = plan.progress;
    progress.total = plan.items.size();
    for (const PlanItem& it : plan.items) {
        ++progress.by_status[it.status];
        if (it.status == "cancelled") ++progress.cancelled;
        if (it.due) {
            ++progress.due;
            if (it.status == "done") ++progress.done;
        }
    }
    progress.percent = progress.due ? static_cast<int>((progress.done * 100 + progress.due / 2) / progress.due) : 0;
    plan.calendar_page = m_.primary_of(i);
    return plan;
}

}  // namespace urker::portal_assembly
