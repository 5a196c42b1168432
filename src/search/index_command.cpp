#include "search/index_command.h"

#include "core/diagnostic.h"
#include "core/text.h"
#include "search/index_writer.h"
#include "search/js_number.h"

#include <nlohmann/json.hpp>

#include <charconv>
#include <cmath>
#include <fstream>
#include <iostream>
#include <unordered_map>

namespace urker::search {

namespace {

using nlohmann::json;

// How JavaScript's String() prints a JSON scalar; false for objects and arrays.
bool js_string_of_scalar(const json& v, std::string& out) {
    out.clear();
    switch (v.type()) {
        case json::value_t::string: out = v.get_ref<const std::string&>(); return true;
        case json::value_t::boolean: out = v.get<bool>() ? "true" : "false"; return true;
        case json::value_t::number_integer: append_js_number(out, static_cast<double>(v.get<std::int64_t>())); return true;
        case json::value_t::number_unsigned: append_js_number(out, static_cast<double>(v.get<std::uint64_t>())); return true;
        case json::value_t::number_float: append_js_number(out, v.get<double>()); return true;
        default: return false;
    }
}

std::string describe_document(std::size_t index, const std::string& ref) {
    std::string s = "document " + std::to_string(index + 1);
    if (!ref.empty()) s += " (ref \"" + ref + "\")";
    return s;
}

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

// Line and column (1-based, in code points) of the byte at `offset`.
SourceLocation location_of(const std::string& path, const std::string& text, std::size_t offset) {
    SourceLocation where{path, 1, 1};
    std::size_t line_start = 0;
    offset = std::min(offset, text.size());
    for (std::size_t i = 0; i < offset; ++i) {
        if (text[i] == '\n') {
            ++where.line;
            line_start = i + 1;
        }
    }
    where.column = static_cast<int>(count_code_points(std::string_view(text).substr(line_start, offset - line_start))) + 1;
    return where;
}

// nlohmann's message without its "[json.exception.parse_error.101] parse error at line 1, column 2: " prefix.
std::string parse_error_message(const json::parse_error& e) {
    std::string what = e.what();
    const auto colon = what.find(": ");
    return colon == std::string::npos ? what : what.substr(colon + 2);
}

// The documents of a parsed DOCS.json; problems (at most 20 errors) go to `problems`.
std::vector<SearchDocument> read_documents(const std::string& path, json& root,
                                           const std::vector<SearchField>& fields, Diagnostics& problems) {
    std::vector<SearchDocument> documents;
    if (!root.is_array()) {
        problems.error({path}, "the document list must be a JSON array of objects",
                       "write [{\"ref\": \"/materials/x/\", \"title\": \"…\", \"body\": \"…\"}, …]");
        return documents;
    }
    documents.reserve(root.size());
    std::unordered_map<std::string, std::size_t> first_with_ref;
    std::string scalar;
    for (std::size_t i = 0; i < root.size() && problems.error_count() < 20; ++i) {
        json& item = root[i];
        SearchDocument doc;
        if (!item.is_object()) {
            problems.error({path}, describe_document(i, {}) + " is not a JSON object");
            continue;
        }
        auto ref = item.find("ref");
        if (ref == item.end() || ref->is_boolean() || !js_string_of_scalar(*ref, doc.ref)) {
            problems.error({path}, describe_document(i, {}) + " needs a \"ref\" (a string or a number)");
            continue;
        }
        for (const SearchField& f : fields) {
            auto value = item.find(f.name);
            if (value == item.end() || value->is_null()) continue;
            if (value->is_string()) {  // the common case: move the text instead of copying it
                doc.fields.emplace(f.name, std::move(value->get_ref<std::string&>()));
                continue;
            }
            if (js_string_of_scalar(*value, scalar)) {
                doc.fields.emplace(f.name, scalar);
                continue;
            }
            bool ok = value->is_array();
            std::vector<std::string> list;
            for (std::size_t e = 0; ok && e < value->size(); ++e) {
                json& element = (*value)[e];
                if (element.is_string()) {
                    list.push_back(std::move(element.get_ref<std::string&>()));
                } else if (element.is_null()) {
                    list.emplace_back();  // lunr.utils.asString(null) == ""
                } else if (js_string_of_scalar(element, scalar)) {
                    list.push_back(scalar);
                } else {
                    ok = false;
                }
            }
            if (!ok) {
                problems.error({path}, describe_document(i, doc.ref) + ": field \"" + f.name +
                                           "\" must be a string or an array of strings");
                continue;
            }
            doc.fields.emplace(f.name, std::move(list));
        }
        auto [seen, inserted] = first_with_ref.emplace(doc.ref, i);
        if (!inserted) {
            problems.warning({path}, "documents " + std::to_string(seen->second + 1) + " and " + std::to_string(i + 1) +
                                         " share the ref \"" + doc.ref + "\"",
                             "lunr.js merges them: both are found, the later one's text decides the score");
        }
        documents.push_back(std::move(doc));
    }
    return documents;
}

}  // namespace

std::vector<std::string> default_index_fields() { return {"title^10", "tags^5", "body"}; }

int run_index_command(const std::string& docs_path, const std::string& lang, const std::vector<std::string>& field_specs,
                      const std::string& output_path, std::ostream& err) {
    const std::optional<Language> language = parse_language(lang.empty() ? "multi" : lang);
    if (!language) {
        err << "urker index: error: unknown language \"" << lang << "\"\n    hint: use --lang en, ru or multi\n";
        return 2;
    }
    std::vector<SearchField> fields;
    for (const std::string& spec : field_specs.empty() ? default_index_fields() : field_specs) {
        std::optional<SearchField> field = parse_field_spec(spec);
        if (!field) {
            err << "urker index: error: --field \"" << spec << "\" has a malformed boost\n"
                << "    hint: write NAME or NAME^BOOST, e.g. --field title^10\n";
            return 2;
        }
        fields.push_back(*field);
    }
    if (std::string problem = check_search_fields(fields); !problem.empty()) {
        err << "urker index: error: " << problem << '\n';
        return 2;
    }
    if (docs_path.empty()) {
        err << "urker index: error: --docs is required\n    hint: urker index --docs DOCS.json\n";
        return 2;
    }

    std::ifstream in(docs_path, std::ios::binary | std::ios::ate);
    if (!in) {
        err << format_diagnostic({Severity::error, {docs_path}, "cannot open the document list", "check the path", {}});
        return 1;
    }
    std::string text(static_cast<std::size_t>(std::max<std::streamoff>(0, in.tellg())), '\0');
    in.seekg(0);
    in.read(text.data(), static_cast<std::streamsize>(text.size()));
    if (!in) {
        err << format_diagnostic({Severity::error, {docs_path}, "cannot read the document list", {}, {}});
        return 1;
    }

    json root;
    try {
        root = json::parse(text);
    } catch (const json::parse_error& e) {
        // nlohmann counts bytes from 1 and reports the byte where it stopped.
        SourceLocation where = location_of(docs_path, text, e.byte > 0 ? e.byte - 1 : 0);
        err << format_diagnostic({Severity::error, where, "invalid JSON: " + parse_error_message(e), {},
                                  std::string(line_of(text, where.line))});
        return 1;
    }

    Diagnostics problems;
    std::vector<SearchDocument> documents = read_documents(docs_path, root, fields, problems);
    root = json();  // the texts were moved out; free the rest before the index is built
    for (const Diagnostic& d : problems.items()) err << format_diagnostic(d);
    if (problems.has_errors()) return 1;

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
        const std::string where = output_path.empty() ? std::string("standard output") : output_path;
        err << format_diagnostic({Severity::error, {where}, "cannot write the index", {}, {}});
        return 1;
    }
    return 0;
}

}  // namespace urker::search
