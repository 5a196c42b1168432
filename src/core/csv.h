// RFC 4180 CSV, as spreadsheets save it (plans are kept in spreadsheets): quoted fields, doubled
// quotes, line breaks inside quotes, CRLF or LF, a UTF-8 byte-order mark, ',' or ';' separators
// (Russian Excel saves with ';' — the header line decides). Every row must have as many cells as
// the header: a missing or extra separator would otherwise shift values into the wrong columns.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace urker {

struct CsvRow {
    int line = 0;  // file line where the row starts
    std::vector<std::string> cells;
};

struct CsvTable {
    std::vector<CsvRow> rows;  // the header is rows[0]
    std::string error;         // non-empty when the text is not valid CSV
    int error_line = 0;
    std::string error_hint;    // how to fix it, when there is more to say than "save it again"
};

CsvTable parse_csv(std::string_view text);

}  // namespace urker
