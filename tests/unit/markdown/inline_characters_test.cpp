#include <doctest/doctest.h>

#include <string>
#include <thread>
#include <vector>

#include "markdown/inline_characters.h"
#include "markdown/markdown.h"

using namespace urker;

namespace {
struct Registered {
    Registered() { register_markdown_extensions(); }
} registered;

std::string html_of(const std::string& text) {
    MarkdownRenderer r;
    Diagnostics diags;
    return r.render({text, {"content/p.md", 1, 0}, text, "ru"}, diags).html;
}
}  // namespace

TEST_CASE("parses run at once: cmark-gfm's table of inline characters is settled by registration") {
    // If cmark-gfm ever stopped calling its function through the binary, this would be false and
    // parses would run one at a time again (correct, but slower).
    CHECK(parses_may_overlap());
}

TEST_CASE("strikethrough and autolinks still parse after many parses, one after another and on several threads at once") {
    const std::string text = "Был ~~старый~~ план, см. www.edu.kz и https://bilim.kz.\n\n~~одна~~ ~~две~~\n";
    const std::string expected = html_of(text);
    REQUIRE(expected.find("<del>старый</del>") != std::string::npos);
    REQUIRE(expected.find("<a href=\"http://www.edu.kz\">www.edu.kz</a>") != std::string::npos);
    REQUIRE(expected.find("<a href=\"https://bilim.kz\">https://bilim.kz</a>") != std::string::npos);
    for (int i = 0; i < 20; ++i) CHECK(html_of(text) == expected);

    // Threads that each finish hundreds of parses: with the table changing under them, a parse
    // would now and then miss a '~' or a "www." that another parse had just removed.
    constexpr int threads = 4, per_thread = 300;
    std::vector<int> wrong(threads, 0);
    std::vector<std::thread> pool;
    for (int t = 0; t < threads; ++t)
        pool.emplace_back([&, t] {
            for (int i = 0; i < per_thread; ++i)
                if (html_of(text) != expected) ++wrong[t];
        });
    for (auto& th : pool) th.join();
    for (int t = 0; t < threads; ++t) CHECK(wrong[t] == 0);
}
