// What an Engine holds: templates, filters and functions. Filled by add_template/add_filter/
// add_function before rendering starts, then only read, so renders on many threads share it.
#pragma once

#include <map>
#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "template/ast.h"
#include "template/filters.h"

namespace urker::tmpl {

struct FilterEntry {
    std::string name;
    BuiltinFilter builtin = nullptr;  // null for a host filter
    std::string_view usage;
    Filter host;
};

struct EngineData {
    std::vector<FilterEntry> filters;
    std::map<std::string, std::size_t, std::less<>> filter_index;
    std::map<std::string, Function, std::less<>> functions;
    std::map<std::string, std::unique_ptr<Template>, std::less<>> templates;
    std::set<std::string, std::less<>> broken;  // names whose text had errors (already reported)
    // A host filter or function was added: what it reads is not followed, so no {% cache %}
    // fragment goes to a later build (fragment_cache.h's EarlierFragments).
    bool host_calls = false;

    const Template* find_template(std::string_view name) const {
        auto it = templates.find(name);
        return it == templates.end() ? nullptr : it->second.get();
    }
    const FilterEntry* find_filter(std::string_view name) const {
        auto it = filter_index.find(name);
        return it == filter_index.end() ? nullptr : &filters[it->second];
    }
    std::vector<std::string> filter_names() const;
    std::vector<std::string> template_names() const;
};

// Runs a filter from the table on `input`: built-ins directly, host filters through the public
// Filter signature (their input and arguments are copied into Args).
Val apply_filter(const FilterEntry& filter, Val& input, FilterCall& call);

}  // namespace urker::tmpl
