// A rebuild's heap made ready in one go. On the virtual machines sites are built on, the first
// write to each fresh 4 KiB page costs some 12 µs (docs/benchmarks.md): half in the guest's kernel
// (the trap, the zeroing), half in the host. A rebuild at 10 000 materials touches 190 000 pages,
// two of its seven seconds of CPU. The kernel maps a range of pages in one call
// (MADV_POPULATE_WRITE) without a trap per page, which takes away the guest's half. So a build
// with the build cache reads how much memory an earlier build into the same output held at its
// end (a record in `.urker-cache/`) and, when there is one, has most of that mapped before it
// starts, on a thread of its own, for the allocator to take its memory from.
//
// The library only knows the rule and the record: the reserving itself is the binary's, which
// knows its allocator (src/main.cpp installs it; the tests and the sanitizer builds have none, and
// then nothing is reserved). A first build reserves nothing: with nothing to go by, memory mapped
// ahead could only make it bigger.
#pragma once

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string_view>

namespace urker {

// Hands `bytes` of mapped memory to the allocator; false when it could not.
using HeapReserver = bool (*)(std::size_t bytes);
void install_heap_reserver(HeapReserver reserver);
// False when no reserver is installed or it could not.
bool reserve_heap(std::size_t bytes);

// The allocator takes reserved memory in blocks of this size (mimalloc's arena blocks).
inline constexpr std::size_t kHeapReserveBlock = std::size_t{32} << 20;

// What a build into an output held as it ended, how many input files it had then, and how many
// builds reserved memory by this record since.
struct HeapRecord {
    std::size_t bytes = 0;
    std::size_t inputs = 0;
    std::size_t reserved_builds = 0;
};

// Every tenth build is measured again, without a reservation (below).
inline constexpr std::size_t kHeapReservationsPerMeasure = 9;

// How much to reserve, from the record of the last build measured without a reservation, the
// input files now, and the memory the machine has free: nine tenths of what that build held (a
// build's end is below its peak, and the rest comes as before), fewer when there are fewer inputs
// now, in whole blocks, at most half of what is free. Nothing under four blocks (128 MiB): a small
// site builds in a second, and the blocks' unused pages would be held all the same. Nothing when
// the inputs changed by more than a quarter, or when kHeapReservationsPerMeasure builds reserved
// by this record: that build goes without, and is measured anew.
//
// A build that reserved is not measured: its reserved pages are resident whether it used them or
// not, so its measure would be above the last, and the reservation would grow with every build.
// It counts itself in the record instead. Measuring every tenth build keeps the record near what
// the site needs as it grows or shrinks by less than a quarter, and corrects one taken when a
// build ran with more memory than its site needs.
std::size_t heap_to_reserve(const HeapRecord& last, std::size_t inputs_now, std::size_t available_bytes);

// How long the allocator keeps memory freed before it gives it back to the system, in
// milliseconds, for a build of `inputs` files; 0 for the allocator's own default (mimalloc: 25 ms).
//
// A build's stages free much and then allocate as much again: the search drops its tables as the
// pages start rendering, the catalogue's card files grow while the pages' summaries go. Given back
// after 25 ms, that memory comes back one page fault at a time, which on the virtual machines
// sites are built on costs some 12 µs a page: at 10 000 materials a first build made 270 000 page
// faults, 110 000 of them for memory it had held a moment before. Kept for a second, it is used
// again: 175 000–190 000 faults, the build 5–10 % faster, its peak 2–3 % higher (docs/benchmarks.md).
// A small site's build is over in a second or two, and there the kept memory is a third more at
// its peak (116–118 → 165–170 MB at 1 000 materials) for some 0.07 s, so a site of fewer than
// kKeepFreedMemoryFrom files keeps the default.
inline constexpr std::size_t kKeepFreedMemoryFrom = 5000;
inline constexpr long kKeptFreedMemoryMs = 1000;
long freed_memory_delay_ms(std::size_t inputs);

// Tells the allocator how long to keep freed memory (above): the binary's, like the reserver
// (src/main.cpp installs it; none in the tests, and then nothing changes). `milliseconds` 0 does
// nothing.
using FreedMemoryKeeper = void (*)(long milliseconds);
void install_freed_memory_keeper(FreedMemoryKeeper keeper);
void keep_freed_memory(long milliseconds);

// The process's resident anonymous memory (RssAnon in /proc/self/status): its heap and stacks,
// not the files it maps. 0 when it cannot be read.
std::size_t resident_anonymous_bytes();
// The memory the system could give without swapping (MemAvailable in /proc/meminfo), and no more
// than the process's control group may still take (a container's limit: cgroup v2's memory.max
// less memory.current, or v1's memory.limit_in_bytes less memory.usage_in_bytes). 0 when unknown.
std::size_t available_memory_bytes();
// A control group's room from its files' texts: the limit ("max", or a number of bytes) less the
// usage; SIZE_MAX when there is no limit (or one of 2^60 bytes and more, v1's "none") or a text is
// not a number.
std::size_t room_under_limit(std::string_view limit, std::string_view usage);

// The record in the build cache. Nothing when absent or not one of ours.
std::optional<HeapRecord> read_heap_record(const std::filesystem::path& file);
bool write_heap_record(const std::filesystem::path& file, const HeapRecord& record);

}  // namespace urker
