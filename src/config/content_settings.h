// The settings in site.yaml that shape what content may say: the taxonomies (optionally with the
// list of values each may take) and the extra front-matter keys a site's own templates read.
#pragma once

#include "config/site_config.h"

namespace urker {

// `taxonomies:` as a list of field names ([subject, grade, tags]) or as a map in the order written,
// where a taxonomy may list its values:
//   taxonomies:
//     subject: {values: [математика, физика]}
//     tags:
void read_taxonomy_settings(const YamlDocument& doc, SiteConfig& cfg, Diagnostics& diags);

// `kinds:` — per kind of page, the keys its templates read beyond the built-in ones:
//   kinds:
//     material: {extra_keys: [video_url, methodist]}
// The kind names are checked by the model stage, which knows the kinds.
void read_kind_settings(const YamlDocument& doc, SiteConfig& cfg, Diagnostics& diags);

}  // namespace urker
