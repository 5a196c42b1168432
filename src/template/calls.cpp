// Calls in templates: macros (with their own scope), host functions, the built-in functions
// (range, namespace, dict, super) and the Python methods Jinja users write out of habit.
#include <algorithm>
#include <utility>

#include "template/errors.h"
#include "template/render_support.h"
#include "template/renderer.h"

namespace urker::tmpl {

Val Renderer::eval_call(const Expr& e) {
    // Taken at once: calls among the arguments or in the callee are evaluated for their value.
    const bool in_place = std::exchange(macro_in_place_, false);
    const Expr& callee = *e.lhs;
    if (callee.kind == ExprKind::name) {
        Val target = lookup(callee.name);
        if (const Macro* m = target.as_macro()) return call_macro(*m, *target.owner(), e.args, in_place);
        if (target.is_undefined()) {
            if (auto f = engine_.functions.find(callee.name); f != engine_.functions.end())
                return call_function(f->second, callee.name, e.args);
            return call_builtin(callee.name, e);
        }
        fail(with_value(Message("template.not_callable", {{"name", callee.name}}), "value", target),
             Message("template.not_callable_hint"));
    }
    if (callee.kind == ExprKind::attribute) {
        Val obj = eval(*callee.lhs);
        if (const Template* module = obj.as_module())
            return call_macro(macro_of(*module, callee.name, describe_expr(*callee.lhs)), *module, e.args, in_place);
        if (const LoopState* loop = obj.as_loop(); loop && callee.name == "cycle") {
            Arguments args = eval_args(e.args);
            if (args.positional.empty()) fail(Message("template.cycle_needs_value"), Message("template.cycle_needs_value_hint"));
            return std::move(args.positional[loop->index0 % args.positional.size()]);
        }
        Val member = get_attribute(obj, callee.name);
        if (const Macro* m = member.as_macro()) return call_macro(*m, *member.owner(), e.args, in_place);
        if (member.is_undefined() && obj.plain()) return call_method(obj, callee.name, e);
        fail(with_value(Message("template.not_callable", {{"name", describe_expr(callee)}}), "value", member),
             Message("template.not_callable_hint"));
    }
    Val target = eval(callee);
    if (const Macro* m = target.as_macro()) return call_macro(*m, *target.owner(), e.args, in_place);
    fail(with_value(Message("template.not_callable", {{"name", describe_expr(callee)}}), "value", target),
         Message("template.not_callable_remove_hint"));
}

Val Renderer::call_macro(const Macro& m, const Template& owner, const CallArgs& call_args, bool in_place) {
    note_template(owner);  // in a {% cache %} body, a module imported outside it
    Arguments args = eval_args(call_args);  // in the caller's scope
    // The hint for a wrong call, made only when there is one: macros are called on every page.
    auto usage = [&m] {
        std::string params;
        for (const auto& p : m.params) params += (params.empty() ? "" : ", ") + p;
        return params.empty() ? Message("template.macro_no_parameters_hint")
                              : Message("template.macro_parameters_hint", {{"params", params}});
    };
    if (args.positional.size() > m.params.size())
        fail(Message("template.macro_too_many_arguments",
                     {{"name", m.name}, {"count", m.params.size()}, {"given", args.positional.size()}}),
             usage());
    std::vector<Val> values(m.params.size());
    std::vector<bool> given(m.params.size(), false);
    for (std::size_t i = 0; i < args.positional.size(); ++i) {
        values[i] = std::move(args.positional[i]);
        given[i] = true;
    }
    for (auto& [name, value] : args.named) {
        auto it = std::find(m.params.begin(), m.params.end(), name);
        if (it == m.params.end()) {
            Message hint = did_you_mean(name, m.params);
            fail(Message("template.macro_unknown_parameter", {{"name", m.name}, {"parameter", name}}),
                 hint.empty() ? usage() : hint);
        }
        auto i = static_cast<std::size_t>(it - m.params.begin());
        if (given[i]) fail(Message("template.macro_argument_twice", {{"name", m.name}, {"parameter", name}}), usage());
        values[i] = std::move(value);
        given[i] = true;
    }

    DepthGuard depth(depth_, max_depth);
    Restore<const Template*> restore_current(current_);
    Restore<std::size_t> restore_visible(visible_from_);
    push_scope();
    visible_from_ = vars_.size();  // a macro sees its parameters and the context, not the caller's variables
    current_ = &owner;
    TemplateClock::Render::Part timed(clock_, owner, &m);  // its defaults and body, not its arguments
    for (std::size_t i = 0; i < m.params.size(); ++i) {
        if (given[i]) bind(m.params[i], std::move(values[i]));
        else if (m.defaults[i]) bind(m.params[i], eval(*m.defaults[i]));
        else bind(m.params[i], Val());
    }
    if (in_place) {
        // An error stops the whole render, so a macro's half-written text is never shown.
        run_body(m.body);
        pop_scope();
        return Val();
    }
    std::string out = capture(m.body);
    pop_scope();
    return Val::owned(std::move(out), true);  // macro output is markup made by the template
}

Val Renderer::call_function(const Function& f, std::string_view name, const CallArgs& call_args) {
    Arguments evaluated = eval_args(call_args);
    Args args;
    for (Val& v : evaluated.positional) args.positional.push_back(std::move(v).take());
    for (auto& [n, v] : evaluated.named) args.named[std::string(n)] = std::move(v).take();
    try {
        return Val::owned(f(args, locale_));
    } catch (RenderError&) {
        throw;
    } catch (std::exception& ex) {
        fail(Message("template.function_failed", {{"name", name}, {"what", ex.what()}}));
    }
}

Val Renderer::call_builtin(std::string_view name, const Expr& call) {
    if (name == "super") {
        if (!call.args.empty()) fail(Message("template.super_arguments"));
        return call_super();
    }
    Arguments args = eval_args(call.args);
    if (name == "range") {
        if (args.positional.empty() || args.positional.size() > 3 || !args.named.empty())
            fail(Message("template.range_arguments"), Message("template.range_arguments_hint"));
        std::int64_t n[3] = {0, 0, 1};
        for (std::size_t i = 0; i < args.positional.size(); ++i) {
            const Value* j = args.positional[i].plain();
            auto v = j ? as_integer(*j) : std::nullopt;
            if (!v) fail(with_value(Message("template.range_needs_integers"), "value", args.positional[i]));
            n[i] = *v;
        }
        std::int64_t start = args.positional.size() == 1 ? 0 : n[0];
        std::int64_t stop = args.positional.size() == 1 ? n[0] : n[1];
        std::int64_t step = args.positional.size() == 3 ? n[2] : 1;
        if (step == 0) fail(Message("template.range_zero_step"));
        Value list = Value::array();
        for (std::int64_t i = start; step > 0 ? i < stop : i > stop; i += step) {
            if (list.size() >= 100000) fail(Message("template.range_too_long"));
            list.push_back(i);
        }
        return Val::owned(std::move(list));
    }
    if (name == "namespace" || name == "dict") {
        Value obj = Value::object();
        for (Val& v : args.positional) {
            const Value& j = v.json();
            if (!j.is_object()) fail(Message("template.named_values_only", {{"name", name}}));
            for (auto it = j.begin(); it != j.end(); ++it) obj[it.key()] = *it;
        }
        for (auto& [n, v] : args.named) obj[std::string(n)] = std::move(v).take();
        return Val::owned(std::move(obj));
    }
    std::vector<std::string> candidates = {"range", "super", "namespace", "dict"};
    for (const auto& [n, _] : engine_.functions) candidates.push_back(n);
    for (const auto& [n, _] : current_->macros) candidates.push_back(n);
    Message hint = did_you_mean(name, candidates);
    if (hint.empty()) hint = Message("template.unknown_function_hint", {{"name", name}});
    fail(Message("template.unknown_function", {{"name", name}}), hint);
}

Val Renderer::call_super() {
    if (active_blocks_.empty()) fail(Message("template.super_outside_block"));
    ActiveBlock top = active_blocks_.back();
    if (top.level + 1 >= top.versions->size())
        fail(Message("template.super_without_parent", {{"name", (*top.versions)[top.level].second->name}}),
             Message("template.super_without_parent_hint"));
    DepthGuard depth(depth_, max_depth);
    std::string buf;
    {
        Restore<std::string*> restore(out_);
        out_ = &buf;
        render_block(*top.versions, top.level + 1);
    }
    return Val::owned(std::move(buf), true);
}

// Python methods Jinja users write out of habit: d.items(), s.upper(), s.startswith("x"). Most
// map to the filter of the same meaning.
Val Renderer::call_method(Val& obj, std::string_view method, const Expr& call) {
    static constexpr std::pair<std::string_view, std::string_view> as_filter[] = {
        {"items", "items"},   {"keys", "keys"},   {"values", "values"},         {"upper", "upper"},
        {"lower", "lower"},   {"title", "title"}, {"capitalize", "capitalize"}, {"strip", "trim"},
        {"replace", "replace"}, {"split", "split"}};
    Arguments args = eval_args(call.args);
    for (const auto& [m, filter] : as_filter) {
        if (m != method) continue;
        for (const BuiltinFilterInfo& info : builtin_filters()) {
            if (info.name != filter) continue;
            FilterCall fc{method, info.usage, std::move(args.positional), std::move(args.named), locale_, store_, engine_};
            return info.fn(obj, fc);
        }
    }
    const Value& j = *obj.plain();
    if (method == "get" && j.is_object()) {
        if (args.positional.empty() || !args.positional[0].plain())
            fail(Message("template.get_needs_key"));
        Val key = std::move(args.positional[0]);
        Val found = get_item(obj, std::move(key));
        if (found.is_undefined() && args.positional.size() > 1) return std::move(args.positional[1]);
        return found.is_undefined() ? Val::owned(nullptr) : found;
    }
    if ((method == "startswith" || method == "endswith") && j.is_string()) {
        if (args.positional.size() != 1 || !args.positional[0].plain() || !args.positional[0].plain()->is_string())
            fail(Message("template.method_needs_text", {{"method", method}}));
        const std::string& s = j.get_ref<const std::string&>();
        const std::string& p = args.positional[0].plain()->get_ref<const std::string&>();
        return Val::owned(method == "startswith" ? s.starts_with(p) : s.ends_with(p));
    }
    fail(Message("template.unknown_method", {{"name", describe_expr(*call.lhs)}}),
         with_value(Message("template.unknown_method_hint"), "value", obj));
}

}  // namespace urker::tmpl
