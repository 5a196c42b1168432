#include "model/message_at.h"

#include <variant>

#include "core/url.h"

namespace urker {

namespace {

// The English text goes into the diagnostic as before (tests and logs read it); the ids travel
// with it. A teacher's value among the arguments is cut like any message, so no language can
// print a 50 MB title.
Diagnostic with_message(Diagnostic d, Message message, Message hint) {
    // A file without front matter (an empty index.md) has no line for a missing field: its first
    // line is where the front matter goes, so the message points there like every other.
    if (d.where.line == 0) {
        d.where.line = 1;
        d.where.column = 1;
    }
    for (Message* m : {&message, &hint})
        for (auto& arg : m->args)
            if (auto* text = std::get_if<std::string>(&arg.value)) *text = shorten_for_message(*text, 250);
    d.message = render_message(message, "en");
    d.hint = hint.empty() ? std::string() : render_message(hint, "en");
    d.message_id = std::move(message);
    d.hint_id = std::move(hint);
    return d;
}

}  // namespace

Diagnostic error_at(const YamlDocument& doc, std::string_view pointer, Message message, Message hint) {
    return with_message(doc.error_at(pointer, std::string()), std::move(message), std::move(hint));
}

Diagnostic warning_at(const YamlDocument& doc, std::string_view pointer, Message message, Message hint) {
    return with_message(doc.warning_at(pointer, std::string()), std::move(message), std::move(hint));
}

}  // namespace urker
