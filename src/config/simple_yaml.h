// The front matter teachers write, read without yaml-cpp: one `key: value` per line, the value a
// plain or quoted scalar on that line or a one-line list in brackets. At 1 000 materials yaml-cpp
// took 72 µs a file for some ten such lines, 3 % of a first build's work; this reader takes a
// tenth of that.
//
// It gives exactly what yaml-cpp gives (the same JSON value and the same positions, which
// tests/unit/config/simple_yaml_test.cpp and the front matter fuzzer compare on every input the
// reader takes) and takes nothing it is not sure of: anything else (an indented line, a comment
// after a value, an escape, a tab, a duplicated key, …) is left to yaml-cpp, which also words
// every error.
#pragma once

#include <string>
#include <string_view>

#include "config/yaml_document.h"
#include "core/json.h"

namespace urker {

// The value of a plain (unquoted) scalar by YAML 1.2 core rules: null, bool, integer, float, or
// the text as written ("yes" stays a string, "007" is 7, a number too large stays its digits).
urker::Json yaml_plain_scalar(const std::string& text);

// Fills `doc.value` and records `doc.positions` (not yet finished) when `yaml` is front matter of
// the simple kind above, within `limits`; false, with `doc` untouched, otherwise.
bool read_simple_yaml(std::string_view yaml, YamlDocument& doc, const YamlLimits& limits = {});

}  // namespace urker
