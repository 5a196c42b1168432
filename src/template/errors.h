// Render-time errors travel as exceptions inside the template engine only: Engine::render catches
// them and turns the first one into a Diagnostic. The innermost expression or statement that knows
// its place fills in `where`, so the report points at the failing filter, not at the whole tag.
#pragma once

#include <exception>
#include <string>

#include "template/ast.h"

namespace urker::tmpl {

struct RenderError : std::exception {
    RenderError(std::string m, std::string h = {}) : message(std::move(m)), hint(std::move(h)) {}
    const char* what() const noexcept override { return message.c_str(); }

    std::string message;
    std::string hint;
    const Template* where = nullptr;
    Pos pos;
};

[[noreturn]] inline void fail(std::string message, std::string hint = {}) {
    throw RenderError(std::move(message), std::move(hint));
}

// `did you mean "x"?` for a hint, or empty.
std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates);

}  // namespace urker::tmpl
