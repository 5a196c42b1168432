// urker's entry point: register cmark-gfm's extensions (global state, so once, before any thread
// starts), then hand over to the command line.
//
// The binary's allocator is Debian's mimalloc (CMakeLists.txt), with its own defaults. An arena in
// 2 MiB transparent huge pages was tried here and withdrawn: on this project's VMs each huge-page
// fault cost the kernel far more than the 4 KiB faults it saved (at 10 000 materials, 14 000
// faults and 7.6–9.0 s of system time against 507 000 faults and 1.9–2.2 s, the build 15.2–16.5 s
// against 11.5–12.4 s, and 5 % more peak memory; docs/benchmarks.md).
#include "cli/cli.h"
#include "markdown/markdown.h"

int main(int argc, char** argv) {
    urker::register_markdown_extensions();
    return urker::run_cli(argc, argv);
}
