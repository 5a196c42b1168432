#include "config/review_diagnostic.h"

#include <variant>

#include "core/url.h"

namespace urker {

Diagnostic review_diagnostic(const YamlDocument& doc, std::string_view pointer, Message message, Message hint, Severity severity) {
    // A teacher's value among the arguments is cut like any message, so no language prints a huge one.
    for (Message* m : {&message, &hint})
        for (auto& arg : m->args)
            if (auto* text = std::get_if<std::string>(&arg.value)) *text = shorten_for_message(*text, 250);
    std::string en = render_message(message, "en");
    std::string en_hint = hint.empty() ? std::string() : render_message(hint, "en");
    Diagnostic d = severity == Severity::error ? doc.error_at(pointer, en, en_hint) : doc.warning_at(pointer, en, en_hint);
    d.message_id = std::move(message);
    d.hint_id = std::move(hint);
    return d;
}

Message one_of_hint(const std::string& near, const std::string& words) {
    return near.empty() ? Message("review.one_of", {{"words", words}}) : Message("review.did_you_mean_one_of", {{"word", near}, {"words", words}});
}

}  // namespace urker
