// `urker check [--source DIR] [--external]`: the command-line face of site/check.h.
#pragma once

#include <ostream>
#include <string>

namespace CLI {
class App;
}

namespace urker {

class HelpText;

struct CheckArgs {
    std::string source = ".";
    bool external = false;
    std::string lang;  // --lang: the language of the messages
};

// Registers the subcommand on `app`; the returned pointer tells whether it was given.
CLI::App* add_check_command(CLI::App& app, CheckArgs& args, const HelpText& text);
int run_check_command(const CheckArgs& args, std::ostream& out, std::ostream& err);

}  // namespace urker
