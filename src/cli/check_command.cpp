#include "cli/check_command.h"

#include <CLI/CLI.hpp>

#include "cli/help_text.h"
#include "site/check.h"

namespace urker {

CLI::App* add_check_command(CLI::App& app, CheckArgs& args, const HelpText& text) {
    CLI::App* check = app.add_subcommand("check", text("check"));
    check->add_option("-s,--source", args.source, text("source"))->capture_default_str();
    check->add_flag("--external", args.external, text("check_external"));
    check->add_option("--lang", args.lang, text("lang"));
    check->footer(text("check_footer"));
    return check;
}

int run_check_command(const CheckArgs& args, std::ostream& out, std::ostream& err) {
    CheckOptions options;
    options.build.source = args.source;
    options.external = args.external;
    options.build.message_language = args.lang;
    return check_site(options, out, err);
}

}  // namespace urker
