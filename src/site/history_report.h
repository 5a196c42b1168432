// What a build says about the history it read from Git (content/git_history.h): nothing when it
// is complete or the site is simply not in Git; a note when a shallow clone cut it short; a
// warning at site.yaml's `history: git` when it was expected and is missing or cut short.
#pragma once

#include <vector>

#include "config/site_config.h"
#include "content/git_history.h"
#include "core/diagnostic.h"

namespace urker {

void report_history(const GitHistory& history, const SiteConfig& config, Diagnostics& diags, std::vector<Message>& notes);

}  // namespace urker
