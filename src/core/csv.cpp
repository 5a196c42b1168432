#include "core/csv.h"

namespace urker {

CsvTable parse_csv(std::string_view text) {
    CsvTable t;
    if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
    // The separator is whichever of ',' and ';' the header line (outside quotes) has more of.
    char sep = ',';
    {
        int commas = 0, semis = 0;
        bool q = false;
        for (char c : text) {
            if (c == '"') q = !q;
            else if (!q && c == '\n') break;
            else if (!q && c == ',') ++commas;
            else if (!q && c == ';') ++semis;
        }
        if (semis > commas) sep = ';';
    }
    int line = 1;
    std::size_t i = 0;
    while (i < text.size()) {
        CsvRow row;
        row.line = line;
        std::string cell;
        bool row_done = false;
        while (!row_done) {
            cell.clear();
            if (i < text.size() && text[i] == '"') {
                ++i;
                int start_line = line;
                for (;;) {
                    if (i >= text.size()) {
                        t.error = "a quoted field is never closed";
                        t.problem = "unclosed_quote";
                        t.error_line = start_line;
                        return t;
                    }
                    char c = text[i++];
                    if (c == '"') {
                        if (i < text.size() && text[i] == '"') {
                            cell += '"';
                            ++i;
                        } else {
                            break;
                        }
                    } else {
                        if (c == '\n') ++line;
                        cell += c;
                    }
                }
                while (i < text.size() && text[i] != sep && text[i] != '\n' && text[i] != '\r') ++i;  // stray text after the quote
            } else {
                while (i < text.size() && text[i] != sep && text[i] != '\n' && text[i] != '\r') cell += text[i++];
            }
            row.cells.push_back(cell);
            if (i < text.size() && text[i] == sep) {
                ++i;
                continue;
            }
            if (i < text.size() && text[i] == '\r') ++i;
            if (i < text.size() && text[i] == '\n') ++i;
            ++line;
            row_done = true;
        }
        bool blank = row.cells.size() == 1 && row.cells[0].empty();
        if (!blank) t.rows.push_back(std::move(row));
    }
    for (const auto& row : t.rows) {
        std::size_t want = t.rows[0].cells.size(), have = row.cells.size();
        if (have == want) continue;
        t.error = "this row has " + std::to_string(have) + (have == 1 ? " cell" : " cells") + ", but the header has " + std::to_string(want) +
                  (want == 1 ? " column" : " columns");
        t.error_line = row.line;
        t.problem = "cell_count";
        t.cells = have;
        t.columns = want;
        t.separator = sep;
        t.error_hint = std::string("every row needs one cell per column, separated by '") + sep +
                       "' (an empty cell too); a cell whose text contains '" + sep + "' must be in double quotes";
        break;
    }
    return t;
}

Message csv_problem(const CsvTable& table) {
    return Message("core.csv_problem", {{"problem", table.problem}, {"cells", table.cells}, {"columns", table.columns}});
}

Message csv_problem_hint(const CsvTable& table) {
    if (table.problem != "cell_count") return Message("core.csv_save_again");
    return Message("core.csv_cell_count_hint", {{"separator", std::string(1, table.separator)}});
}

}  // namespace urker
