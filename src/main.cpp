// urker's entry point: register cmark-gfm's extensions (global state, so once, before any thread
// starts), hand mimalloc the way to take a rebuild's memory in one go, then hand over to the
// command line.
//
// The binary's allocator is Debian's mimalloc (CMakeLists.txt), with its own defaults. An arena in
// 2 MiB transparent huge pages was tried here and withdrawn: on this project's VMs each huge-page
// fault cost the kernel far more than the 4 KiB faults it saved (at 10 000 materials, 14 000
// faults and 7.6–9.0 s of system time against 507 000 faults and 1.9–2.2 s, the build 15.2–16.5 s
// against 11.5–12.4 s, and 5 % more peak memory; docs/benchmarks.md). The arena below is of 4 KiB
// pages, mapped by the kernel a range at a time (core/heap_reserve.h), and only as large as the
// last build's memory. A large site's build keeps the memory it frees for a second before it goes
// back to the system, to use it again without a fault for each page (core/heap_reserve.h).
#include "cli/cli.h"
#include "core/heap_reserve.h"
#include "markdown/markdown.h"

#if defined(URKER_MIMALLOC)
#include <mimalloc.h>
#include <sys/mman.h>

#include <cstdint>
#include <cstdlib>
#include <system_error>
#include <thread>

namespace {

#ifndef MADV_POPULATE_WRITE
#define MADV_POPULATE_WRITE 23  // Linux 5.14; older kernels refuse it, and the pages come one fault at a time
#endif

// An arena of `bytes` for mimalloc, aligned to its blocks. Marked as committed and zeroed (fresh
// anonymous memory is both), so mimalloc neither commits nor decommits in it: memory freed there
// is used again without a second fault. Its pages are mapped on a thread of its own, in the order
// mimalloc hands out the arena's blocks (from its start); a page the build touches first is
// simply already there when the thread comes to it.
bool reserve_with_mimalloc(std::size_t bytes) {
    const std::size_t block = urker::kHeapReserveBlock;
    const std::size_t size = bytes / block * block;
    if (size == 0) return false;
    void* mapped = ::mmap(nullptr, size + block, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (mapped == MAP_FAILED) return false;
    const auto raw = reinterpret_cast<std::uintptr_t>(mapped);
    const std::uintptr_t start = (raw + block - 1) / block * block;
    // The unaligned ends go back at once.
    if (start > raw) ::munmap(mapped, start - raw);
    if (const std::size_t tail = raw + size + block - (start + size); tail > 0) ::munmap(reinterpret_cast<void*>(start + size), tail);
    auto* arena = reinterpret_cast<char*>(start);
    if (!mi_manage_os_memory(arena, size, /*is_committed=*/true, /*is_large=*/false, /*is_zero=*/true, /*numa_node=*/-1)) {
        ::munmap(arena, size);
        return false;
    }
    try {
        std::thread([arena, size] {
            const std::size_t step = std::size_t{2} << 20;
            for (std::size_t at = 0; at < size; at += step)
                if (::madvise(arena + at, step, MADV_POPULATE_WRITE) != 0) return;
        }).detach();
    } catch (const std::system_error&) {
        // No thread to spare: the arena is mimalloc's all the same, its pages come as they are used.
    }
    return true;
}

// How long mimalloc keeps freed memory (core/heap_reserve.h), unless whoever runs urker chose it
// with mimalloc's own variable, MIMALLOC_DECOMMIT_DELAY: theirs stays.
void keep_freed_memory_with_mimalloc(long milliseconds) {
    if (std::getenv("MIMALLOC_DECOMMIT_DELAY") == nullptr) mi_option_set(mi_option_decommit_delay, milliseconds);
}

}  // namespace
#endif

int main(int argc, char** argv) {
    urker::register_markdown_extensions();
#if defined(URKER_MIMALLOC)
    urker::install_heap_reserver(reserve_with_mimalloc);
    urker::install_freed_memory_keeper(keep_freed_memory_with_mimalloc);
#endif
    return urker::run_cli(argc, argv);
}
