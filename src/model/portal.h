// The portal's own kinds of page — members, schools, groups, materials, plans, news, events —
// chosen by section folder. This stage checks each kind's fields against its schema
// (docs/kinds.md), resolves the ids they refer to ("did you mean …" when one is wrong), and
// collects for every page what its template shows beside its own text: a member's materials and
// events, a school's members, a plan's items by month with its progress. All lookups go through
// indexes built once, so the work stays linear in the number of pages.
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "core/json.h"

#include "core/date.h"
#include "core/diagnostic.h"
#include "model/certificates.h"
#include "model/indicators.h"
#include "model/kind_schema.h"
#include "model/mentoring.h"
#include "model/page_data.h"
#include "model/participation.h"
#include "model/site_model.h"

namespace urker {


struct TaxonomyTerm {
    std::string key;    // the value as written ("математика", "5", "lesson-plan")
    std::string title;  // what readers see (a school's name for the school taxonomy)
    // What readers of each language see, where the site says (site.yaml's titles, a school's
    // page in that language); else the theme's title for the value, else the key (render/term_titles.h).
    std::map<std::string, std::string> titles;
    std::string slug;   // its address part
    std::vector<PageId> pages;  // newest first
};

struct Taxonomy {
    std::string name;                // the front-matter field
    std::vector<TaxonomyTerm> terms; // in collation order of the site language
};

struct Portal {
    Date build_date;
    Period report_period;                     // the monitoring report's (model/indicators.h)
    std::vector<Kind> kinds;                  // per page
    // Per page, what its kind adds, typed (model/page_data.h).
    std::vector<KindData> kind_data;
    // Per page, the parts of `page.data` later jobs add as JSON (the kind's name, a member's
    // portfolio and plan items, a material's review, the members' directory); render joins it
    // with kind_data (render/page_data_json.h). Not its lists:
    std::vector<urker::Json> data;
    // Per page, the lists of other pages its data has (a member's materials, news and events; a
    // school's; a material's related ones), by the name templates read them under
    // (`page.data.related`), each as pages in this page's language. Render puts them into
    // `page.data` as lists of `items` (render/context.cpp): an entry is made once per page, not per list
    // that shows it (made per list, the 150 000 entries of 10 000 materials' lists took 100 MB).
    std::vector<std::vector<std::pair<std::string, std::vector<PageId>>>> lists;
    // Per page: the compact entry lists show of it (title, url, date, lang, kind and a few front
    // matter fields).
    std::vector<urker::Json> items;
    std::map<std::string, PageId> members, schools, groups;  // id -> page
    std::vector<Taxonomy> taxonomies;         // as listed in site.yaml
    urker::Json monitoring;                // figures for the monitoring page, by language
    urker::Json forum;                     // {chats, categories: [{id, title, description, topics: [items]}]}
    std::vector<Certificate> certificates;    // of approved materials, in number order (model/certificates.h)
    std::vector<ParticipationCertificate> participation;  // of events' participants (model/participation.h)
    std::vector<MentoringPair> mentoring;     // declared by groups (model/mentoring.h)
};

// Page i's list `name` (Portal::lists); empty when it has none.
const std::vector<PageId>& listed_pages(const Portal& portal, PageId i, std::string_view name);

// `content_root` is read for the files of approved materials, to fingerprint them for their
// certificates (model/certificates.h); plans' and polls' data files come from the content stage
// (SiteModel::data_files).
// `report_period`: the monitoring report's; default: the academic year up to the build date.
Portal assemble_portal(const SiteModel& model, const Date& build_date, const std::filesystem::path& content_root,
                       Diagnostics& diags, const std::optional<Period>& report_period = std::nullopt);

// The build date: SOURCE_DATE_EPOCH when set (reproducible builds), else today (UTC).
Date build_date_from_environment();

}  // namespace urker
