// Render-time errors travel as exceptions inside the template engine only: Engine::render catches
// them and turns the first one into a Diagnostic. The innermost expression or statement that knows
// its place fills in `where`, so the report points at the failing filter, not at the whole tag.
// Every error is a catalogue message (core/messages.h, rows in core/message_catalog_template.cpp),
// so the webmaster reads it in Russian, Kazakh or English.
#pragma once

#include <exception>
#include <string>

#include "core/messages.h"
#include "template/ast.h"

namespace urker::tmpl {

struct RenderError : std::exception {
    RenderError(Message m, Message h = {}) : message(std::move(m)), hint(std::move(h)) {}
    const char* what() const noexcept override { return message.id.c_str(); }

    Message message;
    Message hint;
    const Template* where = nullptr;
    Pos pos;
};

[[noreturn]] inline void fail(Message message, Message hint = {}) {
    throw RenderError(std::move(message), std::move(hint));
}

// `did you mean "x"?` for a hint, or an empty message.
Message did_you_mean(std::string_view word, const std::vector<std::string>& candidates);

// The message with one more argument: shorthand for building messages step by step.
inline Message with_arg(Message m, MessageArg arg) {
    m.args.push_back(std::move(arg));
    return m;
}

}  // namespace urker::tmpl
