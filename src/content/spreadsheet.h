// Tables saved by Excel (.xlsx) and LibreOffice Calc (.ods), read as a plan's rows the way a CSV
// is: the first sheet, one row per table row, cells as text. Schools keep their work plans in
// these programs; asking a teacher to "save as CSV (UTF-8)" loses the dates and, in Russian
// Excel, the encoding.
//
// Both formats are zip archives of XML (libzip + pugixml from Debian). Dates come out as
// YYYY-MM-DD whatever the cell's display format, numbers as written, formulas as their last
// computed value. A hostile file is refused, not obeyed: the archive's parts are read only up to
// a size limit, and repeated rows or columns (ODS writes "1 048 576 empty rows") are expanded only
// while they hold text.
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

#include "core/messages.h"

namespace urker {

struct SheetRow {
    int number = 0;  // the row's number in the spreadsheet (1 = the first row), for messages
    std::vector<std::string> cells;
};

struct SheetTable {
    std::string sheet_name;     // the sheet that was read (the first one)
    std::vector<SheetRow> rows;  // rows with at least one non-empty cell; the header is rows[0]
    Message error;               // set when the file cannot be read as a table (ids "plan.sheet_…")
    Message error_hint;
    bool failed() const { return !error.empty(); }
};

struct SheetLimits {
    std::size_t max_part_bytes = 64u << 20;  // the uncompressed size of one XML part
    std::size_t max_cells = 200'000;
};

// Reads the first sheet of an .xlsx or .ods file (chosen by its extension).
SheetTable read_spreadsheet(const std::filesystem::path& file, const SheetLimits& limits = {});

// The same from the file's bytes; `extension` is "xlsx" or "ods".
SheetTable read_spreadsheet_bytes(const std::string& bytes, const std::string& extension, const SheetLimits& limits = {});

// "B7" -> column 2 (1-based); 0 when `ref` does not start with letters.
int spreadsheet_column(std::string_view ref);

// An Excel serial day number (1900 date system, or 1904 when `date1904`) as YYYY-MM-DD.
std::string excel_serial_date(double serial, bool date1904);

}  // namespace urker
