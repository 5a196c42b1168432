// urker's --help in the reader's language. The descriptions of the commands and options are
// catalogue rows ("cli.help.…", core/message_catalog_cli_help.cpp), and so are the words CLI11 puts
// around them ("Usage", "Options", "TEXT"…), which it takes from its formatter's labels.
#pragma once

#include <string>
#include <string_view>

namespace CLI {
class App;
}

namespace urker {

// The help's words in one language.
class HelpText {
public:
    explicit HelpText(std::string language) : language_(std::move(language)) {}
    // The row "cli.help.<id>".
    std::string operator()(std::string_view id) const;
    // The same with one argument ({port}).
    std::string operator()(std::string_view id, std::string_view name, std::string value) const;
    const std::string& language() const { return language_; }

private:
    std::string language_;
};

// Makes `app` speak the help's language: its formatter says CLI11's own words in it and lines up
// and wraps the descriptions by letters (CLI11 pads by bytes, which puts a Cyrillic label's
// description out of line), and its --help and --version flags and the group of its options are
// described in it. Called before the app's commands and options are added: they take these over.
void speak_help(CLI::App& app, const HelpText& text);

// Every subcommand of `app` listed under the help's "Commands" rather than CLI11's "Subcommands",
// with its --help among its other options.
void name_command_groups(CLI::App& app, const HelpText& text);

// The language to speak before the command line is parsed (its help, a command line it cannot
// take): a --lang among the words (not index's, which names its text pipeline), else URKER_LANG or
// the system's language, else — as a build decides once it has read the site — the language of
// the site in the folder given with --source, or in this folder.
std::string early_message_language(int argc, char** argv);

}  // namespace urker
