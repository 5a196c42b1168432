// The command line: parses arguments (CLI11) and calls one function per command.
#pragma once

#include <iostream>

namespace urker {

// Exit codes: 0 success, 1 content errors, 2 usage errors.
int run_cli(int argc, char** argv, std::ostream& out = std::cout, std::ostream& err = std::cerr);

}  // namespace urker
