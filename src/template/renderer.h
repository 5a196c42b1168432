// Walks a template's AST and appends its output to one string. A Renderer lives for one
// Engine::render call on one thread; everything it changes (variables, the output, the store of
// values made while rendering) is its own, and the engine and the templates are only read.
#pragma once

#include <cstddef>
#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "template/ast.h"
#include "template/engine_data.h"
#include "template/fragment_cache.h"
#include "template/globals_trace.h"
#include "template/template_clock.h"
#include "template/value.h"

namespace urker::tmpl {

// The `loop` variable of the innermost {% for %}; its attributes are computed when read.
struct LoopState {
    std::size_t index0 = 0;
    std::size_t length = 0;
    const std::vector<const Value*>* items = nullptr;
    const TraceNode* item_trace = nullptr;  // the items are a shared list's, followed by this node
};

class Renderer {
public:
    // With `trace`, what the render reads of `globals` is recorded there (globals_trace.h).
    // With `lists`, the context's shared lists (template.h's SharedList).
    Renderer(const EngineData& engine, const Value& context, const Locale& locale, const Value* globals = nullptr,
             FragmentCache* fragments = nullptr, GlobalsTrace* trace = nullptr, const SharedLists* lists = nullptr);
    // Throws RenderError.
    void render(const Template& t, std::string& out);
    // Times each template and macro as it runs (`urker build --profile`); null: not timed.
    void time_with(TemplateClock::Render* clock) { clock_ = clock; }

    // Includes and macros may nest this deep; deeper is taken as endless recursion.
    static constexpr int max_depth = 64;

private:
    struct Binding {
        std::string_view name;  // points into the AST (or a string literal), which outlives the render
        Val value;              // never owned: owned values move into store_ first
    };
    using BlockVersion = std::pair<const Template*, const BlockStmt*>;
    struct ActiveBlock {
        const std::vector<BlockVersion>* versions;  // most derived first
        std::size_t level;
    };
    struct Arguments {
        std::vector<Val> positional;
        std::vector<std::pair<std::string_view, Val>> named;
    };

    const EngineData& engine_;
    const Value& context_;
    const Value* globals_ = nullptr;  // looked up after the context: shared values not copied per render
    const SharedLists* lists_ = nullptr;  // lists of the context kept out of it (template.h)
    // The shared lists that are members of elements of the context's lists, by element.
    std::vector<std::pair<const Value*, const SharedList*>> element_lists_;
    const Locale& locale_;
    FragmentCache* fragments_ = nullptr;  // for {% cache %}; none: the blocks just render
    GlobalsTrace* trace_ = nullptr;       // what is read of globals_, for the build cache; none: not recorded
    TraceShapes* trace_shapes_ = nullptr;  // this thread's (globals_trace.h)
    std::deque<TraceNode> trace_nodes_;    // the globals' objects reached so far (a deque: values point at them)
    std::vector<TraceNode*> node_of_shape_;  // by shape id: this render's node, or null
    std::string* out_ = nullptr;
    TemplateClock::Render* clock_ = nullptr;
    const Template* current_ = nullptr;  // whose AST runs: errors point into it; its macros are in scope
    std::deque<Binding> vars_;           // a deque: bindings never move while a scope grows
    std::vector<std::size_t> scopes_;    // where each scope starts in vars_
    std::size_t visible_from_ = 0;       // a macro body sees only the bindings from here on
    Store store_;
    int depth_ = 0;
    const std::vector<const Template*>* chain_ = nullptr;  // extends chain: the rendered template first
    std::vector<ActiveBlock> active_blocks_;               // for super()
    const Val* captured_ = nullptr;                        // the body of {% filter %}
    // Set by `{{ call(…) }}` for the call it evaluates: a macro's text then goes straight into the
    // output instead of into a string of its own that is then copied there (call_macro).
    bool macro_in_place_ = false;

    // The {% cache %} bodies running, innermost last, and whether everything each read is recorded,
    // so that a later build may take its fragment (fragment_cache.h's EarlierFragments): what it
    // read of the globals and of templates the trace has; of the list items, the members are in
    // the trace and the item is the one noted here; a variable from outside the body that is
    // none of these (a page's own values, a `set` before the block, `loop`) is not recorded,
    // unless the keys hold it.
    struct CacheWindow {
        const CacheStmt* block;
        std::size_t outside;  // the bindings before this index in vars_ were made outside the body
        const Value* item = nullptr;
        bool recorded = true;
    };
    std::vector<CacheWindow> cache_windows_;
    const TraceNode* items_node_ = nullptr;  // list_items_node(), once made
    // A variable read in a body: from the binding at `index` in vars_ (SIZE_MAX: the context).
    void note_variable_read(std::string_view name, std::size_t index, const Val& value);
    // A member read of `item`, an item of the shared lists.
    void note_item_read(const Value* item);
    void note_unrecorded() {
        for (CacheWindow& w : cache_windows_) w.recorded = false;
    }

