// Teachers' files are published on the site's own address. A web page, an SVG picture or a
// script among them would run there with the site's rights, so files of active types
// (config/security.h) in content/ are refused unless site.yaml allows their type. The error
// stands where a page refers to the file, so the teacher sees which link to change.
#pragma once

#include <filesystem>
#include <vector>

#include "config/security.h"
#include "content/page.h"
#include "core/diagnostic.h"

namespace urker {

// `assets` are the files about to be copied from `content_root` (loose files and bundle
// attachments); `pages` are searched for references to them.
void check_active_files(const std::filesystem::path& content_root, const std::vector<StaticAsset>& assets,
                        const std::vector<Page>& pages, const SecurityConfig& security, Diagnostics& diags);

}  // namespace urker
