// Plan tables as schools write them: the column headers of their planning documents in Russian,
// Kazakh or English («Мероприятие / Сроки / Ответственные», «Іс-шара / Мерзімі / Жауаптылар»,
// a road map's «Этапы / Содержание / Результат»), and the status values they mark items with
// («выполнено», «орындалды», «перенесено»…). Headers and values are matched ignoring case,
// spacing, «ё», a trailing colon and a note in brackets («Сроки (месяц)»).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace urker {

// The plan item field a column header names ("what", "when", "responsible", "participants",
// "place", "goal", "result", "status", "stage", "content", "mentoring", "form", "note",
// "number"), or "" when it names none.
// "number" is the «№» column: accepted and not shown (the table numbers its rows itself).
std::string plan_column_key(std::string_view header);

// The known header `header` is likely a misspelling of («Ответсвенный» -> «Ответственный»),
// capitalized as a header, or "" when it is known or far from every known one: a column of the
// school's own («Бюджет», «Ресурсы»), which the plan shows as written.
std::string plan_column_misspelt(std::string_view header);

// The headers a table may use, written out in `lang` ("ru", "kk", "en") for a message listing
// them: «Мероприятие, Сроки, Ответственные, …».
std::vector<std::string> plan_column_names(std::string_view lang);

// The language a table's header row is written in, for the names a message lists: "kk" when a
// cell has one of Kazakh's own letters, else "ru" when one is in Cyrillic, else "en". A teacher
// who wrote «Что;Когда» reads the Russian names, not all three languages' (36 names, cut short).
std::string plan_header_language(const std::vector<std::string>& headers);

// The status ("planned", "in_progress", "done", "postponed", "moved", "cancelled") a cell's
// value names, or "" when it names none.
std::string plan_status_key(std::string_view value);

// The status values a table may use in `lang`, for a message listing them.
std::vector<std::string> plan_status_names(std::string_view lang);

}  // namespace urker
