#include "render/feed_pages.h"

#include <algorithm>
#include <string>

#include "model/list_order.h"

namespace urker {

namespace {

std::vector<PageId> dated_pages_of(const SiteModel& m, const Portal& portal, Kind kind) {
    std::vector<PageId> ids;
    for (PageId i = 0; i < m.pages.size(); ++i)
        if (portal.kinds[i] == kind && m.pages[i].date && !m.pages[i].draft && m.is_primary(i)) ids.push_back(i);
    sort_newest_first(ids, m.pages);
    return ids;
}

}  // namespace

SiteFeeds feed_pages(const SiteModel& model, const Portal& portal) {
    SiteFeeds f;
    f.news = dated_pages_of(model, portal, Kind::news);
    f.materials = dated_pages_of(model, portal, Kind::material);
    f.all = f.news;
    f.all.insert(f.all.end(), f.materials.begin(), f.materials.end());
    std::sort(f.all.begin(), f.all.end(), [&](PageId a, PageId b) {
        long da = model.pages[a].date->days_since_epoch(), db = model.pages[b].date->days_since_epoch();
        return da != db ? da > db : model.pages[a].content_path < model.pages[b].content_path;
    });
    return f;
}

urker::Json feeds_json(const SiteConfig& config, const SiteFeeds& feeds) {
    urker::Json out = urker::Json::object();
    auto add = [&](const char* name, const std::vector<PageId>& pages, const std::string& folder) {
        if (pages.empty()) return;
        out[name] = {{"atom", config.site_url("/" + folder + "atom.xml")}, {"rss", config.site_url("/" + folder + "rss.xml")}};
    };
    add("news", feeds.news, "news/");
    add("materials", feeds.materials, "materials/");
    add("site", feeds.all, "");
    return out;
}

}  // namespace urker
