// The settings in site.yaml for reviewed materials and their certificates of publication:
//   reviews:
//     unreviewed: publish        # publish | draft | hold
//   certificates:
//     prefix: "УРК"              # numbers read УРК-2026-001
//     issuer: {ru: "…", kk: "…"} # the community's name on certificates (default: the site's title)
//     media_registration: {ru: "Свидетельство о постановке на учёт СМИ № …", kk: "…"}
//     enabled: true
#pragma once

#include "config/site_config.h"

namespace urker {

void read_review_settings(const YamlDocument& doc, SiteConfig& cfg, Diagnostics& diags);

}  // namespace urker
