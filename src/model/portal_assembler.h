// Inside the model stage: the Assembler that makes the Portal (model/portal.h) out of the site
// model, one job per file:
//   portal.cpp             the order of the jobs (run), mentoring pairs, shared helpers
//   portal_fields.cpp      each page's kind, its fields against the kind's schema, its references
//   portal_indexes.cpp     the reverse indexes (a member's materials, a school's members…) and the
//                          compact items lists on other pages show
//   portal_plans.cpp       plan items from front matter or a table (CSV, .xlsx, .ods), their dates,
//                          statuses and progress
//   portal_data.cpp        each kind's typed data (model/page_data.h); reviews and certificates
//   portal_forum.cpp       forum categories and their topics
//   portal_taxonomies.cpp  taxonomy terms, their titles per language and collation order
// Not for other stages: they see only Portal.
#pragma once

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
#include "model/name_match.h"
#include "core/url.h"
#include "model/front_matter_urls.h"
#include "model/id_list.h"
#include "model/plan_dates.h"
#include "model/plan_groups_json.h"
#include "model/portfolio.h"
#include "model/plan_groups_json.h"
#include "model/reviews.h"

namespace urker::portal_assembly {

namespace fs = std::filesystem;
using json = urker::Json;

std::string join(const std::vector<std::string>& v, const char* sep = ", ");
bool looks_like_id(const std::string& s);
// The id of a member, school, group or plan: `id:` in the front matter, else the file name.
std::string page_id(const Page& p);
// A material's `grade` as a list (one value or several; none: empty).
json grades_of(const json& front_matter);

// A cell of a plan table (CSV, .xlsx, .ods) that held a field of an item: messages about the
// field point at it and name its column as the teacher wrote it («Мерзімі»), not by its key.
struct PlanCell {
    std::string header;     // the column's header text
    int line = 0;           // the file's line (a CSV) or the sheet's row number
    int column = 0;         // in characters on that line (a CSV) or the sheet's column number
    std::string line_text;  // the CSV line it starts on (empty for a spreadsheet)
};

// Where a plan item's problems are reported: a front-matter pointer, or a table's row and cells.
struct ItemPlace {
    const YamlDocument* doc = nullptr;
    std::string pointer;
    std::string csv_file;
    int csv_line = 0;
    std::string csv_text;
    std::map<std::string, PlanCell> cells;  // by field key ("when", "status"…)
    std::vector<std::pair<std::string, std::string>> own_columns;  // a table's columns of its own: header, text
};

class Assembler {
public:
    Assembler(const SiteModel& m, const Date& build_date, fs::path content_root, Diagnostics& diags, const Period& report_period);

    Portal run();

private:
    const SiteModel& m_;
    fs::path content_root_;
    Diagnostics& diags_;
    Portal portal_;
    // Reverse indexes, filled once.
    std::map<std::string, std::vector<PageId>> materials_by_author, news_by_author, events_by_organizer, members_by_school,
        groups_by_member, materials_by_subject, news_by_school, events_by_school;
    std::map<std::string, std::vector<std::pair<PageId, json>>> plan_items_by_responsible;  // member -> (plan, item)
    std::vector<std::vector<PlanItem>> plan_items;  // per page (plans only): checked items, in file order
    std::vector<std::string> ids_;              // per page: its id (members, schools, groups, plans)
    // Per material page, its grades as a set, for the related materials' test (grades_shared):
    // the test runs for each material against many of its subject's, and comparing the JSON
    // values there was a twentieth of a no-change rebuild's CPU at 10 000 materials.
    struct GradeSet {
        std::uint64_t bits = 0;  // one per distinct grade value of the site
        bool none = true;        // no grade: shares with every grade
        bool all = false;        // "all" among them: shares with every grade
        bool exact = true;       // false: more than 64 distinct values, compare the values instead
    };
    std::vector<GradeSet> grade_sets_;
    std::vector<std::set<std::string>> wrong_fields_;  // per page: fields whose value has the wrong shape
    LinkTargets links_{m_};
    std::set<std::string> unreadable_ids_;      // ids the pages that failed to load would have had
    PortfolioVocabulary vocabulary_;

    // Mentoring pairs, declared in groups' front matter, are known before any page names one.
    void read_mentoring();

