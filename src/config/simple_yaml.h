// The YAML teachers and theme authors mostly write, read without yaml-cpp: maps of `key: value`
// lines, nested by indentation, each value a plain or quoted text on its line (double quotes may
// hold \n, \" and \\), a one-line list in brackets or a one-line map in braces; keys plain words or
// double-quoted. At 1 000 materials yaml-cpp took 72 µs a file for a material's ten lines of front
// matter, 3 % of a first build's work, and 35 ms for the default theme's string files at the start
// of every build; this reader takes a tenth of that.
//
// It gives exactly what yaml-cpp gives (the same JSON value and the same positions, which
// tests/unit/config/simple_yaml_test.cpp and the front matter fuzzer compare on every input the
// reader takes) and takes nothing it is not sure of: anything else (a block list, a text over
// several lines, a comment after a value, another escape, a tab, a key given twice, …) is left to
// yaml-cpp, which also words every error.
#pragma once

#include <string>
#include <string_view>

#include "config/yaml_document.h"
#include "core/json.h"

namespace urker {

// The value of a plain (unquoted) scalar by YAML 1.2 core rules: null, bool, integer, float, or
// the text as written ("yes" stays a string, "007" is 7, a number too large stays its digits).
urker::Json yaml_plain_scalar(const std::string& text);

// Fills `doc.value` and records `doc.positions` (not yet finished) when `yaml` is of the simple
// kind above, within `limits`; false, with `doc` untouched, otherwise.
bool read_simple_yaml(std::string_view yaml, YamlDocument& doc, const YamlLimits& limits = {});

}  // namespace urker
