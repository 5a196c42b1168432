// Helpers shared by the template engine's tests: render a template text in one call and get
// either its output or the diagnostics, formatted exactly as a webmaster would see them.
#pragma once

#include <string>
#include <string_view>

#include <doctest/doctest.h>

#include "core/diagnostic.h"
#include "template/template.h"

namespace urker::tmpl::testing {

// Every diagnostic the engine reports is a catalogue message, so a webmaster can read it in
// Russian and Kazakh too: checked here for every error the template tests provoke.
inline void check_from_catalogue(const Diagnostic& d) {
    INFO("diagnostic: ", d.message);
    CHECK_FALSE(d.message_id.empty());
    CHECK(d.hint.empty() == d.hint_id.empty());
    for (const char* language : {"ru", "kk"}) {
        // An unknown id renders as itself; a pattern ICU cannot format renders raw.
        std::string text = render_message(d.message_id, language);
        CHECK_FALSE(text.starts_with(d.message_id.id));
        CHECK(text.find(", select,") == std::string::npos);
        if (!d.hint_id.empty()) CHECK_FALSE(render_message(d.hint_id, language).starts_with(d.hint_id.id));
    }
}

inline std::string formatted(const Diagnostics& diags) {
    std::string out;
    for (const Diagnostic& d : diags.items()) {
        check_from_catalogue(d);
        out += format_diagnostic(d);
    }
    return out;
}

// Several templates in one engine, as a theme has them. Each is shown in errors as
// "templates/<name>".
struct Theme {
    Engine engine;
    Diagnostics diags;

    Theme& add(std::string name, std::string text) {
        engine.add_template(name, std::move(text), "templates/" + name, diags);
        return *this;
    }
    // The output, or the diagnostics when parsing or rendering failed.
    std::string render(std::string_view name, const Value& context = Value::object(), const Locale& locale = {}) {
        if (diags.has_errors()) return formatted(diags);
        auto out = engine.render(name, context, locale, diags);
        return out ? *out : formatted(diags);
    }
};

// Renders `text` as the template "page.html" (shown as "templates/page.html").
inline std::string render(std::string_view text, const Value& context = Value::object(), const Locale& locale = {}) {
    Theme theme;
    theme.add("page.html", std::string(text));
    return theme.render("page.html", context, locale);
}

inline Locale language(std::string lang, const Value* strings = nullptr) {
    Locale l;
    l.language = std::move(lang);
    l.strings = strings;
    return l;
}

}  // namespace urker::tmpl::testing
