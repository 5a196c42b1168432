// Plans as schools keep them: the same work plan saved by Excel (.xlsx), LibreOffice Calc (.ods)
// and Russian Excel's CSV (';', a byte-order mark, CRLF), with Russian headers, statuses in words
// and dates as the planning documents write them, builds the same plan page.
#include <doctest/doctest.h>

#include <string>

#include "../support/zip_writer.h"
#include "core/messages.h"
#include "site_fixture.h"

using namespace urker::testing;

namespace {

bool contains(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }

const char* kSite = "title: Сеть\nlanguage: ru\nlanguages: [ru]\nbase_url: https://school.kz/\n";
const char* kMember = "---\ntitle: Иванова Анна\nschool: shkola-1\n---\n";
const char* kSchool = "---\ntitle: Школа № 1\n---\n";

std::string plan_page(const std::string& file) {
    return "---\ntitle: План\nyear: \"2026-2027\"\nitems_file: " + file + "\n---\n";
}

// Header, then three rows: a month in words, a day range, a half-year without a responsible.
const char* kCsv =
    "\xEF\xBB\xBF№;Мероприятие;Сроки проведения;Ответственные;Отметка о выполнении\r\n"
    "1;Семинар «Формативное оценивание»;Сентябрь 2026 года;ivanova-a;выполнено\r\n"
    "2;Открытый урок;15–20 октября 2026;Иванова А.;в работе\r\n"
    "3;Конференция;II полугодие;;запланировано\r\n";

std::string xlsx() {
    std::string shared =
        R"(<sst><si><t>№</t></si><si><t>Мероприятие</t></si><si><t>Сроки проведения</t></si><si><t>Ответственные</t></si>)"
        R"(<si><t>Отметка о выполнении</t></si><si><r><t>Семинар </t></r><r><t>«Формативное оценивание»</t></r></si>)"
        R"(<si><t>Открытый урок</t></si><si><t>Конференция</t></si><si><t>выполнено</t></si><si><t>в работе</t></si>)"
        R"(<si><t>запланировано</t></si></sst>)";
    // The month typed as a date shown "mmmm yyyy"? Teachers type it as text: keep it text here; the
    // day range too. The numbers are numbers.
    std::string sheet =
        R"(<worksheet><sheetData>)"
        R"(<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c><c r="E1" t="s"><v>4</v></c></row>)"
        R"(<row r="2"><c r="A2"><v>1</v></c><c r="B2" t="s"><v>5</v></c><c r="C2" t="inlineStr"><is><t>Сентябрь 2026 года</t></is></c><c r="D2" t="inlineStr"><is><t>ivanova-a</t></is></c><c r="E2" t="s"><v>8</v></c></row>)"
        R"(<row r="3"><c r="A3"><v>2</v></c><c r="B3" t="s"><v>6</v></c><c r="C3" t="inlineStr"><is><t>15–20 октября 2026</t></is></c><c r="D3" t="inlineStr"><is><t>Иванова А.</t></is></c><c r="E3" t="s"><v>9</v></c></row>)"
        R"(<row r="4"><c r="A4"><v>3</v></c><c r="B4" t="s"><v>7</v></c><c r="C4" t="inlineStr"><is><t>II полугодие</t></is></c><c r="E4" t="s"><v>10</v></c></row>)"
        R"(</sheetData></worksheet>)";
    return make_zip({{"xl/workbook.xml", R"(<workbook xmlns:r="r"><sheets><sheet name="План" r:id="rId1"/></sheets></workbook>)"},
                     {"xl/_rels/workbook.xml.rels", R"(<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>)"},
                     {"xl/sharedStrings.xml", shared},
                     {"xl/worksheets/sheet1.xml", sheet}});
}

std::string ods() {
    auto cell = [](const std::string& text) {
        return "<table:table-cell office:value-type=\"string\"><text:p>" + text + "</text:p></table:table-cell>";
    };
    auto number = [](int n) {
        return "<table:table-cell office:value-type=\"float\" office:value=\"" + std::to_string(n) + "\"><text:p>" + std::to_string(n) +
               "</text:p></table:table-cell>";
    };
    std::string rows = "<table:table-row>" + cell("№") + cell("Мероприятие") + cell("Сроки проведения") + cell("Ответственные") +
                       cell("Отметка о выполнении") + "<table:table-cell table:number-columns-repeated=\"1019\"/></table:table-row>";
    rows += "<table:table-row>" + number(1) + cell("Семинар «Формативное оценивание»") + cell("Сентябрь 2026 года") + cell("ivanova-a") +
            cell("выполнено") + "</table:table-row>";
    rows += "<table:table-row>" + number(2) + cell("Открытый урок") + cell("15–20 октября 2026") + cell("Иванова А.") + cell("в работе") +
            "</table:table-row>";
    rows += "<table:table-row>" + number(3) + cell("Конференция") + cell("II полугодие") + "<table:table-cell/>" + cell("запланировано") +
            "</table:table-row>";
    rows += "<table:table-row table:number-rows-repeated=\"1048572\"><table:table-cell table:number-columns-repeated=\"1024\"/></table:table-row>";
    std::string content =
        R"(<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:spreadsheet><table:table table:name="План">)" +
        rows + "</table:table></office:spreadsheet></office:body></office:document-content>";
    return make_zip({{"mimetype", "application/vnd.oasis.opendocument.spreadsheet"}, {"content.xml", content}});
}

// The plan's table as the page shows it.
std::string plan_table(const std::string& html) {
    auto start = html.find("<table class=\"plan-table\"");
    auto end = html.find("</table>", start);
    REQUIRE(start != std::string::npos);
    REQUIRE(end != std::string::npos);
    return html.substr(start, end - start);
}

}  // namespace

