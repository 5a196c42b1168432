// Plans from Excel (.xlsx) and LibreOffice (.ods). Random bytes are almost never a zip archive
// whose checksums hold, so the input's first byte picks what the fuzzer writes: the XML of an
// ODS's content.xml, of an XLSX's sheet (with fixed workbook parts around it), of its shared
// strings, or (rarely useful, still tried) the archive's bytes themselves. The rest is that part.
#include <cstddef>
#include <cstdint>
#include <map>
#include <string>

#include "content/spreadsheet.h"
#include "fuzz_target.h"
#include "../support/zip_writer.h"

using urker::testing::make_zip;

namespace {

const char* kWorkbook =
    R"(<workbook xmlns:r="r"><workbookPr date1904="0"/><sheets><sheet name="S" r:id="rId1"/></sheets></workbook>)";
const char* kRels = R"(<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>)";
const char* kStyles =
    R"(<styleSheet><numFmts><numFmt numFmtId="164" formatCode="dd.mm.yyyy"/></numFmts><cellXfs><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/></cellXfs></styleSheet>)";
const char* kShared = R"(<sst><si><t>what</t></si><si><r><t>wh</t></r><r><t>en</t></r></si></sst>)";
const char* kSheet =
    R"(<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row><row r="2"><c r="B2" s="1"><v>46266</v></c></row></sheetData></worksheet>)";

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    std::string part(reinterpret_cast<const char*>(data) + 1, size - 1);
    urker::SheetLimits limits;
    limits.max_cells = 20'000;  // enough to reach every path, small enough to stay fast
    urker::SheetTable table;
    switch (data[0] % 4) {
        case 0: table = urker::read_spreadsheet_bytes(make_zip({{"content.xml", part}}), "ods", limits); break;
        case 1:
            table = urker::read_spreadsheet_bytes(make_zip({{"xl/workbook.xml", kWorkbook}, {"xl/_rels/workbook.xml.rels", kRels},
                                                            {"xl/styles.xml", kStyles}, {"xl/sharedStrings.xml", kShared},
                                                            {"xl/worksheets/sheet1.xml", part}}),
                                                  "xlsx", limits);
            break;
        case 2:
            table = urker::read_spreadsheet_bytes(make_zip({{"xl/workbook.xml", kWorkbook}, {"xl/_rels/workbook.xml.rels", kRels},
                                                            {"xl/styles.xml", part}, {"xl/sharedStrings.xml", part},
                                                            {"xl/worksheets/sheet1.xml", kSheet}}),
                                                  "xlsx", limits);
            break;
        default: table = urker::read_spreadsheet_bytes(part, data[0] & 4 ? "ods" : "xlsx", limits); break;
    }
    // Every row is as wide as the others, and rows come in sheet order.
    int last = 0;
    for (const auto& row : table.rows) {
        if (row.cells.size() != table.rows.front().cells.size() || row.number < last) __builtin_trap();
        last = row.number;
    }
    std::size_t cells = 0;
    for (const auto& row : table.rows) cells += row.cells.size();
    if (!table.failed() && cells > 2 * limits.max_cells + 64) __builtin_trap();
    return 0;
}
