#include "model/indicators.h"

#include <algorithm>
#include <cstdio>

#include "core/text.h"

namespace urker {

std::string month_key(const Date& d) {
    char key[16];
    std::snprintf(key, sizeof key, "%04d-%02d", d.year, d.month);
    return key;
}

std::vector<std::string> months_between(const std::string& first, const std::string& last) {
    std::vector<std::string> out;
    if (first.size() != 7 || last.size() != 7 || last < first) return out;
    int y = std::atoi(first.substr(0, 4).c_str()), m = std::atoi(first.substr(5, 2).c_str());
    for (int guard = 0; guard < 12 * 200; ++guard) {
        Date d;
        d.year = y;
        d.month = m;
        d.day = 1;
        out.push_back(month_key(d));
        if (out.back() >= last) break;
        if (++m > 12) {
            m = 1;
            ++y;
        }
    }
    return out;
}

Date months_before(const Date& d, int months) {
    Date out = d;
    int total = d.year * 12 + (d.month - 1) - months;
    out.year = total / 12;
    out.month = total % 12 + 1;
    out.day = std::min(d.day, days_in_month(out.year, out.month));
    return out;
}

Period academic_year_to_date(const Date& build_date) {
    Period p;
    p.first.year = build_date.month >= 9 ? build_date.year : build_date.year - 1;
    p.first.month = 9;
    p.first.day = 1;
    p.last = build_date;
    p.last.precision = Date::Precision::day;
    return p;
}

std::map<std::string, std::set<std::string>> active_members(const std::vector<Activity>& activities, const Date& build_date,
                                                            int window_months) {
    // The window is the last `window_months` months: built on 31 May with 12, from 1 June of the year before.
    const long from = months_before(build_date, window_months).days_since_epoch() + 1, to = build_date.days_since_epoch();
    std::map<std::string, std::set<std::string>> out;
    for (const Activity& a : activities) {
        long day = a.date.days_since_epoch();
        if (day >= from && day <= to) out[a.member].insert(a.role);
    }
    return out;
}

std::map<std::string, std::size_t> new_members_per_month(const std::vector<Activity>& activities, const Date& build_date) {
    std::map<std::string, long> first_day;
    for (const Activity& a : activities) {
        long day = a.date.days_since_epoch();
        if (day > build_date.days_since_epoch()) continue;
        auto [it, inserted] = first_day.emplace(a.member, day);
        if (!inserted) it->second = std::min(it->second, day);
    }
    std::map<std::string, std::size_t> out;
    for (const Activity& a : activities)
        if (auto it = first_day.find(a.member); it != first_day.end() && it->second == a.date.days_since_epoch()) {
            ++out[month_key(a.date)];
            first_day.erase(it);  // once per member
        }
    return out;
}

std::optional<int> community_age_years(int founded, const Date& build_date) {
    if (founded <= 0 || founded > build_date.year) return std::nullopt;
    return build_date.year - founded;
}

bool is_stale(const Date& last_changed, const Date& build_date, int months) {
    return last_changed.days_since_epoch() < months_before(build_date, months).days_since_epoch();
}

PlanCompletion plan_completion(std::size_t due, std::size_t done, int target) {
    PlanCompletion c;
    c.due = due;
    c.done = std::min(done, due);
    c.target = target;
    c.percent = due ? static_cast<int>((c.done * 100 + due / 2) / due) : 0;
    return c;
}

std::optional<PollResults> read_poll_results(const CsvTable& table) {
    if (table.rows.empty() || table.rows[0].cells.size() < 2) return std::nullopt;
    PollResults out;
    const auto& header = table.rows[0].cells;
    for (std::size_t c = 1; c < header.size(); ++c) out.questions.push_back({trim(header[c]), 0, {}});
    for (std::size_t r = 1; r < table.rows.size(); ++r) {
        const auto& cells = table.rows[r].cells;
        bool any = false;
        for (std::size_t c = 1; c < header.size() && c < cells.size(); ++c) {
            std::string answer = trim(cells[c]);
            if (answer.empty()) continue;
            any = true;
            PollQuestion& q = out.questions[c - 1];
            ++q.answered;
            auto it = std::find_if(q.answers.begin(), q.answers.end(), [&](const PollAnswer& a) { return a.answer == answer; });
            if (it == q.answers.end()) q.answers.push_back({answer, 1});
            else ++it->count;
        }
        if (any) ++out.responses;
    }
    for (auto& q : out.questions)
        std::stable_sort(q.answers.begin(), q.answers.end(), [](const PollAnswer& a, const PollAnswer& b) { return a.count > b.count; });
    return out;
}

}  // namespace urker
