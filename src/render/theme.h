// A theme: its templates parsed once into one engine, its UI strings per language, its static
// files. A site may override any template or static file with its own `templates/` and `static/`.
#pragma once

#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "config/site_config.h"
#include "content/page.h"
#include "core/diagnostic.h"
#include "template/template.h"

namespace urker {

struct Theme {
    std::string name;
    std::unique_ptr<tmpl::Engine> engine;
    std::map<std::string, nlohmann::json> strings;  // language -> merged UI strings
    std::vector<StaticAsset> static_files;          // theme's, then the site's (site wins)

    const nlohmann::json& strings_for(const std::string& lang) const;
};

std::optional<Theme> load_theme(const std::filesystem::path& source_root, const SiteConfig& config, Diagnostics& diags);

}  // namespace urker
