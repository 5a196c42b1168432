#include "model/plan_groups_json.h"

#include "core/date_range_format.h"
#include "model/plan_grouping.h"

namespace urker {

using json = urker::Json;

const char* plan_span_name(PlanSpan span) {
    switch (span) {
        case PlanSpan::day: return "day";
        case PlanSpan::month: return "month";
        case PlanSpan::range: return "range";
        case PlanSpan::term: return "term";
        case PlanSpan::year: return "year";
    }
    return "day";
}

namespace {

PlanSpan span_of(const std::string& name) {
    if (name == "month") return PlanSpan::month;
    if (name == "range") return PlanSpan::range;
    if (name == "term") return PlanSpan::term;
    if (name == "year") return PlanSpan::year;
    return PlanSpan::day;
}

PlanWhen when_of(const json& it) {
    PlanWhen w;
    w.understood = it.value("when_understood", false);
    if (!w.understood) return w;
    auto first = parse_date(it.value("first", std::string()), true).date, last = parse_date(it.value("last", std::string()), true).date;
    if (!first || !last) {
        w.understood = false;
        return w;
    }
    w.first = *first;
    w.last = *last;
    w.span = span_of(it.value("span", std::string("day")));
    return w;
}

}  // namespace

std::string plan_when_label(const PlanWhen& w, const std::string& written, const std::string& lang) {
    return w.understood && w.span != PlanSpan::term && w.span != PlanSpan::year ? format_date_range(w.first, w.last, lang) : written;
}

std::string plan_when_label(const json& item, const std::string& lang) {
    return plan_when_label(when_of(item), item.value("when", std::string()), lang);
}

json plan_groups(const json& items, const std::string& lang) {
    std::vector<PlanWhen> whens;
    for (const auto& it : items) whens.push_back(when_of(it));
    json out = json::array();
    for (const PlanGroup& g : group_plan_items(whens)) {
        json list = json::array();
        bool same_text = true;
        for (std::size_t k : g.items) {
            json it = items[k];
            const PlanWhen& w = whens[k];
            it["when_label"] = plan_when_label(w, it.value("when", std::string()), lang);
            if (it.value("when", std::string()) != items[g.items.front()].value("when", std::string())) same_text = false;
            list.push_back(std::move(it));
        }
        json group = {{"items", list}, {"key", ""}, {"range", ""}};
        switch (g.kind) {
            case PlanGroup::Kind::month:
                group["kind"] = "month";
                group["key"] = g.first.iso().substr(0, 7);
                group["label"] = format_month(g.first, lang);
                break;
            case PlanGroup::Kind::term:
            case PlanGroup::Kind::year:
                group["kind"] = g.kind == PlanGroup::Kind::term ? "term" : "year";
                group["range"] = format_date_range(g.first, g.last, lang);
                // The words the plan uses («I четверть», «в течение года») when its items share them.
                group["label"] = same_text ? items[g.items.front()].value("when", std::string()) : group["range"].get<std::string>();
                break;
            case PlanGroup::Kind::undated:
                group["kind"] = "undated";
                group["label"] = "";
                break;
        }
        out.push_back(std::move(group));
    }
    return out;
}

}  // namespace urker
