#include "cli/new_command.h"

#include "cli/message_language_option.h"

#include <algorithm>
#include <map>
#include <set>

#include "cli/scaffold.h"
#include "config/site_config.h"
#include "core/diagnostic.h"
#include "core/fs.h"
#include "core/likely_language.h"
#include "core/text.h"

namespace urker {

namespace fs = std::filesystem;

namespace {

struct KindPlace {
    std::string kind;
    std::string folder;  // below content/, "" for a page at the top
    bool bundle;         // a folder with index.md, for attachments beside it
};

const std::vector<KindPlace>& kind_places() {
    static const std::vector<KindPlace> places{
        {"material", "materials", true}, {"member", "members", false}, {"news", "news", false},
        {"event", "events", false},      {"plan", "plans", false},     {"topic", "forum", false},
        {"school", "schools", false},    {"group", "groups", false},   {"page", "", false},
    };
    return places;
}

std::string join(const std::vector<std::string>& items, std::string_view separator) {
    std::string out;
    for (const auto& item : items) out += (out.empty() ? "" : std::string(separator)) + item;
    return out;
}

// Long titles make long addresses: cut at a word boundary.
std::string shorten_slug(std::string slug, std::size_t max = 60) {
    if (slug.size() <= max) return slug;
    std::size_t cut = slug.rfind('-', max);
    return slug.substr(0, cut == std::string::npos || cut < 10 ? max : cut);
}

// A member's id as the example portal writes them: surname and first initial ("ivanova-a") for
// Russian and Kazakh names ("Иванова Анна Сергеевна"); the whole name otherwise.
std::string member_slug(const std::string& title, const std::string& lang) {
    if (lang != "ru" && lang != "kk") return slugify(title);
    std::vector<std::string> words;
    for (std::size_t i = 0; i < title.size();) {
        std::size_t end = title.find(' ', i);
        if (end == std::string::npos) end = title.size();
        if (end > i) words.push_back(title.substr(i, end - i));
        i = end + 1;
    }
    if (words.size() < 2) return slugify(title);
    std::string surname = slugify(words[0]), first = slugify(words[1]);
    if (surname.empty() || first.empty()) return slugify(title);
    return surname + "-" + first.substr(0, 1);
}

// Member ids: file names in content/members/ (without a language suffix), or their `id:`.
std::set<std::string> member_ids(const fs::path& source, const SiteConfig& config) {
    std::set<std::string> ids;
    for (const auto& rel : list_files(source / "content" / "members")) {
        if (!ends_with(rel, ".md") || rel.find('/') != std::string::npos) continue;
        std::string stem = rel.substr(0, rel.size() - 3);
        if (auto dot = stem.rfind('.'); dot != std::string::npos &&
            std::find(config.languages.begin(), config.languages.end(), stem.substr(dot + 1)) != config.languages.end())
            continue;  // a translation
        if (stem == "_index") continue;
        std::string id = stem;
        if (auto text = read_file(source / "content" / "members" / rel)) {
            // A simple look at the front matter's `id:` line is enough here; the build checks it.
            std::size_t at = text->find("\nid:");
            std::size_t close = text->find("\n---", 3);
            if (at != std::string::npos && (close == std::string::npos || at < close)) {
                std::size_t end = text->find('\n', at + 1);
                std::string value = trim(text->substr(at + 4, end == std::string::npos ? std::string::npos : end - at - 4));
                if (value.size() >= 2 && (value.front() == '"' || value.front() == '\'')) value = value.substr(1, value.size() - 2);
                if (!value.empty()) id = value;
            }
        }
        ids.insert(id);
    }
    return ids;
}

}  // namespace

const std::vector<std::string>& new_page_kinds() {
    static const std::vector<std::string> kinds = [] {
        std::vector<std::string> k;
        for (const auto& p : kind_places()) k.push_back(p.kind);
        return k;
    }();
    return kinds;
}

int run_new_command(const NewOptions& options, std::ostream& out, std::ostream& err) {
    // --lang is the page's language (the issue's `urker new KIND "Title" --lang kk`), so the
    // messages follow URKER_LANG and the system's language first; the page's language, then the
    // site's, only when neither is set.
    std::string say = resolve_message_language("", options.lang);
    auto place = std::find_if(kind_places().begin(), kind_places().end(), [&](const KindPlace& p) { return p.kind == options.kind; });
    if (place == kind_places().end()) {
        std::string near = closest_match(options.kind, new_page_kinds());
        print_error(err, Message("cli.new_unknown_kind", {{"kind", options.kind}, {"has_near", near.empty() ? "no" : "yes"}, {"near", near}}),
                    Message("cli.new_unknown_kind_hint", {{"kinds", join(new_page_kinds(), ", ")}}), say);
        return 2;
    }
    if (trim(options.title).empty()) {
        print_error(err, Message("cli.new_no_title"), Message("cli.new_no_title_hint", {{"kind", options.kind}}), say);
        return 2;
    }

    Diagnostics diags;
    std::optional<SiteConfig> config = load_site_config(options.source, diags);
    if (!config) {
        err << format_diagnostics(diags, 20, say);
        return 1;
    }
    say = resolve_message_language("", options.lang.empty() ? config->language : options.lang);

    const std::string lang = options.lang.empty() ? config->language : options.lang;
    if (std::find(config->languages.begin(), config->languages.end(), lang) == config->languages.end()) {
        // --lang kz, қаз, RU: the code the teacher meant, when one of the site's is near.
        // Guessed among all the codes urker knows, so that "kz" on a Russian-only site is not taken
        // for "ru": a hint only when the language meant is one of the site's.
        std::vector<std::string> codes{"ru", "kk", "en"};
        for (const auto& l : config->languages)
            if (std::find(codes.begin(), codes.end(), l) == codes.end()) codes.push_back(l);
        std::string meant = likely_language(lang, codes);
        if (std::find(config->languages.begin(), config->languages.end(), meant) == config->languages.end()) meant.clear();
        // Said in the language meant; else in the one written, when urker speaks it (a Kazakh
        // teacher's --lang kk on a Russian-only site); else in the site's.
        const bool spoken = lang == "ru" || lang == "kk" || lang == "en";
        print_error(err, Message("cli.new_language_not_in_site", {{"lang", lang}, {"languages", join(config->languages, ", ")}}),
                    meant.empty() ? Message("content.language_not_in_site_hint") : Message("cli.new_language_meant_hint", {{"code", meant}}),
                    resolve_message_language("", !meant.empty() ? meant : spoken ? lang : config->language));
        return 2;
    }

    std::set<std::string> members = member_ids(options.source, *config);
    if (!options.author.empty() && !members.count(options.author)) {
        std::string near = closest_match(options.author, std::vector<std::string>(members.begin(), members.end()));
        Message hint = !near.empty()       ? Message("config.did_you_mean", {{"name", near}})
                       : members.empty() ? Message("cli.new_add_member_first")
                                         : Message("cli.new_member_ids", {{"ids", join(std::vector<std::string>(members.begin(), members.end()), ", ")}});
        print_error(err, Message("cli.new_no_member", {{"id", options.author}}), std::move(hint), say);
        return 1;
    }

    std::string slug = options.slug.empty() ? (options.kind == "member" ? member_slug(options.title, lang) : slugify(options.title))
                                            : slugify(options.slug);
    slug = shorten_slug(slug);
    if (slug.empty() && !options.slug.empty()) {
        // The --slug value had nothing to name the file after (--slug "."), whatever the title has.
        std::string from_title = shorten_slug(options.kind == "member" ? member_slug(options.title, lang) : slugify(options.title));
        print_error(err, Message("cli.new_slug_no_letters", {{"slug", options.slug}}),
                    Message("cli.new_slug_no_letters_hint", {{"from_title", from_title.empty() ? "no" : "yes"},
                                                             {"example", from_title.empty() ? std::string("my-page") : from_title}}),
                    say);
        return 2;
    }
    if (slug.empty()) {
        print_error(err, Message("cli.new_no_slug", {{"title", options.title}}), Message("cli.new_no_slug_hint"), say);
        return 2;
    }
    std::string rel = "content/" + (place->folder.empty() ? "" : place->folder + "/") + (place->bundle ? slug + "/index.md" : slug + ".md");
    fs::path target = (options.source / rel).lexically_normal();

    // The texts are in the page's language when scaffold/ has it, else in English.
    const auto& known = scaffold_languages();
    std::string text_lang = std::find(known.begin(), known.end(), lang) != known.end() ? lang : "en";
    const EmbeddedFile* scaffold = find_embedded(resources::scaffold_files(), "new/" + text_lang + "/" + options.kind + ".md");
    if (!scaffold) {
        print_error(err, Message("cli.new_no_template", {{"kind", options.kind}}), Message("cli.bug_hint"), say);
        return 1;
    }

    std::map<std::string, std::string> values = date_placeholders(scaffold_now());
    values["title"] = yaml_quoted_content(trim(options.title));
    values["language"] = lang;
    values["author"] = options.author;
    std::vector<std::string> categories;
    for (const auto& [id, category] : config->forum.categories) categories.push_back(id);
    values["category"] = categories.empty() ? "" : categories.front();
    values["categories"] = join(categories, ", ");
    std::string text = fill_placeholders(scaffold->data, values);

    if (Message problem = write_new_file(target, text); !problem.empty()) {
        print_error(err, Message("cli.new_not_written", {{"problem", render_message(problem, say)}}),
                    Message("cli.new_not_written_hint", {{"slug", slug + "-2"}}), say);
        return 1;
    }
    out << target.string() << std::endl;  // before the notes on the error stream

    static const std::map<std::string, std::string> author_field{{"material", "author"}, {"news", "author"}, {"topic", "author"},
                                                                 {"event", "organizer"}, {"group", "leader"}, {"plan", "responsible"}};
    if (auto field = author_field.find(options.kind); options.author.empty() && field != author_field.end())
        print_note(err,
                   Message("cli.new_note_author", {{"field", field->second},
                                                   {"has_members", members.empty() ? "no" : "yes"},
                                                   {"members", join(std::vector<std::string>(members.begin(), members.end()), ", ")},
                                                   {"material", options.kind == "material" ? "yes" : "no"}}),
                   say);
    if (options.kind == "topic" && categories.empty()) print_note(err, Message("cli.new_note_no_categories"), say);
    if (place->bundle)
        print_note(err, Message("cli.new_note_attachments", {{"folder", target.parent_path().lexically_normal().string() + "/"}}), say);
    return 0;
}

}  // namespace urker
