// What every command shares about speaking to the person running it: problems and notes printed
// in the reader's language (core/messages.h). The --lang option's help is in cli/help_text.h.
#pragma once

#include <ostream>
#include <string_view>

#include "core/messages.h"

namespace urker {

// "error: MESSAGE\n    hint: HINT\n", as a diagnostic without a place is shown.
void print_error(std::ostream& err, Message message, Message hint, std::string_view language);

// "note: MESSAGE\n".
void print_note(std::ostream& err, const Message& message, std::string_view language);

}  // namespace urker
