// CSV as plans are read from spreadsheets. The model reads the file's bytes as they are (no UTF-8
// check first), so neither does this target.
#include <cstddef>
#include <cstdint>

#include "core/csv.h"
#include "fuzz_target.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    urker::CsvTable table = urker::parse_csv(urker::fuzz::as_text(data, size));
    int last_line = 0;
    for (const urker::CsvRow& row : table.rows) {
        // Rows come in file order and each starts on a real line.
        if (row.line < 1 || row.line < last_line) __builtin_trap();
        last_line = row.line;
    }
    return 0;
}
