#include "markdown/limits.h"

#include <unicode/unistr.h>

#include <algorithm>
#include <unordered_map>

namespace urker {

namespace {

std::string_view strip_container_marks(std::string_view line) {
    // Tables may sit in block quotes and list items: "> | a |", "- | a |".
    std::size_t i = 0;
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t' || line[i] == '>')) ++i;
    return line.substr(i);
}

bool is_blank(std::string_view line) {
    return std::all_of(line.begin(), line.end(), [](char c) { return c == ' ' || c == '\t' || c == '\r'; });
}

// The number of columns of a GFM delimiter row ("|---|:-:|", "--- | ---"), or 0 if it is none.
std::size_t delimiter_columns(std::string_view line) {
    line = strip_container_marks(line);
    bool pipe = false, dash = false;
    for (char c : line) {
        if (c == '|') pipe = true;
        else if (c == '-') dash = true;
        else if (c != ':' && c != ' ' && c != '\t' && c != '\r') return 0;
    }
    if (!pipe || !dash) return 0;
    std::size_t columns = 0;
    bool in_cell = false;
    for (char c : line) {
        if (c == '|') in_cell = false;
        else if (c == '-' && !in_cell) {
            in_cell = true;
            ++columns;
        }
    }
    return columns;
}

// A label as cmark matches it: Unicode case folding, inner whitespace collapsed to one space,
// trimmed.
std::string normalize_label(std::string_view label) {
    std::string collapsed;
    bool space = false;
    for (char c : label) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            space = !collapsed.empty();
            continue;
        }
        if (space) collapsed += ' ';
        space = false;
        collapsed += c;
    }
    std::string out;
    icu::UnicodeString::fromUTF8(icu::StringPiece(collapsed.data(), static_cast<int32_t>(collapsed.size()))).foldCase().toUTF8String(out);
    return out;
}

constexpr std::size_t kMaxLabelBytes = 1000;  // cmark's own limit on a label

bool is_space(char c) { return c == ' ' || c == '\t'; }

// The end of the blank-line-delimited block that `pos` is in: a definition never crosses it.
std::size_t block_end(std::string_view text, std::size_t pos) {
    for (std::size_t eol = text.find('\n', pos); eol != std::string_view::npos; eol = text.find('\n', eol + 1)) {
        std::size_t next = eol + 1;
        while (next < text.size() && (is_space(text[next]) || text[next] == '\r' || text[next] == '>')) ++next;
        if (next >= text.size() || text[next] == '\n') return eol;
    }
    return text.size();
}

// How many bytes a definition starting after "]:" at `pos` can copy into each use: its address
// and, if one follows, its title (up to the closing quote, or the end of the block).
std::size_t definition_size(std::string_view text, std::size_t pos) {
    std::size_t end = block_end(text, pos);
    std::size_t i = pos;
    auto skip_space = [&](bool one_newline) {
        while (i < end && is_space(text[i])) ++i;
        if (one_newline && i < end && (text[i] == '\n' || text[i] == '\r')) {
            ++i;
            while (i < end && (is_space(text[i]) || text[i] == '\n' || text[i] == '>')) ++i;
        }
    };
    skip_space(true);
    std::size_t url_start = i;
    if (i < end && text[i] == '<') {
        while (i < end && text[i] != '>' && text[i] != '\n') ++i;
    } else {
        while (i < end && !is_space(text[i]) && text[i] != '\n' && text[i] != '\r') ++i;
    }
    std::size_t size = i - url_start;
    skip_space(true);
    if (i < end && (text[i] == '"' || text[i] == '\'' || text[i] == '(')) {
        char close = text[i] == '(' ? ')' : text[i];
        std::size_t j = i + 1;
        while (j < end && text[j] != close) j += text[j] == '\\' ? 2 : 1;
        size += std::min(j, end) - i;
    }
    return size;
}

}  // namespace

std::optional<LimitProblem> oversized_references(std::string_view text, std::size_t budget) {
    struct Definition {
        std::size_t size = 0;
        std::size_t uses = 0;
        std::size_t offset = 0;
    };
    std::unordered_map<std::string, Definition> defs;
    // Definitions: every "]:" after a '[' no further than a label's length.
    for (std::size_t pos = text.find("]:"); pos != std::string_view::npos; pos = text.find("]:", pos + 2)) {
        std::size_t from = pos > kMaxLabelBytes ? pos - kMaxLabelBytes : 0;
        std::size_t open = text.rfind('[', pos);
        if (open == std::string_view::npos || open < from) continue;
        Definition& d = defs[normalize_label(text.substr(open + 1, pos - open - 1))];
        std::size_t size = definition_size(text, pos + 2);
        if (size >= d.size) {
            d.size = size;
            d.offset = open;
        }
    }
    if (defs.empty()) return std::nullopt;
    // Uses: every "[label]" (each '[' is read at most once, so this stays linear).
    std::size_t open = std::string_view::npos;
    std::size_t copied = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '[') {
            open = i;
        } else if (text[i] == ']' && open != std::string_view::npos) {
            if (i - open <= kMaxLabelBytes) {
                auto it = defs.find(normalize_label(text.substr(open + 1, i - open - 1)));
                if (it != defs.end()) {
                    ++it->second.uses;
                    copied += it->second.size;
                    if (copied > budget) {
                        int line = 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(it->second.offset), '\n'));
                        return LimitProblem{line,
                                            Message("markdown.reference_overused", {{"megabytes", std::to_string(budget / 1'000'000)}}),
                                            Message("markdown.reference_overused_hint")};
                    }
                }
            }
            open = std::string_view::npos;
        }
    }
    return std::nullopt;
}

std::optional<LimitProblem> oversized_tables(std::string_view text, const MarkdownLimits& limits) {
    std::size_t cells = 0;
    std::size_t columns = 0;  // of the table being read; 0 outside tables
    int line_no = 0, table_line = 0;
    for (std::size_t pos = 0; pos <= text.size();) {
        std::size_t eol = text.find('\n', pos);
        std::string_view line = text.substr(pos, eol == std::string_view::npos ? std::string_view::npos : eol - pos);
        ++line_no;
        if (columns && is_blank(line)) columns = 0;
        if (columns) {
            cells += columns;  // every row is padded to the header's width
        } else if (std::size_t c = delimiter_columns(line)) {
            columns = c;
            table_line = line_no;
            cells += 2 * c;  // the header and the delimiter row
        }
        if (cells > limits.max_table_cells)
            return LimitProblem{table_line,
                                Message("markdown.too_many_cells",
                                        {{"cells", std::to_string(limits.max_table_cells)}, {"columns", columns}}),
                                Message("markdown.too_many_cells_hint")};
        if (eol == std::string_view::npos) break;
        pos = eol + 1;
    }
    return std::nullopt;
}

std::size_t output_budget(std::size_t text_bytes, const MarkdownLimits& limits) {
    std::size_t budget = text_bytes > limits.max_output_bytes / limits.output_factor ? limits.max_output_bytes : text_bytes * limits.output_factor;
    return std::clamp(budget, limits.min_output_bytes, limits.max_output_bytes);
}

}  // namespace urker
