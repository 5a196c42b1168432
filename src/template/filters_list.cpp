// Filters over lists and dicts. Those that only choose or reorder elements (sort, reverse,
// select, selectattr, slice, map(attribute=…), values, first, last, min, max) return pointers to
// the original elements, so `pages | sort(attribute="date") | reverse` copies no page.
#include <algorithm>

#include "core/text.h"
#include "template/engine_data.h"
#include "template/errors.h"
#include "template/filters.h"
#include "template/tests.h"

namespace urker::tmpl {
namespace {

std::vector<const Value*> items_of(Val& in, FilterCall& call, std::string_view expected = "list") {
    std::vector<const Value*> items;
    if (!collect_items(in, call.store, items)) call.bad_input(in, expected);
    return items;
}

const Value* key_of(const Value* item, const std::optional<std::string>& attribute) {
    if (!attribute) return item;
    const Value* v = resolve_path(*item, *attribute);
    return v ? v : &null_json();
}

// Sort keys; when case does not matter, lower-cased copies of text keys.
struct SortKeys {
    std::vector<const Value*> keys;
    std::vector<Value> lowered;

    SortKeys(const std::vector<const Value*>& items, const std::optional<std::string>& attribute, bool case_sensitive,
             const std::string& lang) {
        keys.reserve(items.size());
        for (const Value* item : items) keys.push_back(key_of(item, attribute));
        if (case_sensitive) return;
        lowered.reserve(keys.size());
        for (const Value*& k : keys) {
            if (!k->is_string()) continue;
            lowered.push_back(to_lower(k->get_ref<const std::string&>(), lang));
            k = &lowered.back();
        }
    }
};

std::vector<std::size_t> sorted_order(const std::vector<const Value*>& keys, bool reverse) {
    std::vector<std::size_t> order(keys.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return reverse ? total_order(*keys[b], *keys[a]) < 0 : total_order(*keys[a], *keys[b]) < 0;
    });
    return order;
}

// select/reject and selectattr/rejectattr: `values` are what the test looks at (the items, or
// their attribute), `first_arg` is where the test name is among the positional arguments.
Val select_items(Val& in, FilterCall& call, bool keep_matching, const std::optional<std::string>& attribute,
                 std::size_t first_arg) {
    std::vector<const Value*> items = items_of(in, call);
    std::optional<std::size_t> test;
    std::vector<Val> test_args;
    if (call.positional.size() > first_arg) {
        const Value* name = call.positional[first_arg].plain();
        if (!name || !name->is_string()) call.bad_arg("test", call.positional[first_arg], "test_name");
        test = find_test(name->get_ref<const std::string&>());
        if (!test) call.fail(Message("template.no_such_test", {{"name", name->get<std::string>()}}));
        for (std::size_t i = first_arg + 1; i < call.positional.size(); ++i) test_args.push_back(call.positional[i]);
        const TestInfo& info = test_at(*test);
        if (test_args.size() < info.min_args || test_args.size() > info.max_args)
            call.fail(Message("template.test_argument_count",
                              {{"name", info.name}, {"takes", "exactly"}, {"max", info.max_args}, {"given", test_args.size()}}));
    }
    std::vector<const Value*> kept;
    for (const Value* item : items) {
        Val subject;
        if (!attribute) subject = Val::ref(*item);
        else if (const Value* v = resolve_path(*item, *attribute)) subject = Val::ref(*v);
        bool match = test ? test_at(*test).fn(subject, test_args) : truthy(subject);
        if (match == keep_matching) kept.push_back(item);
    }
    return Val::view(std::move(kept));
}

Val min_or_max(Val& in, FilterCall& call, bool want_max) {
    call.allow(2, {"case_sensitive", "attribute"});
    bool case_sensitive = call.bool_arg(0, "case_sensitive", true);
    auto attribute = call.optional_string_arg(1, "attribute");
    std::vector<const Value*> items = items_of(in, call);
    if (items.empty()) return {};
    SortKeys keys(items, attribute, case_sensitive, call.locale.language);
    std::size_t best = 0;
    for (std::size_t i = 1; i < items.size(); ++i) {
        int c = total_order(*keys.keys[i], *keys.keys[best]);
        if (want_max ? c > 0 : c < 0) best = i;
    }
    return Val::ref(*items[best]);
}

}  // namespace

