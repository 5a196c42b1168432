// Which pages the site's feeds list, and so which feeds the site has: the news' (news/atom.xml,
// news/rss.xml), the materials' (materials/…) and the whole site's (atom.xml, rss.xml). A feed
// with no entry is not written. One rule for the feeds render writes (render/portal_pages.cpp)
// and for the links templates make to them (`site.feeds`, render/context.cpp): a page linking a
// feed that is not there is a broken link, which `urker check` refuses.
#pragma once

#include <vector>

#include "core/json.h"
#include "model/portal.h"
#include "model/site_model.h"

namespace urker {

struct SiteFeeds {
    // Dated pages that are not drafts, in the default language (a page only in another language
    // is there as its view), newest first. `all` is news and materials together.
    std::vector<PageId> news, materials, all;
};

SiteFeeds feed_pages(const SiteModel& model, const Portal& portal);

// `site.feeds`: each feed the build writes, by name ("news", "materials", "site"), as its
// addresses with the base path ({atom: "/news/atom.xml", rss: "/news/rss.xml"}); a feed with no
// entries is not there.
urker::Json feeds_json(const SiteConfig& config, const SiteFeeds& feeds);

}  // namespace urker