TEST_CASE("a plan saved by Excel, by LibreOffice and as a Russian CSV builds the same plan page") {
    SiteFixture site({{"site.yaml", kSite},
                      {"content/members/ivanova-a.md", kMember},
                      {"content/schools/shkola-1.md", kSchool},
                      {"content/plans/excel/index.md", plan_page("plan.xlsx")},
                      {"content/plans/excel/plan.xlsx", xlsx()},
                      {"content/plans/calc/index.md", plan_page("plan.ods")},
                      {"content/plans/calc/plan.ods", ods()},
                      {"content/plans/csv/index.md", plan_page("plan.csv")},
                      {"content/plans/csv/plan.csv", kCsv}});
    auto r = site.build();
    INFO(r->messages());
    REQUIRE(r->ok);
    std::string from_excel = plan_table(r->out.at("plans/excel/index.html"));
    CHECK(plan_table(r->out.at("plans/calc/index.html")) == from_excel);
    CHECK(plan_table(r->out.at("plans/csv/index.html")) == from_excel);

    // Read as written: the rows, their statuses from words, the responsible member linked.
    CHECK(contains(from_excel, "Семинар «Формативное оценивание»"));
    CHECK(contains(from_excel, "row-done"));
    CHECK(contains(from_excel, "row-in_progress"));
    CHECK(contains(from_excel, "row-planned"));
    CHECK(contains(from_excel, "/members/ivanova-a/"));
    CHECK(contains(from_excel, "Иванова А."));
    // Every date was understood: the calendar file has all three items.
    const std::string& ics = r->out.at("plans/excel/plan.ics");
    std::size_t events = 0;
    for (std::size_t at = ics.find("BEGIN:VEVENT"); at != std::string::npos; at = ics.find("BEGIN:VEVENT", at + 1)) ++events;
    CHECK(events == 3);
    CHECK(contains(ics, "DTSTART;VALUE=DATE:20261015"));
    CHECK(contains(ics, "DTSTART;VALUE=DATE:20270101"));
}

TEST_CASE("a plan table's notes column and its question-word headers are read, and shown with each item and on the member's page") {
    SiteFixture site({{"site.yaml", kSite},
                      {"content/members/ivanova-a.md", "---\ntitle: Иванова Анна\n---\n"},
                      {"content/plans/p/index.md", plan_page("plan.csv")},
                      {"content/plans/p/plan.csv", "Что;Когда;Кто;Примечание\r\nСеминар;Сентябрь 2026;ivanova-a;в актовом зале, 3 этаж\r\n"}});
    auto r = site.build();
    REQUIRE_MESSAGE(r->ok, urker::format_diagnostics(r->diags, 20, "en"));
    const std::string html = r->out.at("plans/p/index.html");
    CHECK_MESSAGE(contains(html, "<span class=\"plan-note\">Примечание: в актовом зале, 3 этаж</span>"), html);
    CHECK(contains(html, "Иванова Анна"));
    // The member's page lists the item with its date in one form, as the plan page does.
    const std::string member = r->out.at("members/ivanova-a/index.html");
    CHECK_MESSAGE(contains(member, "<span class=\"item-meta\">сентябрь 2026\u202fг. · "), member);
}

