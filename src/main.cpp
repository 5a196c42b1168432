// urker's entry point: register cmark-gfm's extensions (global state, so once, before any thread
// starts), then hand over to the command line.
//
// The binary's allocator is Debian's mimalloc (CMakeLists.txt), with its own defaults. An arena in
// 2 MiB transparent huge pages was tried here and withdrawn: on this project's VMs each huge-page
// fault cost the kernel far more than the 4 KiB faults it saved (at 10 000 materials, 14 000
// faults and 7.6–9.0 s of system time against 507 000 faults and 1.9–2.2 s, the build 15.2–16.5 s
// against 11.5–12.4 s, and 5 % more peak memory; docs/benchmarks.md).
//
// One default is changed: how long memory a build has let go of stays committed before mimalloc
// gives it back to the system (25 ms by default). A build's stages free much and then allocate
// as much again; given back at once, it comes back as fresh pages the kernel must fault in and
// zero, a third of a build's CPU on the project's VMs. 250 ms keeps it for the next stage: at
// 10 000 materials 310 000 -> 220 000 page faults, about a second less system time, for some
// 15 MB more peak memory (docs/benchmarks.md). MIMALLOC_DECOMMIT_DELAY still decides when set.
#include <cstdlib>

#ifdef URKER_MIMALLOC
#include <mimalloc.h>
#endif

#include "cli/cli.h"
#include "markdown/markdown.h"

int main(int argc, char** argv) {
#ifdef URKER_MIMALLOC
    if (!std::getenv("MIMALLOC_DECOMMIT_DELAY")) mi_option_set(mi_option_decommit_delay, 250);
#endif
    urker::register_markdown_extensions();
    return urker::run_cli(argc, argv);
}
