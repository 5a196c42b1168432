// What `urker check` says about reviews, as notes (not problems): the materials that await review
// and for how long, and the fingerprints to record for approved materials that have none or
// changed since their approval (docs/kinds.md, "Review and certificates").
#pragma once

#include <ostream>
#include <string_view>

#include "site/build.h"

namespace urker {

// Writes nothing when there is nothing to say.
void print_review_report(const BuildSummary& summary, std::string_view language, std::ostream& out);

}  // namespace urker