Val slice_value(Val& input, std::optional<std::int64_t> start, std::optional<std::int64_t> stop, Store& store) {
    std::int64_t from = 0, to = 0;
    if (input.kind() == Val::Kind::view) {
        // A part of a shared list stays followed item by item (globals_trace.h): the A–Z index
        // shows each letter's materials as `pages[g.first:g.first + g.count]`.
        const std::vector<const Value*>& items = input.items_untraced();
        slice_bounds(static_cast<std::int64_t>(items.size()), start, stop, from, to);
        return Val::view(std::vector<const Value*>(items.begin() + from, items.begin() + to)).traced(input.trace());
    }
    if (input.plain() && input.plain()->is_string()) {
        const std::string& s = input.plain()->get_ref<const std::string&>();
        std::vector<std::size_t> at;
        for (std::size_t i = 0; i < s.size();) {
            at.push_back(i);
            char32_t cp;
            i += decode_utf8(s, i, cp);
        }
        at.push_back(s.size());
        slice_bounds(static_cast<std::int64_t>(at.size() - 1), start, stop, from, to);
        auto b = at[static_cast<std::size_t>(from)], e = at[static_cast<std::size_t>(to)];
        return Val::owned(s.substr(b, e - b));
    }
    std::vector<const Value*> items;
    if (!collect_items(input, store, items)) fail(with_value(Message("template.cannot_slice"), "value", input));
    if (input.is_undefined()) return {};
    slice_bounds(static_cast<std::int64_t>(items.size()), start, stop, from, to);
    return Val::view(std::vector<const Value*>(items.begin() + from, items.begin() + to));
}

// Text counts code points; lists, views and dicts count elements; undefined and none are 0.
Val filter_length(Val& in, FilterCall& call) {
    call.allow(0, {});
    if (in.kind() == Val::Kind::view) return Val::owned(static_cast<std::int64_t>(in.item_count()));
    if (in.is_undefined()) return Val::owned(0);
    const Value* j = in.plain();
    if (j && j->is_string()) return Val::owned(static_cast<std::int64_t>(count_code_points(j->get_ref<const std::string&>())));
    if (j && (j->is_array() || j->is_object())) return Val::owned(static_cast<std::int64_t>(j->size()));
    if (j && j->is_null()) return Val::owned(0);
    call.bad_input(in, "text_list_or_dict");
}

Val filter_first(Val& in, FilterCall& call) {
    call.allow(0, {});
    if (in.kind() == Val::Kind::view) {  // one item of a shared list, followed like a loop's
        const std::vector<const Value*>& items = in.items_untraced();
        return items.empty() ? Val() : Val::ref(*items.front()).traced(in.trace());
    }
    if (in.plain() && in.plain()->is_string()) return slice_value(in, 0, 1, call.store);
    std::vector<const Value*> items = items_of(in, call, "list_or_text");
    return items.empty() ? Val() : Val::ref(*items.front());
}

Val filter_last(Val& in, FilterCall& call) {
    call.allow(0, {});
    if (in.kind() == Val::Kind::view) {  // one item of a shared list, followed like a loop's
        const std::vector<const Value*>& items = in.items_untraced();
        return items.empty() ? Val() : Val::ref(*items.back()).traced(in.trace());
    }
    if (in.plain() && in.plain()->is_string()) return slice_value(in, -1, std::nullopt, call.store);
    std::vector<const Value*> items = items_of(in, call, "list_or_text");
    return items.empty() ? Val() : Val::ref(*items.back());
}

Val filter_join(Val& in, FilterCall& call) {
    call.allow(2, {"d", "separator", "attribute"});
    std::string sep = call.string_arg(0, call.arg(0, "d") ? "d" : "separator", "");
    auto attribute = call.optional_string_arg(1, "attribute");
    std::vector<const Value*> items = items_of(in, call);
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i) out += sep;
        append_plain(out, *key_of(items[i], attribute));
    }
    return Val::owned(std::move(out));
}

