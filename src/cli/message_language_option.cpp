#include "cli/message_language_option.h"

#include "core/diagnostic.h"

namespace urker {

void print_error(std::ostream& err, Message message, Message hint, std::string_view language) {
    err << format_diagnostic(make_diagnostic(Severity::error, {}, std::move(message), std::move(hint)), language);
}

void print_note(std::ostream& err, const Message& message, std::string_view language) {
    err << render_message(Message("cli.note_label"), language) << ": " << render_message(message, language) << '\n';
}

}  // namespace urker
