// Front matter and YAML, as the content loader reads a page: split the file at its --- lines,
// parse the YAML with the file's line offset, then locate every value (what error messages do).
// An input without front matter is parsed whole, as site.yaml and the theme's string files are.
// Differential: whatever the reader of simple front matter takes (config/simple_yaml.h) must read
// exactly as yaml-cpp reads it, value and positions.
#include <cstddef>
#include <cstdint>

#include "config/simple_yaml.h"
#include "config/yaml_document.h"
#include "content/front_matter.h"
#include "core/text.h"
#include "fuzz_target.h"

namespace {

void check_simple_reader(std::string_view yaml, const std::string& file, int line_offset, std::string_view whole) {
    urker::YamlDocument taken;
    if (!urker::read_simple_yaml(yaml, taken)) return;
    urker::Diagnostics simple_diags, full_diags;
    auto text = std::make_shared<const urker::SourceText>(std::string(whole));
    urker::YamlDocument simple = urker::parse_yaml_in_file(yaml, file, simple_diags, line_offset, text, {}, urker::YamlReader::simple_first);
    urker::YamlDocument full = urker::parse_yaml_in_file(yaml, file, full_diags, line_offset, text, {}, urker::YamlReader::yaml_cpp);
    if (!full_diags.empty() || !simple_diags.empty()) __builtin_trap();
    auto same = urker::Json::error_handler_t::replace;
    if (simple.value.dump(-1, ' ', false, same) != full.value.dump(-1, ' ', false, same)) __builtin_trap();
    if (simple.positions.size() != full.positions.size()) __builtin_trap();
    for (auto a = simple.positions.begin(), b = full.positions.begin(); a != simple.positions.end(); ++a, ++b)
        if (a->first != b->first || a->second.line != b->second.line || a->second.column != b->second.column) __builtin_trap();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view text = urker::fuzz::as_text(data, size);
    const std::string file = "content/fuzz.md";
    urker::Diagnostics diags;
    urker::YamlDocument doc;
    if (text.starts_with("---")) {
        if (!urker::is_valid_utf8(text)) return 0;  // the loader refuses such a file before splitting it
        auto split = urker::split_front_matter(text, file, diags);
        if (!split) return 0;
        doc = urker::parse_yaml(split->front_matter, file, diags, split->front_matter_line - 1, text);
        check_simple_reader(split->front_matter, file, split->front_matter_line - 1, text);
    } else {
        doc = urker::parse_yaml(text, "site.yaml", diags);
        check_simple_reader(text, "site.yaml", 0, text);
    }
    // Located values, as type errors about them would be reported. Only the first few: each
    // error looks up its line from the file's start, and a page has few errors, not thousands.
    int reported = 0;
    for (const auto& located : doc.positions) {
        if (++reported > 64) break;
        urker::Diagnostic d = doc.error_at(located.first, "fuzz");
        if (d.where.line < 0 || d.where.column < 0) __builtin_trap();
    }
    (void)doc.error_at("/no/such/field", "fuzz");
    // A site.yaml is not checked for UTF-8 before it is parsed, so its strings may hold invalid
    // bytes; dump() would throw on them (reported separately), so replace them here.
    (void)doc.value.dump(-1, ' ', false, urker::Json::error_handler_t::replace);
    for (const urker::Diagnostic& d : diags.items()) (void)urker::format_diagnostic(d);
    return 0;
}
