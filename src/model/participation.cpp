#include "model/participation.h"

#include <algorithm>
#include <cstdio>

#include "config/review_diagnostic.h"
#include "core/text.h"

namespace urker {

using json = urker::Json;

namespace {

bool looks_like_id(const std::string& s) {
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.';
    });
}

// "2", "1.5" from a number; "" when the value is not a usable number of hours.
std::string hours_text(const json& v) {
    if (v.is_number_integer()) {
        long long n = v.get<long long>();
        return n >= 1 && n <= 500 ? std::to_string(n) : "";
    }
    if (v.is_number_float()) {
        double d = v.get<double>();
        if (!(d >= 0.5 && d <= 500)) return "";
        char buf[32];
        std::snprintf(buf, sizeof buf, "%g", d);
        return buf;
    }
    return "";
}

std::vector<std::string> participants_of(const json& fm) {
    std::vector<std::string> out;
    if (!fm.contains("participants")) return out;
    const json& v = fm["participants"];
    if (v.is_string()) out.push_back(trim(v.get<std::string>()));
    else if (v.is_array())
        for (const auto& x : v)
            if (x.is_string()) out.push_back(trim(x.get<std::string>()));
    return out;
}

}  // namespace

void check_participation(const Page& event, const std::map<std::string, PageId>& members, const std::set<std::string>& unreadable_ids,
                         Diagnostics& diags) {
    const YamlDocument& fm = event.front_matter;
    const json& v = fm.value;
    if (v.contains("hours") && !v["hours"].is_null() && hours_text(v["hours"]).empty())
        diags.add(review_diagnostic(fm, "/hours", Message("review.bad_hours"), Message("review.hours_hint")));
    if (!v.contains("participants") || v["participants"].is_null()) return;
    const json& p = v["participants"];
    if (!p.is_string() && !(p.is_array() && std::all_of(p.begin(), p.end(), [](const json& x) { return x.is_string(); }))) {
        diags.add(review_diagnostic(fm, "/participants", Message("review.participants_shape"), Message("review.participants_hint")));
        return;
    }
    std::vector<std::string> ids;
    for (const auto& [id, page] : members) ids.push_back(id);
    auto list = participants_of(v);
    for (std::size_t k = 0; k < list.size(); ++k) {
        const std::string& who = list[k];
        if (!looks_like_id(who) || members.count(who) || unreadable_ids.count(who)) continue;
        std::string near = closest_match(who, ids);
        diags.add(review_diagnostic(fm, p.is_array() ? "/participants/" + std::to_string(k) : "/participants",
                                    Message("review.unknown_participant", {{"id", who}}),
                                    near.empty() ? Message("review.participants_hint") : Message("review.did_you_mean", {{"word", near}})));
    }
}

std::vector<ParticipationCertificate> issue_participation_certificates(const SiteModel& model, const std::vector<PageId>& events,
                                                                       const std::map<std::string, PageId>& members,
                                                                       const Date& build_date) {
    struct Held {
        PageId page;
        Date start;
    };
    std::vector<Held> list;
    for (PageId i : events) {
        const Page& p = model.pages[i];
        const json& fm = p.front_matter.value;
        if (p.draft || !fm.contains("hours") || hours_text(fm["hours"]).empty() || participants_of(fm).empty()) continue;
        auto text = [&](const char* key) { return fm.contains(key) && fm[key].is_string() ? fm[key].get<std::string>() : std::string(); };
        auto start = parse_date(text("start"), false, false).date;
        if (!start) continue;
        auto end = parse_date(text("end"), false, false).date;
        const Date& last = end ? *end : *start;
        if (last.days_since_epoch() > build_date.days_since_epoch()) continue;  // not over yet
        list.push_back({i, *start});
    }
    std::sort(list.begin(), list.end(), [&](const Held& a, const Held& b) {
        long da = a.start.days_since_epoch(), db = b.start.days_since_epoch();
        return da != db ? da < db : model.pages[a.page].content_path < model.pages[b.page].content_path;
    });
    std::vector<ParticipationCertificate> out;
    std::map<int, int> per_year;
    const std::string& prefix = model.config.certificates.prefix;
    for (const auto& h : list) {
        const Page& p = model.pages[h.page];
        const json& fm = p.front_matter.value;
        int sequence = ++per_year[h.start.year];
        auto people = participants_of(fm);
        for (std::size_t k = 0; k < people.size(); ++k) {
            ParticipationCertificate c;
            char tail[48];
            std::snprintf(tail, sizeof tail, "%04d-E%03d-%02zu", h.start.year, sequence, k + 1);
            c.number = prefix.empty() ? std::string(tail) : prefix + "-" + tail;
            c.slug = slugify(c.number);
            c.event = h.page;
            c.date = h.start;
            c.hours = hours_text(fm["hours"]);
            if (auto m = members.find(people[k]); m != members.end()) {
                c.member = people[k];
                c.name = model.pages[m->second].title;
            } else {
                c.name = people[k];
            }
            c.lang = fm.contains("language") && fm["language"].is_string() ? fm["language"].get<std::string>() : p.lang;
            out.push_back(std::move(c));
        }
    }
    return out;
}

}  // namespace urker
