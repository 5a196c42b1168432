// The catalogue rows of plan tables (ids "plan.…"): spreadsheets from Excel and LibreOffice
// (content/spreadsheet) and the plan's year. English, Russian, Kazakh. See message_catalog.cpp.
#include "core/message_catalog_parts.h"

namespace urker {

std::vector<CatalogEntry> catalog_plan() {
    return {
        {"plan.sheet_cannot_open", "the file cannot be read", "файл не удаётся прочитать", "файлды оқу мүмкін емес"},
        {"plan.sheet_cannot_open_hint", "check that it exists and is not open in another program",
         "проверьте, что он есть и не открыт в другой программе", "файлдың бар екенін және басқа бағдарламада ашық емес екенін тексеріңіз"},
        {"plan.sheet_damaged", "the table is damaged: its part {part} cannot be read",
         "таблица повреждена: её часть {part} не читается", "кесте бүлінген: оның {part} бөлігі оқылмайды"},
        {"plan.sheet_no_sheet", "the file holds no table", "в файле нет ни одной таблицы", "файлда бірде-бір кесте жоқ"},
        {"plan.sheet_not_ods", "this is not a LibreOffice Calc table (it has no content.xml)",
         "это не таблица LibreOffice Calc (в ней нет content.xml)", "бұл LibreOffice Calc кестесі емес (онда content.xml жоқ)"},
        {"plan.sheet_not_workbook", "this is not an Excel workbook (it has no xl/workbook.xml)",
         "это не книга Excel (в ней нет xl/workbook.xml)", "бұл Excel кітабы емес (онда xl/workbook.xml жоқ)"},
        {"plan.sheet_not_zip", "this file is not a valid .{extension} table: it is damaged, or it was renamed from another format",
         "этот файл — не настоящая таблица .{extension}: он повреждён или переименован из другого формата",
         "бұл файл нағыз .{extension} кестесі емес: ол бүлінген немесе басқа пішімнен қайта аталған"},
        {"plan.sheet_save_ods", "open it in LibreOffice Calc and save it again as .ods",
         "откройте его в LibreOffice Calc и сохраните заново в формате .ods",
         "оны LibreOffice Calc бағдарламасында ашып, .ods пішімінде қайта сақтаңыз"},
        {"plan.sheet_save_xlsx", "open it in Excel or LibreOffice and save it again as .xlsx (an old .xls file too)",
         "откройте его в Excel или LibreOffice и сохраните заново в формате .xlsx (старый файл .xls — тоже)",
         "оны Excel немесе LibreOffice бағдарламасында ашып, .xlsx пішімінде қайта сақтаңыз (ескі .xls файлын да)"},
        {"plan.sheet_too_large", "the table is too large to read", "таблица слишком велика, чтобы её прочитать",
         "кесте оқу үшін тым үлкен"},
        {"plan.sheet_too_many_cells", "the table has more than {count} cells", "в таблице больше {count} ячеек",
         "кестеде {count} ұяшықтан артық бар"},
        {"plan.sheet_too_many_cells_hint", "a plan fits in far fewer: keep only the plan on the first sheet",
         "план помещается в гораздо меньшее число: оставьте на первом листе только план",
         "жоспар әлдеқайда аз ұяшыққа сыяды: бірінші парақта тек жоспарды қалдырыңыз"},
        {"plan.year_starts", "\"year_starts\" must be the number of the month the plan's year starts with, 1 to 12",
         "«year_starts» — это номер месяца, с которого начинается год плана, от 1 до 12",
         "«year_starts» — жоспар жылы басталатын айдың нөмірі, 1-ден 12-ге дейін"},
        {"plan.year_starts_hint", "e.g.  year_starts: 5  for a project year from May to April (9, September, is the default)",
         "например,  year_starts: 5  для проектного года с мая по апрель (по умолчанию 9 — сентябрь)",
         "мысалы, мамырдан сәуірге дейінгі жоба жылы үшін  year_starts: 5  (әдепкі мәні 9 — қыркүйек)"},
    };
}

}  // namespace urker
