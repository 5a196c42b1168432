#include "cli/cli.h"

#include <CLI/CLI.hpp>

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
    bool quiet = false;
};

void add_build_command(CLI::App& app, BuildArgs& args) {
    CLI::App* build = app.add_subcommand("build", "Build the site into the output folder (public/ by default)");
    build->add_option("-s,--source", args.source, "The site's folder, holding site.yaml and content/")->capture_default_str();
    build->add_option("-o,--output", args.output, "Where to write the site (default: SOURCE/public)");
    build->add_option("-b,--base-url", args.base_url, "The address the site is published at (overrides base_url in site.yaml)");
    build->add_flag("-D,--drafts", args.drafts, "Also build pages marked draft: true");
    build->add_flag("-q,--quiet", args.quiet, "Print only errors and warnings");
    build->footer(
        "The new site replaces the output folder only when the whole build succeeds; after an error the\n"
        "previous site stays as it was. Exit codes: 0 built, 1 errors in the content, 2 wrong command.");
}

}  // namespace

int run_cli(int argc, char** argv, std::ostream& out, std::ostream& err) {
    CLI::App app(kDescription, "urker");
    app.set_version_flag("-V,--version", "urker " URKER_VERSION);
    app.require_subcommand(1);
    app.fallthrough(false);

    BuildArgs build_args;
    add_build_command(app, build_args);
    CheckArgs check_args;
    CLI::App* check = add_check_command(app, check_args);

    // urker index: a search index from a JSON list of documents, for other tools and for testing.
    std::string docs_path, index_lang = "multi", index_output;
    std::vector<std::string> index_fields;
    CLI::App* index = app.add_subcommand("index", "Build a lunr.js search index from a JSON list of documents");
    index->add_option("--docs", docs_path, "DOCS.json: an array of objects with \"ref\" and the fields")->required();
    index->add_option("--lang", index_lang, "Text pipeline: en, ru or multi (English and Russian)")->capture_default_str();
    index->add_option("--field", index_fields, "A field to index, with an optional boost: title^10 (repeatable; default: title^10 tags^5 body)");
    index->add_option("-o,--output", index_output, "Where to write the index (default: standard output)");

    std::string help_topic;
    CLI::App* help = app.add_subcommand("help", "Show help for a command: urker help build");
    help->add_option("command", help_topic, "The command to explain");

    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp& e) {
        return app.exit(e, out, err);
    } catch (const CLI::CallForAllHelp& e) {
        return app.exit(e, out, err);
    } catch (const CLI::CallForVersion& e) {
        return app.exit(e, out, err);
    } catch (const CLI::ParseError& e) {
        app.exit(e, out, err);
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
        err << "error: there is no command \"" << help_topic << "\"\n    hint: run urker --help to see the commands\n";
        return 2;
    }

    if (app.got_subcommand("build")) {
        BuildOptions options;
        options.source = build_args.source;
        options.output = build_args.output;
        options.base_url = build_args.base_url;
        options.drafts = build_args.drafts;
        options.generator = "urker " URKER_VERSION;
        return build_site(options, build_args.quiet, out, err);
    }
    if (check->parsed()) return run_check_command(check_args, out, err);
    if (app.got_subcommand("index")) {
        if (index_fields.empty()) index_fields = search::default_index_fields();
        return search::run_index_command(docs_path, index_lang, index_fields, index_output, err);
    }
    return 2;
}

}  // namespace urker
