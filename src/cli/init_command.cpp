#include "cli/init_command.h"

#include "cli/message_language_option.h"

#include <algorithm>

#include "cli/scaffold.h"
#include "config/yaml_document.h"
#include "core/diagnostic.h"
#include "core/text.h"

namespace urker {

namespace fs = std::filesystem;

namespace {

constexpr std::string_view kGitignore =
    "# What urker writes: the built site, the drafts preview, the build cache.\n"
    "public/\n"
    "public-drafts/\n"
    ".urker-cache/\n";

std::string join(const std::vector<std::string>& items, std::string_view separator) {
    std::string out;
    for (const auto& item : items) out += (out.empty() ? "" : std::string(separator)) + item;
    return out;
}

bool known_language(const std::string& lang) {
    const auto& known = scaffold_languages();
    return std::find(known.begin(), known.end(), lang) != known.end();
}

// site.yaml's {{t:key}}: one text, or one per language ({ru: "…", kk: "…"}).
std::map<std::string, std::string> site_text_placeholders(const std::vector<std::string>& languages) {
    std::map<std::string, std::map<std::string, std::string>> texts;  // key -> language -> text
    for (const auto& lang : languages) {
        const EmbeddedFile* f = find_embedded(resources::scaffold_files(), "init/" + lang + "/strings.yaml");
        if (!f) continue;
        Diagnostics ignored;  // built into the binary and checked by the tests
        YamlDocument doc = parse_yaml(std::string(f->data), "strings.yaml", ignored);
        if (!doc.value.is_object()) continue;
        for (const auto& [key, value] : doc.value.items())
            if (value.is_string()) texts[key][lang] = value.get<std::string>();
    }
    std::map<std::string, std::string> values;
    for (const auto& [key, by_language] : texts) {
        auto quoted = [](const std::string& s) { return "\"" + yaml_quoted_content(s) + "\""; };
        if (languages.size() == 1) {
            values["t:" + key] = quoted(by_language.begin()->second);
            continue;
        }
        std::string map;
        for (const auto& lang : languages)
            if (by_language.count(lang)) map += (map.empty() ? "" : ", ") + lang + ": " + quoted(by_language.at(lang));
        values["t:" + key] = "{" + map + "}";
    }
    return values;
}

// "about.md" -> "about.kk.md", "news/_index.md" -> "news/_index.kk.md".
std::string translated_name(const std::string& rel, const std::string& lang) {
    return rel.substr(0, rel.size() - 3) + "." + lang + ".md";
}

bool is_section_or_about(const std::string& rel) {
    return rel == "about.md" || rel == "_index.md" || ends_with(rel, "/_index.md");
}

}  // namespace

int run_init_command(const InitOptions& options, std::ostream& out, std::ostream& err) {
    std::vector<std::string> languages{options.language};
    for (const auto& lang : options.languages)
        if (std::find(languages.begin(), languages.end(), lang) == languages.end()) languages.push_back(lang);
    // The new portal's language is the last choice, as a site's is for the other commands.
    const std::string say = resolve_message_language(options.message_language, known_language(options.language) ? options.language : "");
    for (const auto& lang : languages) {
        if (known_language(lang)) continue;
        print_error(err, Message("cli.init_unknown_language", {{"lang", lang}}),
                    Message("cli.init_unknown_language_hint", {{"languages", join(scaffold_languages(), ", ")}}), say);
        return 2;
    }

    const fs::path& folder = options.folder;
    std::error_code ec;
    for (const char* existing : {"site.yaml", "content"}) {
        if (fs::exists(folder / existing, ec)) {
            print_error(err, Message("cli.init_exists", {{"path", (folder / existing).string()}, {"folder", folder.string()}}),
                        Message("cli.init_exists_hint"), say);
            return 1;
        }
    }

    std::map<std::string, std::string> values = date_placeholders(scaffold_now());
    values.merge(site_text_placeholders(languages));
    values["language"] = options.language;
    values["languages"] = "[" + join(languages, ", ") + "]";

    // What to write: site.yaml, the main language's content, the other languages' section pages.
    std::vector<std::pair<std::string, std::string>> files;  // path in the folder -> text
    const std::string main_prefix = "init/" + options.language + "/";
    for (const auto& f : resources::scaffold_files()) {
        if (!starts_with(f.path, main_prefix)) continue;
        std::string rel(f.path.substr(main_prefix.size()));
        if (rel == "site.yaml" || starts_with(rel, "content/")) files.emplace_back(rel, fill_placeholders(f.data, values));
    }
    for (const auto& lang : languages) {
        if (lang == options.language) continue;
        const std::string prefix = "init/" + lang + "/content/";
        for (const auto& f : resources::scaffold_files()) {
            if (!starts_with(f.path, prefix)) continue;
            std::string rel(f.path.substr(prefix.size()));
            if (is_section_or_about(rel)) files.emplace_back("content/" + translated_name(rel, lang), fill_placeholders(f.data, values));
        }
    }
    files.emplace_back(".gitignore", std::string(kGitignore));
    std::sort(files.begin(), files.end());

    for (const auto& [rel, text] : files) {
        if (Message problem = write_new_file(folder / rel, text); !problem.empty()) {
            print_error(err, std::move(problem), Message("cli.init_write_hint", {{"folder", folder.string()}}), say);
            return 1;
        }
    }

    std::string member;
    for (const auto& [rel, text] : files)
        if (starts_with(rel, "content/members/") && !ends_with(rel, "_index.md") && rel.find('.') == rel.rfind('.'))
            member = fs::path(rel).stem().string();
    const std::string cd = folder == "." ? "" : "  cd " + folder.string() + "\n";
    auto content_files = std::count_if(files.begin(), files.end(), [](const auto& f) { return starts_with(f.first, "content/"); });
    // The commands stay as they are typed; the words around them are the reader's.
    out << render_message(Message("cli.init_done", {{"folder", folder.string()}, {"count", static_cast<std::int64_t>(content_files)}}), say)
        << '\n'
        << render_message(Message("cli.init_theme_built_in"), say) << "\n\n"
        << render_message(Message("cli.init_next"), say) << '\n'
        << cd
        << "  urker serve      # " << render_message(Message("cli.init_next_serve"), say) << '\n'
        << "  urker new material \"" << render_message(Message("cli.init_next_title"), say) << "\" --author " << member << '\n'
        << "                   # " << render_message(Message("cli.init_next_new"), say) << '\n'
        << "  urker build      # " << render_message(Message("cli.init_next_build"), say) << '\n';
    return 0;
}

}  // namespace urker
