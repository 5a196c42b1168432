// A located diagnostic from catalogue messages (core/messages.h), for the review and certificate
// checks: YamlDocument finds the place and the line; the message keeps its id and arguments so
// it is shown in the reader's language. (The English text is stored too: logs and tests read it.)
#pragma once

#include <string>
#include <string_view>

#include "config/yaml_document.h"
#include "core/messages.h"

namespace urker {

Diagnostic review_diagnostic(const YamlDocument& doc, std::string_view pointer, Message message, Message hint = {},
                             Severity severity = Severity::error);

// "Use one of: a, b, c", after "did you mean "b"?" when `near` is not empty.
Message one_of_hint(const std::string& near, const std::string& words);

}  // namespace urker