// Stable; text compares by UTF-8 bytes unless case_sensitive=false; items missing the attribute
// (or of another type) sort first, see total_order.
Val filter_sort(Val& in, FilterCall& call) {
    call.allow(3, {"reverse", "case_sensitive", "attribute"});
    bool reverse = call.bool_arg(0, "reverse", false);
    bool case_sensitive = call.bool_arg(1, "case_sensitive", true);
    auto attribute = call.optional_string_arg(2, "attribute");
    std::vector<const Value*> items = items_of(in, call);
    SortKeys keys(items, attribute, case_sensitive, call.locale.language);
    std::vector<std::size_t> order = sorted_order(keys.keys, reverse);
    std::vector<const Value*> sorted;
    sorted.reserve(items.size());
    for (std::size_t i : order) sorted.push_back(items[i]);
    return Val::view(std::move(sorted));
}

Val filter_reverse(Val& in, FilterCall& call) {
    call.allow(0, {});
    if (in.is_undefined()) return {};
    if (in.plain() && in.plain()->is_string()) {
        const std::string& s = in.plain()->get_ref<const std::string&>();
        std::vector<std::string_view> cps;
        for (std::size_t i = 0; i < s.size();) {
            char32_t cp;
            std::size_t len = decode_utf8(s, i, cp);
            cps.push_back(std::string_view(s).substr(i, len));
            i += len;
        }
        std::string out;
        for (auto it = cps.rbegin(); it != cps.rend(); ++it) out += *it;
        return Val::owned(std::move(out));
    }
    std::vector<const Value*> items = items_of(in, call, "list_or_text");
    std::reverse(items.begin(), items.end());
    return Val::view(std::move(items));
}

// slice(start, end): Python's list[start:end] (negative counts from the end) on lists, and on
// text by code points. Note: Jinja's own "slice" filter splits a list into columns; this one is
// what webmasters expect from the name.
Val filter_slice(Val& in, FilterCall& call) {
    call.allow(2, {"start", "end"});
    auto bound = [&](std::size_t i, std::string_view name) -> std::optional<std::int64_t> {
        Val* v = call.arg(i, name);
        if (!v || v->is_undefined() || (v->plain() && v->plain()->is_null())) return std::nullopt;
        return call.int_arg(i, name, 0);
    };
    auto start = bound(0, "start");
    auto end = bound(1, "end");
    if (in.is_undefined()) return {};
    if (!in.plain() && in.kind() != Val::Kind::view) call.bad_input(in, "list_or_text");
    if (in.plain() && !in.plain()->is_string() && !in.plain()->is_array()) call.bad_input(in, "list_or_text");
    return slice_value(in, start, end, call.store);
}

Val filter_unique(Val& in, FilterCall& call) {
    call.allow(2, {"case_sensitive", "attribute"});
    bool case_sensitive = call.bool_arg(0, "case_sensitive", true);
    auto attribute = call.optional_string_arg(1, "attribute");
    std::vector<const Value*> items = items_of(in, call);
    SortKeys keys(items, attribute, case_sensitive, call.locale.language);
    std::vector<const Value*> kept, seen;
    for (std::size_t i = 0; i < items.size(); ++i) {
        const Value* k = keys.keys[i];
        bool dup = std::any_of(seen.begin(), seen.end(), [&](const Value* s) { return *s == *k; });
        if (dup) continue;
        seen.push_back(k);
        kept.push_back(items[i]);
    }
    return Val::view(std::move(kept));
}

// map(attribute="title", default=…) picks an attribute of each item (a view, no copies);
// map("upper") or map("truncate", 20) runs a filter on each item.
Val filter_map(Val& in, FilterCall& call) {
    std::vector<const Value*> items = items_of(in, call);
    Val* attribute = call.arg(SIZE_MAX, "attribute");
    if (attribute) {
        call.allow(0, {"attribute", "default"});
        if (!attribute->plain() || !attribute->plain()->is_string()) call.bad_arg("attribute", *attribute, "text");
        std::string path = attribute->plain()->get<std::string>();
        const Value* fallback = &null_json();
        if (Val* d = call.arg(SIZE_MAX, "default")) fallback = &call.store.keep(std::move(*d).take());
        std::vector<const Value*> picked;
        picked.reserve(items.size());
        for (const Value* item : items) {
            const Value* v = resolve_path(*item, path);
            picked.push_back(v ? v : fallback);
        }
        return Val::view(std::move(picked));
    }
    if (call.positional.empty() || !call.positional[0].plain() || !call.positional[0].plain()->is_string())
        call.fail(Message("template.map_needs_attribute"));
    std::string filter_name = call.positional[0].plain()->get<std::string>();
    const FilterEntry* filter = call.engine.find_filter(filter_name);
    if (!filter) call.fail(Message("template.no_such_filter", {{"name", filter_name}}));
    Value out = Value::array();
    for (const Value* item : items) {
        FilterCall inner{filter_name, filter->usage, {}, call.named, call.locale, call.store, call.engine};
        inner.positional.assign(call.positional.begin() + 1, call.positional.end());
        Val v = Val::ref(*item);
        out.push_back(std::move(apply_filter(*filter, v, inner)).take());
    }
    return Val::owned(std::move(out));
}

