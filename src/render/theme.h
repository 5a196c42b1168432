// A theme: its templates parsed once into one engine, its UI strings per language, its static
// files. Files are looked up in layers, as Hugo does, the first one found wins:
//   1. the site's own `templates/`, `static/`, `i18n/`;
//   2. the site's theme folder `themes/NAME/` (NAME from `theme:` in site.yaml, default "default");
//   3. the default theme built into urker.
// So a site needs no themes/ folder, and a file there replaces the built-in one file by file.
// UI strings are merged key by key in the same order.
#pragma once

#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/json.h"

#include "config/site_config.h"
#include "content/page.h"
#include "core/diagnostic.h"
#include "core/fingerprint.h"
#include "template/template.h"

namespace urker {

struct Theme {
    std::string name;
    std::unique_ptr<tmpl::Engine> engine;
    std::map<std::string, urker::Json> strings;  // language -> merged UI strings
    std::vector<StaticAsset> static_files;          // from disk: the theme folder's, then the site's (site wins)
    // Built-in static files that no file on disk replaces: output path -> bytes.
    std::vector<std::pair<std::string, std::string_view>> builtin_static_files;
    // Every language's interface strings: what a page's file depends on besides its own values
    // and the templates it used (render/publish_page.h; each template a page uses is recorded as
    // it renders, template/globals_trace.h's kTemplateReads).
    Fingerprint strings_fingerprint;
    // Each template's text by what messages show of it ("themes/default/templates/base.html"), for
    // `urker check` to say which template made a broken link that no content file holds.
    std::vector<std::pair<std::string, std::string>> template_texts;

    const urker::Json& strings_for(const std::string& lang) const;
};

std::optional<Theme> load_theme(const std::filesystem::path& source_root, const SiteConfig& config, Diagnostics& diags);

}  // namespace urker
