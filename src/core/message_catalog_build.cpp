// The catalogue rows of the build command and the diagnostics' labels: English, Russian, Kazakh.
// See message_catalog.cpp.
#include "core/message_catalog_parts.h"

namespace urker {

std::vector<CatalogEntry> catalog_build() {
    return {
        {"build.crashed", "urker stopped unexpectedly: {what}", "urker неожиданно остановился: {what}",
         "urker күтпеген жерден тоқтады: {what}"},
        {"build.failed",
         "Build failed: {count, plural, one {# error} other {# errors}}. The previous site in {output} was left as it was.",
         "Сборка не удалась: {count, plural, one {# ошибка} few {# ошибки} many {# ошибок} other {# ошибки}}. "
         "Прежний сайт в {output} остался как был.",
         "Жинау сәтсіз аяқталды: {count, plural, other {# қате}}. {output} ішіндегі бұрынғы сайт өзгеріссіз қалды."},
        {"build.failed_nothing_written",
         "Build failed: {count, plural, one {# error} other {# errors}}. Nothing was published to {output}.",
         "Сборка не удалась: {count, plural, one {# ошибка} few {# ошибки} many {# ошибок} other {# ошибки}}. "
         "В {output} ничего не опубликовано.",
         "Жинау сәтсіз аяқталды: {count, plural, other {# қате}}. {output} ішінде ештеңе жарияланған жоқ."},
        {"build.note", "note: {text}", "примечание: {text}", "ескертпе: {text}"},
        {"build.output", "Output: {path}", "Сайт записан в {path}", "Сайт мына жерге жазылды: {path}"},
        {"build.profile_heading", "Render time by template (context, template and write; all threads added up):",
         "Время отрисовки по шаблонам (контекст, шаблон и запись; сумма по всем потокам):",
         "Шаблондар бойынша бет жасау уақыты (контекст, шаблон және жазу; барлық ағындардың қосындысы):"},
        {"build.profile_template",
         "{template}: {pages, plural, one {# page} other {# pages}}, {total} ms in all, {mean} ms a page, slowest {slowest} ms",
         "{template}: {pages, plural, one {# страница} few {# страницы} other {# страниц}}, всего {total} мс, {mean} мс на страницу, "
         "самая долгая {slowest} мс",
         "{template}: {pages} бет, барлығы {total} мс, бетке {mean} мс, ең ұзағы {slowest} мс"},
        {"build.profile_parts_heading",
         "Time inside each template and macro of the theme (its own statements, without the templates it includes and the macros "
         "it calls; all threads added up):",
         "Время внутри каждого шаблона и макроса темы (только его собственные инструкции, без подключённых шаблонов и вызванных "
         "макросов; сумма по всем потокам):",
         "Тақырыптың әр шаблоны мен макросының ішіндегі уақыт (тек өз нұсқаулары, қосылған шаблондар мен шақырылған макростарсыз; "
         "барлық ағындардың қосындысы):"},
        {"build.profile_part",
         "{part}: {runs, plural, one {# run} other {# runs}}, {total} ms in all, {mean} µs a run",
         "{part}: {runs, plural, one {# вызов} few {# вызова} other {# вызовов}}, всего {total} мс, {mean} мкс за вызов",
         "{part}: {runs} рет, барлығы {total} мс, бір ретке {mean} мкс"},
        {"build.unchanged_files",
         "{changed, plural, one {# file} other {# files}} new or changed, {unchanged} unchanged (kept with their dates)",
         "{changed, plural, one {# файл новый или изменён} few {# файла новых или изменённых} other {# файлов новых или изменённых}}, "
         "{unchanged} без изменений (их даты сохранены)",
         "{changed} файл жаңа немесе өзгерген, {unchanged} өзгермеген (күндері сақталды)"},
        {"build.up_to_date",
         "Up to date: nothing changed since the last build ({pages, plural, one {# page} other {# pages}}, "
         "{files, plural, one {# file} other {# files}}), checked in {milliseconds} ms",
         "Сайт актуален: с прошлой сборки ничего не изменилось ({pages, plural, one {# страница} few {# страницы} many {# страниц} "
         "other {# страницы}}, {files, plural, one {# файл} few {# файла} many {# файлов} other {# файла}}), проверено за {milliseconds} мс",
         "Сайт өзекті: соңғы жинаудан бері ештеңе өзгерген жоқ ({pages} бет, {files} файл), {milliseconds} мс ішінде тексерілді"},
        {"build.up_to_date_hint",
         "To build every page again anyway: urker build --no-cache",
         "Чтобы всё равно собрать все страницы заново: urker build --no-cache",
         "Бәрібір барлық бетті қайта жинау үшін: urker build --no-cache"},
        {"build.up_to_date_output", "Nothing was written: the site in {path} stays as it is",
         "Ничего не записано: сайт в {path} остаётся как есть", "Ештеңе жазылған жоқ: {path} ішіндегі сайт сол күйінде қалды"},
        {"build.pages_from_cache",
         "{count, plural, one {# page} other {# pages}} made from the same values as in the last build: taken from the build cache "
         "(.urker-cache/), not rendered again",
         "{count, plural, one {# страница собрана} few {# страницы собраны} other {# страниц собраны}} из тех же данных, что и в прошлый раз: "
         "взяты из кэша сборки (.urker-cache/) без повторной отрисовки",
         "{count} беттің деректері өткен жинаудағыдай: олар қайта жасалмай, жинау кэшінен (.urker-cache/) алынды"},
        {"build.attachments_note", "Search inside attachments: {read} files read, {cached} from the cache (.urker-cache/)",
         "Поиск по вложениям: прочитано файлов — {read}, из кэша — {cached} (.urker-cache/)",
         "Тіркемелер ішінен іздеу: {read} файл оқылды, {cached} файл кэштен алынды (.urker-cache/)"},
        {"build.search_kept",
         "Search: {kept} of {parts} compressed parts (index shards, result texts) taken from the last build, their text unchanged",
         "Поиск: {kept} из {parts} сжатых частей (части индекса, тексты результатов) взяты из прошлой сборки: их текст не изменился",
         "Іздеу: {parts} сығылған бөліктің {kept} бөлігі (индекс бөліктері, нәтиже мәтіндері) өткен құрастырудан алынды: мәтіні өзгермеген"},
        {"build.search_note",
         "Search: {documents} documents ({language}); index{shards, plural, =0 {} one { in # shard} other { in # shards}} {index} KB "
         "(gzip {index_gzip} KB), store {store} KB (gzip {store_gzip} KB)",
         "Поиск: документов — {documents} ({language}); индекс{shards, plural, =0 {} one { в # части} other { в # частях}} {index} КБ "
         "(gzip {index_gzip} КБ), тексты {store} КБ (gzip {store_gzip} КБ)",
         "Іздеу: {documents} құжат ({language}); индекс{shards, plural, =0 {} other { # бөлікте}} {index} КБ (gzip {index_gzip} КБ), "
         "мәтіндер {store} КБ (gzip {store_gzip} КБ)"},
        {"build.search_words_kept",
         "Search: the words of {kept} of {documents} documents taken from the build cache (.urker-cache/), their text unchanged",
         "Поиск: слова {kept} из {documents} документов взяты из кэша сборки (.urker-cache/): их текст не изменился",
         "Іздеу: {documents} құжаттың {kept} құжатының сөздері құрастыру кэшінен (.urker-cache/) алынды: мәтіні өзгермеген"},
        {"build.memory_reserved",
         "Memory: {megabytes} MB asked for at once, as the last measured build here needed (.urker-cache/)",
         "Память: {megabytes} МБ запрошены сразу, сколько понадобилось прошлой измеренной сборке (.urker-cache/)",
         "Жад: {megabytes} МБ бірден сұралды, өлшенген алдыңғы құрастыруға қанша керек болса (.urker-cache/)"},
        {"build.fragments_kept",
         "Templates: fragments (cards of lists) taken from the build cache (.urker-cache/), what they show unchanged: {kept}",
         "Шаблоны: фрагменты (карточки списков) взяты из кэша сборки (.urker-cache/), то, что они показывают, не изменилось: {kept}",
         "Үлгілер: фрагменттер (тізім карточкалары) құрастыру кэшінен (.urker-cache/) алынды, көрсететіні өзгермеген: {kept}"},
        {"build.markdown_kept",
         "Markdown: {kept} of {files} files taken from the build cache (.urker-cache/), their text and links unchanged",
         "Markdown: {kept} из {files} файлов взяты из кэша сборки (.urker-cache/): их текст и ссылки не изменились",
         "Markdown: {files} файлдың {kept} файлы құрастыру кэшінен (.urker-cache/) алынды: мәтіні мен сілтемелері өзгермеген"},
        {"build.files_known",
         "Content: {kept} of {files} Markdown files taken from the build cache (.urker-cache/) without reading them, unchanged since the last build",
         "Содержимое: {kept} из {files} файлов Markdown взяты из кэша сборки (.urker-cache/) без чтения: они не изменились с прошлой сборки",
         "Мазмұн: {files} Markdown файлының {kept} файлы құрастыру кэшінен (.urker-cache/) оқылмай алынды: өткен құрастырудан бері өзгермеген"},
        {"build.stage_time",
         "{stage, select, config {config} theme {theme} load {load} model {model} portal {portal} render {render} "
         "search {search (alongside render)} search_first {search} write {write} history {history} attachments {attachments} other {{stage}}} {milliseconds} ms",
         "{stage, select, config {настройки} theme {тема} load {чтение} model {модель} portal {портал} render {страницы} "
         "search {поиск (вместе со страницами)} search_first {поиск} write {запись} history {история} attachments {вложения} other {{stage}}} {milliseconds} мс",
         "{stage, select, config {баптаулар} theme {тема} load {оқу} model {модель} portal {портал} render {беттер} "
         "search {іздеу (беттермен қатар)} search_first {іздеу} write {жазу} history {тарих} attachments {тіркемелер} other {{stage}}} {milliseconds} мс"},
        {"build.stopped", "Build stopped: nothing was written.", "Сборка остановлена: ничего не записано.",
         "Жинау тоқтатылды: ештеңе жазылған жоқ."},
        {"build.summary",
         "Built {pages, plural, one {# page} other {# pages}} ({files, plural, one {# file} other {# files}}, {megabytes} MB) "
         "from {sources, plural, one {# content file} other {# content files}} in {milliseconds} ms",
         "Собрано {pages, plural, one {# страница} few {# страницы} many {# страниц} other {# страницы}} "
         "({files, plural, one {# файл} few {# файла} many {# файлов} other {# файла}}, {megabytes} МБ) "
         "из {sources, plural, one {# файла} few {# файлов} many {# файлов} other {# файла}} содержимого за {milliseconds} мс",
         "{sources, plural, other {# мазмұн файлынан}} {pages, plural, other {# бет}} жиналды "
         "({files, plural, other {# файл}}, {megabytes} МБ), {milliseconds} мс"},
        {"build.summary_drafts",
         "{count, plural, one {# draft} other {# drafts}} skipped (build with --drafts to see them)",
         "{count, plural, one {# черновик пропущен} few {# черновика пропущено} many {# черновиков пропущено} "
         "other {# черновика пропущено}} (соберите с --drafts, чтобы их увидеть)",
         "{count, plural, other {# жоба}} өткізіп жіберілді (оларды көру үшін --drafts арқылы жинаңыз)"},
        {"build.summary_warnings",
         "{count, plural, one {# warning} other {# warnings}} (see above).",
         "{count, plural, one {# предупреждение} few {# предупреждения} many {# предупреждений} other {# предупреждения}} "
         "(см. выше).",
         "{count, plural, other {# ескерту}} (жоғарыда қараңыз)."},
        {"build.unexpected", "urker stopped unexpectedly while building {file}: {what}",
         "urker неожиданно остановился при сборке {file}: {what}",
         "urker {file} файлын жинау кезінде күтпеген жерден тоқтады: {what}"},
        {"build.unexpected_hint", "this is a bug in urker; please report it with the file that was being built",
         "это ошибка в самом urker; сообщите о ней разработчикам и приложите этот файл",
         "бұл urker-дің өз қатесі; әзірлеушілерге хабарлап, осы файлды тіркеңіз"},
        {"diagnostics.more_in_file",
         "… and {count, plural, one {# more problem} other {# more problems}} in this file (fix the ones above and build again to see them)",
         "… и ещё {count, plural, one {# ошибка} few {# ошибки} many {# ошибок} other {# ошибки}} в этом файле "
         "(исправьте те, что выше, и соберите снова, чтобы увидеть остальные)",
         "… және осы файлда тағы {count, plural, other {# қате}} бар (жоғарыдағыларды түзетіп, қалғандарын көру үшін қайта жинаңыз)"},
        {"label.error", "error", "ошибка", "қате"},
        {"label.hint", "hint", "подсказка", "кеңес"},
        {"label.note", "note", "примечание", "ескертпе"},
        {"label.warning", "warning", "предупреждение", "ескерту"},
        {"output.refused_hint", "pass another folder with --output, e.g. --output public",
         "укажите другую папку в --output, например --output public",
         "--output арқылы басқа қалтаны көрсетіңіз, мысалы --output public"},
    };
}

}  // namespace urker
