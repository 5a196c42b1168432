// A located diagnostic that carries a catalogue message (core/messages.h): YamlDocument's
// error_at finds the place and the source line, this keeps the message's id and arguments so the
// diagnostic can be shown in the reader's language.
#pragma once

#include <string_view>

#include "config/yaml_document.h"
#include "core/messages.h"

namespace urker {

Diagnostic error_at(const YamlDocument& doc, std::string_view pointer, Message message, Message hint = {});
Diagnostic warning_at(const YamlDocument& doc, std::string_view pointer, Message message, Message hint = {});

}  // namespace urker
