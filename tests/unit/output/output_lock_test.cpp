#include <doctest/doctest.h>

#include <atomic>
#include <chrono>
#include <thread>

#include "output/output_lock.h"
#include "temp_folder.h"

using namespace urker;
using urker::testing::TempFolder;

TEST_CASE("a second build into a locked output is told and refused when it must not wait") {
    TempFolder t;
    std::string error;
    OutputLock first = OutputLock::acquire(t / ".public.urker-lock", true, {}, error);
    REQUIRE(first.held());
    bool told = false;
    OutputLock second = OutputLock::acquire(t / ".public.urker-lock", false, [&] { told = true; }, error);
    CHECK_FALSE(second.held());
    CHECK(told);
    CHECK(error.find("another urker build") != std::string::npos);
    first.release();
    // Released: the lock file is gone and the next build gets the lock at once.
    CHECK_FALSE(std::filesystem::exists(t / ".public.urker-lock"));
    OutputLock third = OutputLock::acquire(t / ".public.urker-lock", false, {}, error);
    CHECK(third.held());
}

TEST_CASE("a waiting build gets the lock when the first one finishes") {
    TempFolder t;
    std::string error;
    auto first = std::make_unique<OutputLock>(OutputLock::acquire(t / ".x.urker-lock", true, {}, error));
    REQUIRE(first->held());
    std::atomic<bool> waiting{false}, got{false};
    std::thread second([&] {
        std::string e;
        OutputLock lock = OutputLock::acquire(t / ".x.urker-lock", true, [&] { waiting = true; }, e);
        got = lock.held();
    });
    for (int i = 0; i < 200 && !waiting; ++i) std::this_thread::sleep_for(std::chrono::milliseconds(5));
    CHECK(waiting);
    CHECK_FALSE(got);
    first.reset();
    second.join();
    CHECK(got);
    CHECK_FALSE(std::filesystem::exists(t / ".x.urker-lock"));
}
