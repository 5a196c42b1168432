#include "cli/cli.h"

#include <CLI/CLI.hpp>

#include <algorithm>
#include <sstream>
#include <vector>

#include "cli/init_command.h"
#include "cli/message_language_option.h"
#include "cli/new_command.h"
#include "cli/report_options.h"
#include "core/likely_language.h"
#include "core/text.h"
#include "cli/serve_command.h"
#include "cli/check_command.h"
#include "cli/help_text.h"
#include "search/index_command.h"
#include "site/build.h"

#ifndef URKER_VERSION
#define URKER_VERSION "0.0.0"
#endif

namespace urker {

namespace {

struct BuildArgs {
    std::string source = ".";
    std::string output;
    std::string base_url;
    bool drafts = false;
    bool force = false;
    bool quiet = false;
    bool profile = false;
    bool no_cache = false;
    std::string lang;
    std::string build_date, period;  // cli/report_options.h
};

void add_build_command(CLI::App& app, BuildArgs& args, const HelpText& text) {
    CLI::App* build = app.add_subcommand("build", text("build"));
    build->add_option("-s,--source", args.source, text("source"))->capture_default_str();
    build->add_option("-o,--output", args.output, text("build_output"));
    build->add_option("-b,--base-url", args.base_url, text("build_base_url"));
    build->add_flag("-D,--drafts", args.drafts, text("build_drafts"));
    build->add_flag("--force", args.force, text("build_force"));
    build->add_flag("-q,--quiet", args.quiet, text("build_quiet"));
    build->add_flag("--profile", args.profile, text("build_profile"));
    build->add_flag("--no-cache", args.no_cache, text("build_no_cache"));
    build->add_option("--lang", args.lang, text("lang"));
    build->add_option("--build-date", args.build_date, text("build_date"));
    build->add_option("--period", args.period, text("build_period"));
    build->footer(text("build_footer"));
}

void add_init_command(CLI::App& app, InitOptions& options, std::string& languages, const HelpText& text) {
    CLI::App* init = app.add_subcommand("init", text("init"));
    init->add_option("folder", options.folder, text("init_folder"));
    init->add_option("-l,--language", options.language, text("init_language"))
        ->capture_default_str();
    init->add_option("--languages", languages, text("init_languages"));
    init->add_option("--lang", options.message_language, text("init_lang"));
    init->footer(text("init_footer"));
}

void add_new_command(CLI::App& app, NewOptions& options, const HelpText& text) {
    CLI::App* add = app.add_subcommand("new", text("new"));
    add->add_option("kind", options.kind, text("new_kind"))->required();
    add->add_option("title", options.title, text("new_title"))->required();
    add->add_option("-s,--source", options.source, text("source"))->capture_default_str();
    add->add_option("--lang", options.lang, text("new_lang"));
    add->add_option("-a,--author", options.author, text("new_author"));
    add->add_option("--slug", options.slug, text("new_slug"));
    add->footer(text("new_footer"));
}

// The name of every command, for "did you mean".
std::vector<std::string> command_names(CLI::App& app) {
    std::vector<std::string> names;
    for (CLI::App* sub : app.get_subcommands({})) names.push_back(sub->get_name());
    return names;
}

// `--lang kz` read English without a word (a likely slip of a Kazakh user: the country's code).
// In build, check, serve and init --lang is the messages' language; in new it is the page's and in
// index the text pipeline's, which those commands check themselves. True (and the message
// written) when it names none of ru, kk, en.
bool report_unknown_message_language(int argc, char** argv, std::ostream& err) {
    if (argc < 2) return false;
    const std::string_view command = argv[1];
    if (command != "build" && command != "check" && command != "serve" && command != "init") return false;
    for (int i = 2; i < argc; ++i) {
        std::string_view word = argv[i];
        std::string value;
        if (word == "--lang" && i + 1 < argc) value = argv[i + 1];
        else if (word.rfind("--lang=", 0) == 0) value = word.substr(7);
        else continue;
        std::string lower = value;
        for (char& c : lower)
            if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        const std::string code = resolve_message_language(lower, "");
        if (lower == code || lower.rfind(code + "_", 0) == 0 || lower.rfind(code + ".", 0) == 0) continue;  // ru, KK, kk_KZ.UTF-8…
        const std::string near = likely_language(value, {"ru", "kk", "en"});
        print_error(err, Message("cli.unknown_message_language", {{"word", value}, {"has_near", near.empty() ? "no" : "yes"}, {"near", near}}),
                    Message("cli.message_language_hint"), near.empty() ? resolve_message_language("", "") : near);
        return true;
    }
    return false;
}

// CLI11's own words for a command line it cannot take are English ("The following argument was
// not expected: --bogus", "--output: 1 required TEXT missing"): the common ones said again in the
// reader's language, the rest with CLI11's text as the detail.
Message command_line_problem(const CLI::ParseError& e) {
    const std::string name = e.get_name();
    const std::string text = e.what();
    const std::size_t colon = text.find(": ");
    if (e.get_exit_code() == static_cast<int>(CLI::ExitCodes::ExtrasError) && colon != std::string::npos) {
        // CLI11 joins the words last first ("ru --lang" for "--lang ru"): put them back in order.
        std::vector<std::string> words;
        std::istringstream in(text.substr(colon + 2));
        for (std::string w; in >> w;) words.push_back(w);
        std::string shown;
        for (auto w = words.rbegin(); w != words.rend(); ++w) shown += (shown.empty() ? "" : " ") + *w;
        return Message("cli.unexpected_arguments", {{"words", shown}});
    }
    if (name == "ArgumentMismatch" && colon != std::string::npos && text.rfind("-", 0) == 0 && text.find("required") != std::string::npos)
        return Message("cli.option_needs_value", {{"option", text.substr(0, colon)}});
    if (name == "RequiredError" && text.size() > 12 && text.compare(text.size() - 12, 12, " is required") == 0)
        return Message("cli.argument_required", {{"name", text.substr(0, text.size() - 12)}});
    return Message("cli.command_line_not_understood", {{"detail", text}});
}

// "urker help build lists what it takes", for the command given, else for urker itself.
Message command_line_hint(CLI::App& app, int argc, char** argv) {
    const std::vector<std::string> names = command_names(app);
    // (Not "urker help help" for a slip in  urker help build -s site: help itself takes only a command.)
    if (argc >= 2 && std::string_view(argv[1]) != "help" && std::find(names.begin(), names.end(), argv[1]) != names.end())
        return Message("cli.command_line_hint", {{"command", std::string(argv[1])}});
    return Message("cli.help_topic_hint");
}

// "there is no command "buidl" — did you mean "build"?"
Message no_such_command(const std::string& word, const std::string& near) {
    return Message("cli.unknown_command", {{"word", word}, {"has_near", near.empty() ? "no" : "yes"}, {"near", near}});
}

// CLI11 answers a mistyped command with "A subcommand is required"; say what is wrong instead.
// Returns true (and writes the message) when argv's first word is not a command.
bool report_unknown_command(CLI::App& app, int argc, char** argv, std::ostream& err) {
    if (argc < 2 || argv[1][0] == '-') return false;
    std::string word = argv[1];
    std::vector<std::string> names = command_names(app);
    if (std::find(names.begin(), names.end(), word) != names.end()) return false;
    std::string near = closest_match(word, names);
    std::string list;
    for (const auto& n : names) list += (list.empty() ? "" : ", ") + n;
    print_error(err, no_such_command(word, near), Message("cli.unknown_command_hint", {{"commands", list}}),
                early_message_language(argc, argv));
    return true;
}

// Whether the words ask for help (urker, urker help …, … --help): only then does the help's
// language matter before the command runs, and the site.yaml may be read to choose it.
bool asks_for_help(int argc, char** argv) {
    if (argc < 2 || std::string_view(argv[1]) == "help") return true;
    for (int i = 1; i < argc; ++i)
        if (std::string_view(argv[i]) == "-h" || std::string_view(argv[i]) == "--help") return true;
    return false;
}

}  // namespace

int run_cli(int argc, char** argv, std::ostream& out, std::ostream& err) {
    const HelpText text(asks_for_help(argc, argv) ? early_message_language(argc, argv) : resolve_message_language("", ""));
    CLI::App app(text("description", "version", URKER_VERSION), "urker");
    speak_help(app, text);
    app.set_version_flag("-V,--version", "urker " URKER_VERSION, text("version_flag"));
    app.require_subcommand(0, 1);
    app.footer(text("footer"));
    app.fallthrough(false);

    BuildArgs build_args;
    add_build_command(app, build_args, text);
    ServeCommand serve_command(app, text);
    CheckArgs check_args;
    CLI::App* check = add_check_command(app, check_args, text);

    // urker index: a search index from a JSON list of documents, for other tools and for testing.
    std::string docs_path, index_lang = "multi", index_output;
    std::vector<std::string> index_fields;
    CLI::App* index = app.add_subcommand("index", text("index"));
    index->add_option("--docs", docs_path, text("index_docs"))->required();
    index->add_option("--lang", index_lang, text("index_lang"))->capture_default_str();
    index->add_option("--field", index_fields, text("index_field"));
    index->add_option("-o,--output", index_output, text("index_output"));

    InitOptions init_options;
    std::string init_languages;
    add_init_command(app, init_options, init_languages, text);
    NewOptions new_options;
    add_new_command(app, new_options, text);

    std::string help_topic;
    CLI::App* help = app.add_subcommand("help", text("help"));
    help->add_option("command", help_topic, text("help_command"));
    // Taken, so `urker help build --lang ru` is not refused: it chooses the help's language.
    std::string help_lang;
    help->add_option("--lang", help_lang, text("lang"));
    name_command_groups(app, text);

    if (argc < 2) {  // no command: show what there is
        out << app.help();
        return 0;
    }
    if (report_unknown_command(app, argc, argv, err)) return 2;
    if (report_unknown_message_language(argc, argv, err)) return 2;

    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp& e) {
        return app.exit(e, out, err);
    } catch (const CLI::CallForAllHelp& e) {
        return app.exit(e, out, err);
    } catch (const CLI::CallForVersion& e) {
        return app.exit(e, out, err);
    } catch (const CLI::ParseError& e) {
        print_error(err, command_line_problem(e), command_line_hint(app, argc, argv), early_message_language(argc, argv));
        return 2;
    }

