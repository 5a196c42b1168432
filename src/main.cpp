// urker's entry point: give the allocator huge pages, register cmark-gfm's extensions (global
// state, so once, before any thread starts), then hand over to the command line.
#include "cli/cli.h"
#include "markdown/markdown.h"

#include <cstdint>
#include <cstdlib>

#ifdef URKER_MIMALLOC
#include <mimalloc.h>
#include <sys/mman.h>
#endif

namespace {

// A build fills a few hundred megabytes of fresh memory with small strings and JSON nodes. In
// 4 KiB pages that is some 90 000 page faults and as many TLB misses for the 1 000-material
// corpus. Backed by 2 MiB transparent huge pages (Debian's kernels grant them to memory marked
// MADV_HUGEPAGE) the faults drop tenfold, and wall time by a quarter at 1k and a third at 10k,
// for about 11 % more peak memory (docs/benchmarks.md).
//
// mimalloc's own switch for this (MIMALLOC_LARGE_OS_PAGES) is read before main() runs, so
// instead urker hands it an arena: address space only (MAP_NORESERVE: nothing is committed
// until touched, and untouched space costs nothing), marked for huge pages. mimalloc carves its
// segments out of the arena first and goes to the OS itself only if the arena runs out. Setting
// MIMALLOC_LARGE_OS_PAGES in the environment (0 or 1) leaves the choice to mimalloc.
void give_allocator_huge_pages() {
#ifdef URKER_MIMALLOC
    if (std::getenv("MIMALLOC_LARGE_OS_PAGES") != nullptr) return;
    constexpr std::size_t kArenaSize = std::size_t{64} << 30;
    constexpr std::size_t kAlignment = std::size_t{64} << 20;  // mimalloc's segments are aligned
    void* mapped = mmap(nullptr, kArenaSize + kAlignment, PROT_READ | PROT_WRITE,
                        MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (mapped == MAP_FAILED) return;  // e.g. a ulimit on address space: plain pages then
    const auto address = reinterpret_cast<std::uintptr_t>(mapped);
    void* arena = reinterpret_cast<void*>((address + kAlignment - 1) & ~(kAlignment - 1));
    madvise(arena, kArenaSize, MADV_HUGEPAGE);
    mi_manage_os_memory(arena, kArenaSize, /*is_committed=*/true, /*is_large=*/false,
                        /*is_zero=*/true, /*numa_node=*/-1);
#endif
}

}  // namespace

int main(int argc, char** argv) {
    give_allocator_huge_pages();
    urker::register_markdown_extensions();
    return urker::run_cli(argc, argv);
}
