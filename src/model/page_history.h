// Which files a page's history is made of, and each page's history from Git
// (content/git_history.h). A material is a folder: its history is that of every file in it, in
// every language; a page that is one file is that file and its translations.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "content/git_history.h"
#include "core/date.h"
#include "model/site_model.h"

namespace urker {

// "content/materials/drobi/" for a bundle, "content/members/ivanova-a.md" (and the .kk.md beside
// it) for a page of one file, relative to the site folder.
std::vector<std::string> history_paths(const SiteModel& model, PageId id);

// Every page's history, parallel to model.pages (the language versions of a page share it);
// empty when the history is off or the site is not in Git.
std::vector<FileHistory> page_histories(const SiteModel& model, const GitHistory& history);

// When the page last changed by its history: the date of the last commit that changed its files.
// None when the site has no history from Git or the page was never committed. The one place that
// answers it (pages, monitoring's freshness).
std::optional<Date> last_changed(const SiteModel& model, PageId id);

}  // namespace urker
