#include "template/value.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>

#include "core/text.h"
#include "template/ast.h"
#include "template/globals_trace.h"

namespace urker::tmpl {

Val Val::owned(Value v, bool safe) {
    Val r;
    r.kind_ = Kind::owned;
    r.own_.emplace(std::move(v));
    r.safe_ = safe;
    return r;
}

Val Val::view(std::vector<const Value*> items) {
    Val r;
    r.kind_ = Kind::view;
    r.items_ = std::move(items);
    return r;
}

Val Val::macro(const Macro& m, const Template& owner) {
    Val r;
    r.kind_ = Kind::macro;
    r.special_ = &m;
    r.owner_ = &owner;
    return r;
}

Val Val::module(const Template& t) {
    Val r;
    r.kind_ = Kind::module;
    r.special_ = &t;
    return r;
}

Val Val::loop(const LoopState& s) {
    Val r;
    r.kind_ = Kind::loop;
    r.special_ = &s;
    return r;
}

const Macro* Val::as_macro() const { return kind_ == Kind::macro ? static_cast<const Macro*>(special_) : nullptr; }
const Template* Val::as_module() const {
    return kind_ == Kind::module ? static_cast<const Template*>(special_) : nullptr;
}
const LoopState* Val::as_loop() const {
    return kind_ == Kind::loop ? static_cast<const LoopState*>(special_) : nullptr;
}

namespace {

void record_whole(const TraceNode* node) {
    if (node) node->trace->add(*node, GlobalsRead::Kind::whole);
}

}  // namespace

Val& Val::with_lists(const SharedLists& lists, std::string_view object, const TraceNode* items_trace) {
    lists_ = &lists;
    lists_object_ = object;
    lists_trace_ = items_trace;
    return *this;
}

const std::vector<const Value*>& Val::items() const {
    record_whole(trace_);
    return items_;
}

Val Val::member_with_lists(std::string_view name) const {
    for (const SharedList& list : *lists_)
        if (!list.base && list.object == lists_object_ && list.name == name && list.element == SharedList::kNoElement)
            return Val::view(list.items).traced(lists_trace_);
    const Value* v = ref_ && ref_->is_object() ? find_member(*ref_, name) : nullptr;
    if (!v)
        for (const SharedList& list : *lists_)
            if (list.base && list.object == lists_object_ && (v = find_member(*list.base, name))) break;
    return v ? Val::ref(*v) : Val();
}

void Val::put_lists_in() const {
    record_whole(lists_trace_);  // every item, whole
    Value whole = *ref_;
    for (const SharedList& list : *lists_)
        if (list.base && list.object == lists_object_ && list.base->is_object() && whole.is_object()) {
            Value made = *list.base;
            for (auto& [key, value] : whole.items()) made[key] = std::move(value);
            whole = std::move(made);
        }
    for (const SharedList& list : *lists_) {
        if (list.base || list.object != lists_object_ || list.element != SharedList::kNoElement) continue;
        Value items = Value::array();
        items.get_ref<Value::array_t&>().reserve(list.items.size());
        for (const Value* item : list.items) items.push_back(*item);
        whole[list.name] = std::move(items);
    }
    own_.emplace(std::move(whole));
    kind_ = Kind::owned;
    lists_ = nullptr;
}

const Value& Val::json() {
    record_whole(trace_);
    if (lists_) put_lists_in();
    switch (kind_) {
        case Kind::ref: return *ref_;
        case Kind::owned: return *own_;
        case Kind::view: {
            Value list = Value::array();
            list.get_ref<Value::array_t&>().reserve(items_.size());
            for (const Value* item : items_) list.push_back(*item);
            own_.emplace(std::move(list));
            items_.clear();
            kind_ = Kind::owned;
            return *own_;
        }
        default: return null_json();
    }
}

const Value* Val::plain() const {
    record_whole(trace_);
    return plain_untraced();
}

const Value* Val::plain_untraced() const {
    if (lists_) put_lists_in();
    if (kind_ == Kind::ref) return ref_;
    if (kind_ == Kind::owned) return &*own_;
    return nullptr;
}

Val Val::stable(Store& store) && {
    if (kind_ != Kind::owned) return std::move(*this);
    return Val::ref(store.keep(std::move(*own_)), safe_);
}

Value Val::take() && {
    if (kind_ == Kind::owned) return std::move(*own_);
    return json();
}

const Value& null_json() {
    static const Value null;
    return null;
}

bool truthy(const Value& v) {
    switch (v.type()) {
        case Value::value_t::null: return false;
        case Value::value_t::boolean: return v.get<bool>();
        case Value::value_t::number_integer: return v.get<std::int64_t>() != 0;
        case Value::value_t::number_unsigned: return v.get<std::uint64_t>() != 0;
        case Value::value_t::number_float: return v.get<double>() != 0.0;
        case Value::value_t::string: return !v.get_ref<const std::string&>().empty();
        case Value::value_t::array:
        case Value::value_t::object: return !v.empty();
        default: return true;
    }
}

bool truthy(const Val& v) {
    if (v.has_lists()) return true;  // an object with members: the lists at least
    switch (v.kind()) {
        case Val::Kind::undefined: return false;
        case Val::Kind::view: return v.item_count() > 0;
        case Val::Kind::ref:
        case Val::Kind::owned:
            // An object of the globals: whether it is empty is all that was read of it.
            if (const TraceNode* node = v.trace()) node->trace->add(*node, GlobalsRead::Kind::truth);
            return truthy(*v.plain_untraced());
        default: return true;
    }
}

bool is_number(const Value& v) { return v.is_number(); }

std::optional<std::int64_t> as_integer(const Value& v) {
    if (v.is_number_integer() && !v.is_number_unsigned()) return v.get<std::int64_t>();
    if (v.is_number_unsigned()) {
        auto u = v.get<std::uint64_t>();
        if (u <= static_cast<std::uint64_t>(INT64_MAX)) return static_cast<std::int64_t>(u);
    }
    return std::nullopt;
}

std::optional<double> as_number(const Value& v) {
    if (v.is_number()) return v.get<double>();
    return std::nullopt;
}

std::string compact_json(const Value& v) {
    // Invalid UTF-8 from a data file must not stop the build: replace it with U+FFFD.
    return v.dump(-1, ' ', false, Value::error_handler_t::replace);
}

void append_plain(std::string& out, const Value& v) {
    switch (v.type()) {
        case Value::value_t::null:
        case Value::value_t::discarded: return;
        case Value::value_t::string: out += v.get_ref<const std::string&>(); return;
        case Value::value_t::boolean: out += v.get<bool>() ? "true" : "false"; return;
        case Value::value_t::number_integer:
        case Value::value_t::number_unsigned: {
            char buf[24];
            auto res = v.is_number_unsigned() ? std::to_chars(buf, buf + sizeof buf, v.get<std::uint64_t>())
                                              : std::to_chars(buf, buf + sizeof buf, v.get<std::int64_t>());
            out.append(buf, res.ptr);
            return;
        }
        default: out += compact_json(v); return;  // floats print shortest, as JSON does; lists, dicts
    }
}

std::string plain_string(const Value& v) {
    if (v.is_string()) return v.get<std::string>();
    std::string out;
    append_plain(out, v);
    return out;
}

std::string plain_string(Val& v) {
    if (v.is_undefined() || v.is_special()) return {};
    return plain_string(v.json());
}

void append_escaped(std::string& out, std::string_view text) {
    // One table lookup per byte; runs without special characters are copied in one piece.
    static constexpr auto special = [] {
        std::array<bool, 256> t{};
        for (unsigned char c : std::string_view("&<>\"'")) t[c] = true;
        return t;
    }();
    std::size_t start = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (!special[static_cast<unsigned char>(text[i])]) continue;
        out.append(text.data() + start, i - start);
        switch (text[i]) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            default: out += "&#39;"; break;
        }
        start = i + 1;
    }
    out.append(text.data() + start, text.size() - start);
}

