#include "model/portal.h"

#include <cstdlib>
#include <ctime>
#include <future>

#include "model/portal_assembler.h"

#include "core/thread_pool.h"

namespace urker {

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

const std::vector<PageId>& listed_pages(const Portal& portal, PageId i, std::string_view name) {
    static const std::vector<PageId> none;
    for (const auto& [list_name, pages] : portal.lists[i])
        if (list_name == name) return pages;
    return none;
}

Portal assemble_portal(const SiteModel& model, const Date& build_date, const std::filesystem::path& content_root, Diagnostics& diags,
                       const std::optional<Period>& report_period) {
    return portal_assembly::Assembler(model, build_date, content_root, diags,
                                      report_period ? *report_period : academic_year_to_date(build_date)).run();
}

}  // namespace urker

namespace urker::portal_assembly {

std::string join(const std::vector<std::string>& v, const char* sep) {
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

Assembler::Assembler(const SiteModel& m, const Date& build_date, fs::path content_root, Diagnostics& diags, const Period& report_period)
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

Portal Assembler::run() {
    classify();
    check_kind_settings(m_.config, diags_);
    vocabulary_ = read_portfolio_vocabulary(m_.config, diags_);  // model/portfolio_vocabulary.h
    read_mentoring();
    // Each page's fields checked on all cores, and the titles compared beside them (on one core
    // they were a tenth of a rebuild's portal stage at 10 000 materials); their messages go in
    // as one thread made them: the titles', then each page's in order. A view repeats a file
    // checked as its own page: its problems are reported once.
    Diagnostics same_titles;
    auto titles = std::async(std::launch::async, [this, &same_titles] { warn_duplicate_titles(same_titles); });
    std::vector<Diagnostics> field_diags(m_.pages.size());
    parallel_for(m_.pages.size(), [&](std::size_t i) {
        if (!m_.pages[i].is_view) guard_file(m_.pages[i].source, field_diags[i], [&] { validate(i, field_diags[i]); });
    });
    titles.get();
    diags_.append(same_titles);
    for (auto& d : field_diags) diags_.append(d);
    warn_of_lone_taxonomy_values(diags_);
    build_indexes();
    index_grades();
    // Each page's data on all cores: fill_data writes only its own page's and reads the rest.
    std::vector<Diagnostics> page_diags(m_.pages.size());
    parallel_for(m_.pages.size(), [&](std::size_t i) { guard_file(m_.pages[i].source, page_diags[i], [&] { fill_data(i); }); });
    for (auto& d : page_diags) diags_.append(d);
    // The entries of those lists, once for each page some list shows.
    std::vector<char> listed(m_.pages.size(), 0);
    for (const auto& lists : portal_.lists)
        for (const auto& [name, pages] : lists)
            for (PageId p : pages) listed[p] = 1;
    parallel_for(m_.pages.size(), [&](std::size_t i) {
        if (listed[i]) portal_.items[i] = item(i, m_.pages[i].lang);
    });
    // The taxonomies and the monitoring figures read only what is made by now (kinds, typed data,
    // the id indexes) and each writes a part of its own: they are made beside the reviews,
    // portfolios and forum, which write page.data's JSON, certificates and the forum.
    auto taxonomies = std::async(std::launch::async, [this] { build_taxonomies(); });
    Diagnostics monitoring_diags;
    auto monitoring = std::async(std::launch::async, [this, &monitoring_diags] {
        return build_monitoring(m_, portal_, monitoring_diags);  // model/monitoring.h
    });
    attach_reviews();
    attach_portfolios(m_, portal_, vocabulary_);  // model/portfolio.h
    build_forum();
    taxonomies.get();
    portal_.monitoring = monitoring.get();
    diags_.append(monitoring_diags);
    return std::move(portal_);
}

// Mentoring pairs, declared in groups' front matter, are known before any page names one.
void Assembler::read_mentoring() {
    for (const auto& [id, g] : portal_.groups) {
        auto pairs = read_mentoring_pairs(m_.pages[g].front_matter, g, portal_.members, unreadable_ids_, diags_,
                                          [&](const std::string& written) { return named_ref_hint(written, portal_.members, "member", "members"); });
        portal_.mentoring.insert(portal_.mentoring.end(), pairs.begin(), pairs.end());
    }
}

void Assembler::error(PageId i, const std::string& ptr, Message msg, Message hint) { error_to(diags_, i, ptr, std::move(msg), std::move(hint)); }

void Assembler::error_to(Diagnostics& diags, PageId i, const std::string& ptr, Message msg, Message hint) const {
    diags.add(error_at(m_.pages[i].front_matter, ptr, std::move(msg), std::move(hint)));
}

}  // namespace urker::portal_assembly
