// `urker serve`: the command-line side (options, help) of the dev server in src/serve/.
#pragma once

#include <ostream>

#include <CLI/CLI.hpp>

#include "cli/help_text.h"
#include "serve/serve.h"

namespace urker {

class ServeCommand {
public:
    // Adds the `serve` subcommand to `app`.
    ServeCommand(CLI::App& app, const HelpText& text);
    bool chosen() const;
    int run(std::ostream& out, std::ostream& err) const;

private:
    CLI::App* command_ = nullptr;
    CLI::Option* port_ = nullptr;
    serve::ServeOptions options_;
    std::string source_ = ".";
};

}  // namespace urker
