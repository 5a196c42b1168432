#include "cli/serve_command.h"

#include "cli/help_text.h"
#include "cli/message_language_option.h"

#ifndef URKER_VERSION
#define URKER_VERSION "0.0.0"
#endif

namespace urker {

ServeCommand::ServeCommand(CLI::App& app, const HelpText& text) {
    command_ = app.add_subcommand("serve", text("serve"));
    command_->add_option("-s,--source", source_, text("source"))->capture_default_str();
    // The range is in the description, in the reader's words: CLI11's own ("INT in [0 - 65535]") is English.
    port_ = command_->add_option("-p,--port", options_.port, text("serve_port", "port", std::to_string(serve::kDefaultPort)))
                ->check(CLI::Range(0, 65535).description(""));
    command_->add_option("--bind", options_.address, text("serve_bind"));
    command_->add_flag("-D,--drafts", options_.drafts, text("serve_drafts"));
    command_->add_option("--lang", options_.message_language, text("lang"));
    command_->footer(text("serve_footer"));
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
