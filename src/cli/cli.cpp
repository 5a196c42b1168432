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
#include "search/index_command.h"
#include "site/build.h"

#ifndef URKER_VERSION
#define URKER_VERSION "0.0.0"
#endif

namespace urker {

namespace {

constexpr const char* kDescription =
    "urker " URKER_VERSION " - static sites for teachers' network communities.\n"
    "Turns site.yaml, content/ (Markdown) and a theme into a fast static website.";

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

void add_build_command(CLI::App& app, BuildArgs& args) {
    CLI::App* build = app.add_subcommand("build", "Build the site into the output folder (public/ by default)");
    build->add_option("-s,--source", args.source, "The site's folder, holding site.yaml and content/")->capture_default_str();
    build->add_option("-o,--output", args.output, "Where to write the site (default: SOURCE/public, SOURCE/public-drafts with --drafts)");
    build->add_option("-b,--base-url", args.base_url, "The address the site is published at (overrides base_url in site.yaml)");
    build->add_flag("-D,--drafts", args.drafts, "Also build pages marked draft: true (into public-drafts/, marked noindex)");
    build->add_flag("--force", args.force,
                    "Publish into a folder that holds files urker did not write: they are moved aside to OUTPUT.urker-backup-DATE, never deleted");
    build->add_flag("-q,--quiet", args.quiet, "Print only errors and warnings");
    build->add_flag("--profile", args.profile, "Also print the render time of each template (the costliest first), for theme authors");
    build->add_flag("--no-cache", args.no_cache,
                    "Render every page: neither read nor update the build cache (.urker-cache/) of what the last build published");
    build->add_option("--lang", args.lang, kMessageLanguageHelp);
    build->add_option("--build-date", args.build_date,
                      "The day the build counts from, YYYY-MM-DD (default: SOURCE_DATE_EPOCH, else today): upcoming events, plan progress, the report");
    build->add_option("--period", args.period,
                      "The monitoring report's period, FIRST..LAST (default: the academic year from 1 September up to the build date)");
    build->footer(
        "The new site replaces the output folder only when the whole build succeeds, in one atomic step;\n"
        "after an error the previous site stays as it was. urker refuses an output folder that holds the\n"
        "site itself or files it did not write (see --force), and a second build into the same folder\n"
        "waits for the first. Exit codes: 0 built, 1 errors in the content, 2 wrong command.");
}

void add_init_command(CLI::App& app, InitOptions& options, std::string& languages) {
    CLI::App* init = app.add_subcommand("init", "Start a new portal: site.yaml, sections and an example of each kind of page");
    init->add_option("folder", options.folder, "Where to write it (default: this folder); it must not hold a site.yaml or content/ yet");
    init->add_option("-l,--language", options.language, "The portal's main language and the language of the examples: ru, kk or en")
        ->capture_default_str();
    init->add_option("--languages", languages, "All the portal's languages, e.g. ru,kk (each gets its section pages)");
    init->add_option("--lang", options.message_language,
                     "The language of urker's messages: ru, kk or en (default: URKER_LANG, then the system's language, then --language)");
    init->footer("The default theme is built into urker: the new portal needs no themes/ folder.\n"
                 "Then:  urker serve  to see it,  urker new  to add pages,  urker build  to publish.");
}

void add_new_command(CLI::App& app, NewOptions& options) {
    CLI::App* add = app.add_subcommand("new", "Add a page: urker new material \"Сложение дробей\" --author ivanova-a");
    add->add_option("kind", options.kind, "material, member, news, event, plan, topic (forum), school, group or page")->required();
    add->add_option("title", options.title, "The page's title, in quotes; the file is named after it in Latin letters")->required();
    add->add_option("-s,--source", options.source, "The site's folder, holding site.yaml and content/")->capture_default_str();
    add->add_option("--lang", options.lang,
                    "The page's language (default: the site's language); urker's messages follow URKER_LANG, then the "
                    "system's language, then this one");
    add->add_option("-a,--author", options.author, "Your member id: the name of your file in content/members/");
    add->add_option("--slug", options.slug, "The file's name instead of the transliterated title");
    add->footer("Prints the new file's path. A material is a folder: put its files beside index.md.\n"
                "urker new never replaces a file: when the file exists it says so and exits with 1.");
}

// The name of every command, for "did you mean".
std::vector<std::string> command_names(CLI::App& app) {
    std::vector<std::string> names;
    for (CLI::App* sub : app.get_subcommands({})) names.push_back(sub->get_name());
    return names;
}

// The language for what is said before the command line is parsed: a --lang among the words
// if there is one (urker buil --lang kk), else the environment's.
std::string early_message_language(int argc, char** argv) {
    std::string option;
    for (int i = 1; i < argc; ++i) {
        std::string_view word = argv[i];
        if (word == "--lang" && i + 1 < argc) option = argv[i + 1];
        else if (word.rfind("--lang=", 0) == 0) option = word.substr(7);
    }
    return resolve_message_language(option, "");
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
    if (argc >= 2 && std::find(names.begin(), names.end(), argv[1]) != names.end())
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

}  // namespace

int run_cli(int argc, char** argv, std::ostream& out, std::ostream& err) {
    CLI::App app(kDescription, "urker");
    app.set_version_flag("-V,--version", "urker " URKER_VERSION);
    app.require_subcommand(0, 1);
    app.footer("urker speaks Russian, Kazakh or English: a command's --lang ru|kk|en, else URKER_LANG, else the\n"
               "system's language (LC_ALL, LC_MESSAGES, LANG), else the site's language. See docs/getting-started.md.");
    app.fallthrough(false);

    BuildArgs build_args;
    add_build_command(app, build_args);
    ServeCommand serve_command(app);
    CheckArgs check_args;
    CLI::App* check = add_check_command(app, check_args);

    // urker index: a search index from a JSON list of documents, for other tools and for testing.
    std::string docs_path, index_lang = "multi", index_output;
    std::vector<std::string> index_fields;
    CLI::App* index = app.add_subcommand("index", "Build a lunr.js search index from a JSON list of documents");
    index->add_option("--docs", docs_path, "DOCS.json: an array of objects with \"ref\" and the fields")->required();
    index->add_option("--lang", index_lang, "Text pipeline: en, ru, multi (English and Russian) or multi-kk (multi, Kazakh letters folded as a site's search does)")->capture_default_str();
    index->add_option("--field", index_fields, "A field to index, with an optional boost: title^10 (repeatable; default: title^10 tags^5 body)");
    index->add_option("-o,--output", index_output, "Where to write the index (default: standard output)");

    InitOptions init_options;
    std::string init_languages;
    add_init_command(app, init_options, init_languages);
    NewOptions new_options;
    add_new_command(app, new_options);

    std::string help_topic;
    CLI::App* help = app.add_subcommand("help", "Show help for a command: urker help build");
    help->add_option("command", help_topic, "The command to explain");
    // Taken, so `urker help build --lang ru` is not refused; the command descriptions are English.
    std::string help_lang;
    help->add_option("--lang", help_lang, kMessageLanguageHelp);

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
            out << app.help();
            return 0;
        }
        for (CLI::App* sub : app.get_subcommands({})) {
            if (sub->get_name() == help_topic) {
                out << sub->help();
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
