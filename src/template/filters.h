// Built-in filters. Each one is a plain function over evaluated values, registered by name in a
// constant table; the parser turns a filter name into an index in the engine's table once, so
// rendering never looks a filter up by name.
#pragma once

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "template/value.h"

namespace urker::tmpl {

struct EngineData;

// One call of a filter: its evaluated arguments and what a filter may need from the render.
struct FilterCall {
    std::string_view name;   // as written in the template, for messages
    std::string_view usage;  // e.g. truncate(length=255, end="…", killwords=false)
    std::vector<Val> positional;
    std::vector<std::pair<std::string_view, Val>> named;
    const Locale& locale;
    Store& store;
    const EngineData& engine;

    // The argument at `index` or named `name`; nullptr when not given.
    Val* arg(std::size_t index, std::string_view name);
    // Fails on arguments the filter does not take: more than `max_positional`, or unknown names.
    void allow(std::size_t max_positional, std::initializer_list<std::string_view> names) const;

    std::int64_t int_arg(std::size_t index, std::string_view name, std::int64_t fallback);
    double number_arg(std::size_t index, std::string_view name, double fallback);
    bool bool_arg(std::size_t index, std::string_view name, bool fallback);
    std::string string_arg(std::size_t index, std::string_view name, std::string_view fallback);
    std::optional<std::string> optional_string_arg(std::size_t index, std::string_view name);
    // A required argument.
    Val& need(std::size_t index, std::string_view name);

    // Fails with the filter's usage as the hint.
    [[noreturn]] void fail(Message message) const;
    // "the "round" filter needs a number, got text "abc"". `expected` is a key the catalogue
    // spells out (template.filter_bad_input): number, whole_number, boolean, text, list, dict…
    [[noreturn]] void bad_input(const Val& input, std::string_view expected) const;
    [[noreturn]] void bad_arg(std::string_view param, const Val& got, std::string_view expected) const;
};

using BuiltinFilter = Val (*)(Val& input, FilterCall& call);

struct BuiltinFilterInfo {
    std::string_view name;
    BuiltinFilter fn;
    std::string_view usage;
};

std::span<const BuiltinFilterInfo> builtin_filters();

// value[start:stop] with Python's rules: a list (or view) gives a view, text gives the code points.
Val slice_value(Val& input, std::optional<std::int64_t> start, std::optional<std::int64_t> stop, Store& store);

// The filter families, one file each.
Val filter_escape(Val& in, FilterCall& call);
Val filter_safe(Val& in, FilterCall& call);
Val filter_default(Val& in, FilterCall& call);
Val filter_string(Val& in, FilterCall& call);
Val filter_json(Val& in, FilterCall& call);
Val filter_urlencode(Val& in, FilterCall& call);
Val filter_format(Val& in, FilterCall& call);
Val filter_attr(Val& in, FilterCall& call);

Val filter_upper(Val& in, FilterCall& call);
Val filter_lower(Val& in, FilterCall& call);
Val filter_capitalize(Val& in, FilterCall& call);
Val filter_title(Val& in, FilterCall& call);
Val filter_trim(Val& in, FilterCall& call);
Val filter_replace(Val& in, FilterCall& call);
Val filter_striptags(Val& in, FilterCall& call);
Val filter_wordcount(Val& in, FilterCall& call);
Val filter_truncate(Val& in, FilterCall& call);
Val filter_indent(Val& in, FilterCall& call);
Val filter_split(Val& in, FilterCall& call);
Val filter_slugify(Val& in, FilterCall& call);
Val filter_tel(Val& in, FilterCall& call);
Val filter_filesizeformat(Val& in, FilterCall& call);

Val filter_round(Val& in, FilterCall& call);
Val filter_int(Val& in, FilterCall& call);
Val filter_float(Val& in, FilterCall& call);
Val filter_abs(Val& in, FilterCall& call);

Val filter_length(Val& in, FilterCall& call);
Val filter_first(Val& in, FilterCall& call);
Val filter_last(Val& in, FilterCall& call);
Val filter_join(Val& in, FilterCall& call);
Val filter_sort(Val& in, FilterCall& call);
Val filter_reverse(Val& in, FilterCall& call);
Val filter_slice(Val& in, FilterCall& call);
Val filter_unique(Val& in, FilterCall& call);
Val filter_map(Val& in, FilterCall& call);
Val filter_select(Val& in, FilterCall& call);
Val filter_reject(Val& in, FilterCall& call);
Val filter_selectattr(Val& in, FilterCall& call);
Val filter_rejectattr(Val& in, FilterCall& call);
Val filter_groupby(Val& in, FilterCall& call);
Val filter_dictsort(Val& in, FilterCall& call);
Val filter_items(Val& in, FilterCall& call);
Val filter_keys(Val& in, FilterCall& call);
Val filter_values(Val& in, FilterCall& call);
Val filter_batch(Val& in, FilterCall& call);
Val filter_min(Val& in, FilterCall& call);
Val filter_max(Val& in, FilterCall& call);
Val filter_sum(Val& in, FilterCall& call);
Val filter_list(Val& in, FilterCall& call);

Val filter_t(Val& in, FilterCall& call);
Val filter_plural(Val& in, FilterCall& call);
Val filter_date(Val& in, FilterCall& call);

}  // namespace urker::tmpl
