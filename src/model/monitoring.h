// The monitoring page's figures (docs/kinds.md, "Monitoring"), computed at build time from the
// assembled portal: members per school, materials per month, subject, type, language and school,
// the most active authors, plan progress, and the communities' own indicators (model/indicators.h).
// One version per language: names and links lead to the pages in that language.
#pragma once

#include <filesystem>

#include "core/json.h"

#include "core/diagnostic.h"
#include "model/portal.h"
#include "model/site_model.h"

namespace urker {

// A poll's `results:` CSV comes from the content stage (SiteModel::data_files).
urker::Json build_monitoring(const SiteModel& model, const Portal& portal, Diagnostics& diags);

}  // namespace urker