    // A reverse index's list for `key`, empty when it has none; never inserts, so the pages' data
    // can be filled on several threads at once.
    template <typename Map>
    static const typename Map::mapped_type& listed(const Map& index, const std::string& key) {
        static const typename Map::mapped_type none{};
        auto it = index.find(key);
        return it == index.end() ? none : it->second;
    }

    long day_of(PageId i) const { return m_.pages[i].date ? m_.pages[i].date->days_since_epoch() : 0; }
    bool primary(PageId i) const { return m_.is_primary(i); }
    const json& fm(PageId i) const { return m_.pages[i].front_matter.value; }
    void error(PageId i, const std::string& ptr, Message msg, Message hint = {});
    void error_to(Diagnostics& diags, PageId i, const std::string& ptr, Message msg, Message hint = {}) const;

    void classify();

    std::vector<std::string> keys_of(const std::map<std::string, PageId>& index) const;

    bool check_ref(PageId i, const std::string& ptr, const json& v, const std::map<std::string, PageId>& index, const char* what,
                   const char* folder);

    Message named_ref_hint(const std::string& written, const std::map<std::string, PageId>& index, const char* what, const char* folder) const;

    void check_refs(PageId i, const char* key, const std::map<std::string, PageId>& index, const char* what, const char* folder,
                    bool required = false);

    void warn_duplicate_titles(Diagnostics& diags) const;

    // Reports into `diags`; writes only wrong_fields_[i]: run for each page on all cores.
    void validate(PageId i, Diagnostics& diags);

    // Materials, news and forum topics need a date (`date:`): an error when it is missing or empty.
    void require_date(PageId i, Diagnostics& diags) const;

    void check_references(PageId i);
    // A place written as an id that names no school: the warning (without its `column`, which
    // names a plan table's column) and its hint ("did you mean").
    std::optional<std::pair<Message, Message>> place_problem(const std::string& place) const;
    // A taxonomy's value written as one text with commas (`tags: дроби, доли`): a warning.
    void warn_of_commas_in_taxonomy_values(PageId i, Diagnostics& diags) const;

    void build_indexes();

    // The grades of each material page as a GradeSet (grade_sets_).
    void index_grades();
    // Whether materials a and b share a grade (or either has none, or "all").
    bool grades_shared(PageId a, PageId b) const;

    json ref(PageId i, const std::string& lang) const;
    // The page `id` names in `index` (model/page_data.h).
    PageLink link(const std::map<std::string, PageId>& index, const std::string& id) const;

    json ref_by_id(const std::map<std::string, PageId>& index, const std::string& id, const std::string& lang) const;

    json item(PageId i, const std::string& lang) const;

    // Adds `name` to page i's lists (Portal::lists): `pages` in page i's language. Only page i's
    // own slot is touched, so pages are filled on several threads at once.
    void list(PageId i, const char* name, const std::vector<PageId>& pages);

    int school_year_start(PageId plan) const;

    static Message plan_status_hint(const std::string& written);

    int plan_year_first_month(PageId plan);

    static std::string item_text(const json& v);

    template <typename Report>
    static bool check_plan_item_shape(const json& it, bool in_front_matter, Report& report);

    std::vector<std::string> plan_columns(const CsvRow& header, const std::string& file, const std::function<std::string(int)>& line_text,
                                          std::vector<std::string>& own);

    // A table's rows (a spreadsheet's too, its cells placed at their row and column numbers) as
    // plan items, each with the cells its fields came from; `line_text` gives a CSV's lines.
    void read_plan_table(const std::vector<CsvRow>& rows, const std::function<std::string(int)>& line_text, const std::string& display,
                         std::vector<std::pair<json, ItemPlace>>& raw);

    void load_plan_items(PageId i);

    PlanData plan_data(PageId i);

    void fill_data(PageId i);

    void attach_reviews();

    void build_forum();

    std::vector<std::string> taxonomy_values(PageId i, const std::string& name) const;

    void build_taxonomies();
    // A taxonomy value one page uses, close to one other pages use: a warning ("did you mean").
    void warn_of_lone_taxonomy_values(Diagnostics& diags) const;
};

}  // namespace urker::portal_assembly
