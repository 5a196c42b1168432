// Builds a Template's AST from its source. Filter and test names are resolved to table indices
// here, blocks and macros are indexed by name, and literal template names are recorded for
// Engine::check_references.
#pragma once

#include "core/diagnostic.h"
#include "template/ast.h"
#include "template/engine_data.h"

namespace urker::tmpl {

// `t.source`, `t.name` and `t.display_path` must be set. Reports every unknown filter or test and
// the first syntax error to `diags`; returns false if there was any.
bool parse_template(Template& t, const EngineData& engine, Diagnostics& diags);

}  // namespace urker::tmpl
