#include "content/spreadsheet.h"

#include <doctest/doctest.h>

#include <map>
#include <string>

#include "../../support/zip_writer.h"

using namespace urker;
using urker::testing::make_zip;

namespace {

const char* kWorkbook =
    R"(<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><workbookPr/><sheets><sheet name="План" sheetId="1" r:id="rId1"/><sheet name="Второй" sheetId="2" r:id="rId2"/></sheets></workbook>)";
const char* kRels =
    R"(<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId2" Target="worksheets/sheet2.xml"/><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>)";
// Style 0: general; 1: the built-in short date (14); 2: a custom "dd.mm.yyyy" (as Russian Excel saves).
const char* kStyles =
    R"(<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd\.mm\.yyyy"/></numFmts><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/></cellXfs></styleSheet>)";
const char* kShared =
    R"(<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>Мероприятие</t></si><si><t>Сроки</t></si><si><r><t>Семинар </t></r><r><rPr><b/></rPr><t>«Читательская грамотность»</t></r></si><si><t>Ответственные</t></si></sst>)";

std::string sheet(const std::string& rows) {
    return R"(<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>)" +
           rows + "</sheetData></worksheet>";
}

}  // namespace

TEST_CASE("an Excel plan reads as rows of text: shared and rich strings, dates in any date format, numbers as typed") {
    std::string rows =
        R"(<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>3</v></c></row>)"
        R"(<row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2" s="1"><v>46266</v></c><c r="C2" t="inlineStr"><is><t>Абенова М.</t></is></c></row>)"
        R"(<row r="4"><c r="A4" t="inlineStr"><is><t>Открытый урок</t></is></c><c r="B4" s="2"><v>46296</v></c></row>)"
        R"(<row r="5"><c r="A5"><v>5.0000000000000009</v></c><c r="B5"><v>0.30000000000000004</v></c><c r="C5" t="b"><v>1</v></c></row>)";
    std::string bytes = make_zip({{"xl/workbook.xml", kWorkbook},
                                  {"xl/_rels/workbook.xml.rels", kRels},
                                  {"xl/styles.xml", kStyles},
                                  {"xl/sharedStrings.xml", kShared},
                                  {"xl/worksheets/sheet1.xml", sheet(rows)},
                                  {"xl/worksheets/sheet2.xml", sheet(R"(<row r="1"><c r="A1" t="inlineStr"><is><t>не тот лист</t></is></c></row>)")}});
    SheetTable t = read_spreadsheet_bytes(bytes, "xlsx");
    INFO(render_message(t.error, "en"));
    REQUIRE_FALSE(t.failed());
    CHECK(t.sheet_name == "План");
    REQUIRE(t.rows.size() == 4);  // the empty row 3 is left out
    CHECK(t.rows[0].cells == std::vector<std::string>{"Мероприятие", "Сроки", "Ответственные"});
    CHECK(t.rows[1].cells == std::vector<std::string>{"Семинар «Читательская грамотность»", "2026-09-01", "Абенова М."});
    CHECK(t.rows[2].number == 4);
    CHECK(t.rows[2].cells == std::vector<std::string>{"Открытый урок", "2026-10-01", ""});  // as wide as the header
    CHECK(t.rows[3].cells == std::vector<std::string>{"5", "0.3", "TRUE"});
}

TEST_CASE("Excel day numbers are calendar dates in both date systems") {
    CHECK(excel_serial_date(1, false) == "1900-01-01");
    CHECK(excel_serial_date(59, false) == "1900-02-28");
    CHECK(excel_serial_date(61, false) == "1900-03-01");
    CHECK(excel_serial_date(46266, false) == "2026-09-01");
    CHECK(excel_serial_date(46266.75, false) == "2026-09-01");  // a time of day does not move the date
    CHECK(excel_serial_date(0, true) == "1904-01-01");
    CHECK(excel_serial_date(44804, true) == "2026-09-01");
    CHECK(spreadsheet_column("A1") == 1);
    CHECK(spreadsheet_column("AB12") == 28);
    CHECK(spreadsheet_column("12") == 0);
}

