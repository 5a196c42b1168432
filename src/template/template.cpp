#include "template/template.h"

#include <algorithm>

#include "template/engine_data.h"
#include "template/errors.h"
#include "template/parser.h"
#include "template/renderer.h"

namespace urker::tmpl {

Engine::Engine() : data_(std::make_unique<EngineData>()) {
    for (const BuiltinFilterInfo& f : builtin_filters()) {
        data_->filter_index.emplace(std::string(f.name), data_->filters.size());
        data_->filters.push_back({std::string(f.name), f.fn, f.usage, {}});
    }
}

Engine::~Engine() = default;
Engine::Engine(Engine&&) noexcept = default;
Engine& Engine::operator=(Engine&&) noexcept = default;

void Engine::add_filter(std::string name, Filter f) {
    data_->host_calls = true;
    auto it = data_->filter_index.find(name);
    if (it != data_->filter_index.end()) {
        // Replacing in place keeps the indices that parsed templates already hold.
        data_->filters[it->second] = {name, nullptr, {}, std::move(f)};
        return;
    }
    data_->filter_index.emplace(name, data_->filters.size());
    data_->filters.push_back({std::move(name), nullptr, {}, std::move(f)});
}

void Engine::add_function(std::string name, Function f) {
    data_->host_calls = true;
    data_->functions[std::move(name)] = std::move(f);
}

bool Engine::add_template(std::string name, std::string text, std::string display_path, Diagnostics& diags) {
    // The Template gets its final address before parsing, so nothing needs to move afterwards.
    auto t = std::make_unique<Template>();
    t->name = name;
    t->display_path = std::move(display_path);
    t->source = std::move(text);
    if (!parse_template(*t, *data_, diags)) {
        data_->templates.erase(name);
        data_->broken.insert(std::move(name));
        return false;
    }
    data_->broken.erase(name);
    data_->templates[std::move(name)] = std::move(t);
    return true;
}

bool Engine::has_template(std::string_view name) const { return data_->find_template(name) != nullptr; }

Fingerprint Engine::template_fingerprint(std::string_view name) const {
    Fingerprinter f;
    f.add(std::string_view("template"));
    if (const Template* t = data_->find_template(name)) return f.add(std::string_view(t->source)).finish();
    return f.add(std::string_view("missing")).finish();
}

bool Engine::check_references(Diagnostics& diags) const {
    bool ok = true;
    std::vector<std::string> names = data_->template_names();
    for (const auto& [name, t] : data_->templates) {
        for (const TemplateRef& ref : t->references) {
            if (ref.ignore_missing || data_->find_template(ref.name) || data_->broken.count(ref.name)) continue;
            Message hint = did_you_mean(ref.name, names);
            if (hint.empty()) hint = Message("template.template_name_hint");
            const char* what = ref.kind == TemplateRef::Kind::extends   ? "extended"
                               : ref.kind == TemplateRef::Kind::include ? "included"
                                                                        : "imported";
            diags.error(t->location(ref.pos), Message("template.missing_template", {{"what", what}, {"name", ref.name}}),
                        hint, t->line_text(ref.pos.line));
            ok = false;
        }
    }
    // A circle of literal extends would recurse forever: report it once, at its first member.
    for (const auto& [name, t] : data_->templates) {
        std::vector<const Template*> chain{t.get()};
        for (const Template* cur = t.get(); cur->extends;) {
            const Expr& e = *cur->extends->name;
            if (e.kind != ExprKind::literal || !e.literal.is_string()) break;
            const Template* parent = data_->find_template(e.literal.get<std::string>());
            if (!parent) break;
            if (parent == t.get()) {
                std::string path;
                for (const Template* c : chain) path += c->name + " → ";
                bool first_in_circle = std::all_of(chain.begin(), chain.end(), [&first = name](const Template* c) { return c->name >= first; });
                if (first_in_circle) {
                    diags.error(t->location(t->extends_pos), Message("template.extends_circle", {{"path", path + name}}),
                                Message("template.extends_circle_hint"), t->line_text(t->extends_pos.line));
                    ok = false;
                }
                break;
            }
            if (std::find(chain.begin(), chain.end(), parent) != chain.end()) break;  // a circle not through t
            chain.push_back(parent);
            cur = parent;
        }
    }
    return ok;
}

std::optional<std::string> Engine::render(std::string_view name, const Value& context, const Locale& locale,
                                          Diagnostics& diags) const {
    return render_with(name, context, nullptr, locale, diags, nullptr, nullptr);
}

std::optional<std::string> Engine::render(std::string_view name, const Value& context, const Value& globals, const Locale& locale,
                                          Diagnostics& diags, FragmentCache* fragments, GlobalsTrace* trace, const SharedLists* lists) const {
    return render_with(name, context, &globals, locale, diags, fragments, trace, lists);
}

bool Engine::render_into(std::string& out, std::string_view name, const Value& context, const Value& globals, const Locale& locale,
                         Diagnostics& diags, FragmentCache* fragments, GlobalsTrace* trace, const SharedLists* lists,
                         TemplateClock* clock) const {
    return render_into_with(out, name, context, &globals, locale, diags, fragments, trace, lists, clock);
}

std::optional<std::string> Engine::render_with(std::string_view name, const Value& context, const Value* globals, const Locale& locale,
                                               Diagnostics& diags, FragmentCache* fragments, GlobalsTrace* trace, const SharedLists* lists) const {
    std::string out;
    if (!render_into_with(out, name, context, globals, locale, diags, fragments, trace, lists)) return std::nullopt;
    return out;
}

bool Engine::render_into_with(std::string& out, std::string_view name, const Value& context, const Value* globals, const Locale& locale,
                              Diagnostics& diags, FragmentCache* fragments, GlobalsTrace* trace, const SharedLists* lists,
                              TemplateClock* clock) const {
    out.clear();
    const Template* t = data_->find_template(name);
    if (!t && data_->broken.count(name)) {
        diags.error({std::string(name), 0, 0}, Message("template.has_errors", {{"name", name}, {"what", "rendered"}}));
        return false;
    }
    if (!t) {
        diags.error({std::string(name), 0, 0}, Message("template.missing_template", {{"what", "rendered"}, {"name", name}}),
                    did_you_mean(name, data_->template_names()));
        return false;
    }
    out.reserve(t->source.size() + 1024);
    try {
        Renderer renderer(*data_, context, locale, globals, fragments, trace, lists);
        std::optional<TemplateClock::Render> timed;
        if (clock) renderer.time_with(&timed.emplace(*clock));
        renderer.render(*t, out);
    } catch (RenderError& e) {
        const Template* where = e.where ? e.where : t;
        diags.error(where->location(e.pos), std::move(e.message), std::move(e.hint), where->line_text(e.pos.line));
        return false;
    } catch (std::exception& e) {
        diags.error(t->location({}), Message("template.render_failed", {{"what", e.what()}}));
        return false;
    }
    return true;
}

}  // namespace urker::tmpl
