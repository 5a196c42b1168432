// The template engine: a Jinja2-style language (the one Jinja, Tera and Nunjucks users know)
// over urker::Json values. A template is parsed once by add_template and rendered many times;
// render is const and keeps all its state on its own stack, so one Engine can render from many
// threads at once. Every error names the template file, line and column.
//
// The language is described for theme authors in docs/templates.md.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/json.h"

#include "core/diagnostic.h"
#include "core/fingerprint.h"

namespace urker::tmpl {

using Value = urker::Json;

struct Locale {
    std::string language = "ru";              // ru, kk, en (BCP-47)
    const urker::Json* strings = nullptr;  // UI strings: { key: "text" | {one:"…", few:"…", many:"…", other:"…"} }
};

struct Args {
    std::vector<Value> positional;
    Value named = Value::object();
};

// A host filter or function may throw std::exception: the message becomes a render error at the
// place in the template that called it.
using Filter = std::function<Value(const Value& input, const Args& args, const Locale& locale)>;
using Function = std::function<Value(const Args& args, const Locale& locale)>;

// A list in a page's context that is shared rather than held in it: the summaries a list page
// shows, which many pages show and which live for the whole build. `object` empty: the list is
// the top-level variable `name` (`pages`); else it is the member `name` of the context's object
// `object` (`paginator.pages`), which the context holds without it. Reading the list gives a view
// of `items` (nothing is copied); only something that needs the whole object as one value
// (`paginator | tojson`) gets a copy with the list put in.
//
// `element` set: the list is the member `name` of that element of the context's list `object`
// (the A–Z index's `letters[k].pages`), which holds the element without it. Only reading that
// member sees the list; the element or the list read as one value (`g | tojson`) leave it out.
//
// `base` set (no `name`, no items): not a list but the object the context's object `object` is
// made on: a member `object` lacks is read from `base` (a page's `page` holds only its own text,
// table of contents and data, and reads the rest from its summary, which lists share, instead of
// a copy of it). Read as one value, `object` is `base` with its own members over it.
struct SharedList {
    static constexpr std::size_t kNoElement = static_cast<std::size_t>(-1);
    std::string object;
    std::string name;
    std::vector<const Value*> items;
    std::size_t element = kNoElement;
    const Value* base = nullptr;
    static SharedList base_of(std::string object, const Value& base) {
        SharedList shared;
        shared.object = std::move(object);
        shared.base = &base;
        return shared;
    }
};
using SharedLists = std::vector<SharedList>;

struct EngineData;
class FragmentCache;
class GlobalsTrace;
class TemplateClock;

class Engine {
public:
    Engine();  // registers all built-in filters
    ~Engine();
    Engine(Engine&&) noexcept;
    Engine& operator=(Engine&&) noexcept;
    Engine(const Engine&) = delete;
    Engine& operator=(const Engine&) = delete;

    // Host filters; call before add_template (filters are resolved when a template is parsed).
    // A host filter with a built-in's name replaces the built-in.
    void add_filter(std::string name, Filter f);
    // Global functions callable as {{ name(a, k=v) }}.
    void add_function(std::string name, Function f);

    // Parses `text` and stores it under `name` ("page.html", "partials/card.html"). `display_path`
    // is what errors show (e.g. "themes/default/templates/page.html"). Syntax errors and unknown
    // filters or tests go to diags with line:col in that file; returns false then, and the
    // template is not stored.
    bool add_template(std::string name, std::string text, std::string display_path, Diagnostics& diags);
    bool has_template(std::string_view name) const;
    // What a render that used the template `name` saw of it (globals_trace.h's kTemplateReads):
    // its text, or that there is no such template. For the build cache: an edit to one template
    // renders again only the pages that used it.
    Fingerprint template_fingerprint(std::string_view name) const;
    // After all templates are added: checks that every extends/include/import with a literal name
    // names an existing template, and that no template extends itself through a cycle.
    bool check_references(Diagnostics& diags) const;

    // Thread-safe. Render-time errors (calling a non-macro, including a missing template, a filter
    // given the wrong kind of argument, recursion deeper than 64) go to diags with the template's
    // file:line:col, and return std::nullopt.
    std::optional<std::string> render(std::string_view name, const Value& context, const Locale& locale,
                                      Diagnostics& diags) const;
    // The same, with a second object whose members are visible as variables when the context has
    // no such member: values shared by many pages (the site) are then not copied for each page.
    // With `fragments`, {% cache %} blocks keep their output there and reuse it (one cache per
    // build); without, they simply render.
    // With `trace`, what the render read of `globals` is recorded there (globals_trace.h).
    // With `lists`, those lists are part of the context as SharedList says.
    std::optional<std::string> render(std::string_view name, const Value& context, const Value& globals, const Locale& locale,
                                      Diagnostics& diags, FragmentCache* fragments = nullptr, GlobalsTrace* trace = nullptr,
                                      const SharedLists* lists = nullptr) const;

    // The same, into `out` (emptied first, its capacity kept): a caller that renders page after
    // page reuses one buffer instead of growing a new string for each page. False on an error
    // (reported to diags), with `out` holding whatever was rendered before it.
    // With `clock`, the time each template and macro took is added to it (`urker build --profile`).
    bool render_into(std::string& out, std::string_view name, const Value& context, const Value& globals, const Locale& locale,
                     Diagnostics& diags, FragmentCache* fragments = nullptr, GlobalsTrace* trace = nullptr,
                     const SharedLists* lists = nullptr, TemplateClock* clock = nullptr) const;

private:
    std::optional<std::string> render_with(std::string_view name, const Value& context, const Value* globals, const Locale& locale,
                                           Diagnostics& diags, FragmentCache* fragments, GlobalsTrace* trace,
                                           const SharedLists* lists = nullptr) const;
    bool render_into_with(std::string& out, std::string_view name, const Value& context, const Value* globals, const Locale& locale,
                          Diagnostics& diags, FragmentCache* fragments, GlobalsTrace* trace, const SharedLists* lists,
                          TemplateClock* clock = nullptr) const;
    std::unique_ptr<EngineData> data_;
};

}  // namespace urker::tmpl