TEST_CASE("a LibreOffice plan reads as rows of text, with repeated cells and rows expanded only where they hold text") {
    std::string content =
        R"(<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:spreadsheet>)"
        R"(<table:table table:name="Жоспар">)"
        R"(<table:table-header-rows><table:table-row><table:table-cell office:value-type="string"><text:p>Іс-шара</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p>Мерзімі</text:p></table:table-cell><table:table-cell table:number-columns-repeated="1020"/></table:table-row></table:table-header-rows>)"
        R"(<table:table-row><table:table-cell office:value-type="string"><text:p>Семинар<text:s text:c="2"/><text:span>«Оқу сауаттылығы»</text:span></text:p><text:p>екінші жол</text:p></table:table-cell><table:table-cell office:value-type="date" office:date-value="2026-09-01T10:00:00"><text:p>01.09.26</text:p></table:table-cell></table:table-row>)"
        R"(<table:table-row table:number-rows-repeated="2"><table:table-cell office:value-type="float" office:value="3"><text:p>3</text:p></table:table-cell><table:covered-table-cell/><table:table-cell office:value-type="string"><text:p>ай сайын</text:p></table:table-cell></table:table-row>)"
        R"(<table:table-row table:number-rows-repeated="1048570"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>)"
        R"(</table:table><table:table table:name="Екінші"/></office:spreadsheet></office:body></office:document-content>)";
    SheetTable t = read_spreadsheet_bytes(make_zip({{"mimetype", "application/vnd.oasis.opendocument.spreadsheet"}, {"content.xml", content}}), "ods");
    INFO(render_message(t.error, "en"));
    REQUIRE_FALSE(t.failed());
    CHECK(t.sheet_name == "Жоспар");
    REQUIRE(t.rows.size() == 4);  // the million empty rows cost nothing
    CHECK(t.rows[0].cells == std::vector<std::string>{"Іс-шара", "Мерзімі", ""});
    CHECK(t.rows[1].cells == std::vector<std::string>{"Семинар  «Оқу сауаттылығы»\nекінші жол", "2026-09-01", ""});
    CHECK(t.rows[2].cells == std::vector<std::string>{"3", "", "ай сайын"});
    CHECK(t.rows[3].number == 4);
    CHECK(t.rows[3].cells == t.rows[2].cells);
}

TEST_CASE("a damaged, foreign or oversized table is an error with a way to fix it, never a crash") {
    SheetTable not_zip = read_spreadsheet_bytes("Мероприятие;Сроки\n", "xlsx");
    CHECK(render_message(not_zip.error, "en").find("not a valid .xlsx") != std::string::npos);
    CHECK(render_message(not_zip.error_hint, "ru").find("сохраните заново в формате .xlsx") != std::string::npos);

    SheetTable no_workbook = read_spreadsheet_bytes(make_zip({{"word/document.xml", "<w/>"}}), "xlsx");
    CHECK(no_workbook.error.id == "plan.sheet_not_workbook");

    SheetTable broken = read_spreadsheet_bytes(make_zip({{"xl/workbook.xml", "<workbook><sheets"}}), "xlsx");
    CHECK(render_message(broken.error, "kk") == "кесте бүлінген: оның xl/workbook.xml бөлігі оқылмайды");

    // A bomb of repeated cells with text is stopped at the cell limit.
    std::string bomb =
        R"(<office:document-content xmlns:office="o" xmlns:table="t" xmlns:text="x"><office:body><office:spreadsheet><table:table>)"
        R"(<table:table-row table:number-rows-repeated="1000000"><table:table-cell table:number-columns-repeated="1000000" office:value-type="string"><text:p>x</text:p></table:table-cell></table:table-row>)"
        R"(</table:table></office:spreadsheet></office:body></office:document-content>)";
    SheetLimits limits;
    limits.max_cells = 10'000;
    SheetTable big = read_spreadsheet_bytes(make_zip({{"content.xml", bomb}}), "ods", limits);
    CHECK(render_message(big.error, "en") == "the table has more than 10,000 cells");
    CHECK(render_message(big.error, "ru") == "в таблице больше 10\u00a0000 ячеек");

    limits.max_part_bytes = 100;
    SheetTable large = read_spreadsheet_bytes(make_zip({{"content.xml", std::string(1000, ' ')}}), "ods", limits);
    CHECK(large.error.id == "plan.sheet_too_large");
}
