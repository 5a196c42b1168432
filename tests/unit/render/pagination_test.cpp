// The paginator's window: what the page links of a list show.
#include "render/pagination.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace urker;
using json = urker::Json;

namespace {

std::vector<std::string> urls_of(std::size_t n) {
    std::vector<std::string> urls{"/news/"};
    for (std::size_t k = 2; k <= n; ++k) urls.push_back("/news/page/" + std::to_string(k) + "/");
    return urls;
}

// The window as a reader sees it: "1 … 4 5 [6] 7 8 … 20".
std::string shown(const json& paginator) {
    std::string out;
    for (const auto& item : paginator["window"]) {
        if (!out.empty()) out += ' ';
        if (item.contains("gap")) {
            out += "…";
            continue;
        }
        const std::string n = std::to_string(item["number"].get<std::size_t>());
        out += item["current"].get<bool>() ? "[" + n + "]" : n;
    }
    return out;
}

}  // namespace

TEST_CASE("the window shows the ends, two pages either side of this one, and gaps between") {
    const auto urls = urls_of(20);
    CHECK(shown(make_paginator(json::array(), 6, 1000, urls)) == "1 … 4 5 [6] 7 8 … 20");
    CHECK(shown(make_paginator(json::array(), 1, 1000, urls)) == "[1] 2 3 … 20");
    CHECK(shown(make_paginator(json::array(), 20, 1000, urls)) == "1 … 18 19 [20]");
    // On page 4, pages 2 and 3 are within two of it: nothing is left out between it and 1. On
    // page 5 the gap stands for page 2 alone (as the theme has always drawn it).
    CHECK(shown(make_paginator(json::array(), 4, 1000, urls)) == "1 2 3 [4] 5 6 … 20");
    CHECK(shown(make_paginator(json::array(), 5, 1000, urls)) == "1 … 3 4 [5] 6 7 … 20");
    CHECK(shown(make_paginator(json::array(), 1, 10, urls_of(1))) == "[1]");
    CHECK(shown(make_paginator(json::array(), 2, 10, urls_of(3))) == "1 [2] 3");
}

TEST_CASE("the paginator's other fields") {
    const auto urls = urls_of(3);
    const json p = make_paginator(json::array({json{{"title", "a"}}}), 2, 120, urls);
    CHECK(p["pages"].size() == 1);
    CHECK(p["number"] == 2);
    CHECK(p["total_pages"] == 3);
    CHECK(p["total_items"] == 120);
    CHECK(p["prev_url"] == "/news/");
    CHECK(p["next_url"] == "/news/page/3/");
    CHECK(p["first_url"] == "/news/");
    CHECK(p["last_url"] == "/news/page/3/");
    CHECK(p["page_urls"] == json(urls));
    CHECK(p["window"][0]["url"] == "/news/");
    const json first = make_paginator(json::array(), 1, 120, urls);
    CHECK(first["prev_url"] == "");
    CHECK(make_paginator(json::array(), 3, 120, urls)["next_url"] == "");
}
