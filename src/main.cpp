// urker's entry point: register cmark-gfm's extensions (global state, so once, before any
// thread starts), then hand over to the command line.
#include "cli/cli.h"
#include "markdown/markdown.h"

int main(int argc, char** argv) {
    urker::register_markdown_extensions();
    return urker::run_cli(argc, argv);
}
