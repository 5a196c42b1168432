// Values while a template renders. Evaluation borrows wherever it can: a variable from the
// context, an element of a list, the result of `sort` (a list of pointers) are never copied. Only
// what evaluation itself makes (a number from arithmetic, the text a filter returns) is owned.
#pragma once

#include <cstddef>
#include <cstdint>
#include <deque>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "template/template.h"

namespace urker::tmpl {

struct Macro;
struct Template;
struct LoopState;
struct TraceNode;

// Keeps values made during one render that something may point at later (a `set` variable, a
// list being looped over). Append-only, and a deque, so a pointer into it stays valid until the
// render ends; nothing in it is changed afterwards, so `{% set ns.x = … %}` copies instead.
class Store {
public:
    const Value& keep(Value v) { return items_.emplace_back(std::move(v)); }

private:
    std::deque<Value> items_;
};

// The result of evaluating an expression.
//   ref     a JSON value that lives at least until the render ends (context, AST literal, Store)
//   owned   a JSON value made by evaluation
//   view    a list of pointers to values that live until the render ends (sort, reverse, select…)
//   macro, module (an imported template), loop (the `loop` variable): things that are not JSON
// `safe` marks text that must not be HTML-escaped on output.
class Val {
public:
    enum class Kind : std::uint8_t { undefined, ref, owned, view, macro, module, loop };

    Val() = default;
    static Val ref(const Value& v, bool safe = false);
    static Val owned(Value v, bool safe = false);
    static Val view(std::vector<const Value*> items);
    static Val macro(const Macro& m, const Template& owner);
    static Val module(const Template& t);
    static Val loop(const LoopState& s);

    Kind kind() const { return kind_; }
    bool is_undefined() const { return kind_ == Kind::undefined; }
    bool is_special() const { return kind_ >= Kind::macro; }
    bool safe() const { return safe_; }
    Val& mark_safe(bool safe = true) {
        safe_ = safe;
        return *this;
    }

    // The JSON value; null for undefined and special values. A view is copied into an owned list
    // first: the one place evaluation copies elements.
    const Value& json();
    // The JSON value without copying: nullptr for views, undefined and special values.
    const Value* plain() const;
    // An object of the globals, followed for the build cache (globals_trace.h): reading it through
    // json() or plain() records the whole value as read; plain_untraced() is for the two readers
    // that record more finely (a member access, a truth test).
    const TraceNode* trace() const { return trace_; }
    Val& traced(const TraceNode* node) {
        trace_ = node;
        return *this;
    }
    const Value* plain_untraced() const;
    // A view's items. When the view is followed for the build cache (a shared list's, traced by
    // the node of the lists' items: globals_trace.h's kListItems), handing them out records them
    // as read whole; item_count() and items_untraced() are for the readers that record more finely
    // (a loop binds each item followed, a length reads no item).
    const std::vector<const Value*>& items() const;
    const std::vector<const Value*>& items_untraced() const { return items_; }
    std::size_t item_count() const { return items_.size(); }

    // An object of the context that some shared lists are members of (template.h's SharedList,
    // those whose `object` is `object`): reading such a member gives a view of the list, the other
    // members read as usual, and json() or plain() give a copy of the object with the lists in.
    // `items_trace`: the node the lists' items are followed by (null: not followed); reading the
    // object whole records them as read whole.
    Val& with_lists(const SharedLists& lists, std::string_view object, const TraceNode* items_trace = nullptr);
    bool has_lists() const { return lists_ != nullptr; }
    Val member_with_lists(std::string_view name) const;

    const Macro* as_macro() const;
    const Template* owner() const { return static_cast<const Template*>(owner_); }
    const Template* as_module() const;
    const LoopState* as_loop() const;

    // The value as something that lives until the render ends: an owned value moves into `store`.
    Val stable(Store& store) &&;
    // The JSON value to put inside a new list or dict: moved if owned, copied otherwise.
    Value take() &&;

private:
    void put_lists_in() const;  // the object as one value, from then on

    // Mutable only for put_lists_in, which plain() may call: the value stays the same.
    mutable Kind kind_ = Kind::undefined;
    bool safe_ = false;
    const Value* ref_ = nullptr;
    // Only an owned value has one: most values are references, and an empty optional is dropped
    // without a call (a JSON value's destructor is out of line, and a page makes millions of values).
    mutable std::optional<Value> own_;
    mutable const SharedLists* lists_ = nullptr;
    std::string_view lists_object_;
    const TraceNode* lists_trace_ = nullptr;
    std::vector<const Value*> items_;
    const void* special_ = nullptr;
    const void* owner_ = nullptr;
    const TraceNode* trace_ = nullptr;
};

// In line: evaluation makes a reference for nearly every name and member it reads.
inline Val Val::ref(const Value& v, bool safe) {
    Val r;
    r.kind_ = Kind::ref;
    r.ref_ = &v;
    r.safe_ = safe;
    return r;
}

const Value& null_json();

bool truthy(const Val& v);
bool truthy(const Value& v);
bool is_number(const Value& v);  // integers and floats, not booleans
std::optional<std::int64_t> as_integer(const Value& v);
std::optional<double> as_number(const Value& v);

// How a value prints: text as is, integers without ".0", floats shortest (like Jinja), true/false,
// none as nothing, lists and dicts as compact JSON.
void append_plain(std::string& out, const Value& v);
std::string plain_string(const Value& v);
std::string plain_string(Val& v);
void append_escaped(std::string& out, std::string_view text);
std::string compact_json(const Value& v);

// For messages to webmasters: adds the value's description as two arguments, `<name>_kind` (none,
// true, false, text, number, list, dict, undefined, macro, module, loop) and `<name>` (the text,
// cut after 40 characters, the number or the macro's name). The catalogue spells them out in each
// language: `text "abc"`, `the number 5`, `a list`…
Message with_value(Message m, std::string_view name, const Value& v);
Message with_value(Message m, std::string_view name, const Val& v);

// `==` as templates mean it: 1 == 1.0, undefined equals only undefined.
bool equal(Val& a, Val& b);
// Ordering for < and >: numbers with numbers, text with text (by UTF-8 bytes), lists element by
// element; nullopt when the two cannot be ordered.
std::optional<int> compare(const Value& a, const Value& b);
// A total order for sorting mixed values: none < booleans < numbers < text < lists < dicts, so
// items missing the sort key come first instead of failing the build.
int total_order(const Value& a, const Value& b);

const Value* find_member(const Value& object, std::string_view key);
// "author.name" or "tags.0": one step per dot, through dicts and lists; nullptr when missing.
const Value* resolve_path(const Value& root, std::string_view path);

// The elements of a sequence, as pointers that live until the render ends: list elements, dict
// keys (in the dict's sorted order), the characters of a string (kept in `store`). False when
// `v` cannot be iterated. Undefined and none iterate as empty.
bool collect_items(Val& v, Store& store, std::vector<const Value*>& out);

// Python's slice rules (negative counts from the end, out-of-range clamps) for a length `n`.
void slice_bounds(std::int64_t n, std::optional<std::int64_t> start, std::optional<std::int64_t> stop,
                  std::int64_t& from, std::int64_t& to);

}  // namespace urker::tmpl
