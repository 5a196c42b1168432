// JavaScript's property order, which decides the order of keys wherever lunr.js serializes an
// object: keys that are array indices (canonical decimal integers 0 … 2^32 - 2, such as "10" but
// not "010") come first in numeric order, the others follow in insertion order. JSON.parse in the
// browser re-applies this order, so it also decides how lunr breaks ties between results.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace urker::search {

std::optional<std::uint32_t> js_array_index(std::string_view key);

// Positions of `keys` (distinct, in insertion order) in the order JavaScript enumerates them.
std::vector<std::size_t> js_property_order(const std::vector<std::string_view>& keys);

}  // namespace urker::search
