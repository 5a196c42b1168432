// Tests for "x is name(args)" and for select/reject/selectattr. Like filters, the parser resolves
// a test name to an index in this constant table.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "template/value.h"

namespace urker::tmpl {

using TestFn = bool (*)(Val& value, std::vector<Val>& args);

struct TestInfo {
    std::string_view name;
    TestFn fn;
    std::size_t min_args;
    std::size_t max_args;
};

std::optional<std::size_t> find_test(std::string_view name);
const TestInfo& test_at(std::size_t index);
std::vector<std::string> test_names();

// "needle in haystack": a substring of text, an element of a list, a key of a dict. Shared by the
// "in" operator and the "in" test.
bool contains_value(Val& haystack, Val& needle);

}  // namespace urker::tmpl
