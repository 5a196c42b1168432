// A material's review, as its front matter records it (docs/kinds.md, "Review"):
//   review:
//     status: approved            # submitted | in_review | approved | needs_changes
//     reviewers: [ivanova-a]      # member ids (checked by the model stage, which knows them)
//     date: 2026-10-12            # when the status was given
//     note: "…"                   # optional, shown publicly
//     fingerprint: "sha256:…"     # the approved version's fingerprint, pasted from `urker check`
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "config/yaml_document.h"
#include "core/date.h"
#include "core/diagnostic.h"

namespace urker {

enum class ReviewStatus { submitted, in_review, approved, needs_changes };
const char* review_status_name(ReviewStatus s);
const std::vector<std::string>& review_status_names();
const std::vector<std::string>& review_keys();

struct Review {
    ReviewStatus status = ReviewStatus::submitted;
    std::vector<std::string> reviewers;  // member ids as written
    std::optional<Date> date;
    std::string note;
    std::string fingerprint;  // the recorded one: 64 lower-case hex digits; "" when none
};

// Reads `review:` of a front matter. Every mistake is an error at its place, with "did you mean"
// for a misspelled key or status. nullopt when there is no review, or it cannot be read at all
// (not a map, no status or an unknown one); a readable review with a bad field is returned
// without that field.
std::optional<Review> read_review(const YamlDocument& fm, Diagnostics& diags);

// Whether the front matter says `review: {status: approved}`, read without any checks (for the
// content stage to decide whether a material is published).
bool says_approved(const YamlDocument& fm);

}  // namespace urker
