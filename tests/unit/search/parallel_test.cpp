#include "search/parallel.h"

#include <doctest/doctest.h>

#include <atomic>
#include <stdexcept>
#include <string>

using namespace urker::search;

TEST_CASE("produce_in_order hands pieces to the consumer in order, whatever order they finish in") {
    for (unsigned threads : {1u, 2u, 4u}) {
        std::string all;
        std::atomic<int> in_consume{0};
        bool overlapped = false;
        produce_in_order(
            500, threads, 3,
            [](std::size_t i, std::string& text) {
                // Uneven work, so that pieces finish out of order.
                volatile unsigned spin = 0;
                for (unsigned k = 0; k < (i % 7) * 2000; ++k) spin = spin + k;
                text = std::to_string(i);
                text += ',';
            },
            [&](const std::string& text) {
                if (in_consume.fetch_add(1) != 0) overlapped = true;
                all += text;
                in_consume.fetch_sub(1);
            });
        std::string expected;
        for (int i = 0; i < 500; ++i) {
            expected += std::to_string(i);
            expected += ',';
        }
        CHECK(all == expected);
        CHECK_FALSE(overlapped);
    }
}

TEST_CASE("produce_in_order stops and rethrows when a piece fails") {
    std::string all;
    CHECK_THROWS_AS(produce_in_order(
                        100, 2, 4,
                        [](std::size_t i, std::string& text) {
                            if (i == 37) throw std::runtime_error("piece 37");
                            text.assign(1, 'x');
                        },
                        [&](const std::string& text) { all += text; }),
                    std::runtime_error);
    CHECK(all.size() <= 37);
}

TEST_CASE("produce_in_order with no pieces does nothing") {
    int calls = 0;
    produce_in_order(0, 2, 4, [&](std::size_t, std::string&) { ++calls; }, [&](const std::string&) { ++calls; });
    CHECK(calls == 0);
}