Val filter_select(Val& in, FilterCall& call) {
    call.allow(SIZE_MAX, {});
    return select_items(in, call, true, std::nullopt, 0);
}

Val filter_reject(Val& in, FilterCall& call) {
    call.allow(SIZE_MAX, {});
    return select_items(in, call, false, std::nullopt, 0);
}

Val filter_selectattr(Val& in, FilterCall& call) {
    call.allow(SIZE_MAX, {});
    if (call.positional.empty() || !call.positional[0].plain() || !call.positional[0].plain()->is_string())
        call.fail(Message("template.filter_needs_attribute_name", {{"filter", call.name}}));
    return select_items(in, call, true, call.positional[0].plain()->get<std::string>(), 1);
}

Val filter_rejectattr(Val& in, FilterCall& call) {
    call.allow(SIZE_MAX, {});
    if (call.positional.empty() || !call.positional[0].plain() || !call.positional[0].plain()->is_string())
        call.fail(Message("template.filter_needs_attribute_name", {{"filter", call.name}}));
    return select_items(in, call, false, call.positional[0].plain()->get<std::string>(), 1);
}

// groupby("year") → [{grouper: 2025, list: […]}, …], groups sorted by their value and the items
// of a group kept in their order.
Val filter_groupby(Val& in, FilterCall& call) {
    call.allow(2, {"attribute", "default"});
    if (!call.arg(0, "attribute")) call.fail(Message("template.groupby_needs_attribute"));
    std::string attribute = call.string_arg(0, "attribute", "");
    Val* fallback = call.arg(1, "default");
    const Value* missing = fallback ? &call.store.keep(std::move(*fallback).take()) : &null_json();
    std::vector<const Value*> items = items_of(in, call);
    std::vector<const Value*> keys;
    for (const Value* item : items) {
        const Value* k = resolve_path(*item, attribute);
        keys.push_back(k ? k : missing);
    }
    std::vector<std::size_t> order = sorted_order(keys, false);
    Value groups = Value::array();
    for (std::size_t i : order) {
        if (groups.empty() || total_order(groups.back()["grouper"], *keys[i]) != 0)
            groups.push_back(Value{{"grouper", *keys[i]}, {"list", Value::array()}});
        groups.back()["list"].push_back(*items[i]);
    }
    return Val::owned(std::move(groups));
}

Val filter_dictsort(Val& in, FilterCall& call) {
    call.allow(3, {"case_sensitive", "by", "reverse"});
    bool case_sensitive = call.bool_arg(0, "case_sensitive", true);
    std::string by = call.string_arg(1, "by", "key");
    bool reverse = call.bool_arg(2, "reverse", false);
    if (by != "key" && by != "value") call.fail(Message("template.dictsort_by", {{"by", by}}));
    if (in.is_undefined()) return Val::owned(Value::array());
    if (!in.plain() || !in.plain()->is_object()) call.bad_input(in, "dict");
    const Value& dict = *in.plain();
    std::vector<Value> pairs;
    for (auto it = dict.begin(); it != dict.end(); ++it) pairs.push_back(Value::array({it.key(), *it}));
    std::vector<const Value*> ptrs;
    for (const Value& p : pairs) ptrs.push_back(&p);
    std::vector<const Value*> key_ptrs;
    for (const Value* p : ptrs) key_ptrs.push_back(&(*p)[by == "key" ? 0 : 1]);
    SortKeys keys(key_ptrs, std::nullopt, case_sensitive, call.locale.language);
    Value out = Value::array();
    for (std::size_t i : sorted_order(keys.keys, reverse)) out.push_back(std::move(pairs[i]));
    return Val::owned(std::move(out));
}