    if (help->parsed()) {
        if (help_topic.empty()) {
            // urker's own help, with its commands: app.help() would give that of the command
            // chosen, which is help itself.
            out << app.get_formatter()->make_help(&app, "urker", CLI::AppFormatMode::Normal);
            return 0;
        }
        for (CLI::App* sub : app.get_subcommands({})) {
            if (sub->get_name() == help_topic) {
                out << sub->help("urker");  // "Usage: urker build …", as build --help says
                return 0;
            }
        }
        std::string near = closest_match(help_topic, command_names(app));
        print_error(err, no_such_command(help_topic, near), Message("cli.help_topic_hint"), early_message_language(argc, argv));
        return 2;
    }

    if (app.got_subcommand("build")) {
        BuildOptions options;
        options.source = build_args.source;
        options.output = build_args.output;
        options.base_url = build_args.base_url;
        options.drafts = build_args.drafts;
        options.force = build_args.force;
        options.profile = build_args.profile;
        options.use_cache = !build_args.no_cache;
        options.message_language = build_args.lang;
        options.generator = "urker " URKER_VERSION;
        if (auto bad = read_report_options(build_args.build_date, build_args.period, options)) {
            print_error(err, bad->first, bad->second, early_message_language(argc, argv));
            return 2;
        }
        return build_site(options, build_args.quiet, out, err);
    }
    if (app.got_subcommand("init")) {
        for (std::size_t start = 0; start < init_languages.size();) {
            std::size_t comma = init_languages.find(',', start);
            if (comma == std::string::npos) comma = init_languages.size();
            if (std::string lang = trim(init_languages.substr(start, comma - start)); !lang.empty()) init_options.languages.push_back(lang);
            start = comma + 1;
        }
        return run_init_command(init_options, out, err);
    }
    if (app.got_subcommand("new")) return run_new_command(new_options, out, err);
    if (serve_command.chosen()) return serve_command.run(out, err);
    if (check->parsed()) return run_check_command(check_args, out, err);
    if (app.got_subcommand("index")) {
        if (index_fields.empty()) index_fields = search::default_index_fields();
        // index's --lang is the text pipeline (en, ru, multi): its messages follow the environment.
        return search::run_index_command(docs_path, index_lang, index_fields, index_output, err, resolve_message_language("", ""));
    }
    return 2;
}

}  // namespace urker