    // The member `name` of the traced globals object `parent` (null: the globals' root), found at
    // `value` (null: missing, recorded so now). Its existence is recorded; the value stays traced.
    Val traced_member(const TraceNode* parent, std::string_view name, const Value* value);
    // The node the shared lists' items are followed by (globals_trace.h's kListItems); null when
    // nothing is recorded.
    const TraceNode* list_items_node();
    // Records that the render used the template `t` (or looked for `name` and found none), for the
    // build cache (globals_trace.h's kTemplateReads). A template's node is kept by its address: a
    // macro module's every use ({{ m.icon(…) }}) records it, hundreds of times a page.
    void note_template(const Template& t);
    void note_missing_template(std::string_view name);
    const TraceNode* template_node(std::string_view name);
    std::unordered_map<const Template*, const TraceNode*> template_nodes_;
    std::pair<const Template*, const TraceNode*> last_noted_{nullptr, nullptr};

    // Templates and statements.
    void render_template(const Template& t);
    void run_body(const Body& body);
    void exec(const Stmt& s);
    void exec_node(const Stmt& s, const TextStmt& n);
    void exec_node(const Stmt& s, const OutputStmt& n);
    void exec_node(const Stmt& s, const IfStmt& n);
    void exec_node(const Stmt& s, const ForStmt& n);
    void exec_node(const Stmt& s, const SetStmt& n);
    void exec_node(const Stmt& s, const SetBlockStmt& n);
    void exec_node(const Stmt& s, const IncludeStmt& n);
    void exec_node(const Stmt& s, const ExtendsStmt& n);
    void exec_node(const Stmt& s, const BlockStmt& n);
    void exec_node(const Stmt& s, const ImportStmt& n);
    void exec_node(const Stmt& s, const FromImportStmt& n);
    void exec_node(const Stmt& s, const FilterBlockStmt& n);
    void exec_node(const Stmt& s, const WithStmt& n);
    void exec_node(const Stmt& s, const CacheStmt& n);
    void render_block(const std::vector<BlockVersion>& versions, std::size_t level);
    std::string capture(const Body& body);
    void write(Val& v);

    // Scopes and names.
    void push_scope();
    void pop_scope();
    void bind(std::string_view name, Val v);
    // `index`, when given: where the binding is in vars_.
    Binding* find_binding(std::string_view name, std::size_t* index = nullptr);
    Val lookup(std::string_view name);
    Val lookup_unnoted(std::string_view name);
    std::size_t looked_up_at_ = SIZE_MAX;  // where lookup_unnoted found its name (note_variable_read)
    // The shared list that is the member `name` of `object`, an element of a context's list; an
    // undefined value if there is none.
    Val element_list(const Value& object, std::string_view name);
    const Template& template_named(Val& name, std::string_view what);
    const Macro& macro_of(const Template& t, std::string_view name, std::string_view imported_as);

    // Expressions.
    Val eval(const Expr& e);
    Val eval_inner(const Expr& e);
    Val eval_binary(const Expr& e);
    Val eval_compare(const Expr& e);
    Val eval_filter(const Expr& e);
    Val eval_test(const Expr& e);
    Val eval_call(const Expr& e);
    Val get_attribute(Val obj, std::string_view name);
    Val get_item(Val obj, Val key);
    Val loop_attribute(const LoopState& loop, std::string_view name);
    Arguments eval_args(const CallArgs& args);

    // Calls.
    // With `in_place`, the text is written to the output and the result is undefined (nothing
    // more to write); otherwise the result is the text, safe.
    Val call_macro(const Macro& m, const Template& owner, const CallArgs& args, bool in_place = false);
    Val call_function(const Function& f, std::string_view name, const CallArgs& args);
    Val call_builtin(std::string_view name, const Expr& call);
    Val call_method(Val& obj, std::string_view method, const Expr& call);
    Val call_super();
};

}  // namespace urker::tmpl
