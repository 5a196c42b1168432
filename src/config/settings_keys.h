// The keys a block of settings in site.yaml may hold. A key urker does not know is a warning at
// the key, naming the known key it most likely is: `serverurl:` under comments: was passed over in
// silence and the site told only that Waline needs «server_url», at the provider's line.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "config/yaml_document.h"
#include "core/diagnostic.h"

namespace urker {

// Warns of each key of `settings` (the map at `pointer`, e.g. "/comments") not in `known`: the
// message names the key and `group` (comments, forum…), the hint the nearest known key ("did you
// mean …?") or, when none is near, all of them.
void warn_of_unknown_keys(const YamlDocument& doc, const std::string& pointer, const urker::Json& settings,
                          const std::vector<std::string>& known, std::string_view group, Diagnostics& diags);

}  // namespace urker
