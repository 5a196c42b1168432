// What the model knows of a page from its kind, typed: a material's authors and grades, an event's
// days and place, a news item's author. References are page ids into the model, not copies of
// the pages they name: the title and address a reader sees are the page's in the reader's
// language, looked up when a template asks for them (render/page_data_json.h turns this into
// `page.data`, in one place). The parts later jobs add (a member's portfolio and plan items, a material's review)
// are still JSON (Portal::data).
#pragma once

#include <map>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "core/json.h"

#include "core/date.h"
#include "model/plan_dates.h"
#include "model/site_model.h"

namespace urker {

// An id a page's front matter names another page by (`author: m01`, `school: s03`): the page
// that has it (a member's, a school's, in the site's language), or none when no page has it (the
// field checks reported it). A template sees {id, title, url}: the named page's title and address
// in the reader's language, or the id itself and no address.
struct PageLink {
    std::string id;
    std::optional<PageId> page;
};

// {id, title, url} of the page `link` names, in `lang`; a link to no page: {id, title: id, url: ""}.
urker::Json link_json(const SiteModel& model, const PageLink& link, const std::string& lang);
// A list of links as templates see it: each as link_json makes it.
urker::Json links_json(const SiteModel& model, const std::vector<PageLink>& links, const std::string& lang);
// The title a link shows in `lang`: the named page's, or the id. Lives as long as the model and `link`.
const std::string& link_title(const SiteModel& model, const PageLink& link, const std::string& lang);

// A material's author: the member, and the school shown beside them (the member's first).
struct MaterialAuthor {
    PageLink member;
    std::optional<PageLink> school;
};

struct MaterialData {
    std::vector<MaterialAuthor> authors;     // as `author:` lists them
    std::optional<PageLink> school;          // the first author's school that is known
    urker::Json grades;                   // `grade` as a list of the values as written
    std::optional<std::string> external_host;  // of `external_url`, without "www."
};

struct NewsData {
    std::optional<PageLink> author;  // the first `author`
    std::optional<PageLink> school;  // the first `school`
    bool pinned = false;             // on the build date (model/list_order.h)
};

struct EventPlace {
    enum class Where { none, online, school, named } where = Where::none;
    PageLink school;        // where == school
    std::string name;       // where == named: the place as written
    urker::Json online_url = "";  // where == online: `online_url` as written ("" when none)
};

struct EventData {
    std::optional<Date> start, end;
    bool upcoming = false;            // it ends on the build date or later (only with a start)
    std::vector<PageLink> organizers;
    EventPlace place;
    std::optional<PageLink> school;   // the first `school`
    PageId calendar_page = 0;         // the page its calendar file (event.ics) sits beside: the default language's
};

// A member's counts of materials, news and events are those of its lists (Portal::lists), made
// where `page.data.counts` is (render/page_data_json.cpp); its plan items are still JSON.
struct MemberData {
    std::string id;
    std::optional<PageLink> school;  // the first `school`
    std::vector<PageLink> groups;    // the groups it belongs to, by their page order
};

struct SchoolMember {
    PageLink member;
    std::size_t materials = 0;  // how many materials the member wrote
};

struct SchoolData {
    std::string id;
    std::vector<SchoolMember> members;  // by title
};

struct GroupData {
    std::string id;
    std::optional<PageLink> leader;
    std::vector<PageLink> members;  // `members:` as listed, then those who name the group, each once
};

// A plan item's responsible: a member or a group (`link`), or someone named in words (`text`).
struct PlanResponsible {
    std::optional<PageLink> link;
    std::string text;
};

// A plan item, checked and understood (model/portal_plans.cpp).
struct PlanItem {
    std::string what;
    std::string when;            // as written
    PlanWhen time;               // what `when` means (model/plan_dates.h); `understood` false: free text
    std::string status;          // one of planned, in_progress, done, postponed, moved, cancelled
    bool due = false;            // it should have happened by the build date (not cancelled)
    std::vector<std::pair<std::string, std::string>> texts;  // participants, goal, result, stage, content, form, note: those given
    // A table's columns of the school's own («Бюджет», «Ресурсы»): header and text, as written.
    std::vector<std::pair<std::string, std::string>> own_columns;
    std::vector<PlanResponsible> responsible;
    std::vector<std::string> mentoring;  // the mentoring pairs it is a session of, as written
    EventPlace place;
};

struct PlanProgress {
    std::size_t total = 0, due = 0, done = 0, cancelled = 0;
    int percent = 0;  // done of due, rounded
    std::map<std::string, std::size_t> by_status;
};

struct PlanData {
    std::string id;
    // Dated items in time order, then the rest; a translation that lists none of its own: the
    // default-language plan's.
    std::vector<PlanItem> items;
    PlanProgress progress;
    PageId calendar_page = 0;  // the page its calendar file (plan.ics) sits beside: the default language's
};

// A plan item as templates see it (`page.data.items`, the monitoring report's lists), in `lang`.
urker::Json plan_item_json(const SiteModel& model, const PlanItem& item, const std::string& lang);
urker::Json plan_progress_json(const PlanProgress& progress);
// An event's or a plan item's place as templates see it; null when it has none.
urker::Json place_json(const SiteModel& model, const EventPlace& place, const std::string& lang);

struct TopicData {
    std::optional<PageLink> author;        // the first `author`
    std::optional<std::string> category;   // `category`, an id of site.yaml's forum categories
};

// A forum category as templates see it: {id, title, description} in `lang` from site.yaml's
// `forum.categories`; a category site.yaml does not list: its id as title.
urker::Json forum_category_json(const SiteConfig& config, const std::string& id, const std::string& lang);

// Per page, by its kind; std::monostate for pages of no kind (a home page, an "about" page).
using KindData = std::variant<std::monostate, MaterialData, NewsData, EventData, MemberData, SchoolData, GroupData, TopicData, PlanData>;

}  // namespace urker
