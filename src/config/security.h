// The `security:` settings and the one list of file types a browser runs as code. Teachers'
// files in content/ are published on the site's own address, where a web page, an SVG picture or
// a script would run with the site's rights (read its pages, act as its visitors). Such files are
// refused unless site.yaml allows their type by name.
#pragma once

#include <set>
#include <string>
#include <string_view>

#include "config/yaml_document.h"
#include "core/diagnostic.h"

namespace urker {

struct SecurityConfig {
    // Lower-case extensions without the dot ("svg") that content/ may publish although active.
    std::set<std::string> allowed_active_files;
};

// "html", "svg", "js", "php", …: types a browser (or a web server's PHP/CGI handler) runs as code
// when served from the site. `ext` is lower-case, without the dot.
bool is_active_file_type(std::string_view ext);

// The extension that makes a file name active ("evil.html" -> "html"), lower-case, or "" when
// the name is safe to publish. Besides the last extension, an inner one that a web server runs
// counts too: Apache's AddHandler runs "shell.php.jpg" as PHP.
std::string active_extension_of(std::string_view file_name);

// What a file of an active type does, in words for a teacher ("a web page", "an SVG picture").
std::string active_file_kind(std::string_view ext);
// The same as a word for the message catalogue's select: page, svg, xml, script, plugin, server
// (a program for a web server); "" for a safe type.
std::string active_file_kind_code(std::string_view ext);

// Reads `security:` from site.yaml (missing: nothing allowed). Errors go to diags.
SecurityConfig read_security_config(const YamlDocument& site_yaml, Diagnostics& diags);

}  // namespace urker
