#include <doctest/doctest.h>

#include <cstdint>
#include <random>
#include <utility>
#include <vector>

#include "output/read_runs.h"

using namespace urker;

namespace {

std::vector<std::pair<std::uint32_t, std::uint32_t>> runs_of(const ReadRuns& r) {
    std::vector<std::pair<std::uint32_t, std::uint32_t>> out;
    r.for_each_run([&out](std::uint32_t first, std::uint32_t last) { out.emplace_back(first, last); });
    return out;
}

}  // namespace

TEST_CASE("read runs give back the numbers they were given, in order, as the longest runs") {
    const std::vector<std::uint32_t> numbers = {3, 4, 5, 9, 10, 2, 2, 7, 1000000, 1000001, 0, 4294967295u};
    ReadRuns r(numbers);
    CHECK(r.size() == numbers.size());
    CHECK_FALSE(r.empty());
    CHECK(r.numbers() == numbers);
    using Run = std::pair<std::uint32_t, std::uint32_t>;
    CHECK(runs_of(r) == std::vector<Run>{{3, 5}, {9, 10}, {2, 2}, {2, 2}, {7, 7}, {1000000, 1000001}, {0, 0}, {4294967295u, 4294967295u}});
    // Kept to the end of the build: closing the last run changes nothing it gives back.
    r.shrink_to_fit();
    CHECK(r.numbers() == numbers);
    r.push_back(8);
    CHECK(r.numbers().back() == 8);
    CHECK(r.size() == numbers.size() + 1);
}

TEST_CASE("read runs: runs given whole join the run before when they continue it") {
    ReadRuns r;
    CHECK(r.empty());
    CHECK(r.numbers().empty());
    r.push_run(10, 17);
    r.push_run(18, 20);
    r.push_back(21);
    r.push_run(5, 5);
    using Run = std::pair<std::uint32_t, std::uint32_t>;
    CHECK(runs_of(r) == std::vector<Run>{{10, 21}, {5, 5}});
    CHECK(r.size() == 13);
}

TEST_CASE("read runs used again after clear(), and copied once finished, hold just their own numbers") {
    ReadRuns scratch;
    scratch.push_run(100, 120);
    scratch.push_back(7);
    scratch.clear();
    CHECK(scratch.empty());
    CHECK(scratch.size() == 0);
    scratch.push_back(4);
    scratch.push_back(5);
    scratch.push_back(1);
    scratch.finish();
    const ReadRuns kept = scratch;
    CHECK(kept.numbers() == std::vector<std::uint32_t>{4, 5, 1});
    CHECK(kept.encoded_bytes() == scratch.encoded_bytes());
    // A number after finish() starts a run of its own, even one that continues the last.
    scratch.push_back(2);
    CHECK(scratch.numbers() == std::vector<std::uint32_t>{4, 5, 1, 2});
    CHECK(kept.numbers() == std::vector<std::uint32_t>{4, 5, 1});
}

TEST_CASE("read runs stop at the first number the caller refuses") {
    ReadRuns r(std::vector<std::uint32_t>{1, 2, 3, 10, 11});
    std::vector<std::uint32_t> seen;
    CHECK_FALSE(r.all_of([&seen](std::uint32_t n) {
        seen.push_back(n);
        return n != 3;
    }));
    CHECK(seen == std::vector<std::uint32_t>{1, 2, 3});
    CHECK(r.all_of([](std::uint32_t) { return true; }));
    CHECK(ReadRuns().all_of([](std::uint32_t) { return false; }));
}

TEST_CASE("read runs hold a page's reads in a fraction of their plain size") {
    // A page's reads as a memo holds them: some 150 numbers in 25 runs, among a few thousand.
    std::mt19937 random(7);
    std::vector<std::uint32_t> numbers;
    std::uint32_t at = 2000;
    for (int run = 0; run < 25; ++run) {
        at = at + random() % 600 - 300;
        for (int k = 0; k < 6; ++k) numbers.push_back(at + static_cast<std::uint32_t>(k));
        at += 6;
    }
    ReadRuns r(numbers);
    r.shrink_to_fit();
    CHECK(r.numbers() == numbers);
    CHECK(runs_of(r).size() <= 25);
    // Two to four bytes a run, against four bytes a number as a plain list.
    CHECK(r.encoded_bytes() <= 4 * runs_of(r).size());
    CHECK(r.encoded_bytes() * 4 < numbers.size() * sizeof(std::uint32_t));
    ReadRuns copy = r;
    CHECK(copy == r);
}
