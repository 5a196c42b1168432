#include "model/list_order.h"

#include <algorithm>

namespace urker {

namespace {

std::optional<Date> date_field(const urker::Json& f, const char* key) {
    if (!f.is_object() || !f.contains(key) || !f[key].is_string()) return std::nullopt;  // a wrong value is reported by the schema
    return parse_date(f[key].get<std::string>(), false, true).date;
}

std::optional<Date> date_field(const Page& page, const char* key) { return date_field(page.front_matter.value, key); }

// Pages that are not events: by date, newest first, then by weight, title and file.
bool newer_first(const Page& a, const Page& b) {
    long da = a.date ? a.date->days_since_epoch() : -1000000;
    long db = b.date ? b.date->days_since_epoch() : -1000000;
    if (da != db) return da > db;
    if (a.weight != b.weight) return a.weight < b.weight;
    if (a.title != b.title) return a.title < b.title;
    return a.content_path < b.content_path;
}

}  // namespace

void sort_newest_first(std::vector<std::size_t>& ids, const std::vector<Page>& pages) {
    auto day = [&](std::size_t i) { return pages[i].date ? pages[i].date->days_since_epoch() : 0L; };
    std::sort(ids.begin(), ids.end(), [&](std::size_t a, std::size_t b) {
        long da = day(a), db = day(b);
        return da != db ? da > db : pages[a].content_path < pages[b].content_path;
    });
}

std::optional<Date> event_start(const Page& page) { return date_field(page, "start"); }

std::optional<Date> event_last_day(const Page& page) {
    if (auto end = date_field(page, "end")) return end;
    return event_start(page);
}

bool is_upcoming(const Page& page, const Date& today) {
    auto last = event_last_day(page);
    return last && last->days_since_epoch() >= today.days_since_epoch();
}

bool is_pinned(const Page& page, const Date& today) { return is_pinned(page.front_matter.value, today); }

bool is_pinned(const urker::Json& f, const Date& today) {
    // Only a real `true` pins; `pinned: "yes"` is reported by the kind's schema, never thrown.
    if (!f.is_object() || !f.contains("pinned") || f["pinned"] != true) return false;
    auto until = date_field(f, "pin_until");
    return !until || until->days_since_epoch() >= today.days_since_epoch();
}

void sort_for_listing(std::vector<std::size_t>& ids, const std::vector<Page>& pages, const Date& today) {
    const long day = today.days_since_epoch();
    struct Key {
        bool pinned;
        int group;   // 0: upcoming events and other pages, 1: past events
        long long time;  // events: seconds since the epoch of the start
        bool event;
    };
    std::vector<Key> keys(pages.size());
    for (std::size_t id : ids) {
        const Page& p = pages[id];
        auto start = event_start(p);
        auto last = event_last_day(p);
        bool past = last && last->days_since_epoch() < day;
        keys[id] = {is_pinned(p, today), past ? 1 : 0, start ? start->epoch_seconds() : 0, start.has_value()};
    }
    std::stable_sort(ids.begin(), ids.end(), [&](std::size_t a, std::size_t b) {
        const Key &x = keys[a], &y = keys[b];
        if (x.pinned != y.pinned) return x.pinned;
        if (x.group != y.group) return x.group < y.group;
        if (x.event && y.event && x.time != y.time) return x.group == 0 ? x.time < y.time : x.time > y.time;
        if (x.event != y.event) return x.event;  // in one list, events before other pages of the same group
        return newer_first(pages[a], pages[b]);
    });
}

}  // namespace urker
