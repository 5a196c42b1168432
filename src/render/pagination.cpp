#include "render/pagination.h"

namespace urker {

using json = urker::Json;

json make_paginator(json items, std::size_t number, std::size_t total_items, const std::vector<std::string>& urls) {
    json paginator = make_paginator_around(number, total_items, urls);
    paginator["pages"] = std::move(items);
    return paginator;
}

json make_paginator_around(std::size_t number, std::size_t total_items, const std::vector<std::string>& urls) {
    const std::size_t total = urls.size();
    json window = json::array();
    for (std::size_t n = 1; n <= total; ++n) {
        // As a reader expects (and as the theme drew it before): 1 … 4 5 [6] 7 8 … 20.
        const bool near = n + 2 >= number && n <= number + 2;
        if (n == 1 || n == total || near)
            window.push_back({{"number", n}, {"url", urls[n - 1]}, {"current", n == number}});
        else if (n + 3 == number || n == number + 3)
            window.push_back({{"gap", true}});
    }
    return {{"number", number},
            {"total_pages", total},
            {"total_items", total_items},
            {"prev_url", number > 1 ? urls[number - 2] : ""},
            {"next_url", number < total ? urls[number] : ""},
            {"first_url", urls.front()},
            {"last_url", urls.back()},
            {"page_urls", urls},
            {"window", std::move(window)}};
}

}  // namespace urker
