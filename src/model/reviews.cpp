#include "model/reviews.h"

#include <algorithm>
#include <vector>

#include "config/review_diagnostic.h"
#include "core/text.h"

namespace urker {

using json = urker::Json;

void check_review_references(const Page& page, const std::map<std::string, PageId>& members, const std::set<std::string>& unreadable_ids,
                             Diagnostics& diags, const std::function<Message(const std::string&)>& named_hint) {
    if (!page.review || !page.review_own) return;
    const Review& r = *page.review;
    const YamlDocument& fm = page.front_matter;
    const json& written = fm.value["review"].contains("reviewers") ? fm.value["review"]["reviewers"] : json();
    std::vector<std::string> authors;
    if (fm.value.contains("author")) {
        const json& a = fm.value["author"];
        if (a.is_string()) authors.push_back(a.get<std::string>());
        else if (a.is_array())
            for (const auto& x : a)
                if (x.is_string()) authors.push_back(x.get<std::string>());
    }
    std::vector<std::string> ids;
    for (const auto& [id, p] : members) ids.push_back(id);
    for (std::size_t k = 0; k < r.reviewers.size(); ++k) {
        const std::string& id = r.reviewers[k];
        std::string ptr = written.is_array() ? "/review/reviewers/" + std::to_string(k) : "/review/reviewers";
        if (std::find(authors.begin(), authors.end(), id) != authors.end()) {
            diags.add(review_diagnostic(fm, ptr, Message("review.reviewer_is_author", {{"id", id}}), Message("review.reviewer_is_author_hint")));
            continue;
        }
        if (members.count(id) || unreadable_ids.count(id)) continue;
        Message hint = named_hint ? named_hint(id) : Message();
        if (hint.empty()) {
            std::string near = closest_match(id, ids);
            hint = near.empty() ? Message("review.reviewer_hint") : Message("review.did_you_mean", {{"word", near}});
        }
        diags.add(review_diagnostic(fm, ptr, Message("review.unknown_reviewer", {{"id", id}}), std::move(hint)));
    }
}

}  // namespace urker
