// The template engine: up to three templates from one input (page.html, base.html and
// partials/card.html, separated by a line "----"), so extends, include, import and macros across
// files are reached; each is parsed, references are checked, and page.html is rendered with a
// small context shaped like a real page's. Theme files are read as they are (no UTF-8 check).
#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz_target.h"
#include "template/template.h"

namespace {

const urker::Json& context() {
    static const urker::Json value = urker::Json::parse(R"({
        "page": {"title": "Дроби <5 «Б»>", "date": "2026-09-01", "tags": ["математика", "5 класс"],
                 "weight": 3, "draft": false, "summary": "<p>Урок</p>", "url": "/materials/drobi/"},
        "pages": [{"title": "Б", "weight": 2, "author": {"name": "Айгүл"}},
                  {"title": "а", "weight": -1.5}, {"title": null}],
        "site": {"title": "Үркер", "languages": ["ru", "kk", "en"], "paginate": 10},
        "n": 7, "x": 2.5, "empty": [], "nothing": null, "html": "<script>alert(1)</script>"
    })");
    return value;
}

const urker::Json& strings() {
    static const urker::Json value = urker::Json::parse(R"({
        "read_more": "Читать далее",
        "materials": {"one": "{count} материал", "few": "{count} материала", "many": "{count} материалов", "other": "{count} материала"}
    })");
    return value;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view text = urker::fuzz::as_text(data, size);
    urker::tmpl::Engine engine;
    urker::Diagnostics diags;
    const char* names[] = {"page.html", "base.html", "partials/card.html"};
    for (const char* name : names) {
        if (text.empty() && name != names[0]) break;
        std::string_view part = urker::fuzz::take_until(text, "\n----\n");
        engine.add_template(name, std::string(part), std::string("templates/") + name, diags);
    }
    engine.check_references(diags);
    if (engine.has_template("page.html")) {
        urker::tmpl::Locale locale{"ru", &strings()};
        (void)engine.render("page.html", context(), locale, diags);
        (void)engine.render("page.html", urker::Json::object(), context(), urker::tmpl::Locale{"kk", nullptr}, diags);
    }
    for (const urker::Diagnostic& d : diags.items()) (void)urker::format_diagnostic(d);
    return 0;
}
