#include "config/security.h"

#include <algorithm>
#include <map>

#include "core/text.h"

namespace urker {

namespace {

constexpr const char* kServerProgram = "a program for a web server";

// Each type with what it is. Served from the site's own address, a browser runs the script in
// the first five groups; the last group is run by the web server itself when PHP or CGI is on
// (most shared hosting), which is worse.
const std::map<std::string, std::string, std::less<>>& active_types() {
    static const std::map<std::string, std::string, std::less<>> types = [] {
        std::map<std::string, std::string, std::less<>> t;
        for (const char* e : {"html", "htm", "xhtml", "xht", "shtml", "shtm", "mht", "mhtml"}) t[e] = "a web page";
        for (const char* e : {"svg", "svgz"}) t[e] = "an SVG picture";
        for (const char* e : {"xml", "xsl", "xslt", "rss", "atom", "rdf", "mml"}) t[e] = "an XML document";
        for (const char* e : {"js", "mjs", "cjs"}) t[e] = "a script";
        for (const char* e : {"swf", "xap"}) t[e] = "a browser plug-in program";
        for (const char* e : {"php", "php3", "php4", "php5", "php7", "phtml", "phar", "pht", "phps", "cgi", "pl", "asp", "aspx", "jsp"})
            t[e] = kServerProgram;
        return t;
    }();
    return types;
}

std::string without_dot(std::string ext) {
    ext = to_lower(ext);
    while (!ext.empty() && ext.front() == '.') ext.erase(ext.begin());
    return ext;
}

}  // namespace

bool is_active_file_type(std::string_view ext) { return active_types().count(ext) > 0; }

std::string active_extension_of(std::string_view file_name) {
    const std::string name = to_lower(file_name);
    const auto last_dot = name.rfind('.');
    if (last_dot == std::string::npos || last_dot == 0) return "";
    if (std::string last = name.substr(last_dot + 1); is_active_file_type(last)) return last;
    // Inner extensions, left to right ("a.php.jpg"); the first part is the name itself.
    for (std::size_t dot = name.find('.', 1); dot < last_dot; dot = name.find('.', dot + 1)) {
        const std::size_t end = name.find('.', dot + 1);
        std::string inner = name.substr(dot + 1, end - dot - 1);
        if (active_file_kind(inner) == kServerProgram) return inner;
    }
    return "";
}

std::string active_file_kind_code(std::string_view ext) {
    static const std::map<std::string, std::string, std::less<>> codes{
        {"a web page", "page"}, {"an SVG picture", "svg"}, {"an XML document", "xml"},
        {"a script", "script"}, {"a browser plug-in program", "plugin"}, {kServerProgram, "server"}};
    auto it = codes.find(active_file_kind(ext));
    return it == codes.end() ? std::string() : it->second;
}

std::string active_file_kind(std::string_view ext) {
    auto it = active_types().find(ext);
    return it == active_types().end() ? std::string() : it->second;
}

SecurityConfig read_security_config(const YamlDocument& doc, Diagnostics& diags) {
    SecurityConfig cfg;
    const urker::Json& root = doc.value;
    if (!root.is_object() || !root.contains("security") || root["security"].is_null()) return cfg;
    const urker::Json& s = root["security"];
    if (!s.is_object()) {
        diags.add(doc.error_at("/security", Message("config.settings_shape", {{"key", "security"}}),
                               Message("config.write_example", {{"example", "security: {allow_active_files: [svg]}"}})));
        return cfg;
    }
    for (auto& [key, value] : s.items()) {
        (void)value;
        if (key != "allow_active_files")
            diags.add(doc.warning_at(pointer_append("/security", key) + "#key", Message("config.unknown_security_setting", {{"key", key}}),
                                     Message("config.known_keys", {{"keys", "allow_active_files"}})));
    }
    if (!s.contains("allow_active_files") || s["allow_active_files"].is_null()) return cfg;
    const urker::Json& list = s["allow_active_files"];
    if (!list.is_array()) {
        diags.add(doc.error_at("/security/allow_active_files", Message("config.allow_active_files_shape"),
                               Message("config.write_example", {{"example", "allow_active_files: [svg]"}})));
        return cfg;
    }
    for (std::size_t i = 0; i < list.size(); ++i) {
        const std::string ptr = "/security/allow_active_files/" + std::to_string(i);
        if (!list[i].is_string()) {
            diags.add(doc.error_at(ptr, Message("config.file_type_shape"), Message("config.for_example", {{"example", "svg"}})));
            continue;
        }
        std::string ext = without_dot(list[i].get<std::string>());
        if (!is_active_file_type(ext)) {
            diags.add(doc.warning_at(ptr, Message("config.file_type_not_active", {{"ext", ext}}), Message("config.file_type_not_active_hint")));
            continue;
        }
        cfg.allowed_active_files.insert(ext);
    }
    return cfg;
}

}  // namespace urker