Val filter_items(Val& in, FilterCall& call) {
    call.allow(0, {});
    if (in.is_undefined() || (in.plain() && in.plain()->is_null())) return Val::owned(Value::array());
    if (!in.plain() || !in.plain()->is_object()) call.bad_input(in, "dict");
    const Value& dict = *in.plain();
    Value out = Value::array();
    for (auto it = dict.begin(); it != dict.end(); ++it) out.push_back(Value::array({it.key(), *it}));
    return Val::owned(std::move(out));
}

Val filter_keys(Val& in, FilterCall& call) {
    call.allow(0, {});
    if (in.is_undefined() || (in.plain() && in.plain()->is_null())) return Val::owned(Value::array());
    if (!in.plain() || !in.plain()->is_object()) call.bad_input(in, "dict");
    Value out = Value::array();
    for (auto it = in.plain()->begin(); it != in.plain()->end(); ++it) out.push_back(it.key());
    return Val::owned(std::move(out));
}

Val filter_values(Val& in, FilterCall& call) {
    call.allow(0, {});
    if (in.is_undefined() || (in.plain() && in.plain()->is_null())) return Val::view({});
    if (!in.plain() || !in.plain()->is_object()) call.bad_input(in, "dict");
    in = std::move(in).stable(call.store);
    std::vector<const Value*> values;
    for (const Value& v : *in.plain()) values.push_back(&v);
    return Val::view(std::move(values));
}

// batch(3) → [[a, b, c], [d, e, f], [g]]; with fill_with the last batch is filled up.
Val filter_batch(Val& in, FilterCall& call) {
    call.allow(2, {"linecount", "size", "fill_with"});
    std::int64_t size = call.int_arg(0, call.arg(0, "size") ? "size" : "linecount", 0);
    if (size < 1) call.fail(Message("template.batch_size"));
    Val* fill = call.arg(1, "fill_with");
    std::vector<const Value*> items = items_of(in, call);
    Value out = Value::array();
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i % static_cast<std::size_t>(size) == 0) out.push_back(Value::array());
        out.back().push_back(*items[i]);
    }
    if (fill && !out.empty())
        while (out.back().size() < static_cast<std::size_t>(size)) out.back().push_back(fill->json());
    return Val::owned(std::move(out));
}

Val filter_min(Val& in, FilterCall& call) { return min_or_max(in, call, false); }
Val filter_max(Val& in, FilterCall& call) { return min_or_max(in, call, true); }

// sum(attribute=none, start=0); whole numbers stay whole.
Val filter_sum(Val& in, FilterCall& call) {
    call.allow(2, {"attribute", "start"});
    auto attribute = call.optional_string_arg(0, "attribute");
    Val* start = call.arg(1, "start");
    std::vector<const Value*> items = items_of(in, call);
    std::int64_t isum = 0;
    double fsum = 0;
    bool is_float = false;
    auto add = [&](const Value& v, const Val& shown) {
        if (!v.is_number()) call.fail(with_value(Message("template.sum_needs_numbers"), "value", shown));
        auto i = as_integer(v);
        if (i && !is_float && !__builtin_add_overflow(isum, *i, &isum)) return;
        if (!is_float) fsum = static_cast<double>(isum);
        is_float = true;
        fsum += v.get<double>();
    };
    if (start) add(start->json(), *start);
    for (const Value* item : items) {
        const Value* v = key_of(item, attribute);
        add(*v, Val::ref(*v));
    }
    return is_float ? Val::owned(fsum) : Val::owned(isum);
}

Val filter_list(Val& in, FilterCall& call) {
    call.allow(0, {});
    if (in.kind() == Val::Kind::view) return std::move(in);
    if (in.plain() && in.plain()->is_array()) return std::move(in);
    std::vector<const Value*> items = items_of(in, call, "text_list_or_dict");
    return Val::view(std::move(items));
}

}  // namespace urker::tmpl
