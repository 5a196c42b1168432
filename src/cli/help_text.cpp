#include "cli/help_text.h"

#include <CLI/CLI.hpp>

#include <sstream>
#include <vector>

#include "config/site_config.h"
#include "core/diagnostic.h"
#include "core/messages.h"

namespace urker {

namespace {

// Letters, not bytes: the help's Cyrillic takes two bytes a letter and one column.
std::size_t columns_of(std::string_view text) {
    std::size_t n = 0;
    for (unsigned char c : text)
        if ((c & 0xC0) != 0x80) ++n;
    return n;
}

// CLI11's formatter with its left column measured in letters and each description wrapped at
// kWidth columns, its lines after the first under its start.
class SpokenFormatter : public CLI::Formatter {
public:
    static constexpr std::size_t kWidth = 100;

    std::string make_option(const CLI::Option* opt, bool is_positional) const override {
        return entry(make_option_name(opt, is_positional) + make_option_opts(opt), make_option_desc(opt));
    }
    std::string make_subcommand(const CLI::App* sub) const override { return entry(sub->get_display_name(true), sub->get_description()); }

private:
    std::string entry(const std::string& name, const std::string& description) const {
        const std::size_t column = get_column_width();
        std::string out = "  " + name;
        std::size_t at = columns_of(out);
        if (!description.empty()) {
            if (at >= column) {
                out += '\n';
                at = 0;
            }
            out.append(column - at, ' ');
            at = column;
            std::istringstream words(description);
            bool first = true;
            for (std::string word; words >> word;) {
                const std::size_t width = columns_of(word);
                if (!first && at + 1 + width > kWidth) {
                    out += '\n';
                    out.append(column, ' ');
                    at = column;
                } else if (!first) {
                    out += ' ';
                    ++at;
                }
                out += word;
                at += width;
                first = false;
            }
        }
        return out + '\n';
    }
};

// The value after `--source`/`-s` (or `--source=…`) among the words, else "."
std::string source_folder(int argc, char** argv) {
    for (int i = 1; i < argc; ++i) {
        const std::string_view word = argv[i];
        if ((word == "--source" || word == "-s") && i + 1 < argc) return argv[i + 1];
        if (word.rfind("--source=", 0) == 0) return std::string(word.substr(9));
    }
    return ".";
}

// The `language:` of the site.yaml in `folder`, "" when there is none or it cannot be read (the
// command says so itself, if it needs the site).
std::string site_language(const std::string& folder) {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(std::filesystem::path(folder) / "site.yaml", ec)) return "";
    try {
        Diagnostics quiet;
        if (auto config = load_site_config(folder, quiet)) return config->language;
    } catch (...) {
    }
    return "";
}

}  // namespace

std::string HelpText::operator()(std::string_view id) const {
    return render_message(Message("cli.help." + std::string(id)), language_);
}

std::string HelpText::operator()(std::string_view id, std::string_view name, std::string value) const {
    return render_message(Message("cli.help." + std::string(id), {{std::string(name), std::move(value)}}), language_);
}

void speak_help(CLI::App& app, const HelpText& text) {
    auto formatter = std::make_shared<SpokenFormatter>();
    formatter->label("Usage", text("label_usage"));
    formatter->label("OPTIONS", text("label_options_badge"));
    formatter->label("Positionals", text("label_positionals"));
    formatter->label("SUBCOMMAND", text("label_command_badge"));
    formatter->label("SUBCOMMANDS", text("label_command_badge"));
    formatter->label("TEXT", text("label_text"));
    formatter->label("INT", text("label_number"));
    formatter->label("UINT", text("label_number"));
    formatter->label("REQUIRED", text("label_required"));
    app.formatter(formatter);
    app.option_defaults()->group(text("label_options"));
    app.set_help_flag("-h,--help", text("help_flag"));
}

void name_command_groups(CLI::App& app, const HelpText& text) {
    const std::string group = text("label_commands");
    for (CLI::App* sub : app.get_subcommands({})) {
        sub->group(group);
        // A command takes its --help from urker's before it takes the options' group.
        if (CLI::Option* help = sub->get_help_ptr()) help->group(text("label_options"));
    }
}

std::string early_message_language(int argc, char** argv) {
    const bool index = argc >= 2 && std::string_view(argv[1]) == "index";
    std::string option;
    for (int i = 1; i < argc && !index; ++i) {
        const std::string_view word = argv[i];
        if (word == "--lang" && i + 1 < argc) option = argv[i + 1];
        else if (word.rfind("--lang=", 0) == 0) option = word.substr(7);
    }
    // Whether anything but the site chooses: then the site.yaml is not read.
    if (resolve_message_language(option, "kk") == resolve_message_language(option, "ru")) return resolve_message_language(option, "");
    return resolve_message_language(option, site_language(source_folder(argc, argv)));
}

}  // namespace urker
