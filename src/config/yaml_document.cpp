#include "config/yaml_document.h"

#include <yaml-cpp/yaml.h>

#include <charconv>
#include <cmath>
#include <regex>

namespace urker {

std::string pointer_append(std::string_view pointer, std::string_view key) {
    std::string out(pointer);
    out += '/';
    for (char c : key) {
        if (c == '~') out += "~0";
        else if (c == '/') out += "~1";
        else out += c;
    }
    return out;
}

SourceLocation YamlDocument::locate(std::string_view pointer) const {
    std::string p(pointer);
    for (;;) {
        auto it = positions.find(p);
        if (it != positions.end()) return it->second;
        auto slash = p.rfind('/');
        if (slash == std::string::npos || p.empty()) return SourceLocation{file, line_offset + 1, 0};
        p.resize(slash);
    }
}

Diagnostic YamlDocument::error_at(std::string_view pointer, std::string message, std::string hint) const {
    Diagnostic d;
    d.severity = Severity::error;
    d.where = locate(pointer);
    d.message = std::move(message);
    d.hint = std::move(hint);
    d.source_line = std::string(line_of(text, d.where.line));
    return d;
}

Diagnostic YamlDocument::warning_at(std::string_view pointer, std::string message, std::string hint) const {
    Diagnostic d = error_at(pointer, std::move(message), std::move(hint));
    d.severity = Severity::warning;
    return d;
}

namespace {

nlohmann::json plain_scalar(const std::string& s) {
    // YAML 1.2 core schema.
    if (s.empty() || s == "~" || s == "null" || s == "Null" || s == "NULL") return nullptr;
    if (s == "true" || s == "True" || s == "TRUE") return true;
    if (s == "false" || s == "False" || s == "FALSE") return false;
    static const std::regex int_re("[-+]?[0-9]+");
    static const std::regex float_re(R"([-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?)");
    if (std::regex_match(s, int_re)) {
        long long v = 0;
        const char* b = s.data() + (s[0] == '+' ? 1 : 0);
        auto [ptr, ec] = std::from_chars(b, s.data() + s.size(), v);
        if (ec == std::errc() && ptr == s.data() + s.size()) return v;
        return s;
    }
    if (std::regex_match(s, float_re)) {
        try {
            return std::stod(s);
        } catch (...) {
            return s;
        }
    }
    return s;
}

struct Converter {
    YamlDocument& doc;
    int line_offset;

    nlohmann::json convert(const YAML::Node& node, const std::string& pointer) {
        const YAML::Mark mark = node.Mark();
        if (mark.line >= 0) doc.positions[pointer] = SourceLocation{doc.file, mark.line + 1 + line_offset, mark.column + 1};
        switch (node.Type()) {
            case YAML::NodeType::Null:
            case YAML::NodeType::Undefined:
                return nullptr;
            case YAML::NodeType::Scalar:
                // yaml-cpp tags plain scalars "?" and quoted ones "!": only plain ones get typed.
                if (node.Tag() == "?") return plain_scalar(node.Scalar());
                return node.Scalar();
            case YAML::NodeType::Sequence: {
                nlohmann::json arr = nlohmann::json::array();
                std::size_t i = 0;
                for (const auto& child : node) arr.push_back(convert(child, pointer + "/" + std::to_string(i++)));
                return arr;
            }
            case YAML::NodeType::Map: {
                nlohmann::json obj = nlohmann::json::object();
                for (const auto& kv : node) {
                    std::string key = kv.first.IsScalar() ? kv.first.Scalar() : YAML::Dump(kv.first);
                    std::string child = pointer_append(pointer, key);
                    nlohmann::json v = convert(kv.second, child);
                    // A key's own position is where the key starts; that is what a reader looks for.
                    const YAML::Mark km = kv.first.Mark();
                    if (km.line >= 0) doc.positions[child + "#key"] = SourceLocation{doc.file, km.line + 1 + line_offset, km.column + 1};
                    if (kv.second.IsNull() && km.line >= 0) doc.positions[child] = doc.positions[child + "#key"];
                    obj[key] = std::move(v);
                }
                return obj;
            }
        }
        return nullptr;
    }
};

}  // namespace

YamlDocument parse_yaml(std::string_view yaml, std::string file, Diagnostics& diags, int line_offset,
                        std::string_view whole_file_text) {
    YamlDocument doc;
    doc.file = std::move(file);
    doc.line_offset = line_offset;
    doc.text = std::string(whole_file_text.empty() ? yaml : whole_file_text);
    try {
        YAML::Node root = YAML::Load(std::string(yaml));
        Converter conv{doc, line_offset};
        doc.value = conv.convert(root, "");
    } catch (const YAML::Exception& e) {
        Diagnostic d;
        d.where = SourceLocation{doc.file, e.mark.line + 1 + line_offset, e.mark.column + 1};
        if (e.mark.line < 0) d.where = SourceLocation{doc.file, line_offset + 1, 0};
        std::string what = e.msg;
        d.message = "this YAML cannot be read: " + what;
        d.hint = "check the indentation and that text containing ':' or starting with '[', '{', '*', '&', '#' is put in quotes";
        d.source_line = std::string(line_of(doc.text, d.where.line));
        diags.add(std::move(d));
        doc.value = nullptr;
    }
    return doc;
}

}  // namespace urker
