#include "core/heap_reserve.h"

#include <doctest/doctest.h>

#include <cstdint>
#include <vector>

#include "../../support/temp_folder.h"

using namespace urker;

namespace {
constexpr std::size_t MiB = std::size_t{1} << 20;
constexpr std::size_t GiB = std::size_t{1} << 30;
}  // namespace

TEST_CASE("a rebuild reserves nine tenths of what the last measured build held, in whole blocks") {
    // 557 MiB held by a build of 11 768 inputs: 501.3 MiB, so 15 blocks of 32 MiB.
    CHECK(heap_to_reserve({557 * MiB, 11768}, 11768, 16 * GiB) == 480 * MiB);
    // A few more inputs than then: no more than then (the record is the measure).
    CHECK(heap_to_reserve({557 * MiB, 11768}, 11800, 16 * GiB) == 480 * MiB);
    // Fewer inputs: less, in the same proportion (501 MiB × 0.8 = 401 MiB: 12 blocks).
    CHECK(heap_to_reserve({557 * MiB, 10000}, 8000, 16 * GiB) == 384 * MiB);
}

TEST_CASE("a small site, a small machine or inputs that changed much reserve nothing or less") {
    CHECK(heap_to_reserve({130 * MiB, 1184}, 1184, 16 * GiB) == 0);  // 117 MiB: under four blocks
    CHECK(heap_to_reserve({150 * MiB, 1184}, 1184, 16 * GiB) == 128 * MiB);
    CHECK(heap_to_reserve({557 * MiB, 11768}, 11768, 600 * MiB) == 288 * MiB);  // half of what is free
    CHECK(heap_to_reserve({557 * MiB, 11768}, 11768, 200 * MiB) == 0);
    CHECK(heap_to_reserve({557 * MiB, 10000}, 12600, 16 * GiB) == 0);  // a quarter more: measured anew
    CHECK(heap_to_reserve({557 * MiB, 10000}, 7400, 16 * GiB) == 0);   // a quarter fewer
    CHECK(heap_to_reserve({557 * MiB, 10000}, 12400, 16 * GiB) == 480 * MiB);
    CHECK(heap_to_reserve({557 * MiB, 0}, 11768, 16 * GiB) == 0);
    CHECK(heap_to_reserve({557 * MiB, 11768}, 0, 16 * GiB) == 0);
    CHECK(heap_to_reserve({~std::size_t{0}, 11768}, 11768, 64 * GiB) == 32 * GiB);  // no overflow
}

TEST_CASE("every tenth build goes without a reservation, to be measured again") {
    CHECK(heap_to_reserve({557 * MiB, 11768, 0}, 11768, 16 * GiB) == 480 * MiB);
    CHECK(heap_to_reserve({557 * MiB, 11768, kHeapReservationsPerMeasure - 1}, 11768, 16 * GiB) == 480 * MiB);
    CHECK(heap_to_reserve({557 * MiB, 11768, kHeapReservationsPerMeasure}, 11768, 16 * GiB) == 0);
    CHECK(kHeapReservationsPerMeasure == 9);
}

TEST_CASE("the record of a build's memory reads back, and a damaged one reads as none") {
    testing::TempFolder folder("urker-heap-record-");
    const auto file = folder.root() / ".urker-cache" / "published-x.txt.heap";
    CHECK_FALSE(read_heap_record(file));
    REQUIRE(write_heap_record(file, {557088768, 11768, 3}));
    auto record = read_heap_record(file);
    REQUIRE(record);
    CHECK(record->bytes == 557088768);
    CHECK(record->inputs == 11768);
    CHECK(record->reserved_builds == 3);
    for (const char* damaged : {"urker heap record 1\n557088768\n", "urker heap record 1\n557088768 11768\n", "urker heap record 1\n557088768 11768 3",
                                "urker heap record 1\n-5 3 0\n", "urker heap record 1\n557088768 11768 3\nmore\n",
                                "urker heap record 1\n557088768  11768 3\n", "urker heap record 2\n1 2 0\n", ""}) {
        folder.write(".urker-cache/published-x.txt.heap", damaged);
        CHECK_MESSAGE(!read_heap_record(file), damaged);
    }
}

TEST_CASE("the process's own memory and the machine's free memory are read from /proc") {
    const std::size_t before = resident_anonymous_bytes();
    CHECK(before > 0);
    std::vector<char> touched(16 * MiB, 'x');  // every page written
    CHECK(resident_anonymous_bytes() >= before + 14 * MiB);
    CHECK(touched[8 * MiB] == 'x');
    CHECK(available_memory_bytes() > 16 * MiB);
}

TEST_CASE("a container's memory limit leaves the room under it; no limit, or one not read, leaves no bound") {
    CHECK(room_under_limit("1073741824\n", "268435456\n") == 768 * MiB);    // cgroup v2: 1 GiB, 256 MiB used
    CHECK(room_under_limit("536870912", "600000000") == 0);                   // over its limit already
    CHECK(room_under_limit("max\n", "268435456\n") == SIZE_MAX);             // v2 without a limit
    CHECK(room_under_limit("9223372036854771712\n", "12217643008\n") == SIZE_MAX);  // v1's "none"
    CHECK(room_under_limit("", "1") == SIZE_MAX);
    CHECK(room_under_limit("1073741824", "lots") == SIZE_MAX);
    CHECK(room_under_limit("-1", "0") == SIZE_MAX);
}

TEST_CASE("without an allocator's reserver nothing is reserved, and an installed one is asked for the bytes") {
    CHECK_FALSE(reserve_heap(128 * MiB));
    static std::size_t asked = 0;
    install_heap_reserver([](std::size_t bytes) {
        asked = bytes;
        return true;
    });
    CHECK_FALSE(reserve_heap(0));  // nothing to reserve: not asked
    CHECK(asked == 0);
    CHECK(reserve_heap(128 * MiB));
    CHECK(asked == 128 * MiB);
    install_heap_reserver(nullptr);
    CHECK_FALSE(reserve_heap(128 * MiB));
}

TEST_CASE("a large site's build keeps freed memory for a second; a small one keeps the allocator's default") {
    CHECK(freed_memory_delay_ms(0) == 0);
    CHECK(freed_memory_delay_ms(1'176) == 0);  // 1 000 materials and their members, schools, news
    CHECK(freed_memory_delay_ms(kKeepFreedMemoryFrom - 1) == 0);
    CHECK(freed_memory_delay_ms(kKeepFreedMemoryFrom) == kKeptFreedMemoryMs);
    CHECK(freed_memory_delay_ms(11'760) == 1000);
}

TEST_CASE("without an allocator's keeper nothing is told; an installed one is told the delay, never a 0") {
    static long told = -1;
    keep_freed_memory(1000);  // none installed: nothing happens
    install_freed_memory_keeper([](long milliseconds) { told = milliseconds; });
    keep_freed_memory(0);
    CHECK(told == -1);
    keep_freed_memory(1000);
    CHECK(told == 1000);
    install_freed_memory_keeper(nullptr);
    keep_freed_memory(25);
    CHECK(told == 1000);
}