namespace {

Message with_kind(Message m, std::string_view name, std::string_view kind, std::string shown = {}) {
    m.args.emplace_back(std::string(name) + "_kind", kind);
    m.args.emplace_back(std::string(name), std::move(shown));
    return m;
}

}  // namespace

Message with_value(Message m, std::string_view name, const Value& v) {
    switch (v.type()) {
        case Value::value_t::null: return with_kind(std::move(m), name, "none");
        case Value::value_t::boolean: return with_kind(std::move(m), name, v.get<bool>() ? "true" : "false");
        case Value::value_t::string: {
            // Long text is cut after 40 characters (never inside one) so the message stays readable.
            const auto& s = v.get_ref<const std::string&>();
            std::size_t cut = 0;
            for (int n = 0; n < 40 && cut < s.size(); ++n) {
                char32_t cp;
                cut += decode_utf8(s, cut, cp);
            }
            return with_kind(std::move(m), name, "text", s.substr(0, cut) + (cut < s.size() ? "…" : ""));
        }
        case Value::value_t::array: return with_kind(std::move(m), name, "list");
        case Value::value_t::object: return with_kind(std::move(m), name, "dict");
        default: return with_kind(std::move(m), name, "number", plain_string(v));
    }
}

Message with_value(Message m, std::string_view name, const Val& v) {
    switch (v.kind()) {
        case Val::Kind::undefined: return with_kind(std::move(m), name, "undefined");
        case Val::Kind::view: return with_kind(std::move(m), name, "list");
        case Val::Kind::macro: return with_kind(std::move(m), name, "macro", v.as_macro()->name);
        case Val::Kind::module: return with_kind(std::move(m), name, "module", v.as_module()->name);
        case Val::Kind::loop: return with_kind(std::move(m), name, "loop");
        default: return with_value(std::move(m), name, *v.plain());
    }
}

