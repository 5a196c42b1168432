// The live-reload script tag added to served pages, and the build state clients receive.
#include <doctest/doctest.h>

#include "core/json.h"

#include "serve/live_reload.h"
#include "serve/site_snapshot.h"

using namespace urker;
using namespace urker::serve;

TEST_CASE("the script goes just before the last closing body tag") {
    std::string html = "<html><body><p>a</p></body></html>\n";
    CHECK(inject_live_reload(html, 7) ==
          "<html><body><p>a</p><script src=\"/__urker/live.js?generation=7\"></script></body></html>\n");
    // A "</body>" quoted in the page's text earlier does not count; upper case does.
    CHECK(inject_live_reload("<pre>&lt;/body&gt; </body></pre></BODY>", 1) ==
          "<pre>&lt;/body&gt; </body></pre><script src=\"/__urker/live.js?generation=1\"></script></BODY>");
}

TEST_CASE("a page without a body tag gets the script at its end") {
    CHECK(inject_live_reload("<p>a</p>", 2) == "<p>a</p><script src=\"/__urker/live.js?generation=2\"></script>");
    CHECK(inject_live_reload("", 3) == "<script src=\"/__urker/live.js?generation=3\"></script>");
}

TEST_CASE("the live-reload script listens to the event stream and builds the overlay from text") {
    std::string_view script = live_reload_script();
    CHECK(script.find("new EventSource('/__urker/events')") != std::string_view::npos);
    CHECK(script.find("location.reload()") != std::string_view::npos);
    CHECK(script.find("textContent") != std::string_view::npos);
    CHECK(script.find("innerHTML") == std::string_view::npos);  // messages quote files: never parse them as HTML
    // A build that succeeded with warnings shows them in a panel of their own, which can be closed.
    CHECK(script.find("function showWarnings(state)") != std::string_view::npos);
    CHECK(script.find("hideErrors();\n      showWarnings(state);") != std::string_view::npos);
    CHECK(script.find("texts.warnings_heading") != std::string_view::npos);
}

TEST_CASE("the page shown before any build succeeded carries the script") {
    std::string page = no_site_yet_page(4);
    CHECK(page.find("could not be built") != std::string::npos);
    CHECK(page.find("/__urker/live.js?generation=4") != std::string::npos);
}

TEST_CASE("the build state names each problem's file, line, message and hint") {
    SiteState state;
    state.generation = 3;
    state.ok = false;
    state.problems.push_back({Severity::error, {"content/a.md", 4, 7}, "the date \"<b>\" is not a date", "write 2026-09-01",
                              "date: <b>"});
    auto j = urker::Json::parse(state_event_json(state));
    CHECK(j["generation"] == 3);
    CHECK(j["ok"] == false);
    REQUIRE(j["problems"].size() == 1);
    CHECK(j["problems"][0]["file"] == "content/a.md");
    CHECK(j["problems"][0]["line"] == 4);
    CHECK(j["problems"][0]["column"] == 7);
    CHECK(j["problems"][0]["severity"] == "error");
    CHECK(j["problems"][0]["message"] == "the date \"<b>\" is not a date");
    CHECK(j["problems"][0]["hint"] == "write 2026-09-01");
    CHECK(j["problems"][0]["source_line"] == "date: <b>");
}

TEST_CASE("invalid UTF-8 quoted from a broken file does not break the build state") {
    SiteState state;
    state.problems.push_back({Severity::error, {"site.yaml", 1, 1}, "bad \xff byte", {}, {}});
    CHECK_NOTHROW(urker::Json::parse(state_event_json(state)));
}
