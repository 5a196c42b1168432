#include "cli/check_command.h"

#include <CLI/CLI.hpp>

#include "cli/message_language_option.h"
#include "site/check.h"

namespace urker {

CLI::App* add_check_command(CLI::App& app, CheckArgs& args) {
    CLI::App* check = app.add_subcommand("check", "Check the site without writing it: content, links, anchors, images, file sizes");
    check->add_option("-s,--source", args.source, "The site's folder, holding site.yaml and content/")->capture_default_str();
    check->add_flag("--external", args.external, "Also ask the servers of external links (5 s timeout each, 4 at a time)");
    check->add_option("--lang", args.lang, kMessageLanguageHelp);
    check->footer(
        "Builds the site in memory (nothing is written) and reports every problem a build reports, plus\n"
        "every internal link, #anchor, image and attachment that leads nowhere, files over the size limit\n"
        "(limits: max_file_mb: in site.yaml, default 10) and, with --external, external links that do not\n"
        "answer. Warnings count as problems. Exit codes: 0 no problems, 1 problems, 2 wrong command.");
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
