#include "search/index_command.h"

#include "core/diagnostic.h"
#include "core/text.h"
#include "search/document_list.h"
#include "search/index_writer.h"

#include <charconv>
#include <cmath>
#include <fstream>
#include <algorithm>
#include <iostream>
#include <optional>

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

int run_index_command(const std::string& docs_path, const std::string& lang, const std::vector<std::string>& field_specs,
                      const std::string& output_path, std::ostream& err, std::string_view message_language) {
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
    const std::vector<SearchDocument> documents = read_document_list(docs_path, text, fields, problems);
    for (const Diagnostic& d : problems.items()) err << format_diagnostic(d, message_language);
    if (problems.has_errors()) return 1;
    std::string().swap(text);  // the texts now live in `documents`

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
        report({where}, Message("search.cannot_write_index"));
        return 1;
    }
    return 0;
}

}  // namespace urker::search
