// The filter table, argument handling shared by all filters, and the filters about output:
// escape, safe, default, string, json, urlencode, format, attr.
#include "template/filters.h"

#include <array>
#include <cctype>
#include <cmath>
#include <cstdint>
#include <cstdio>

#include "core/text.h"
#include "template/engine_data.h"
#include "template/errors.h"

namespace urker::tmpl {

// ---- arguments ----------------------------------------------------------------------------

Val* FilterCall::arg(std::size_t index, std::string_view param) {
    Val* found = index < positional.size() ? &positional[index] : nullptr;
    for (auto& [n, v] : named) {
        if (n != param) continue;
        if (found) fail(Message("template.filter_argument_twice", {{"filter", name}, {"param", param}}));
        found = &v;
    }
    return found;
}

void FilterCall::allow(std::size_t max_positional, std::initializer_list<std::string_view> names) const {
    if (positional.size() > max_positional) {
        fail(Message("template.filter_too_many_arguments",
                     {{"filter", name}, {"max", max_positional}, {"given", positional.size()}}));
    }
    for (const auto& [n, _] : named) {
        bool known = false;
        for (std::string_view allowed : names) known = known || allowed == n;
        if (known) continue;
        std::vector<std::string> candidates(names.begin(), names.end());
        Message hint = did_you_mean(n, candidates);
        throw RenderError(Message("template.filter_unknown_argument", {{"filter", name}, {"param", n}}),
                          hint.empty() ? Message("template.filter_usage_hint", {{"usage", usage}}) : hint);
    }
}

std::int64_t FilterCall::int_arg(std::size_t index, std::string_view param, std::int64_t fallback) {
    Val* v = arg(index, param);
    if (!v || v->is_undefined()) return fallback;
    if (const Value* j = v->plain()) {
        if (auto i = as_integer(*j)) return *i;
        if (j->is_number_float() && std::floor(j->get<double>()) == j->get<double>())
            return static_cast<std::int64_t>(j->get<double>());
    }
    bad_arg(param, *v, "whole_number");
}

double FilterCall::number_arg(std::size_t index, std::string_view param, double fallback) {
    Val* v = arg(index, param);
    if (!v || v->is_undefined()) return fallback;
    if (const Value* j = v->plain(); j && j->is_number()) return j->get<double>();
    bad_arg(param, *v, "number");
}

bool FilterCall::bool_arg(std::size_t index, std::string_view param, bool fallback) {
    Val* v = arg(index, param);
    if (!v || v->is_undefined()) return fallback;
    if (const Value* j = v->plain(); j && j->is_boolean()) return j->get<bool>();
    bad_arg(param, *v, "boolean");
}

std::optional<std::string> FilterCall::optional_string_arg(std::size_t index, std::string_view param) {
    Val* v = arg(index, param);
    if (!v || v->is_undefined()) return std::nullopt;
    const Value* j = v->plain();
    if (j && j->is_null()) return std::nullopt;
    if (j && (j->is_string() || j->is_number())) return plain_string(*j);
    bad_arg(param, *v, "text");
}

std::string FilterCall::string_arg(std::size_t index, std::string_view param, std::string_view fallback) {
    auto s = optional_string_arg(index, param);
    return s ? *s : std::string(fallback);
}

Val& FilterCall::need(std::size_t index, std::string_view param) {
    Val* v = arg(index, param);
    if (!v)
        fail(Message("template.filter_needs_argument", {{"filter", name}, {"param", param}}));
    return *v;
}

void FilterCall::fail(Message message) const {
    throw RenderError(std::move(message), usage.empty() ? Message() : Message("template.filter_usage_hint", {{"usage", usage}}));
}

void FilterCall::bad_input(const Val& input, std::string_view expected) const {
    fail(with_value(Message("template.filter_bad_input", {{"filter", name}, {"expected", expected}}), "value", input));
}

void FilterCall::bad_arg(std::string_view param, const Val& got, std::string_view expected) const {
    fail(with_value(Message("template.filter_bad_argument", {{"filter", name}, {"expected", expected}, {"param", param}}),
                    "value", got));
}

// ---- running a filter ---------------------------------------------------------------------

Val apply_filter(const FilterEntry& filter, Val& input, FilterCall& call) {
    try {
        if (filter.builtin) return filter.builtin(input, call);
        Args args;
        for (Val& v : call.positional) args.positional.push_back(std::move(v).take());
        for (auto& [n, v] : call.named) args.named[std::string(n)] = std::move(v).take();
        const Value& in = input.is_undefined() || input.is_special() ? null_json() : input.json();
        return Val::owned(filter.host(in, args, call.locale));
    } catch (RenderError&) {
        throw;
    } catch (std::exception& e) {
        fail(Message("template.filter_failed", {{"filter", call.name}, {"what", e.what()}}));
    }
}

std::vector<std::string> EngineData::filter_names() const {
    std::vector<std::string> names;
    for (const auto& f : filters) names.push_back(f.name);
    return names;
}

std::vector<std::string> EngineData::template_names() const {
    std::vector<std::string> names;
    for (const auto& [n, _] : templates) names.push_back(n);
    return names;
}

// ---- output filters -----------------------------------------------------------------------

Val filter_escape(Val& in, FilterCall& call) {
    call.allow(0, {});
    if (in.safe()) return std::move(in);  // already markup: escaping twice would show "&amp;lt;"
    return Val::owned(escape_html(plain_string(in)), true);
}

Val filter_safe(Val& in, FilterCall& call) {
    call.allow(0, {});
    in.mark_safe();
    return std::move(in);
}

// Missing (undefined) and none both take the default: YAML front matter often has "summary:"
// with nothing after it, and the webmaster means "no summary". With boolean=true any false-like
// value ("" , 0, [], false) takes it too.
Val filter_default(Val& in, FilterCall& call) {
    call.allow(2, {"default_value", "boolean"});
    bool boolean = call.bool_arg(1, "boolean", false);
    bool missing = in.is_undefined() || (in.plain() && in.plain()->is_null()) || (boolean && !truthy(in));
    if (!missing) return std::move(in);
    Val* fallback = call.arg(0, "default_value");
    return fallback ? std::move(*fallback) : Val::owned("");
}

Val filter_string(Val& in, FilterCall& call) {
    call.allow(0, {});
    if (in.plain() && in.plain()->is_string()) return std::move(in);
    return Val::owned(plain_string(in), in.safe());
}

// Compact JSON with <, >, & and ' written as \u003c… so that it is safe inside <script>. The
// result is still escaped on output like any text; inside <script> write {{ x | json | safe }}.
Val filter_json(Val& in, FilterCall& call) {
    call.allow(1, {"indent"});
    std::int64_t indent = call.int_arg(0, "indent", -1);
    const Value& v = in.is_undefined() || in.is_special() ? null_json() : in.json();
    std::string dumped = v.dump(static_cast<int>(indent), ' ', false, Value::error_handler_t::replace);
    std::string out;
    out.reserve(dumped.size());
    for (char c : dumped) {
        switch (c) {
            case '<': out += "\\u003c"; break;
            case '>': out += "\\u003e"; break;
            case '&': out += "\\u0026"; break;
            case '\'': out += "\\u0027"; break;
            default: out += c;
        }
    }
    return Val::owned(std::move(out));
}

namespace {
// UTF-8 percent-encoding; RFC 3986 unreserved characters (and `keep`) stay as they are.
void percent_encode(std::string& out, std::string_view s, std::string_view keep) {
    static constexpr char hex[] = "0123456789ABCDEF";
    for (char c : s) {
        auto u = static_cast<unsigned char>(c);
        bool unreserved = (u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') || c == '-' ||
                          c == '.' || c == '_' || c == '~' || keep.find(c) != std::string_view::npos;
        if (unreserved) {
            out += c;
        } else {
            out += '%';
            out += hex[u >> 4];
            out += hex[u & 15];
        }
    }
}
}  // namespace

// Text keeps "/" (as Jinja does, so a path stays a path); a dict becomes a query string in which
// everything but the unreserved characters is encoded.
Val filter_urlencode(Val& in, FilterCall& call) {
    call.allow(0, {});
    std::string out;
    if (in.plain() && in.plain()->is_object()) {
        const Value& dict = *in.plain();
        for (auto it = dict.begin(); it != dict.end(); ++it) {
            if (!out.empty()) out += '&';
            percent_encode(out, it.key(), {});
            out += '=';
            percent_encode(out, plain_string(*it), {});
        }
    } else {
        percent_encode(out, plain_string(in), "/");
    }
    return Val::owned(std::move(out));
}

// printf-style: "%s of %d" | format(a, b). Supports %s %d %i %f %e %g %x %o %c %% with flags,
// width and precision.
Val filter_format(Val& in, FilterCall& call) {
    call.allow(SIZE_MAX, {});
    if (!in.plain() || !in.plain()->is_string()) call.bad_input(in, "format_text");
    const std::string& pattern = in.plain()->get_ref<const std::string&>();
    std::string out;
    std::size_t next_arg = 0;
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        if (pattern[i] != '%') {
            out += pattern[i];
            continue;
        }
        std::size_t start = i++;
        while (i < pattern.size() && std::string_view("-+ #0").find(pattern[i]) != std::string_view::npos) ++i;
        while (i < pattern.size() && std::isdigit(static_cast<unsigned char>(pattern[i]))) ++i;
        if (i < pattern.size() && pattern[i] == '.') {
            ++i;
            while (i < pattern.size() && std::isdigit(static_cast<unsigned char>(pattern[i]))) ++i;
        }
        if (i >= pattern.size()) call.fail(Message("template.format_ends_in_placeholder"));
        char conv = pattern[i];
        if (conv == '%') {
            out += '%';
            continue;
        }
        if (std::string_view("sdifeEgGxXoc").find(conv) == std::string_view::npos)
            call.fail(Message("template.format_unknown_placeholder", {{"placeholder", std::string("%") + conv}}));
        if (next_arg >= call.positional.size()) call.fail(Message("template.format_too_few_values"));
        Val& arg = call.positional[next_arg++];
        std::string spec = pattern.substr(start, i - start);
        char buf[512];
        if (conv == 's') {
            std::string s = plain_string(arg);
            std::snprintf(buf, sizeof buf, (spec + "s").c_str(), s.c_str());
            out += spec == "%" ? s : std::string(buf);
            continue;
        }
        const Value* j = arg.plain();
        if (!j || !j->is_number())
            call.fail(with_value(Message("template.format_needs_number", {{"placeholder", spec + conv}}), "value", arg));
        auto whole = static_cast<long long>(j->get<double>());
        if (auto i64 = as_integer(*j)) whole = *i64;
        if (conv == 'c') {
            if (whole < 0 || whole > 0x10FFFF) call.fail(Message("template.format_needs_character_code"));
            append_utf8(out, static_cast<char32_t>(whole));
            continue;
        }
        if (conv == 'd' || conv == 'i' || conv == 'x' || conv == 'X' || conv == 'o') {
            std::snprintf(buf, sizeof buf, (spec + "ll" + (conv == 'i' ? 'd' : conv)).c_str(), whole);
        } else {
            std::snprintf(buf, sizeof buf, (spec + conv).c_str(), j->get<double>());
        }
        out += buf;
    }
    if (next_arg < call.positional.size()) call.fail(Message("template.format_too_many_values"));
    return Val::owned(std::move(out));
}

Val filter_attr(Val& in, FilterCall& call) {
    call.allow(1, {"name"});
    std::string name = call.string_arg(0, "name", "");
    if (!in.plain()) return {};
    in = std::move(in).stable(call.store);
    const Value* v = find_member(*in.plain(), name);
    return v ? Val::ref(*v) : Val();
}

// ---- the table ----------------------------------------------------------------------------

std::span<const BuiltinFilterInfo> builtin_filters() {
    static constexpr std::array table = {
        BuiltinFilterInfo{"abs", filter_abs, "abs"},
        BuiltinFilterInfo{"attr", filter_attr, "attr(name)"},
        BuiltinFilterInfo{"batch", filter_batch, "batch(size, fill_with=none)"},
        BuiltinFilterInfo{"capitalize", filter_capitalize, "capitalize"},
        BuiltinFilterInfo{"count", filter_length, "count"},
        BuiltinFilterInfo{"d", filter_default, "d(default_value=\"\", boolean=false)"},
        BuiltinFilterInfo{"date", filter_date, "date(format=\"long\")"},
        BuiltinFilterInfo{"default", filter_default, "default(default_value=\"\", boolean=false)"},
        BuiltinFilterInfo{"dictsort", filter_dictsort, "dictsort(case_sensitive=false, by=\"key\", reverse=false)"},
        BuiltinFilterInfo{"e", filter_escape, "e"},
        BuiltinFilterInfo{"escape", filter_escape, "escape"},
        BuiltinFilterInfo{"filesizeformat", filter_filesizeformat, "filesizeformat"},
        BuiltinFilterInfo{"first", filter_first, "first"},
        BuiltinFilterInfo{"float", filter_float, "float(default=0.0)"},
        BuiltinFilterInfo{"format", filter_format, "\"%s and %d\" | format(a, b)"},
        BuiltinFilterInfo{"groupby", filter_groupby, "groupby(attribute, default=none)"},
        BuiltinFilterInfo{"indent", filter_indent, "indent(width=4, first=false, blank=false)"},
        BuiltinFilterInfo{"int", filter_int, "int(default=0, base=10)"},
        BuiltinFilterInfo{"items", filter_items, "items"},
        BuiltinFilterInfo{"join", filter_join, "join(separator=\"\", attribute=none)"},
        BuiltinFilterInfo{"json", filter_json, "json(indent=none)"},
        BuiltinFilterInfo{"keys", filter_keys, "keys"},
        BuiltinFilterInfo{"last", filter_last, "last"},
        BuiltinFilterInfo{"length", filter_length, "length"},
        BuiltinFilterInfo{"list", filter_list, "list"},
        BuiltinFilterInfo{"lower", filter_lower, "lower"},
        BuiltinFilterInfo{"map", filter_map, "map(attribute=\"name\", default=none) or map(\"filter\", …)"},
        BuiltinFilterInfo{"max", filter_max, "max(attribute=none)"},
        BuiltinFilterInfo{"min", filter_min, "min(attribute=none)"},
        BuiltinFilterInfo{"plural", filter_plural,
                          "plural(\"key\") or plural(one=\"{n} …\", few=\"…\", many=\"…\", other=\"…\")"},
        BuiltinFilterInfo{"reject", filter_reject, "reject(test=none, …)"},
        BuiltinFilterInfo{"rejectattr", filter_rejectattr, "rejectattr(attribute, test=none, …)"},
        BuiltinFilterInfo{"replace", filter_replace, "replace(old, new, count=none)"},
        BuiltinFilterInfo{"reverse", filter_reverse, "reverse"},
        BuiltinFilterInfo{"round", filter_round, "round(precision=0, method=\"common\")"},
        BuiltinFilterInfo{"safe", filter_safe, "safe"},
        BuiltinFilterInfo{"select", filter_select, "select(test=none, …)"},
        BuiltinFilterInfo{"selectattr", filter_selectattr, "selectattr(attribute, test=none, …)"},
        BuiltinFilterInfo{"slice", filter_slice, "slice(start, end=none)"},
        BuiltinFilterInfo{"slugify", filter_slugify, "slugify"},
        BuiltinFilterInfo{"sort", filter_sort, "sort(reverse=false, case_sensitive=true, attribute=none)"},
        BuiltinFilterInfo{"split", filter_split, "split(separator=none)"},
        BuiltinFilterInfo{"string", filter_string, "string"},
        BuiltinFilterInfo{"striptags", filter_striptags, "striptags"},
        BuiltinFilterInfo{"sum", filter_sum, "sum(attribute=none, start=0)"},
        BuiltinFilterInfo{"t", filter_t, "t(name=value, …)"},
        BuiltinFilterInfo{"tel", filter_tel, "tel"},
        BuiltinFilterInfo{"title", filter_title, "title"},
        BuiltinFilterInfo{"tojson", filter_json, "tojson(indent=none)"},
        BuiltinFilterInfo{"trim", filter_trim, "trim(chars=none)"},
        BuiltinFilterInfo{"truncate", filter_truncate,
                          "truncate(length=255, killwords=false, end=\"…\", leeway=0)"},
        BuiltinFilterInfo{"unique", filter_unique, "unique(attribute=none)"},
        BuiltinFilterInfo{"upper", filter_upper, "upper"},
        BuiltinFilterInfo{"urlencode", filter_urlencode, "urlencode"},
        BuiltinFilterInfo{"values", filter_values, "values"},
        BuiltinFilterInfo{"wordcount", filter_wordcount, "wordcount"},
    };
    return table;
}

}  // namespace urker::tmpl
