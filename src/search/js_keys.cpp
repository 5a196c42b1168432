#include "search/js_keys.h"

#include <algorithm>

namespace urker::search {

std::optional<std::uint32_t> js_array_index(std::string_view key) {
    if (key.empty() || key.size() > 10 || (key.size() > 1 && key[0] == '0')) return std::nullopt;
    std::uint64_t value = 0;
    for (char c : key) {
        if (c < '0' || c > '9') return std::nullopt;
        value = value * 10 + static_cast<std::uint64_t>(c - '0');
    }
    if (value > 4294967294u) return std::nullopt;
    return static_cast<std::uint32_t>(value);
}

std::vector<std::size_t> js_property_order(const std::vector<std::string_view>& keys) {
    std::vector<std::size_t> order(keys.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        const auto ia = js_array_index(keys[a]);
        const auto ib = js_array_index(keys[b]);
        if (ia && ib) return *ia < *ib;
        return ia.has_value() && !ib.has_value();
    });
    return order;
}

}  // namespace urker::search
