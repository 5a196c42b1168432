// The catalogue rows of monitoring (ids "monitoring.…"): its settings in site.yaml, the build
// date and report period on the command line, and survey results. English, Russian, Kazakh.
// See message_catalog.cpp.
#include "core/message_catalog_parts.h"

namespace urker {

std::vector<CatalogEntry> catalog_monitoring() {
    return {
        // ---- site.yaml: monitoring ----------------------------------------------------------------
        {"monitoring.did_you_mean", "did you mean \"{near}\"? The settings are {keys}", "может быть, «{near}»? Настройки: {keys}",
         "«{near}» болуы мүмкін бе? Баптаулар: {keys}"},
        {"monitoring.setting_range", "\"{key}\" must be a whole number from {least} to {most}",
         "«{key}» — целое число от {least} до {most}", "«{key}» — {least}-ден {most}-ге дейінгі бүтін сан"},
        {"monitoring.settings_example", "e.g.  monitoring: '{'plan_target: 100, active_window_months: 12, stale_after_months: 12'}'",
         "например,  monitoring: '{'plan_target: 100, active_window_months: 12, stale_after_months: 12'}'",
         "мысалы,  monitoring: '{'plan_target: 100, active_window_months: 12, stale_after_months: 12'}'"},
        {"monitoring.settings_not_map", "\"monitoring\" must be a group of settings", "«monitoring» — это группа настроек",
         "«monitoring» — баптаулар тобы"},
        {"monitoring.unknown_setting", "unknown monitoring setting \"{key}\"", "неизвестная настройка мониторинга «{key}»",
         "мониторингтің белгісіз баптауы «{key}»"},

        // ---- the command line: --build-date, --period --------------------------------------------
        {"monitoring.bad_build_date", "--build-date \"{value}\" is not a date", "--build-date «{value}» — это не дата",
         "--build-date «{value}» — күн емес"},
        {"monitoring.bad_build_date_hint", "write it as YYYY-MM-DD, e.g.  --build-date 2027-05-31",
         "пишите её как ГГГГ-ММ-ДД, например  --build-date 2027-05-31",
         "оны ЖЖЖЖ-АА-КК түрінде жазыңыз, мысалы  --build-date 2027-05-31"},
        {"monitoring.bad_period", "--period \"{value}\" is not a period", "--period «{value}» — это не период",
         "--period «{value}» — кезең емес"},
        {"monitoring.bad_period_hint", "write it as FIRST..LAST, two dates YYYY-MM-DD, e.g.  --period 2026-09-01..2027-05-31",
         "пишите его как НАЧАЛО..КОНЕЦ, две даты ГГГГ-ММ-ДД, например  --period 2026-09-01..2027-05-31",
         "оны БАСЫ..СОҢЫ түрінде, екі күн ЖЖЖЖ-АА-КК, жазыңыз, мысалы  --period 2026-09-01..2027-05-31"},
        {"monitoring.period_reversed", "--period {value} ends before it starts", "--period {value} заканчивается раньше, чем начинается",
         "--period {value} басталмай тұрып аяқталады"},
        {"monitoring.period_reversed_hint", "put the earlier date first", "сначала пишите более раннюю дату",
         "алдымен ертерек күнді жазыңыз"},

        // ---- survey results (poll: results: file.csv) --------------------------------------------
        {"monitoring.poll_not_map", "\"poll\" must be a group: title and results", "«poll» — это группа: title и results",
         "«poll» — топ: title және results"},
        {"monitoring.poll_example", "e.g.  poll: '{'title: \"Анкета по семинару\", results: anketa.csv'}'",
         "например,  poll: '{'title: \"Анкета по семинару\", results: anketa.csv'}'",
         "мысалы,  poll: '{'title: \"Семинар бойынша сауалнама\", results: anketa.csv'}'"},
        {"monitoring.poll_unknown_key", "unknown poll setting \"{key}\"", "неизвестная настройка опроса «{key}»",
         "сауалнаманың белгісіз баптауы «{key}»"},
        {"monitoring.poll_keys", "a poll has: title, url, results", "у опроса есть: title, url, results",
         "сауалнамада бар: title, url, results"},
        {"monitoring.poll_results_missing", "the survey results {file} are not there", "файла с ответами опроса {file} нет",
         "{file} сауалнама жауаптары файлы жоқ"},
        {"monitoring.poll_results_missing_hint", "export the answers as CSV (Google or Yandex Forms) and put the file beside {page}",
         "выгрузите ответы в CSV (Google или Яндекс Формы) и положите файл рядом с {page}",
         "жауаптарды CSV түрінде (Google немесе Яндекс Формалар) түсіріп, файлды {page} жанына салыңыз"},
        {"monitoring.poll_results_not_csv", "survey results must be a .csv file", "ответы опроса должны быть в файле .csv",
         "сауалнама жауаптары .csv файлында болуы керек"},
        {"monitoring.poll_results_empty", "the survey results have no questions: the first row must hold a timestamp column and a column per question",
         "в ответах опроса нет вопросов: в первой строке — столбец отметки времени и по столбцу на вопрос",
         "сауалнама жауаптарында сұрақ жоқ: бірінші жолда — уақыт белгісі бағаны және әр сұраққа бір баған"},
    };
}

}  // namespace urker
