// Diagnostics: every problem urker reports names a place (file:line:col), says what is wrong
// and, where it can, how to fix it. Diagnostics are values; stages collect them into a list so one
// build reports every problem instead of stopping at the first.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/messages.h"

namespace urker {

enum class Severity { warning, error };

struct SourceLocation {
    std::string file;  // path as the user sees it, relative to the site folder where possible
    int line = 0;      // 1-based; 0 = the whole file
    int column = 0;    // 1-based, in characters (code points), 0 = unknown
};

struct Diagnostic {
    Severity severity = Severity::error;
    SourceLocation where;
    std::string message;
    std::string hint;         // "how to fix it"; may be empty
    std::string source_line;  // the offending line of the file, shown with a caret; may be empty
    // Column of source_line's first character: a long line is kept only as a window around the
    // column ("…" at a cut end), so one 50 MB line cannot make every message about it 50 MB.
    int source_first_column = 1;
    // The catalogue message behind `message` and `hint` (core/messages.h), so the diagnostic can be
    // shown in the reader's language. Empty for a diagnostic made from plain text.
    Message message_id = {};
    Message hint_id = {};
};

// A diagnostic from catalogue messages: `message` and `hint` hold their English text, the ids are
// kept so format_diagnostic can show them in the reader's language. Long text arguments are cut.
Diagnostic make_diagnostic(Severity severity, SourceLocation where, Message message, Message hint = {},
                           std::string source_line = {});

// Sets d.source_line from the file's whole line, cut to a window around d.where.column.
void attach_source_line(Diagnostic& d, std::string_view line);

// Formats as
//   content/materials/drobi/index.md:4:9: error: the date "2026-13-01" is not a real date
//       date: 2026-13-01
//             ^
//   hint: write dates as YYYY-MM-DD, e.g. 2026-09-01
// In English. The second form speaks `language` ("ru", "kk", "en"): the labels, and the message
// and hint where they come from the catalogue.
std::string format_diagnostic(const Diagnostic& d);
std::string format_diagnostic(const Diagnostic& d, std::string_view language);

// A list that stages append to. Not thread-safe: each worker collects its own and the caller
// merges them in a fixed order, so the report is deterministic.
class Diagnostics {
public:
    void error(SourceLocation where, std::string message, std::string hint = {}, std::string source_line = {});
    void warning(SourceLocation where, std::string message, std::string hint = {}, std::string source_line = {});
    // A catalogue message (and hint): stored with its English text and its id, for translation.
    void error(SourceLocation where, Message message, Message hint = {}, std::string source_line = {});
    void warning(SourceLocation where, Message message, Message hint = {}, std::string source_line = {});
    // Messages, hints and source lines are cut to a readable length as they are added.
    void add(Diagnostic d);
    void append(const Diagnostics& other);

    bool has_errors() const;
    std::size_t error_count() const;
    std::size_t warning_count() const;
    const std::vector<Diagnostic>& items() const { return items_; }
    bool empty() const { return items_.empty(); }
    // Sorts by file, line, column so parallel stages report in a stable order.
    void sort();

private:
    std::vector<Diagnostic> items_;
};

// Formats every diagnostic of a sorted list, but at most `per_file` for one file; the rest of that
// file's are summed up in one line ("… and 4 980 more problems in this file"), so a page with
// thousands of broken links stays readable.
std::string format_diagnostics(const Diagnostics& diags, std::size_t per_file = 20, std::string_view language = "en");

// The text of line `line` (1-based) of `text`, without its line break; empty if out of range.
std::string_view line_of(std::string_view text, int line);

}  // namespace urker
