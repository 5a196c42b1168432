#include "model/plan_grouping.h"

#include <algorithm>
#include <map>
#include <tuple>

namespace urker {

namespace {

Date first_of_month(const Date& d) {
    Date out = d;
    out.precision = Date::Precision::day;
    out.day = 1;
    return out;
}

Date last_of_month(const Date& d) {
    Date out = first_of_month(d);
    out.day = days_in_month(d.year, d.month);
    return out;
}

// Groups that start on the same day: the longer first (the year, then a term, then the month).
int rank(PlanGroup::Kind k) {
    switch (k) {
        case PlanGroup::Kind::year: return 0;
        case PlanGroup::Kind::term: return 1;
        case PlanGroup::Kind::month: return 2;
        default: return 3;
    }
}

}  // namespace

std::vector<PlanGroup> group_plan_items(const std::vector<PlanWhen>& whens) {
    // Key: (kind, first day, last day); an undated group has neither.
    std::map<std::tuple<int, long, long>, PlanGroup> groups;
    for (std::size_t i = 0; i < whens.size(); ++i) {
        const PlanWhen& w = whens[i];
        PlanGroup g;
        if (!w.understood) {
            g.kind = PlanGroup::Kind::undated;
        } else if (w.span == PlanSpan::term || w.span == PlanSpan::year) {
            g.kind = w.span == PlanSpan::term ? PlanGroup::Kind::term : PlanGroup::Kind::year;
            g.first = w.first;
            g.last = w.last;
        } else {
            g.kind = PlanGroup::Kind::month;
            g.first = first_of_month(w.first);
            g.last = last_of_month(w.first);
        }
        const bool dated = g.kind != PlanGroup::Kind::undated;
        auto key = std::make_tuple(dated ? 0 : 1, dated ? g.first.days_since_epoch() : 0L,
                                   dated ? static_cast<long>(rank(g.kind)) * 100000000L - g.last.days_since_epoch() : 0L);
        auto [it, inserted] = groups.emplace(key, std::move(g));
        it->second.items.push_back(i);
    }
    std::vector<PlanGroup> out;
    out.reserve(groups.size());
    for (auto& [key, g] : groups) {
        // In time order inside the group; items of the same day keep the plan's order.
        std::stable_sort(g.items.begin(), g.items.end(), [&](std::size_t a, std::size_t b) {
            if (!whens[a].understood || !whens[b].understood) return false;
            return whens[a].first.days_since_epoch() < whens[b].first.days_since_epoch();
        });
        out.push_back(std::move(g));
    }
    return out;
}

}  // namespace urker
