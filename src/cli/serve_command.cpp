#include "cli/serve_command.h"

#include "cli/message_language_option.h"

#ifndef URKER_VERSION
#define URKER_VERSION "0.0.0"
#endif

namespace urker {

ServeCommand::ServeCommand(CLI::App& app) {
    command_ = app.add_subcommand("serve", "Preview the site: serve it here, rebuild and reload the pages on every change");
    command_->add_option("-s,--source", source_, "The site's folder, holding site.yaml and content/")->capture_default_str();
    port_ = command_->add_option("-p,--port", options_.port,
                                 "The port (default " + std::to_string(serve::kDefaultPort) +
                                     ", or the next free one; 0: any free port)")
                ->check(CLI::Range(0, 65535));
    command_->add_option("--bind", options_.address,
                         "The address to listen on (default 127.0.0.1: only this computer; 0.0.0.0: the whole network)");
    command_->add_flag("-D,--drafts", options_.drafts, "Also show pages marked draft: true");
    command_->add_option("--lang", options_.message_language, kMessageLanguageHelp);
    command_->footer(
        "The site is built in memory with its base_url replaced by the local address, so nothing is\n"
        "written to public/. Saving site.yaml or a file in content/, static/ or themes/ rebuilds the site\n"
        "and reloads the open pages; build errors are shown over the page, and the last good build stays\n"
        "served until they are fixed. Ctrl-C stops. Exit codes: 0 stopped, 1 could not start, 2 wrong command.");
}

bool ServeCommand::chosen() const { return command_->parsed(); }

int ServeCommand::run(std::ostream& out, std::ostream& err) const {
    serve::ServeOptions options = options_;
    options.source = source_;
    options.port_given = port_->count() > 0;
    options.generator = "urker " URKER_VERSION;
    return serve::run_serve(options, out, err);
}

}  // namespace urker
