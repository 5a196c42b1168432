// Which materials a build publishes, by their review and site.yaml's  reviews: unreviewed:
// `publish` (the default) keeps every material; `draft` builds a material that is not approved
// only with --drafts, marked as a draft; `hold` keeps it out of every build. Either way the
// material is listed for `urker check` as awaiting review.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "config/site_config.h"
#include "content/page.h"

namespace urker {

struct ReviewQueueEntry {
    std::string source;            // "content/materials/drobi/index.md"
    std::string title;
    std::string status;            // "submitted", … ("" when the material has no review yet)
    std::optional<Date> since;     // the review's date, else the material's date
};

// Reads the review of every material page (Page::review; errors go to `diags`), then applies the
// policy: pages left out are removed from `pages` and counted in `drafts_skipped` or `held`.
void apply_review_policy(std::vector<Page>& pages, const SiteConfig& config, bool include_drafts, std::vector<ReviewQueueEntry>& queue,
                         std::size_t& drafts_skipped, std::size_t& held, Diagnostics& diags);

}  // namespace urker
