#include "search/index_command.h"

#include "core/diagnostic.h"
#include "core/text.h"
#include "search/document_list.h"
#include "search/index_writer.h"
#include "search/sharded_index.h"

#include "core/json.h"

#include <charconv>
#include <cmath>
#include <fstream>
#include <algorithm>
#include <iostream>
#include <optional>
#include <filesystem>
#include <variant>

namespace urker::search {

namespace {

std::optional<SearchField> parse_field_spec(const std::string& spec) {
    SearchField field;
    const auto caret = spec.rfind('^');
    field.name = spec.substr(0, caret);
    if (caret != std::string::npos) {
        const std::string boost = spec.substr(caret + 1);
        const char* end = boost.data() + boost.size();
        auto [ptr, ec] = std::from_chars(boost.data(), end, field.boost);
        if (boost.empty() || ec != std::errc() || ptr != end || !std::isfinite(field.boost)) return std::nullopt;
    }
    return field;
}

}  // namespace

std::vector<std::string> default_index_fields() { return {"title^10", "tags^5", "body"}; }

namespace {

// What both commands read: the language, the fields and DOCS.json. An exit code when they cannot.
struct CommandInput {
    Language language = Language::multi;
    std::vector<SearchField> fields;
    std::vector<SearchDocument> documents;
};

std::variant<CommandInput, int> read_command_input(const std::string& docs_path, const std::string& lang,
                                                   const std::vector<std::string>& field_specs, std::ostream& err,
                                                   std::string_view message_language) {
    // Usage errors name the command where a file error names the file.
    auto report = [&](SourceLocation where, Message message, Message hint = {}) {
        Diagnostics diags;
        diags.error(std::move(where), std::move(message), std::move(hint));
        err << format_diagnostic(diags.items().front(), message_language);
    };
    const SourceLocation command{"urker index"};
    const std::optional<Language> language = parse_language(lang.empty() ? "multi" : lang);
    if (!language) {
        report(command, Message("search.unknown_language", {{"lang", lang}}), Message("search.unknown_language_hint"));
        return 2;
    }
    std::vector<SearchField> fields;
    for (const std::string& spec : field_specs.empty() ? default_index_fields() : field_specs) {
        std::optional<SearchField> field = parse_field_spec(spec);
        if (!field) {
            report(command, Message("search.malformed_boost", {{"field", spec}}), Message("search.malformed_boost_hint"));
            return 2;
        }
        fields.push_back(*field);
    }
    if (Message problem = search_field_problem(fields); !problem.empty()) {
        report(command, std::move(problem));
        return 2;
    }
    if (docs_path.empty()) {
        report(command, Message("search.docs_required"), Message("search.docs_required_hint"));
        return 2;
    }

    std::ifstream in(docs_path, std::ios::binary | std::ios::ate);
    if (!in) {
        report({docs_path}, Message("search.cannot_open_documents"), Message("search.cannot_open_documents_hint"));
        return 1;
    }
    std::string text(static_cast<std::size_t>(std::max<std::streamoff>(0, in.tellg())), '\0');
    in.seekg(0);
    in.read(text.data(), static_cast<std::streamsize>(text.size()));
    if (!in) {
        report({docs_path}, Message("search.cannot_read_documents"));
        return 1;
    }

    Diagnostics problems;
    CommandInput input{*language, fields, read_document_list(docs_path, text, fields, problems)};
    for (const Diagnostic& d : problems.items()) err << format_diagnostic(d, message_language);
    if (problems.has_errors()) return 1;
    return input;
}

// Reports a file that cannot be written.
int cannot_write(const std::string& where, std::ostream& err, std::string_view message_language) {
    Diagnostics diags;
    diags.error({where}, Message("search.cannot_write_index"));
    err << format_diagnostic(diags.items().front(), message_language);
    return 1;
}

}  // namespace

int run_index_command(const std::string& docs_path, const std::string& lang, const std::vector<std::string>& field_specs,
                      const std::string& output_path, std::ostream& err, std::string_view message_language) {
    auto read = read_command_input(docs_path, lang, field_specs, err, message_language);
    if (const int* code = std::get_if<int>(&read)) return *code;
    const CommandInput& input = std::get<CommandInput>(read);
    const std::vector<SearchDocument>& documents = input.documents;
    const std::vector<SearchField>& fields = input.fields;
    const Language* language = &input.language;

    // Stream the index: it is several times larger than the documents.
    std::ofstream file;
    if (!output_path.empty()) file.open(output_path, std::ios::binary | std::ios::trunc);
    std::ostream& out = output_path.empty() ? std::cout : file;
    if (out) {
        write_lunr_index(documents, fields, *language, [&](std::string_view piece) {
            out.write(piece.data(), static_cast<std::streamsize>(piece.size()));
        });
    }
    out.flush();
    if (!output_path.empty()) file.close();
    if (!out || (!output_path.empty() && !file)) {
        const std::string where =
            output_path.empty() ? render_message(Message("search.standard_output"), message_language) : output_path;
        return cannot_write(where, err, message_language);
    }
    return 0;
}

int run_sharded_index_command(const std::string& docs_path, const std::string& lang,
                              const std::vector<std::string>& field_specs, const std::string& output_dir,
                              std::size_t shard_bytes, std::ostream& err, std::string_view message_language) {
    auto read = read_command_input(docs_path, lang, field_specs, err, message_language);
    if (const int* code = std::get_if<int>(&read)) return *code;
    const CommandInput& input = std::get<CommandInput>(read);
    ShardedIndexOptions options;
    if (shard_bytes) options.shard_bytes = shard_bytes;
    ShardedIndex index = write_sharded_lunr_index(input.documents, input.fields, input.language, options);
    urker::Json refs = urker::Json::array();
    for (std::size_t d : index.document_of_number) refs.push_back(input.documents[d].ref);
    index.manifest["index"] = "i{n}.json";
    index.manifest["terms"] = "terms.json";
    index.manifest["refs"] = "refs.json";
    std::vector<std::pair<std::string, std::string>> files = {
        {"manifest.json", index.manifest.dump(-1, ' ', false, urker::Json::error_handler_t::replace)},
        {"terms.json", index.terms},
        {"refs.json", refs.dump(-1, ' ', false, urker::Json::error_handler_t::replace)}};
    for (std::size_t k = 0; k < index.shards.size(); ++k)
        files.emplace_back("i" + std::to_string(k) + ".json", std::move(index.shards[k]));
    std::error_code ec;
    std::filesystem::create_directories(output_dir, ec);
    for (const auto& [name, text] : files) {
        const std::string path = (std::filesystem::path(output_dir) / name).string();
        std::ofstream file(path, std::ios::binary | std::ios::trunc);
        file.write(text.data(), static_cast<std::streamsize>(text.size()));
        file.close();
        if (!file) return cannot_write(path, err, message_language);
    }
    return 0;
}

}  // namespace urker::search
