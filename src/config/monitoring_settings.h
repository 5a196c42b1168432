// The settings in site.yaml for the monitoring page and its analytic report (docs/kinds.md,
// "Monitoring"):
//   monitoring:
//     plan_target: 100           # the share of due plan items the community means to complete, %
//     active_window_months: 12   # a member who did anything in these last months is active
//     stale_after_months: 12     # a page not changed for this long is listed as not fresh
// Every key is optional; an unknown key or a value out of range is an error at its line.
#pragma once

#include "config/site_config.h"

namespace urker {

void read_monitoring_settings(const YamlDocument& doc, SiteConfig& cfg, Diagnostics& diags);

}  // namespace urker