bool equal(Val& a, Val& b) {
    if (a.is_undefined() || b.is_undefined()) return a.is_undefined() && b.is_undefined();
    if (a.is_special() || b.is_special()) return false;
    return a.json() == b.json();  // nlohmann compares 1 and 1.0 as numbers
}

std::optional<int> compare(const Value& a, const Value& b) {
    if (a.is_number() && b.is_number()) {
        auto ia = as_integer(a), ib = as_integer(b);
        if (ia && ib) return *ia < *ib ? -1 : *ia > *ib ? 1 : 0;
        double da = a.get<double>(), db = b.get<double>();
        return da < db ? -1 : da > db ? 1 : 0;
    }
    if (a.is_string() && b.is_string()) {
        int c = a.get_ref<const std::string&>().compare(b.get_ref<const std::string&>());
        return c < 0 ? -1 : c > 0 ? 1 : 0;
    }
    if (a.is_array() && b.is_array()) {
        std::size_t n = std::min(a.size(), b.size());
        for (std::size_t i = 0; i < n; ++i) {
            auto c = compare(a[i], b[i]);
            if (!c) return std::nullopt;
            if (*c != 0) return c;
        }
        return a.size() < b.size() ? -1 : a.size() > b.size() ? 1 : 0;
    }
    if (a.is_boolean() && b.is_boolean()) return static_cast<int>(a.get<bool>()) - static_cast<int>(b.get<bool>());
    return std::nullopt;
}

namespace {
int type_rank(const Value& v) {
    switch (v.type()) {
        case Value::value_t::null: return 0;
        case Value::value_t::boolean: return 1;
        case Value::value_t::number_integer:
        case Value::value_t::number_unsigned:
        case Value::value_t::number_float: return 2;
        case Value::value_t::string: return 3;
        case Value::value_t::array: return 4;
        default: return 5;
    }
}
}  // namespace

int total_order(const Value& a, const Value& b) {
    int ra = type_rank(a), rb = type_rank(b);
    if (ra != rb) return ra < rb ? -1 : 1;
    if (ra == 0) return 0;
    if (ra == 4) {
        std::size_t n = std::min(a.size(), b.size());
        for (std::size_t i = 0; i < n; ++i)
            if (int c = total_order(a[i], b[i]); c != 0) return c;
        return a.size() < b.size() ? -1 : a.size() > b.size() ? 1 : 0;
    }
    if (ra == 5) return a < b ? -1 : b < a ? 1 : 0;
    return *compare(a, b);
}

const Value* find_member(const Value& object, std::string_view key) {
    if (!object.is_object()) return nullptr;
    const auto& map = object.get_ref<const Value::object_t&>();
    auto it = map.find(key);
    return it == map.end() ? nullptr : &it->second;
}

const Value* resolve_path(const Value& root, std::string_view path) {
    const Value* cur = &root;
    while (cur) {
        std::size_t dot = path.find('.');
        std::string_view step = path.substr(0, dot);
        if (cur->is_object()) {
            cur = find_member(*cur, step);
        } else if (cur->is_array()) {
            std::size_t index = 0;
            auto [p, ec] = std::from_chars(step.data(), step.data() + step.size(), index);
            cur = ec == std::errc() && p == step.data() + step.size() && index < cur->size() ? &(*cur)[index]
                                                                                            : nullptr;
        } else {
            cur = nullptr;
        }
        if (dot == std::string_view::npos) break;
        path.remove_prefix(dot + 1);
    }
    return cur;
}

bool collect_items(Val& v, Store& store, std::vector<const Value*>& out) {
    switch (v.kind()) {
        case Val::Kind::undefined: return true;
        case Val::Kind::view: out = v.items(); return true;
        case Val::Kind::ref:
        case Val::Kind::owned: break;
        default: return false;
    }
    if (v.kind() == Val::Kind::owned) v = std::move(v).stable(store);
    const Value& j = *v.plain();
    switch (j.type()) {
        case Value::value_t::null: return true;
        case Value::value_t::array:
            out.reserve(j.size());
            for (const Value& item : j) out.push_back(&item);
            return true;
        case Value::value_t::object:
            out.reserve(j.size());
            for (auto it = j.begin(); it != j.end(); ++it) out.push_back(&store.keep(it.key()));
            return true;
        case Value::value_t::string: {
            const auto& s = j.get_ref<const std::string&>();
            for (std::size_t i = 0; i < s.size();) {
                char32_t cp;
                std::size_t len = decode_utf8(s, i, cp);
                out.push_back(&store.keep(s.substr(i, len)));
                i += len;
            }
            return true;
        }
        default: return false;
    }
}

void slice_bounds(std::int64_t n, std::optional<std::int64_t> start, std::optional<std::int64_t> stop,
                  std::int64_t& from, std::int64_t& to) {
    auto clamp = [n](std::int64_t i) {
        if (i < 0) i += n;
        return std::clamp<std::int64_t>(i, 0, n);
    };
    from = start ? clamp(*start) : 0;
    to = stop ? clamp(*stop) : n;
    if (to < from) to = from;
}

}  // namespace urker::tmpl
