// YAML -> urker::Json, keeping where each value stood in the file. This is the only place
// that sees yaml-cpp; everything after it works with JSON values and SourceLocations.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/json.h"

#include "core/diagnostic.h"
#include "core/source_text.h"

namespace urker {

struct YamlDocument {
    urker::Json value;  // object, array or scalar; null for an empty document
    std::string file;      // for locations
    // JSON pointer ("/items/3/status") -> position of that value (1-based line/column in `file`).
    // Without the file's name, which `file` holds once: a page's front matter has a dozen or more
    // positions, and a name in each was some 40 MB at 10 000 materials.
    struct Position {
        int line = 0;
        int column = 0;
    };
    // Sorted by pointer, in one array: a page's dozen positions as tree nodes were twice the
    // memory (some 28 MB at 10 000 materials, kept the whole build). The parser records them in
    // the order it meets them and sorts them once at the end (finish), so a document of many keys
    // costs n log n, not a shift of the array per key. Copies share the array until one of them
    // records (a page and its views in other languages: 9 MB at 10 000 materials).
    class PositionMap {
    public:
        using Entry = std::pair<std::string, Position>;
        using const_iterator = std::vector<Entry>::const_iterator;
        const_iterator begin() const { return all().begin(); }
        const_iterator end() const { return all().end(); }
        std::size_t size() const { return all().size(); }
        bool empty() const { return all().empty(); }
        void clear() {
            entries_.reset();
            sorted_ = true;
        }
        const_iterator find(std::string_view pointer) const;
        // Where `pointer` stood; a later record of the same pointer wins.
        void record(std::string pointer, Position at);
        // Sorts what was recorded, each pointer once.
        void finish();
        // The element `index` of the list at `array` was removed: its positions (and those of
        // everything in it) go, and the later elements' move down by one, so that
        // "/tags/2" is where the value now at index 2 stood.
        void erase_element(std::string_view array, std::size_t index);

    private:
        const std::vector<Entry>& all() const;
        std::vector<Entry>& own();  // the entries, copied first when another map shares them
        std::shared_ptr<std::vector<Entry>> entries_;  // null: none
        bool sorted_ = true;
    };
    PositionMap positions;
    // The whole file's text, for showing the offending line. Shared: a page's front matter, the
    // page and its views in other languages all point at the one copy of the file.
    std::shared_ptr<const SourceText> shared_text;
    const std::string& text() const;
    int line_offset = 0;   // lines of the file before the YAML text starts (front matter: 1)

    // Removes the element `index` of the list at the top-level key `key` from the value and its
    // positions (PositionMap::erase_element); false when there is no such element.
    bool erase_element(std::string_view key, std::size_t index);

    // Where the value at `pointer` stood; falls back to the nearest parent that has a position.
    SourceLocation locate(std::string_view pointer) const;
    // An error Diagnostic pointing at `pointer`, with the source line filled in.
    Diagnostic error_at(std::string_view pointer, std::string message, std::string hint = {}) const;
    Diagnostic warning_at(std::string_view pointer, std::string message, std::string hint = {}) const;
    // The same from catalogue messages, shown in the reader's language.
    Diagnostic error_at(std::string_view pointer, Message message, Message hint = {}) const;
    Diagnostic warning_at(std::string_view pointer, Message message, Message hint = {}) const;
};

// What one YAML text may grow into. A few hundred bytes of aliases can name billions of values
// ("billion laughs"), and a teacher's file never needs more than these; past them the file is
// refused with a located error instead of eating the machine's memory or stack.
struct YamlLimits {
    int max_depth = 64;                           // lists and maps inside each other
    std::size_t max_values = 100'000;             // values, counting every copy an alias makes
    std::size_t max_scalar_chars = 100'000;       // characters in one value
    std::size_t max_total_bytes = 16u << 20;      // text in all values, counting alias copies
};

// Parses the first document of `yaml`. Plain scalars become bool/int/float/null by YAML 1.2 core
// rules ("yes" stays a string); quoted scalars always stay strings. Syntax errors, a tab used for
// indentation, an anchor used inside itself and anything past `limits` go to `diags` with the
// file's line and column (shifted by `line_offset`), and the returned value is null.
YamlDocument parse_yaml(std::string_view yaml, std::string file, Diagnostics& diags, int line_offset = 0,
                        std::string_view whole_file_text = {}, const YamlLimits& limits = {});
// The same for YAML that is part of `whole_file` (front matter): the document keeps the file
// itself, not a copy of it.
YamlDocument parse_yaml_in_file(std::string_view yaml, std::string file, Diagnostics& diags, int line_offset,
                                std::shared_ptr<const SourceText> whole_file, const YamlLimits& limits = {});

// Which reader parse_yaml_in_file uses: the one for simple front matter when it can
// (config/simple_yaml.h), else yaml-cpp; or yaml-cpp always, for the tests that compare the two.
enum class YamlReader { simple_first, yaml_cpp };
YamlDocument parse_yaml_in_file(std::string_view yaml, std::string file, Diagnostics& diags, int line_offset,
                                std::shared_ptr<const SourceText> whole_file, const YamlLimits& limits, YamlReader reader);
// Appends a key to a JSON pointer, escaping '~' and '/'.
std::string pointer_append(std::string_view pointer, std::string_view key);

}  // namespace urker
