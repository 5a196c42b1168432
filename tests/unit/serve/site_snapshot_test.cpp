// The dev server's view of the site: failed builds keep the last good files.
#include <doctest/doctest.h>

#include <thread>

#include "serve/site_snapshot.h"

using namespace urker;
using namespace urker::serve;
using namespace std::chrono_literals;

namespace {
std::shared_ptr<MemoryOutput> site_with(const std::string& text) {
    auto files = std::make_shared<MemoryOutput>();
    files->write("index.html", text);
    return files;
}
}  // namespace

TEST_CASE("a failed build keeps the last good files and reports its problems") {
    SiteSnapshot site;
    CHECK(site.current().files == nullptr);
    site.publish(site_with("first"), true, {});
    CHECK(site.current().generation == 1);
    CHECK(site.current().ok);

    Diagnostic problem{Severity::error, {"content/a.md", 3, 7}, "broken", {}, {}};
    site.publish(nullptr, false, {problem});
    SiteState state = site.current();
    CHECK(state.generation == 2);
    CHECK_FALSE(state.ok);
    REQUIRE(state.files);
    CHECK(state.files->at("index.html") == "first");
    REQUIRE(state.problems.size() == 1);
    CHECK(state.problems[0].where.file == "content/a.md");

    site.publish(site_with("fixed"), true, {});
    CHECK(site.current().ok);
    CHECK(site.current().problems.empty());
    CHECK(site.current().files->at("index.html") == "fixed");
}

TEST_CASE("waiting for a newer build wakes on publish and on close") {
    SiteSnapshot site;
    site.publish(site_with("a"), true, {});
    std::thread builder([&] {
        std::this_thread::sleep_for(20ms);
        site.publish(site_with("b"), true, {});
    });
    SiteState state = site.wait_newer(1, 10s);
    builder.join();
    CHECK(state.generation == 2);

    CHECK(site.wait_newer(2, 10ms).generation == 2);  // times out with the same state

    std::thread stopper([&] {
        std::this_thread::sleep_for(20ms);
        site.close();
    });
    auto started = std::chrono::steady_clock::now();
    site.wait_newer(2, 10s);
    stopper.join();
    CHECK(site.closed());
    CHECK(std::chrono::steady_clock::now() - started < 5s);
}
