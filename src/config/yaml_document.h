// YAML -> nlohmann::json, keeping where each value stood in the file. This is the only place
// that sees yaml-cpp; everything after it works with JSON values and SourceLocations.
#pragma once

#include <map>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "core/diagnostic.h"

namespace urker {

struct YamlDocument {
    nlohmann::json value;  // object, array or scalar; null for an empty document
    std::string file;      // for locations
    // JSON pointer ("/items/3/status") -> position of that value (1-based line/column in `file`).
    std::map<std::string, SourceLocation> positions;
    std::string text;      // the whole file's text, for showing the offending line
    int line_offset = 0;   // lines of the file before the YAML text starts (front matter: 1)

    // Where the value at `pointer` stood; falls back to the nearest parent that has a position.
    SourceLocation locate(std::string_view pointer) const;
    // An error Diagnostic pointing at `pointer`, with the source line filled in.
    Diagnostic error_at(std::string_view pointer, std::string message, std::string hint = {}) const;
    Diagnostic warning_at(std::string_view pointer, std::string message, std::string hint = {}) const;
};

// Parses `yaml`. Plain scalars become bool/int/float/null by YAML 1.2 core rules ("yes" stays a
// string); quoted scalars always stay strings. Syntax errors go to `diags` with the file's line
// and column (shifted by `line_offset`), and the returned value is null.
YamlDocument parse_yaml(std::string_view yaml, std::string file, Diagnostics& diags,
                        int line_offset = 0, std::string_view whole_file_text = {});

// Appends a key to a JSON pointer, escaping '~' and '/'.
std::string pointer_append(std::string_view pointer, std::string_view key);

}  // namespace urker
