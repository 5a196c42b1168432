// RFC 4180 CSV, as spreadsheets save it (plans are kept in spreadsheets): quoted fields, doubled
// quotes, line breaks inside quotes, CRLF or LF, a UTF-8 byte-order mark, ',' or ';' separators
// (Russian Excel saves with ';' — the header line decides). Every row must have as many cells as
// the header: a missing or extra separator would otherwise shift values into the wrong columns.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/messages.h"

namespace urker {

// Where a cell starts in the file, as an editor shows it: the line, and the column in characters
// (code points, 1-based; a byte-order mark is not counted). A quoted cell starts at its quote.
struct CsvCellPlace {
    int line = 0;
    int column = 0;
};

struct CsvRow {
    int line = 0;  // file line where the row starts
    std::vector<std::string> cells;
    std::vector<CsvCellPlace> places;  // one per cell: messages about a cell point at it
};

struct CsvTable {
    std::vector<CsvRow> rows;  // the header is rows[0]
    std::string error;         // non-empty when the text is not valid CSV
    int error_line = 0;
    int error_column = 0;      // where on error_line: the unclosed quote, the first extra cell, the row's end
    std::string error_hint;    // how to fix it, when there is more to say than "save it again"
    // The same for the message catalogue: "unclosed_quote" or "cell_count" (with the counts).
    std::string problem;
    std::size_t cells = 0, columns = 0;
    char separator = ',';
};

CsvTable parse_csv(std::string_view text);

// The catalogue messages for a table that did not parse: "this CSV cannot be read: …" and how to
// fix it (for a row of the wrong length: one cell per column, separated by the file's separator).
Message csv_problem(const CsvTable& table);
Message csv_problem_hint(const CsvTable& table);

}  // namespace urker
