// Statements and expressions of the renderer; calls (macros, functions, methods) are in calls.cpp.
#include "template/renderer.h"

#include <cstring>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>

#include "core/text.h"
#include "template/errors.h"
#include "template/render_support.h"
#include "template/tests.h"

namespace urker::tmpl {
namespace {

// One key value of a {% cache %} block, as it is written into the block's key: each kind of value
// tagged, so that 5 and "5" differ; a text with its length, so that no text can be read as two.
// Texts and whole numbers are nearly every key (a page's URL, the language, a heading level) and
// are written directly: a JSON dump of each made a cache hit twice as costly (the dumper zeroes a
// 512-byte buffer and asks the C locale for its decimal point every time).
void append_cache_key(std::string& out, const Value& v) {
    char digits[24];
    if (v.is_string()) {
        const std::string& text = v.get_ref<const std::string&>();
        auto [end, ec] = std::to_chars(digits, digits + sizeof digits, text.size());
        out += 's';
        out.append(digits, end);
        out += ':';
        out += text;
    } else if (v.is_number_integer()) {
        auto [end, ec] = v.is_number_unsigned() ? std::to_chars(digits, digits + sizeof digits, v.get<std::uint64_t>())
                                                : std::to_chars(digits, digits + sizeof digits, v.get<std::int64_t>());
        out += 'i';
        out.append(digits, end);
    } else {
        out += 'j';
        out += v.dump();
    }
}

std::string_view op_text(Op op) {
    switch (op) {
        case Op::add: return "+";
        case Op::sub: return "-";
        case Op::mul: return "*";
        case Op::div: return "/";
        case Op::floordiv: return "//";
        case Op::mod: return "%";
        case Op::pow: return "**";
        case Op::concat: return "~";
        case Op::eq: return "==";
        case Op::ne: return "!=";
        case Op::lt: return "<";
        case Op::le: return "<=";
        case Op::gt: return ">";
        case Op::ge: return ">=";
        case Op::in: return "in";
        case Op::not_in: return "not in";
        case Op::neg: return "-";
        case Op::pos: return "+";
        default: return "?";
    }
}

// Integer arithmetic that stays exact, and falls back to floats only on overflow (as Python's
// big integers would not, but a page count never gets there).
std::optional<Value> integer_arith(Op op, std::int64_t a, std::int64_t b) {
    std::int64_t r = 0;
    switch (op) {
        case Op::add:
            if (__builtin_add_overflow(a, b, &r)) return std::nullopt;
            return r;
        case Op::sub:
            if (__builtin_sub_overflow(a, b, &r)) return std::nullopt;
            return r;
        case Op::mul:
            if (__builtin_mul_overflow(a, b, &r)) return std::nullopt;
            return r;
        case Op::floordiv: {
            if (a == INT64_MIN && b == -1) return std::nullopt;
            std::int64_t q = a / b;
            if ((a % b != 0) && ((a < 0) != (b < 0))) --q;  // floor, like Python
            return q;
        }
        case Op::mod: {
            if (b == -1) return std::int64_t{0};
            std::int64_t m = a % b;
            if (m != 0 && ((m < 0) != (b < 0))) m += b;  // the sign of the divisor, like Python
            return m;
        }
        case Op::pow: {
            if (b < 0) return std::nullopt;
            std::int64_t result = 1;
            for (std::int64_t i = 0; i < b; ++i)
                if (__builtin_mul_overflow(result, a, &result)) return std::nullopt;
            return result;
        }
        default: return std::nullopt;
    }
}

Value arithmetic(Op op, const Value& x, const Value& y) {
    if (op == Op::add && x.is_string() && y.is_string())
        return x.get_ref<const std::string&>() + y.get_ref<const std::string&>();
    if (op == Op::add && x.is_array() && y.is_array()) {
        Value r = x;
        for (const Value& item : y) r.push_back(item);
        return r;
    }
    if (op == Op::mul && (x.is_string() || y.is_string())) {
        const Value& text = x.is_string() ? x : y;
        const Value& count = x.is_string() ? y : x;
        if (auto n = as_integer(count)) {
            if (*n > 10000) fail(Message("template.repeat_too_many"));
            std::string r;
            for (std::int64_t i = 0; i < *n; ++i) r += text.get_ref<const std::string&>();
            return r;
        }
    }
    if (!x.is_number() || !y.is_number()) {
        Message hint(op == Op::add && (x.is_string() || y.is_string()) ? "template.join_text_hint" : "template.arithmetic_hint");
        fail(with_value(with_value(Message("template.operator_operands", {{"op", op_text(op)}}), "left", x), "right", y), hint);
    }
    auto ix = as_integer(x), iy = as_integer(y);
    bool divides = op == Op::div || op == Op::floordiv || op == Op::mod;
    if (divides && y.get<double>() == 0.0) fail(Message("template.division_by_zero"), Message("template.division_by_zero_hint"));
    if (ix && iy && op != Op::div)
        if (auto r = integer_arith(op, *ix, *iy)) return *r;
    double a = x.get<double>(), b = y.get<double>();
    switch (op) {
        case Op::add: return a + b;
        case Op::sub: return a - b;
        case Op::mul: return a * b;
        case Op::div: return a / b;
        case Op::floordiv: return std::floor(a / b);
        case Op::mod: {
            double m = std::fmod(a, b);
            if (m != 0 && ((m < 0) != (b < 0))) m += b;
            return m;
        }
        case Op::pow: return std::pow(a, b);
        default: return nullptr;
    }
}

}  // namespace

// "page.title", "items[0]": how an expression reads in the template, for messages.
std::string describe_expr(const Expr& e) {
    switch (e.kind) {
        case ExprKind::name: return e.name;
        case ExprKind::attribute: return describe_expr(*e.lhs) + "." + e.name;
        case ExprKind::subscript:
            return describe_expr(*e.lhs) + "[" +
                   (e.rhs->kind == ExprKind::literal ? compact_json(e.rhs->literal) : std::string("…")) + "]";
        case ExprKind::call: return describe_expr(*e.lhs) + "(…)";
        case ExprKind::literal: return compact_json(e.literal);
        default: return "this value";
    }
}

Renderer::Renderer(const EngineData& engine, const Value& context, const Locale& locale, const Value* globals,
                   FragmentCache* fragments, GlobalsTrace* trace, const SharedLists* lists)
    : engine_(engine),
      context_(context),
      globals_(globals),
      lists_(lists && !lists->empty() ? lists : nullptr),
      locale_(locale),
      fragments_(fragments),
      trace_(globals ? trace : nullptr),
      trace_shapes_(trace_ ? &TraceShapes::of_this_thread() : nullptr) {
    if (lists_)
        for (const SharedList& list : *lists_) {
            if (list.element == SharedList::kNoElement) continue;
            const Value* owner = find_member(context_, list.object);
            if (owner && owner->is_array() && list.element < owner->size()) element_lists_.emplace_back(&(*owner)[list.element], &list);
        }
}

Val Renderer::element_list(const Value& object, std::string_view name) {
    for (const auto& [owner, list] : element_lists_)
        if (owner == &object && list->name == name) return Val::view(list->items).traced(list_items_node());
    return {};
}

Val Renderer::traced_member(const TraceNode* parent, std::string_view name, const Value* value) {
    const TraceShape& parent_shape = parent ? *parent->shape : trace_shapes_->root();
    if (!value) {
        // What a missing member is: missing.
        trace_->add(trace_path(parent_shape.path, name), GlobalsRead::Kind::whole);
        return {};
    }
    // One node per member reached: a card reads the same few members of `site` on every card.
    const TraceShape& shape = trace_shapes_->member(parent_shape, name);
    if (node_of_shape_.size() <= shape.id) node_of_shape_.resize(trace_shapes_->size(), nullptr);
    TraceNode*& node = node_of_shape_[shape.id];
    if (!node) node = &trace_nodes_.emplace_back(TraceNode{&shape, trace_});
    trace_->add(*node, GlobalsRead::Kind::exists);
    return Val::ref(*value).traced(node);
}

const TraceNode* Renderer::list_items_node() {
    if (!trace_) return nullptr;
    if (items_node_) return items_node_;
    const TraceShape& shape = trace_shapes_->member(trace_shapes_->root(), kListItems);
    if (node_of_shape_.size() <= shape.id) node_of_shape_.resize(trace_shapes_->size(), nullptr);
    TraceNode*& node = node_of_shape_[shape.id];
    if (!node) node = &trace_nodes_.emplace_back(TraceNode{&shape, trace_});
    items_node_ = node;
    return node;
}

const TraceNode* Renderer::template_node(std::string_view name) {
    const TraceShape& shape = trace_shapes_->member(trace_shapes_->root(), std::string(kTemplateReads) + std::string(name));
    if (node_of_shape_.size() <= shape.id) node_of_shape_.resize(trace_shapes_->size(), nullptr);
    TraceNode*& node = node_of_shape_[shape.id];
    if (!node) node = &trace_nodes_.emplace_back(TraceNode{&shape, trace_});
    return node;
}

void Renderer::note_template(const Template& t) {
    if (!trace_) return;
    // Most notes are of the template noted last (a module's macros called one after another).
    if (&t != last_noted_.first) {
        const TraceNode*& node = template_nodes_[&t];
        if (!node) node = template_node(t.name);
        last_noted_ = {&t, node};
    }
    trace_->add(*last_noted_.second, GlobalsRead::Kind::whole);
}

void Renderer::note_missing_template(std::string_view name) {
    if (trace_) trace_->add(*template_node(name), GlobalsRead::Kind::whole);
}

void Renderer::render(const Template& t, std::string& out) {
    out_ = &out;
    scopes_.assign(1, 0);
    render_template(t);
}

// A template that extends another: its own top-level {% set %} and imports run first (so its
// blocks see them), then the root of the chain renders, taking each block from the most derived
// template that defines it.
void Renderer::render_template(const Template& t) {
    Restore<const Template*> restore_current(current_);
    Restore<const std::vector<const Template*>*> restore_chain(chain_);
    current_ = &t;
    note_template(t);
    TemplateClock::Render::Part timed(clock_, t, nullptr);
    if (!t.extends) {
        chain_ = nullptr;
        run_body(t.body);
        return;
    }
    std::vector<const Template*> chain{&t};
    for (const Template* child = &t; child->extends;) {
        current_ = child;
        const Template* parent = nullptr;
        try {
            Val name = eval(*child->extends->name);
            parent = &template_named(name, "extended");
        } catch (RenderError& e) {
            if (!e.where) {
                e.where = child;
                e.pos = child->extends_pos;
            }
            throw;
        }
        if (std::find(chain.begin(), chain.end(), parent) != chain.end()) {
            std::string path;
            for (const Template* c : chain) path += c->name + " → ";
            RenderError e(Message("template.extends_circle", {{"path", path + parent->name}}), Message("template.extends_circle_hint"));
            e.where = child;
            e.pos = child->extends_pos;
            throw e;
        }
        chain.push_back(parent);
        child = parent;
    }
    for (std::size_t i = 0; i + 1 < chain.size(); ++i) {
        current_ = chain[i];
        for (const Stmt& s : chain[i]->body) {
            bool runs = std::holds_alternative<SetStmt>(s.node) || std::holds_alternative<SetBlockStmt>(s.node) ||
                        std::holds_alternative<ImportStmt>(s.node) || std::holds_alternative<FromImportStmt>(s.node);
            if (runs) exec(s);
        }
    }
    current_ = chain.back();
    chain_ = &chain;
    TemplateClock::Render::Part timed_root(clock_, *chain.back(), nullptr);
    run_body(chain.back()->body);
}

void Renderer::run_body(const Body& body) {
    for (const Stmt& s : body) exec(s);
}

void Renderer::exec(const Stmt& s) {
    try {
        std::visit([&](const auto& node) { exec_node(s, node); }, s.node);
    } catch (RenderError& e) {
        if (!e.where) {
            e.where = current_;
            e.pos = s.pos;
        }
        throw;
    }
}

void Renderer::exec_node(const Stmt&, const TextStmt& n) { *out_ += n.text; }

void Renderer::exec_node(const Stmt&, const OutputStmt& n) {
    // A macro called only to show its text writes it in place: the commonest output of a theme
    // (a card, a link, an icon per item) is then not copied once per level of macros.
    macro_in_place_ = n.expr->kind == ExprKind::call;
    Val v = eval(*n.expr);
    write(v);
}

void Renderer::write(Val& v) {
    switch (v.kind()) {
        case Val::Kind::undefined: return;
        case Val::Kind::macro:
            fail(with_value(Message("template.cannot_show"), "value", v), Message("template.call_macro_hint", {{"name", v.as_macro()->name}}));
        case Val::Kind::module:
        case Val::Kind::loop:
            fail(with_value(Message("template.cannot_show"), "value", v), Message("template.show_part_hint"));
        default: break;
    }
    const Value& j = v.json();
    if (j.is_string()) {
        const auto& s = j.get_ref<const std::string&>();
        if (v.safe()) *out_ += s;
        else append_escaped(*out_, s);
    } else if (j.is_array() || j.is_object()) {
        std::string s = compact_json(j);
        if (v.safe()) *out_ += s;
        else append_escaped(*out_, s);
    } else {
        append_plain(*out_, j);  // numbers, booleans and none need no escaping
    }
}

void Renderer::exec_node(const Stmt&, const IfStmt& n) {
    for (const IfBranch& b : n.branches) {
        if (truthy(eval(*b.condition))) {
            run_body(b.body);
            return;
        }
    }
    run_body(n.otherwise);
}

void Renderer::exec_node(const Stmt&, const ForStmt& n) {
    Val seq = eval(*n.iterable);
    std::vector<const Value*> items;
    std::vector<const Value*> values;  // for "for key, value in dict"
    const TraceNode* item_trace = nullptr;
    bool dict_pairs = n.targets.size() == 2 && seq.plain() && seq.plain()->is_object();
    if (dict_pairs) {
        seq = std::move(seq).stable(store_);
        const Value& dict = *seq.plain();
        for (auto it = dict.begin(); it != dict.end(); ++it) {
            items.push_back(&store_.keep(it.key()));
            values.push_back(&it.value());
        }
    } else if (seq.kind() == Val::Kind::owned && seq.plain()->is_array()) {
        // A list made for this loop (range(…), a literal): `seq` outlives the loop and nothing
        // the body leaves behind points into it (namespace attributes copy), so it is not kept.
        items.reserve(seq.plain()->size());
        for (const Value& item : *seq.plain()) items.push_back(&item);
    } else if (seq.kind() == Val::Kind::view && n.targets.size() == 1) {
        // A shared list's items are bound followed, each read of an item recorded as it is made.
        items = seq.items_untraced();
        item_trace = seq.trace();
    } else if (!collect_items(seq, store_, items)) {
        fail(with_value(Message("template.cannot_loop"), "value", seq), Message("template.cannot_loop_hint"));
    }

    push_scope();
    std::size_t base = vars_.size();
    for (const std::string& target : n.targets) vars_.push_back({target, Val()});
    LoopState state;
    vars_.push_back({"loop", Val::loop(state)});
    std::size_t body_start = vars_.size();
    auto assign = [&](std::size_t i) {
        if (dict_pairs) {
            vars_[base].value = Val::ref(*items[i]);
            vars_[base + 1].value = Val::ref(*values[i]);
        } else if (n.targets.size() == 1) {
            vars_[base].value = Val::ref(*items[i]).traced(item_trace);
        } else {
            const Value& item = *items[i];
            if (!item.is_array())
                fail(with_value(Message("template.cannot_unpack", {{"count", n.targets.size()}}), "value", item),
                     Message("template.cannot_unpack_hint"));
            for (std::size_t k = 0; k < n.targets.size(); ++k)
                vars_[base + k].value = k < item.size() ? Val::ref(item[k]) : Val();
        }
    };
    if (n.condition) {
        std::vector<const Value*> kept, kept_values;
        for (std::size_t i = 0; i < items.size(); ++i) {
            vars_.resize(body_start);
            assign(i);
            if (truthy(eval(*n.condition))) {
                kept.push_back(items[i]);
                if (dict_pairs) kept_values.push_back(values[i]);
            }
        }
        items = std::move(kept);
        values = std::move(kept_values);
    }
    state.items = &items;
    state.item_trace = item_trace;
    state.length = items.size();
    for (std::size_t i = 0; i < items.size(); ++i) {
        vars_.resize(body_start);
        state.index0 = i;
        assign(i);
        run_body(n.body);
    }
    pop_scope();
    if (items.empty()) run_body(n.otherwise);
}

void Renderer::exec_node(const Stmt&, const SetStmt& n) {
    Val v = eval(*n.value);
    if (n.attribute.empty()) {
        bind(n.name, std::move(v));
        return;
    }
    // {% set ns.count = … %}: the namespace is copied with the new attribute and the variable
    // re-pointed, so values already borrowed from the old one stay as they were.
    Binding* b = find_binding(n.name);
    const Value* obj = b ? b->value.plain() : nullptr;
    if (!obj || !obj->is_object())
        fail(b ? with_value(Message("template.not_a_namespace", {{"name", n.name}}), "value", b->value)
               : Message("template.not_a_namespace", {{"name", n.name}, {"value_kind", "unset"}, {"value", ""}}),
             Message("template.not_a_namespace_hint", {{"name", n.name}, {"attribute", n.attribute}}));
    Value copy = *obj;
    copy[n.attribute] = std::move(v).take();
    b->value = Val::ref(store_.keep(std::move(copy)));
}

void Renderer::exec_node(const Stmt&, const SetBlockStmt& n) {
    // The captured text is template output, already escaped where needed: it stays safe.
    bind(n.name, Val::owned(capture(n.body), true));
}

void Renderer::exec_node(const Stmt&, const IncludeStmt& n) {
    Val name = eval(*n.name);
    const Template* t = nullptr;
    bool is_list = name.kind() == Val::Kind::view || (name.plain() && name.plain()->is_array());
    if (is_list) {
        // A list of names: the first that exists, as in Jinja.
        std::vector<const Value*> names;
        collect_items(name, store_, names);
        for (const Value* candidate : names) {
            if (!candidate->is_string()) continue;
            if ((t = engine_.find_template(candidate->get_ref<const std::string&>()))) break;
            note_missing_template(candidate->get_ref<const std::string&>());  // the page would change if it came
        }
        if (!t && !n.ignore_missing)
            fail(Message("template.none_of_templates_exists", {{"names", compact_json(name.json())}}),
                 Message("template.template_names_hint"));
    } else if (name.plain() && name.plain()->is_string()) {
        t = engine_.find_template(name.plain()->get_ref<const std::string&>());
        if (!t) note_missing_template(name.plain()->get_ref<const std::string&>());
    }
    if (!t) {
        if (n.ignore_missing) return;
        t = &template_named(name, "included");  // fails with a message saying why
    }
    DepthGuard depth(depth_, max_depth);
    Restore<std::size_t> restore_visible(visible_from_);
    push_scope();
    if (!n.with_context) visible_from_ = vars_.size();
    render_template(*t);
    pop_scope();
}

void Renderer::exec_node(const Stmt&, const ExtendsStmt&) {
    // Handled by render_template before the body runs.
}

void Renderer::exec_node(const Stmt&, const BlockStmt& n) {
    std::vector<BlockVersion> versions;
    if (chain_) {
        for (const Template* t : *chain_) {
            auto it = t->blocks.find(n.name);
            if (it != t->blocks.end()) versions.emplace_back(t, it->second);
        }
    }
    if (versions.empty()) versions.emplace_back(current_, &n);
    render_block(versions, 0);
}

void Renderer::render_block(const std::vector<BlockVersion>& versions, std::size_t level) {
    Restore<const Template*> restore_current(current_);
    current_ = versions[level].first;
    note_template(*current_);  // in a {% cache %} body too: super() shows a parent's block
    TemplateClock::Render::Part timed(clock_, *current_, nullptr, /*run=*/false);
    active_blocks_.push_back({&versions, level});
    push_scope();
    run_body(versions[level].second->body);
    pop_scope();
    active_blocks_.pop_back();
}

void Renderer::exec_node(const Stmt&, const ImportStmt& n) {
    Val name = eval(*n.name);
    bind(n.alias, Val::module(template_named(name, "imported")));
}

void Renderer::exec_node(const Stmt&, const FromImportStmt& n) {
    Val name = eval(*n.name);
    const Template& t = template_named(name, "imported");
    for (const ImportedName& imported : n.names) bind(imported.alias, Val::macro(macro_of(t, imported.macro, {}), t));
}

void Renderer::exec_node(const Stmt&, const FilterBlockStmt& n) {
    Val body = Val::owned(capture(n.body), true);
    Restore<const Val*> restore(captured_);
    captured_ = &body;
    Val result = eval(*n.filters);
    // The body was template output (escaped where needed), so what the filters make of it is
    // shown as is.
    result.mark_safe();
    write(result);
}

void Renderer::exec_node(const Stmt&, const WithStmt& n) {
    push_scope();
    for (const WithVar& v : n.vars) bind(v.name, eval(*v.value));
    run_body(n.body);
    pop_scope();
}

// The key is the block (its place in the parsed theme, which outlives the cache) and the values
// of its keys as JSON, so "5" and 5 differ. The body runs in a scope of its own, so that what it
// sets is gone afterwards whether it ran or was reused.
// A fragment this build's cache lacks may be one an earlier build kept (EarlierFragments): its
// key there is the block's place in its template instead of its address.
void Renderer::exec_node(const Stmt&, const CacheStmt& n) {
    std::string key;
    std::string values;
    EarlierFragments* earlier = fragments_ && trace_ && globals_ && !engine_.host_calls ? fragments_->earlier() : nullptr;
    if (fragments_) {
        for (const ExprPtr& e : n.keys) {
            Val v = eval(*e);
            if (v.is_special())
                fail(with_value(Message("template.cache_key_not_value"), "value", v), Message("template.cache_syntax_hint"));
            values += '\x1f';
            if (v.is_undefined()) values += "undefined";
            else append_cache_key(values, v.json());
        }
        key.reserve(20 + values.size());
        char address[24];
        auto [end, ec] = std::to_chars(address, address + sizeof address, reinterpret_cast<std::uintptr_t>(&n));
        key.append(address, end);
        key += values;
        if (auto hit = fragments_->append_to(key, *out_, trace_)) {
            // Inside an outer body, whose reads now hold this fragment's: the outer one is kept
            // too when this one's reads were all followed, with the one list item it showed.
            if (!hit->recorded) note_unrecorded();
            else if (hit->item) note_item_read(hit->item);
            return;
        }
        if (earlier) {
            if (auto taken = earlier->take(n.id + values, *globals_, locale_)) {
                *out_ += taken->text;
                // Whole when it showed one list item, or read none.
                const bool whole = taken->item || std::none_of(taken->reads->begin(), taken->reads->end(),
                                                               [](const GlobalsRead& r) { return is_list_item_read(r.path); });
                FragmentCache::Kept kept =
                    fragments_->keep_taken(std::move(key), taken->text, std::span<const GlobalsRead>(*taken->reads), whole, taken->item);
                if (kept.reads) trace_->append(*kept.reads);
                if (!whole) note_unrecorded();
                else if (taken->item) note_item_read(taken->item);
                return;
            }
        }
    }
    const std::size_t reads_before = trace_ ? trace_->open_window() : 0;
    if (earlier) {
        cache_windows_.push_back({&n, vars_.size()});
        // The body's own template, used before the body began: the fragment depends on it too.
        note_template(*current_);
    }
    // Rendered in place, then copied out at its size: a fragment captured on its own grew by
    // doubling, was copied into the page and copied again to be kept at its size (a card file's
    // 10 000 cards, on a rebuild that renders them all).
    const std::size_t at = out_->size();
    push_scope();
    try {
        run_body(n.body);
    } catch (...) {
        if (earlier) cache_windows_.pop_back();
        throw;
    }
    pop_scope();
    CacheWindow window{&n, 0};
    if (earlier) {
        window = cache_windows_.back();
        cache_windows_.pop_back();
    }
    std::string fragment = fragments_ ? out_->substr(at) : std::string();
    // What the body read of the globals goes with it, for the pages that will show it unrendered.
    std::vector<GlobalsRead> merged;
    std::optional<std::span<const GlobalsRead>> reads;
    if (trace_) reads = trace_->close_window(reads_before, merged);
    if (!fragments_) return;
    // Everything read recorded: the list items' reads are of the one item noted, never of an
    // item as a whole (`p | tojson`: which item is not known then).
    bool recorded = earlier && window.recorded && reads;
    if (recorded) {
        bool item_reads = false;
        for (const GlobalsRead& r : *reads) {
            if (!is_list_item_read(r.path)) continue;
            item_reads = true;
            if (read_in_item(r).path.empty()) recorded = false;
        }
        if (item_reads && !window.item) recorded = false;
        if (!item_reads) window.item = nullptr;
    }
    if (!recorded && !cache_windows_.empty()) note_unrecorded();
    // The page's trace takes the reads as the cache keeps them, one block for them all.
    FragmentCache::Kept kept = fragments_->keep(std::move(key), std::move(fragment), reads, recorded, recorded ? window.item : nullptr);
    if (kept.reads && trace_) trace_->fold_closed_window(*kept.reads);
    if (recorded && kept.reads) earlier->made(n.id + values, kept.text, *kept.reads, window.item, *globals_, locale_);
}

std::string Renderer::capture(const Body& body) {
    std::string buf;
    Restore<std::string*> restore(out_);
    out_ = &buf;
    run_body(body);
    return buf;
}

// ---- scopes -------------------------------------------------------------------------------

void Renderer::push_scope() { scopes_.push_back(vars_.size()); }

void Renderer::pop_scope() {
    vars_.resize(scopes_.back());
    scopes_.pop_back();
}

void Renderer::bind(std::string_view name, Val v) {
    v = std::move(v).stable(store_);
    for (std::size_t i = std::max(scopes_.back(), visible_from_); i < vars_.size(); ++i) {
        if (vars_[i].name == name) {
            vars_[i].value = std::move(v);
            return;
        }
    }
    vars_.push_back({name, std::move(v)});
}

Renderer::Binding* Renderer::find_binding(std::string_view name, std::size_t* index) {
    // Newest first, through the deque's iterators (indexing a deque costs a division each time);
    // most names differ from the one sought in length or first letter, which are compared before
    // the bytes (a page looks names up some thousands of times, mostly through a dozen `set`s).
    if (vars_.size() <= visible_from_) return nullptr;
    if (name.empty()) {
        for (std::size_t i = vars_.size(); i-- > visible_from_;)
            if (vars_[i].name.empty()) {
                if (index) *index = i;
                return &vars_[i];
            }
        return nullptr;
    }
    const char first = name.front();
    const auto stop = vars_.begin() + static_cast<std::ptrdiff_t>(visible_from_);
    for (auto it = vars_.end(); it != stop;) {
        --it;
        const std::string_view candidate = it->name;
        if (candidate.size() == name.size() && !candidate.empty() && candidate.front() == first &&
            std::memcmp(candidate.data(), name.data(), name.size()) == 0) {
            if (index) *index = static_cast<std::size_t>(it - vars_.begin());
            return &*it;
        }
    }
    return nullptr;
}

void Renderer::note_variable_read(std::string_view name, std::size_t index, const Val& value) {
    // Recorded by what the value carries: the globals and the shared lists' items are followed
    // (the item itself: its member reads name it; a value reached inside an item would not say
    // which item), macros and modules are templates, which are followed too. A shared list
    // itself is not: which entries it has, and how many, are the page's own.
    const Val::Kind kind = value.kind();
    if (kind == Val::Kind::macro || kind == Val::Kind::module) return;
    if (const TraceNode* node = value.trace();
        node && kind != Val::Kind::view && (node == items_node_ || !is_list_item_read(node->path())))
        return;
    for (CacheWindow& w : cache_windows_) {
        if ((index == SIZE_MAX || index < w.outside) && std::find(w.block->key_names.begin(), w.block->key_names.end(), name) == w.block->key_names.end())
            w.recorded = false;
    }
}

void Renderer::note_item_read(const Value* item) {
    for (CacheWindow& w : cache_windows_) {
        if (!w.item) w.item = item;
        else if (w.item != item) w.recorded = false;  // two items' members: which is which is not recorded
    }
}

// Variables of the running scopes, then the running template's macros and top-level imports,
// then the render context.
Val Renderer::lookup(std::string_view name) {
    if (!cache_windows_.empty()) {
        Val v = lookup_unnoted(name);
        note_variable_read(name, looked_up_at_, v);
        return v;
    }
    return lookup_unnoted(name);
}

Val Renderer::lookup_unnoted(std::string_view name) {
    looked_up_at_ = SIZE_MAX;
    if (Binding* b = find_binding(name, &looked_up_at_)) return b->value;
    looked_up_at_ = 0;  // the template's own macros and imports: nothing outside the body
    if (auto it = current_->macros.find(name); it != current_->macros.end()) return Val::macro(*it->second, *current_);
    for (const StaticImport& imp : current_->imports) {
        if (imp.alias != name) continue;
        const Template* t = engine_.find_template(imp.template_name);
        if (!t) fail(Message("template.imported_template_missing", {{"name", imp.template_name}, {"alias", name}}));
        note_template(*t);
        if (imp.macro.empty()) return Val::module(*t);
        return Val::macro(macro_of(*t, imp.macro, {}), *t);
    }
    looked_up_at_ = SIZE_MAX;  // the context and the globals
    if (lists_)
        for (const SharedList& list : *lists_)
            if (list.object.empty() && list.name == name && list.element == SharedList::kNoElement)
                return Val::view(list.items).traced(list_items_node());
    if (const Value* v = find_member(context_, name)) {
        Val object = Val::ref(*v);
        if (lists_)
            for (const SharedList& list : *lists_)
                if (list.object == name && list.element == SharedList::kNoElement)
                    return object.with_lists(*lists_, list.object, list_items_node());
        return object;
    }
    if (!globals_) return {};
    const Value* v = find_member(*globals_, name);
    if (trace_) return traced_member(nullptr, name, v);  // missing too: the page depends on its absence
    return v ? Val::ref(*v) : Val();
}

const Template& Renderer::template_named(Val& name, std::string_view what) {
    const Value* j = name.plain();
    if (!j || !j->is_string())
        fail(with_value(Message("template.template_name_not_text", {{"what", what}}), "value", name),
             Message("template.template_name_not_text_hint"));
    const std::string& s = j->get_ref<const std::string&>();
    if (const Template* t = engine_.find_template(s)) {
        note_template(*t);
        return *t;
    }
    if (engine_.broken.count(s))
        fail(Message("template.has_errors", {{"name", s}, {"what", what}}));
    Message hint = did_you_mean(s, engine_.template_names());
    if (hint.empty()) hint = Message("template.template_name_hint");
    fail(Message("template.missing_template", {{"what", what}, {"name", s}}), hint);
}

const Macro& Renderer::macro_of(const Template& t, std::string_view name, std::string_view imported_as) {
    auto it = t.macros.find(name);
    if (it != t.macros.end()) return *it->second;
    std::vector<std::string> names;
    for (const auto& [n, _] : t.macros) names.push_back(n);
    Message hint = did_you_mean(name, names);
    if (hint.empty()) hint = Message("template.define_macro_hint", {{"name", name}});
    if (imported_as.empty()) fail(Message("template.no_such_macro", {{"template", t.name}, {"name", name}}), hint);
    fail(Message("template.no_such_macro_imported_as", {{"template", t.name}, {"alias", imported_as}, {"name", name}}), hint);
}

// ---- expressions --------------------------------------------------------------------------

Val Renderer::eval(const Expr& e) {
    try {
        return eval_inner(e);
    } catch (RenderError& err) {
        if (!err.where) {
            err.where = current_;
            err.pos = e.pos;
        }
        throw;
    }
}

Val Renderer::eval_inner(const Expr& e) {
    switch (e.kind) {
        case ExprKind::literal: return Val::ref(e.literal);  // the AST outlives the render
        case ExprKind::name: return lookup(e.name);
        case ExprKind::attribute: return get_attribute(eval(*e.lhs), e.name);
        case ExprKind::subscript: return get_item(eval(*e.lhs), eval(*e.rhs));
        case ExprKind::slice: {
            Val obj = eval(*e.lhs);
            auto bound = [&](const ExprPtr& b) -> std::optional<std::int64_t> {
                if (!b) return std::nullopt;
                Val v = eval(*b);
                if (v.plain() && v.plain()->is_null()) return std::nullopt;
                if (auto i = v.plain() ? as_integer(*v.plain()) : std::nullopt) return i;
                fail(with_value(Message("template.slice_needs_integers"), "value", v));
            };
            auto from = bound(e.rhs), to = bound(e.third);
            return slice_value(obj, from, to, store_);
        }
        case ExprKind::list: {
            Value list = Value::array();
            for (const auto& item : e.items) list.push_back(std::move(eval(*item)).take());
            return Val::owned(std::move(list));
        }
        case ExprKind::dict: {
            Value dict = Value::object();
            for (std::size_t i = 0; i + 1 < e.items.size(); i += 2) {
                Val key = eval(*e.items[i]);
                dict[plain_string(key)] = std::move(eval(*e.items[i + 1])).take();
            }
            return Val::owned(std::move(dict));
        }
        case ExprKind::unary: {
            Val v = eval(*e.lhs);
            if (e.op == Op::not_) return Val::owned(!truthy(v));
            const Value* j = v.plain();
            if (!j || !j->is_number())
                fail(with_value(Message("template.operator_operand", {{"op", op_text(e.op)}}), "value", v),
                     v.is_undefined() ? Message("template.undefined_default_hint") : Message());
            if (e.op == Op::pos) return v;
            if (auto i = as_integer(*j); i && *i != INT64_MIN) return Val::owned(-*i);
            return Val::owned(-j->get<double>());
        }
        case ExprKind::binary: return eval_binary(e);
        case ExprKind::compare: return eval_compare(e);
        case ExprKind::conditional:
            if (truthy(eval(*e.rhs))) return eval(*e.lhs);
            return e.third ? eval(*e.third) : Val();
        case ExprKind::filter: return eval_filter(e);
        case ExprKind::test: return eval_test(e);
        case ExprKind::call: return eval_call(e);
        case ExprKind::captured: return captured_ ? *captured_ : Val();
    }
    return {};
}

Val Renderer::eval_binary(const Expr& e) {
    if (e.op == Op::and_) {
        Val a = eval(*e.lhs);
        return truthy(a) ? eval(*e.rhs) : a;
    }
    if (e.op == Op::or_) {
        Val a = eval(*e.lhs);
        return truthy(a) ? a : eval(*e.rhs);
    }
    Val a = eval(*e.lhs);
    Val b = eval(*e.rhs);
    if (e.op == Op::concat) {
        // If either side is safe markup, the other is escaped and the result stays safe.
        bool safe = a.safe() || b.safe();
        std::string s;
        for (Val* v : {&a, &b}) {
            std::string part = plain_string(*v);
            if (safe && !v->safe()) append_escaped(s, part);
            else s += part;
        }
        return Val::owned(std::move(s), safe);
    }
    if (a.is_undefined() || b.is_undefined() || a.is_special() || b.is_special()) {
        Val& bad = a.is_undefined() || a.is_special() ? a : b;
        const Expr& side = &bad == &a ? *e.lhs : *e.rhs;
        fail(with_value(Message("template.operator_on_expression", {{"op", op_text(e.op)}, {"expression", describe_expr(side)}}),
                        "value", bad),
             bad.is_undefined() ? Message("template.undefined_expression_hint", {{"expression", describe_expr(side)}}) : Message());
    }
    return Val::owned(arithmetic(e.op, a.json(), b.json()));
}

Val Renderer::eval_compare(const Expr& e) {
    Val left = eval(*e.items[0]);
    for (std::size_t i = 0; i < e.compare_ops.size(); ++i) {
        Val right = eval(*e.items[i + 1]);
        Op op = e.compare_ops[i];
        bool ok = false;
        switch (op) {
            case Op::eq: ok = equal(left, right); break;
            case Op::ne: ok = !equal(left, right); break;
            case Op::in: ok = contains_value(right, left); break;
            case Op::not_in: ok = !contains_value(right, left); break;
            default: {
                std::optional<int> c;
                if (!left.is_undefined() && !right.is_undefined() && !left.is_special() && !right.is_special())
                    c = compare(left.json(), right.json());
                if (!c) {
                    bool undefined = left.is_undefined() || right.is_undefined();
                    fail(with_value(with_value(Message("template.cannot_compare", {{"op", op_text(op)}}), "left", left), "right", right),
                         Message(undefined ? "template.compare_undefined_hint" : "template.compare_kinds_hint"));
                }
                switch (op) {
                    case Op::lt: ok = *c < 0; break;
                    case Op::le: ok = *c <= 0; break;
                    case Op::gt: ok = *c > 0; break;
                    default: ok = *c >= 0; break;
                }
            }
        }
        if (!ok) return Val::owned(false);
        left = std::move(right);
    }
    return Val::owned(true);
}

Renderer::Arguments Renderer::eval_args(const CallArgs& args) {
    Arguments out;
    out.positional.reserve(args.positional.size());
    for (const auto& a : args.positional) out.positional.push_back(eval(*a));
    for (const auto& a : args.named) out.named.emplace_back(a.name, eval(*a.value));
    return out;
}

Val Renderer::eval_filter(const Expr& e) {
    Val input = eval(*e.lhs);
    const FilterEntry& entry = engine_.filters[e.index];
    Arguments args = eval_args(e.args);
    FilterCall call{e.name, entry.usage, std::move(args.positional), std::move(args.named), locale_, store_, engine_};
    return apply_filter(entry, input, call);
}

Val Renderer::eval_test(const Expr& e) {
    Val v = eval(*e.lhs);
    std::vector<Val> args;
    for (const auto& a : e.args.positional) args.push_back(eval(*a));
    bool result = test_at(e.index).fn(v, args);
    return Val::owned(result != e.negated);
}

Val Renderer::get_attribute(Val obj, std::string_view name) {
    switch (obj.kind()) {
        case Val::Kind::undefined:
        case Val::Kind::macro: return {};
        case Val::Kind::loop: return loop_attribute(*obj.as_loop(), name);
        case Val::Kind::module: return Val::macro(macro_of(*obj.as_module(), name, {}), *obj.as_module());
        case Val::Kind::view: {
            std::size_t i = 0;
            auto [p, ec] = std::from_chars(name.data(), name.data() + name.size(), i);
            if (ec == std::errc() && p == name.data() + name.size() && i < obj.item_count())
                return Val::ref(*obj.items_untraced()[i]).traced(obj.trace());
            return {};
        }
        default: break;
    }
    if (obj.has_lists()) return obj.member_with_lists(name);
    obj = std::move(obj).stable(store_);
    if (const TraceNode* node = obj.trace(); node && obj.plain_untraced()->is_object()) {
        if (node == items_node_ && !cache_windows_.empty()) note_item_read(obj.plain_untraced());
        return traced_member(node, name, find_member(*obj.plain_untraced(), name));
    }
    const Value& j = *obj.plain();
    const Value* v = j.is_object() ? find_member(j, name) : j.is_array() ? resolve_path(j, name) : nullptr;
    if (!v && !element_lists_.empty()) return element_list(j, name);
    return v ? Val::ref(*v) : Val();
}

Val Renderer::get_item(Val obj, Val key) {
    const Value* k = key.plain();
    if (!k) return {};
    if (k->is_string() && obj.kind() != Val::Kind::view) {
        const std::string& name = k->get_ref<const std::string&>();
        if (obj.kind() == Val::Kind::loop) return loop_attribute(*obj.as_loop(), name);
        if (obj.kind() == Val::Kind::module) return get_attribute(std::move(obj), name);
        if (obj.has_lists()) return obj.member_with_lists(name);
        if (const TraceNode* node = obj.trace(); node && obj.plain_untraced()->is_object()) {
            if (node == items_node_ && !cache_windows_.empty()) note_item_read(obj.plain_untraced());
            return traced_member(node, name, find_member(*obj.plain_untraced(), name));
        }
        if (!obj.plain() || !obj.plain()->is_object()) return {};
        obj = std::move(obj).stable(store_);
        const Value* v = find_member(*obj.plain(), name);
        if (!v && !element_lists_.empty()) return element_list(*obj.plain(), name);
        return v ? Val::ref(*v) : Val();
    }
    auto index = as_integer(*k);
    if (!index) return {};
    if (obj.kind() == Val::Kind::view) {
        std::int64_t n = static_cast<std::int64_t>(obj.item_count());
        std::int64_t i = *index < 0 ? *index + n : *index;
        return i >= 0 && i < n ? Val::ref(*obj.items_untraced()[static_cast<std::size_t>(i)]).traced(obj.trace()) : Val();
    }
    const Value* j = obj.plain();
    if (!j) return {};
    if (j->is_object()) return get_item(std::move(obj), Val::owned(std::to_string(*index)));  // YAML keys like 2026
    if (j->is_array()) {
        std::int64_t n = static_cast<std::int64_t>(j->size());
        std::int64_t i = *index < 0 ? *index + n : *index;
        if (i < 0 || i >= n) return {};
        obj = std::move(obj).stable(store_);
        return Val::ref((*obj.plain())[static_cast<std::size_t>(i)]);
    }
    if (j->is_string()) {
        std::int64_t next = *index + 1;
        Val piece = slice_value(obj, *index, next == 0 ? std::nullopt : std::optional<std::int64_t>(next), store_);
        return piece.plain() && piece.plain()->get_ref<const std::string&>().empty() ? Val() : piece;
    }
    return {};
}

Val Renderer::loop_attribute(const LoopState& loop, std::string_view name) {
    auto n = static_cast<std::int64_t>(loop.length);
    auto i = static_cast<std::int64_t>(loop.index0);
    if (name == "index") return Val::owned(i + 1);
    if (name == "index0") return Val::owned(i);
    if (name == "revindex") return Val::owned(n - i);
    if (name == "revindex0") return Val::owned(n - i - 1);
    if (name == "first") return Val::owned(i == 0);
    if (name == "last") return Val::owned(i + 1 == n);
    if (name == "length") return Val::owned(n);
    if (name == "previtem") return i > 0 ? Val::ref(*(*loop.items)[loop.index0 - 1]).traced(loop.item_trace) : Val();
    if (name == "nextitem") return i + 1 < n ? Val::ref(*(*loop.items)[loop.index0 + 1]).traced(loop.item_trace) : Val();
    return {};
}

}  // namespace urker::tmpl
