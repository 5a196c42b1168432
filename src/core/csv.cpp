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
    // The column of byte `pos` on the current line, counted in code points. The count moves
    // forward with the parser, so a table saved as one long line is not counted over and over.
    std::size_t line_begin = 0, counted_to = 0;
    int counted = 0;
    auto column_at = [&](std::size_t pos) {
        if (counted_to < line_begin) {
            counted_to = line_begin;
            counted = 0;
        }
        for (; counted_to < pos; ++counted_to)
            if ((static_cast<unsigned char>(text[counted_to]) & 0xC0u) != 0x80u) ++counted;
        return counted + 1;
    };
    std::vector<CsvCellPlace> row_ends;  // per kept row: just after its last cell, where a missing one belongs
    while (i < text.size()) {
        CsvRow row;
        row.line = line;
        std::string cell;
        CsvCellPlace end;
        bool row_done = false;
        while (!row_done) {
            cell.clear();
            row.places.push_back({line, column_at(i)});
            if (i < text.size() && text[i] == '"') {
                ++i;
                for (;;) {
                    if (i >= text.size()) {
                        t.error = "a quoted field is never closed";
                        t.problem = "unclosed_quote";
                        t.error_line = row.places.back().line;
                        t.error_column = row.places.back().column;
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
                        if (c == '\n') {
                            ++line;
                            line_begin = i;
                        }
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
            end = {line, column_at(i)};
            if (i < text.size() && text[i] == '\r') ++i;
            if (i < text.size() && text[i] == '\n') ++i;
            ++line;
            line_begin = i;
            row_done = true;
        }
        bool blank = row.cells.size() == 1 && row.cells[0].empty();
        if (!blank) {
            t.rows.push_back(std::move(row));
            row_ends.push_back(end);
        }
    }
    for (std::size_t r = 0; r < t.rows.size(); ++r) {
        const CsvRow& row = t.rows[r];
        std::size_t want = t.rows[0].cells.size(), have = row.cells.size();
        if (have == want) continue;
        t.error = "this row has " + std::to_string(have) + (have == 1 ? " cell" : " cells") + ", but the header has " + std::to_string(want) +
                  (want == 1 ? " column" : " columns");
        // A cell too many is pointed at; a missing one belongs at the row's end.
        const CsvCellPlace& at = have > want ? row.places[want] : row_ends[r];
        t.error_line = at.line;
        t.error_column = at.column;
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