TEST_CASE("a plan table's columns of the school's own are shown with each item as written, and its form of holding is read") {
    std::string sheet =
        R"(<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Мероприятие</t></is></c><c r="B1" t="inlineStr"><is><t>Бюджет</t></is></c>)"
        R"(<c r="C1" t="inlineStr"><is><t>Форма проведения</t></is></c><c r="D1" t="inlineStr"><is><t>Ресурсы</t></is></c></row>)"
        R"(<row r="2"><c r="A2" t="inlineStr"><is><t>Семинар</t></is></c><c r="B2"><v>100</v></c><c r="C2" t="inlineStr"><is><t>круглый стол</t></is></c></row>)"
        R"(</sheetData></worksheet>)";
    SiteFixture site({{"site.yaml", kSite},
                      {"content/plans/p/index.md", plan_page("plan.xlsx")},
                      {"content/plans/p/plan.xlsx",
                       make_zip({{"xl/workbook.xml", R"(<workbook xmlns:r="r"><sheets><sheet name="S" r:id="rId1"/></sheets></workbook>)"},
                                 {"xl/_rels/workbook.xml.rels", R"(<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>)"},
                                 {"xl/worksheets/sheet1.xml", sheet}})}});
    auto r = site.build();
    REQUIRE_MESSAGE(r->ok, urker::format_diagnostics(r->diags, 20, "en"));
    CHECK_MESSAGE(r->diags.items().empty(), urker::format_diagnostics(r->diags, 20, "en"));
    const std::string table = plan_table(r->out.at("plans/p/index.html"));
    CHECK_MESSAGE(contains(table, "<span class=\"plan-note\">Форма проведения: круглый стол</span>"), table);
    CHECK(contains(table, "<span class=\"plan-note\">Бюджет: 100</span>"));
    CHECK_FALSE(contains(table, "Ресурсы"));  // an empty cell says nothing
}

TEST_CASE("a misspelt plan column is an error at its cell that names the column meant, in the language of the table's header") {
    SiteFixture site({{"site.yaml", kSite},
                      {"content/plans/p/index.md", plan_page("plan.csv")},
                      {"content/plans/p/plan.csv", "Мероприятие;Ответсвенный\nСеминар;Иванова\n"},
                      {"content/plans/broken/index.md", plan_page("plan.ods")},
                      {"content/plans/broken/plan.ods", "это не таблица"}});
    auto r = site.build();
    CHECK_FALSE(r->ok);
    std::string ru = urker::format_diagnostics(r->diags, 20, "ru");
    INFO(ru);
    CHECK(contains(ru, "content/plans/p/plan.csv:1:13: ошибка: столбец «Ответсвенный» — не поле пункта плана"));
    CHECK(contains(ru, "вы имели в виду «Ответственный»?"));
    CHECK(contains(ru, "Мероприятие, Сроки"));
    CHECK_FALSE(contains(ru, "Іс-шара"));  // the header is Russian: not all three languages' names
    CHECK(contains(ru, "content/plans/broken/plan.ods: ошибка: этот файл — не настоящая таблица .ods"));
    CHECK(contains(ru, "сохраните заново в формате .ods"));
}

TEST_CASE("a plan table whose first row is its title, not its header, is told to start with the header") {
    SiteFixture site({{"site.yaml", kSite},
                      {"content/plans/p/index.md", plan_page("plan.csv")},
                      {"content/plans/p/plan.csv",
                       "План работы сети на 2026–2027 учебный год;;\nМероприятие;Сроки;Ответственные\nСеминар;Октябрь 2026;Иванова\n"}});
    auto r = site.build();
    CHECK_FALSE(r->ok);
    std::string kk = urker::format_diagnostics(r->diags, 20, "kk");
    INFO(kk);
    CHECK(contains(kk, "content/plans/p/plan.csv:1:1: қате: кестенің бірінші жолы оның бағандарын атауы керек"));
    CHECK(contains(kk, "«План работы сети на 2026–2027 учебный год»"));
    CHECK(contains(kk, "Мероприятие, Сроки"));  // the header row's language: Russian
    CHECK_FALSE(contains(kk, "кестеде не жоспарланғаны жазылатын баған жоқ"));  // one message, not two
}
