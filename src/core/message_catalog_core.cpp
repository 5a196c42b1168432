// The catalogue rows of core/ (ids "core.…"): reading text files, dates, CSV tables, and what
// urker says when it stops on a file. English, Russian, Kazakh. See message_catalog.cpp.
#include "core/message_catalog_parts.h"

namespace urker {

std::vector<CatalogEntry> catalog_core() {
    return {
        // ---- stopping on a file (core/guard) ------------------------------------------------------
        {"core.bug_hint", "this is a bug in urker; please report it together with this file",
         "это ошибка в самом urker; сообщите о ней разработчикам и приложите этот файл",
         "бұл urker-дің өз қатесі; әзірлеушілерге хабарлап, осы файлды тіркеңіз"},
        {"core.crashed_on_file", "urker could not work on this file{has_detail, select, yes {: {detail}} other {}}",
         "urker не смог обработать этот файл{has_detail, select, yes {: {detail}} other {}}",
         "urker бұл файлды өңдей алмады{has_detail, select, yes {: {detail}} other {}}"},

        // ---- CSV tables ---------------------------------------------------------------------------
        {"core.csv_cell_count_hint",
         "every row needs one cell per column, separated by ''{separator}'' (an empty cell too); a cell whose text contains "
         "''{separator}'' must be in double quotes",
         "в каждой строке должно быть по ячейке на столбец, через ''{separator}'' (пустая ячейка тоже считается); ячейку, в тексте "
         "которой есть ''{separator}'', берите в двойные кавычки",
         "әр жолда әр бағанға бір ұяшықтан болуы керек, ''{separator}'' арқылы бөлінген (бос ұяшық та саналады); мәтінінде "
         "''{separator}'' бар ұяшықты қос тырнақшаға алыңыз"},
        {"core.csv_problem",
         "this CSV cannot be read: {problem, select, cell_count {this row has {cells, plural, one {# cell} other {# cells}}, "
         "but the header has {columns, plural, one {# column} other {# columns}}} other {a quoted field is never closed}}",
         "эту таблицу CSV не удаётся прочитать: {problem, select, cell_count {в этой строке "
         "{cells, plural, one {# ячейка} few {# ячейки} many {# ячеек} other {# ячейки}}, а в заголовке "
         "{columns, plural, one {# столбец} few {# столбца} many {# столбцов} other {# столбца}}} "
         "other {кавычки, открытые в ячейке, нигде не закрываются}}",
         "бұл CSV кестесі оқылмайды: {problem, select, cell_count {бұл жолда {cells, plural, other {# ұяшық}} бар, ал "
         "тақырып жолында {columns, plural, other {# баған}}} other {ұяшықта ашылған тырнақша ешқайда жабылмайды}}"},
        {"core.csv_save_again", "save the table again as CSV (UTF-8)", "сохраните таблицу заново как CSV (UTF-8)",
         "кестені қайтадан CSV (UTF-8) ретінде сақтаңыз"},

        // ---- dates ------------------------------------------------------------------------------
        {"core.date_problem",
         "the {field} \"{value}\" {problem, select, "
         "not_date {is not a date: {month_allowed, select, yes {write it as YYYY-MM-DD (e.g. 2026-09-01) or a month as YYYY-MM} "
         "other {write it as YYYY-MM-DD, e.g. 2026-09-01}}} "
         "month_only {is a month, but a full date is needed here: write it as YYYY-MM-DD, e.g. 2026-09-01} "
         "bad_month {has month {month}, but months go from 01 to 12} "
         "bad_day {is not a real date: {year_month} has {days} days} "
         "bad_time {has a time that is not written as THH:MM, e.g. 2026-10-15T10:00:00+05:00} "
         "bad_seconds {has seconds that are not two digits} "
         "impossible_time {has a time that does not exist (hours go to 23, minutes and seconds to 59)} "
         "no_zone {has a time without a time zone: add it, e.g. +05:00} "
         "other {has a time zone that is not written as +HH:MM, e.g. +05:00}}",
         "{field}: «{value}» — {problem, select, "
         "not_date {это не дата: {month_allowed, select, yes {пишите ГГГГ-ММ-ДД (например, 2026-09-01) или месяц как ГГГГ-ММ} "
         "other {пишите ГГГГ-ММ-ДД, например 2026-09-01}}} "
         "month_only {это месяц, а здесь нужна полная дата: пишите ГГГГ-ММ-ДД, например 2026-09-01} "
         "bad_month {месяца {month} не бывает: месяцы идут от 01 до 12} "
         "bad_day {такого дня нет: в месяце {year_month} {days, plural, one {# день} few {# дня} many {# дней} other {# дня}}} "
         "bad_time {время записано не как ЧЧ:ММ, пример: 2026-10-15T10:00:00+05:00} "
         "bad_seconds {секунды записаны не двумя цифрами} "
         "impossible_time {такого времени не бывает (часы — до 23, минуты и секунды — до 59)} "
         "no_zone {у времени нет часового пояса: добавьте его, например +05:00} "
         "other {часовой пояс записан не как +ЧЧ:ММ, пример: +05:00}}",
         "{field}: «{value}» — {problem, select, "
         "not_date {бұл күн емес: {month_allowed, select, yes {ЖЖЖЖ-АА-КК (мысалы, 2026-09-01) немесе айды ЖЖЖЖ-АА деп жазыңыз} "
         "other {ЖЖЖЖ-АА-КК деп жазыңыз, мысалы 2026-09-01}}} "
         "month_only {бұл ай ғана, ал мұнда толық күн керек: ЖЖЖЖ-АА-КК деп жазыңыз, мысалы 2026-09-01} "
         "bad_month {{month}-ай болмайды: айлар 01-ден 12-ге дейін} "
         "bad_day {мұндай күн жоқ: {year_month} айында {days} күн бар} "
         "bad_time {уақыт СС:ММ түрінде жазылмаған, мысал: 2026-10-15T10:00:00+05:00} "
         "bad_seconds {секундтар екі цифрмен жазылмаған} "
         "impossible_time {мұндай уақыт болмайды (сағат — 23-ке дейін, минут пен секунд — 59-ға дейін)} "
         "no_zone {уақыттың белдеуі жоқ: оны қосыңыз, мысалы +05:00} "
         "other {уақыт белдеуі +СС:ММ түрінде жазылмаған, мысал: +05:00}}"},
        {"core.date_shape", "write it as YYYY-MM-DD, e.g. 2026-09-01", "пишите ГГГГ-ММ-ДД, например 2026-09-01",
         "ЖЖЖЖ-АА-КК деп жазыңыз, мысалы 2026-09-01"},

        // ---- reading files ------------------------------------------------------------------------
        {"core.file_error",
         "a file could not be read or written{has_path, select, yes {: {path}} other {}} ({detail})",
         "не удалось прочитать или записать файл{has_path, select, yes {: {path}} other {}} ({detail})",
         "файлды оқу немесе жазу мүмкін болмады{has_path, select, yes {: {path}} other {}} ({detail})"},
        {"core.file_error_hint", "check that the file exists, is not a link to somewhere outside the site, and may be read",
         "проверьте, что файл существует, не является ссылкой за пределы сайта и доступен для чтения",
         "файлдың бар екенін, сайттан тыс жерге сілтеме емес екенін және оны оқуға болатынын тексеріңіз"},
        {"core.file_missing", "this file does not exist", "такого файла нет", "мұндай файл жоқ"},
        {"core.file_missing_hint", "check the file's name and folder", "проверьте имя файла и папку",
         "файлдың атын және қалтасын тексеріңіз"},
        {"core.file_unreadable", "this file cannot be read", "этот файл не удаётся прочитать", "бұл файл оқылмайды"},
        {"core.file_unreadable_hint", "check that it exists and that you may read it",
         "проверьте, что он существует и у вас есть право его читать", "оның бар екенін және оны оқуға құқығыңыз барын тексеріңіз"},
        {"core.not_regular_file", "this is not a regular file, so it cannot be read as text",
         "это не обычный файл, поэтому его нельзя прочитать как текст", "бұл қарапайым файл емес, сондықтан оны мәтін ретінде оқу мүмкін емес"},
        {"core.not_regular_file_hint", "put a text file here, or remove it", "положите сюда текстовый файл или уберите это",
         "мұнда мәтіндік файл қойыңыз немесе мұны алып тастаңыз"},
        {"core.not_utf8", "this file is not in UTF-8: the byte here is not a UTF-8 character",
         "файл сохранён не в UTF-8: байт в этом месте — не символ UTF-8",
         "файл UTF-8 түрінде сақталмаған: осы жердегі байт UTF-8 таңбасы емес"},
        {"core.out_of_memory", "urker ran out of memory while working on this file",
         "urker не хватило памяти при обработке этого файла", "urker бұл файлды өңдеу кезінде жадқа сыймады"},
        {"core.out_of_memory_hint", "the file is probably far larger, or nested far deeper, than a page needs to be: make it smaller",
         "файл, видимо, намного больше или намного глубже вложен, чем нужно странице: уменьшите его",
         "файл бетке қажеттіден әлдеқайда үлкен немесе әлдеқайда терең салынған сияқты: оны кішірейтіңіз"},
        {"core.save_as_utf8", "save it as UTF-8: in Excel «Сохранить как → CSV UTF-8», in Notepad «Кодировка: UTF-8»",
         "сохраните его в UTF-8: в Excel — «Сохранить как → CSV UTF-8», в Блокноте — «Кодировка: UTF-8»",
         "оны UTF-8 түрінде сақтаңыз: Excel-де «Басқаша сақтау → CSV UTF-8», Блокнотта «Кодтау: UTF-8»"},
        {"core.save_text_as_utf8",
         "save it again as UTF-8: in Notepad, File → Save as…, then Encoding: UTF-8 (other editors offer the same choice when saving)",
         "сохраните его заново в UTF-8: в Блокноте — «Файл → Сохранить как…», затем «Кодировка: UTF-8» (в других редакторах такой же "
         "выбор есть при сохранении)",
         "оны UTF-8 түрінде қайта сақтаңыз: Блокнотта «Файл → Басқаша сақтау…», содан кейін «Кодтау: UTF-8» (басқа редакторларда да "
         "сақтаған кезде осындай таңдау бар)"},
        {"core.text_file_too_large", "this file is {size} MB, more than the {most} MB a text file may have",
         "размер файла — {size} МБ, а текстовый файл может занимать не больше {most} МБ",
         "файлдың көлемі — {size} МБ, ал мәтіндік файл {most} МБ-тан аспауы керек"},
        {"core.text_file_too_large_hint",
         "split it into smaller files; if it really must be this large, raise the limit in site.yaml:  "
         "limits: '{'max_text_file_mb: {mb}'}'",
         "разделите его на файлы поменьше; если он действительно должен быть таким большим, поднимите предел в site.yaml:  "
         "limits: '{'max_text_file_mb: {mb}'}'",
         "оны кішірек файлдарға бөліңіз; егер ол шынымен осындай үлкен болуы керек болса, site.yaml ішінде шекті көтеріңіз:  "
         "limits: '{'max_text_file_mb: {mb}'}'"},
        {"core.unexpected_value", "a value in this file is not of the kind urker expected ({detail})",
         "значение в этом файле не того вида, который ожидал urker ({detail})",
         "бұл файлдағы мән urker күткен түрде емес ({detail})"},
        {"core.unexpected_value_hint",
         "check the fields: text where text is expected, true/false without quotes, numbers as digits, lists as  [a, b]",
         "проверьте поля: текст там, где нужен текст, true/false без кавычек, числа цифрами, списки так:  [a, b]",
         "өрістерді тексеріңіз: мәтін керек жерде мәтін, true/false тырнақшасыз, сандар цифрмен, тізімдер былай:  [a, b]"},
        // ---- addresses a teacher wrote that urker refuses (core/url) --------------------------------
        {"core.url_not_published",
         "{place, select, link {the link} image {the image} block {the address of the {name} block} poster {the poster of the video} field {the field \"{name}\"} field_key {a key of \"{name}\"} other {the address}} \"{address}\" starts with \"{scheme}:\", which is not a kind of address urker publishes",
         "{place, select, link {ссылка} image {адрес картинки} block {адрес в блоке ```{name}} poster {адрес обложки видео} field {поле «{name}»} field_key {ключ в поле «{name}»} other {адрес}} «{address}» начинается с «{scheme}:» — адреса такого вида urker не публикует",
         "{place, select, link {сілтеме} image {сурет адресі} block {```{name} блогындағы адрес} poster {бейне мұқабасының адресі} field {«{name}» өрісі} field_key {«{name}» өрісіндегі кілт} other {адрес}} «{address}» «{scheme}:» деп басталады — urker мұндай адрестерді жарияламайды"},
        {"core.url_placeholder",
         "\"{address}\" in {place, select, link {a link} image {an image} block {the {name} block} poster {the video's poster} field {the field \"{name}\"} field_key {a key of \"{name}\"} other {this place}} is not a real address: {reason, select, ellipsis {\"…\" stands for the address or a part of it (or the address was cut short when copied)} no_host {there is no site name after \"//\"} example {{part} is a name kept for examples, no such site exists} other {\"{part}\" stands where the site's name should be}}; it is left out of the site",
         "«{address}» {place, select, link {в ссылке} image {в адресе картинки} block {в блоке ```{name}} poster {в адресе обложки видео} field {в поле «{name}»} field_key {в ключах поля «{name}»} other {здесь}} — не настоящий адрес: {reason, select, ellipsis {многоточие «…» стоит на месте адреса или его части (может быть, адрес обрезался при копировании)} no_host {после «//» нет имени сайта} example {{part} — имя для примеров, такого сайта нет} other {на месте имени сайта стоит «{part}»}}; на сайте его не будет",
         "{place, select, link {сілтемедегі} image {сурет адресіндегі} block {```{name} блогындағы} poster {бейне мұқабасының адресіндегі} field {«{name}» өрісіндегі} field_key {«{name}» өрісінің кілттеріндегі} other {мұндағы}} «{address}» — нақты адрес емес: {reason, select, ellipsis {адрестің не оның бір бөлігінің орнында «…» тұр (мүмкін, адрес көшіру кезінде қысқарып қалған)} no_host {«//» белгісінен кейін сайттың атауы жоқ} example {{part} — мысалдарға арналған атау, мұндай сайт жоқ} other {сайт атауының орнында «{part}» тұр}}; ол сайтта жарияланбайды"},
        {"core.url_placeholder_hint",
         "{place, select, field {paste the whole address in its place, copied from the browser's address bar (it starts with https://); if there is no address yet, put # back at the start of the line} field_key {paste the whole address in its place, copied from the browser's address bar (it starts with https://); if there is no address yet, put # back at the start of the line} other {paste the whole address in its place, copied from the browser's address bar (it starts with https://), or leave the link out}}",
         "{place, select, field {вставьте вместо него полный адрес, скопированный из адресной строки браузера (он начинается с https://); если адреса пока нет, верните # в начало строки} field_key {вставьте вместо него полный адрес, скопированный из адресной строки браузера (он начинается с https://); если адреса пока нет, верните # в начало строки} other {вставьте вместо него полный адрес, скопированный из адресной строки браузера (он начинается с https://), или уберите ссылку}}",
         "{place, select, field {оның орнына браузердің адрес жолағынан көшірілген толық адресті қойыңыз (ол https:// деп басталады); әзірге адрес болмаса, жолдың басына # белгісін қайта қойыңыз} field_key {оның орнына браузердің адрес жолағынан көшірілген толық адресті қойыңыз (ол https:// деп басталады); әзірге адрес болмаса, жолдың басына # белгісін қайта қойыңыз} other {оның орнына браузердің адрес жолағынан көшірілген толық адресті қойыңыз (ол https:// деп басталады) немесе сілтемені алып тастаңыз}}"},
        {"core.url_refused_hint",
         "write an address starting with https://, http://, mailto: or tel:, or a path inside the site such as ../drobi/ or "
         "files/plan.pdf (a file name with ':' in it must start with ./)",
         "напишите адрес, который начинается с https://, http://, mailto: или tel:, или путь внутри сайта, например ../drobi/ или "
         "files/plan.pdf (имя файла с «:» пишите с ./ в начале)",
         "https://, http://, mailto: немесе tel: деп басталатын адрес не сайт ішіндегі жолды жазыңыз, мысалы ../drobi/ немесе "
         "files/plan.pdf (атауында «:» бар файлдың алдына ./ жазыңыз)"},
        {"core.url_runs_script",
         "{place, select, link {the link} image {the image} block {the address of the {name} block} poster {the poster of the video} field {the field \"{name}\"} field_key {a key of \"{name}\"} other {the address}} \"{address}\" is a \"{scheme}:\" address, which could run a program in a visitor's browser",
         "{place, select, link {ссылка} image {адрес картинки} block {адрес в блоке ```{name}} poster {адрес обложки видео} field {поле «{name}»} field_key {ключ в поле «{name}»} other {адрес}} «{address}» — адрес вида «{scheme}:», он может запустить программу в браузере посетителя",
         "{place, select, link {сілтеме} image {сурет адресі} block {```{name} блогындағы адрес} poster {бейне мұқабасының адресі} field {«{name}» өрісі} field_key {«{name}» өрісіндегі кілт} other {адрес}} «{address}» — «{scheme}:» түріндегі адрес, ол келушінің браузерінде бағдарлама іске қосуы мүмкін"},
        {"core.utf16", "this file is saved as UTF-16 (\"Unicode\"), but urker reads UTF-8",
         "файл сохранён в UTF-16 («Юникод»), а urker читает UTF-8",
         "файл UTF-16 («Юникод») түрінде сақталған, ал urker UTF-8 оқиды"},
        {"core.windows_1251", "this file is not in UTF-8: it looks like Windows-1251 (Cyrillic as old Windows programs save it)",
         "файл сохранён не в UTF-8: похоже, это Windows-1251 (кириллица, как её сохраняют старые программы Windows)",
         "файл UTF-8 түрінде сақталмаған: бұл Windows-1251 сияқты (ескі Windows бағдарламалары сақтайтын кирилл жазуы)"},
    };
}

}  // namespace urker
