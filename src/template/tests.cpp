#include "template/tests.h"

#include <array>

#include "template/errors.h"

namespace urker::tmpl {
namespace {

const Value* plain_or_null(Val& v) {
    if (v.is_undefined() || v.is_special()) return nullptr;
    return &v.json();
}

bool t_defined(Val& v, std::vector<Val>&) { return !v.is_undefined(); }
bool t_undefined(Val& v, std::vector<Val>&) { return v.is_undefined(); }
bool t_none(Val& v, std::vector<Val>&) { return v.plain() && v.plain()->is_null(); }
bool t_string(Val& v, std::vector<Val>&) { return v.plain() && v.plain()->is_string(); }
bool t_number(Val& v, std::vector<Val>&) { return v.plain() && v.plain()->is_number(); }
bool t_integer(Val& v, std::vector<Val>&) { return v.plain() && v.plain()->is_number_integer(); }
bool t_float(Val& v, std::vector<Val>&) { return v.plain() && v.plain()->is_number_float(); }
bool t_boolean(Val& v, std::vector<Val>&) { return v.plain() && v.plain()->is_boolean(); }
bool t_true(Val& v, std::vector<Val>&) { return v.plain() && v.plain()->is_boolean() && v.plain()->get<bool>(); }
bool t_false(Val& v, std::vector<Val>&) { return v.plain() && v.plain()->is_boolean() && !v.plain()->get<bool>(); }
bool t_mapping(Val& v, std::vector<Val>&) { return v.plain() && v.plain()->is_object(); }
bool t_sequence(Val& v, std::vector<Val>&) {
    return v.kind() == Val::Kind::view || (v.plain() && (v.plain()->is_array() || v.plain()->is_string()));
}
bool t_iterable(Val& v, std::vector<Val>&) {
    return v.kind() == Val::Kind::view ||
           (v.plain() && (v.plain()->is_array() || v.plain()->is_object() || v.plain()->is_string()));
}
bool t_callable(Val& v, std::vector<Val>&) { return v.kind() == Val::Kind::macro; }
bool t_empty(Val& v, std::vector<Val>&) {
    if (v.kind() == Val::Kind::view) return v.item_count() == 0;
    const Value* j = plain_or_null(v);
    if (!j || j->is_null()) return true;
    if (j->is_string()) return j->get_ref<const std::string&>().empty();
    return (j->is_array() || j->is_object()) && j->empty();
}

std::int64_t whole_number(Val& v, std::string_view test) {
    if (const Value* j = v.plain())
        if (auto i = as_integer(*j)) return *i;
    fail(with_value(Message("template.test_needs_integer", {{"name", test}}), "value", v));
}

bool t_odd(Val& v, std::vector<Val>&) { return whole_number(v, "odd") % 2 != 0; }
bool t_even(Val& v, std::vector<Val>&) { return whole_number(v, "even") % 2 == 0; }
bool t_divisibleby(Val& v, std::vector<Val>& args) {
    std::int64_t n = whole_number(v, "divisibleby");
    std::int64_t d = whole_number(args[0], "divisibleby");
    if (d == 0) fail(Message("template.divisibleby_zero"), Message("template.divisibleby_zero_hint"));
    return n % d == 0;
}

bool t_eq(Val& v, std::vector<Val>& args) { return equal(v, args[0]); }
bool t_ne(Val& v, std::vector<Val>& args) { return !equal(v, args[0]); }

int ordered(Val& a, Val& b, std::string_view test) {
    const Value* x = plain_or_null(a);
    const Value* y = plain_or_null(b);
    std::optional<int> c;
    if (x && y) c = compare(*x, *y);
    if (!c) fail(with_value(with_value(Message("template.test_cannot_compare", {{"name", test}}), "left", a), "right", b));
    return *c;
}
bool t_lt(Val& v, std::vector<Val>& a) { return ordered(v, a[0], "lt") < 0; }
bool t_le(Val& v, std::vector<Val>& a) { return ordered(v, a[0], "le") <= 0; }
bool t_gt(Val& v, std::vector<Val>& a) { return ordered(v, a[0], "gt") > 0; }
bool t_ge(Val& v, std::vector<Val>& a) { return ordered(v, a[0], "ge") >= 0; }

// "needle in haystack": substring of text, element of a list, key of a dict.
bool contains(Val& haystack, Val& needle) {
    if (haystack.kind() == Val::Kind::view) {
        if (needle.is_undefined() || needle.is_special()) return false;
        const Value& n = needle.json();
        for (const Value* item : haystack.items())
            if (*item == n) return true;
        return false;
    }
    const Value* h = plain_or_null(haystack);
    if (!h || h->is_null()) return false;
    if (needle.is_undefined() || needle.is_special()) return false;
    const Value& n = needle.json();
    if (h->is_string()) {
        if (!n.is_string()) fail(with_value(Message("template.in_text_needs_text"), "value", n), Message("template.in_text_needs_text_hint"));
        return h->get_ref<const std::string&>().find(n.get_ref<const std::string&>()) != std::string::npos;
    }
    if (h->is_array()) {
        for (const Value& item : *h)
            if (item == n) return true;
        return false;
    }
    if (h->is_object()) return n.is_string() && find_member(*h, n.get_ref<const std::string&>());
    fail(with_value(Message("template.in_needs_container"), "value", *h), Message("template.in_needs_container_hint"));
}

bool t_in(Val& v, std::vector<Val>& args) { return contains(args[0], v); }
bool t_containing(Val& v, std::vector<Val>& args) { return contains(v, args[0]); }

const std::string* text_of(Val& v) {
    const Value* j = v.plain();
    return j && j->is_string() ? &j->get_ref<const std::string&>() : nullptr;
}
bool t_starting_with(Val& v, std::vector<Val>& args) {
    const std::string* s = text_of(v);
    const std::string* p = text_of(args[0]);
    return s && p && s->starts_with(*p);
}
bool t_ending_with(Val& v, std::vector<Val>& args) {
    const std::string* s = text_of(v);
    const std::string* p = text_of(args[0]);
    return s && p && s->ends_with(*p);
}

constexpr std::array tests = {
    TestInfo{"defined", t_defined, 0, 0},       TestInfo{"undefined", t_undefined, 0, 0},
    TestInfo{"none", t_none, 0, 0},             TestInfo{"string", t_string, 0, 0},
    TestInfo{"number", t_number, 0, 0},         TestInfo{"integer", t_integer, 0, 0},
    TestInfo{"float", t_float, 0, 0},           TestInfo{"boolean", t_boolean, 0, 0},
    TestInfo{"true", t_true, 0, 0},             TestInfo{"false", t_false, 0, 0},
    TestInfo{"mapping", t_mapping, 0, 0},       TestInfo{"sequence", t_sequence, 0, 0},
    TestInfo{"iterable", t_iterable, 0, 0},     TestInfo{"callable", t_callable, 0, 0},
    TestInfo{"empty", t_empty, 0, 0},           TestInfo{"odd", t_odd, 0, 0},
    TestInfo{"even", t_even, 0, 0},             TestInfo{"divisibleby", t_divisibleby, 1, 1},
    TestInfo{"eq", t_eq, 1, 1},                 TestInfo{"equalto", t_eq, 1, 1},
    TestInfo{"==", t_eq, 1, 1},                 TestInfo{"sameas", t_eq, 1, 1},
    TestInfo{"ne", t_ne, 1, 1},                 TestInfo{"!=", t_ne, 1, 1},
    TestInfo{"lt", t_lt, 1, 1},                 TestInfo{"lessthan", t_lt, 1, 1},
    TestInfo{"<", t_lt, 1, 1},                  TestInfo{"le", t_le, 1, 1},
    TestInfo{"<=", t_le, 1, 1},                 TestInfo{"gt", t_gt, 1, 1},
    TestInfo{"greaterthan", t_gt, 1, 1},        TestInfo{">", t_gt, 1, 1},
    TestInfo{"ge", t_ge, 1, 1},                 TestInfo{">=", t_ge, 1, 1},
    TestInfo{"in", t_in, 1, 1},                 TestInfo{"containing", t_containing, 1, 1},
    TestInfo{"starting_with", t_starting_with, 1, 1}, TestInfo{"ending_with", t_ending_with, 1, 1},
};

}  // namespace

bool contains_value(Val& haystack, Val& needle) { return contains(haystack, needle); }

std::optional<std::size_t> find_test(std::string_view name) {
    for (std::size_t i = 0; i < tests.size(); ++i)
        if (tests[i].name == name) return i;
    return std::nullopt;
}

const TestInfo& test_at(std::size_t index) { return tests[index]; }

std::vector<std::string> test_names() {
    std::vector<std::string> names;
    for (const auto& t : tests)
        if (t.name[0] >= 'a' && t.name[0] <= 'z') names.emplace_back(t.name);
    return names;
}

}  // namespace urker::tmpl
