#include "content/review_gate.h"

#include <algorithm>
#include <map>

namespace urker {

void apply_review_policy(std::vector<Page>& pages, const SiteConfig& config, bool include_drafts, std::vector<ReviewQueueEntry>& queue,
                         std::size_t& drafts_skipped, std::size_t& held, Diagnostics& diags) {
    auto is_material = [](const Page& p) { return p.kind == PageKind::page && p.section == "materials"; };
    // One material may be several files (index.md, index.kk.md): they share one review, the one
    // written in the default-language file (or, without it, in the first file that has one).
    std::map<std::string, std::vector<std::size_t>> groups;
    for (std::size_t k = 0; k < pages.size(); ++k) {
        Page& p = pages[k];
        if (!is_material(p)) continue;
        p.review = read_review(p.front_matter, diags);
        p.review_own = p.front_matter.value.contains("review");
        groups[p.translation_key].push_back(k);
    }
    // A site that does not use reviews (no `reviews:` in site.yaml, no material with a review)
    // has no queue: listing every material as unreviewed would only be noise.
    bool in_use = config.document.value.is_object() && config.document.value.contains("reviews");
    for (const auto& [key, members] : groups)
        for (std::size_t k : members) in_use = in_use || pages[k].review_own;
    std::vector<bool> remove(pages.size(), false);
    for (auto& [key, members] : groups) {
        std::sort(members.begin(), members.end(), [&](std::size_t a, std::size_t b) {
            bool pa = !pages[a].is_translation || config.is_default_language(pages[a].lang), pb = !pages[b].is_translation || config.is_default_language(pages[b].lang);
            return pa != pb ? pa : pages[a].content_path < pages[b].content_path;
        });
        const Page* owner = nullptr;
        for (std::size_t k : members)
            if (pages[k].review_own) { owner = &pages[k]; break; }
        std::optional<Review> review = owner ? owner->review : std::nullopt;
        for (std::size_t k : members)
            if (!pages[k].review_own) pages[k].review = review;
        bool approved = review && review->status == ReviewStatus::approved;
        if (approved) continue;
        const Page& first = pages[members.front()];
        if (!in_use) continue;
        ReviewQueueEntry e;
        e.source = first.source;
        e.title = first.title;
        e.status = review ? review_status_name(review->status) : "";
        e.since = review && review->date ? review->date : first.date;
        queue.push_back(std::move(e));
        if (config.unreviewed == UnreviewedPolicy::publish) continue;
        for (std::size_t k : members) {
            if (config.unreviewed == UnreviewedPolicy::draft && include_drafts) {
                pages[k].draft = true;  // shown as a draft in the preview, never in feeds or the sitemap
                continue;
            }
            remove[k] = true;
            if (config.unreviewed == UnreviewedPolicy::draft) ++drafts_skipped;
            else ++held;
        }
    }
    // Closed up in place: a second vector of 800-byte pages was that much fresh memory to touch.
    std::size_t to = 0;
    for (std::size_t k = 0; k < pages.size(); ++k)
        if (!remove[k]) {
            if (to != k) pages[to] = std::move(pages[k]);
            ++to;
        }
    pages.erase(pages.begin() + static_cast<std::ptrdiff_t>(to), pages.end());
}

}  // namespace urker
