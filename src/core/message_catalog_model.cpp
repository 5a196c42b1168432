// The catalogue rows of model/ (ids "model.…"): English, Russian, Kazakh. See message_catalog.cpp.
//
// `kind` is a page kind's name (member, school, group, material, plan, news, event, topic, page);
// the fragments below give it the case each sentence needs. `what` names what an id refers to
// (school, group, member). Plan item messages end with where in a CSV file the value stood:
// `column` is "none" for a plan written in the front matter.
#include "core/message_catalog_parts.h"

#define KIND_A_EN                                                                                                       \
    "{kind, select, member {a member} school {a school} group {a group} material {a material} plan {a plan} "          \
    "news {a news item} event {an event} topic {a forum topic} other {a page}}"
#define KIND_GEN_RU                                                                                                     \
    "{kind, select, member {участника} school {школы} group {группы} material {материала} plan {плана} "               \
    "news {новости} event {события} topic {темы форума} other {страницы}}"
#define KIND_GEN_KK                                                                                                     \
    "{kind, select, member {қатысушының} school {мектептің} group {топтың} material {материалдың} plan {жоспардың} "   \
    "news {жаңалықтың} event {іс-шараның} topic {форум тақырыбының} other {беттің}}"
// "каждому участнику", "каждой школе": Russian needs the gender of the noun.
#define EACH_DAT_RU                                                                                                     \
    "{kind, select, member {каждому участнику} school {каждой школе} group {каждой группе} material {каждому материалу} " \
    "plan {каждому плану} news {каждой новости} event {каждому событию} topic {каждой теме форума} other {каждой странице}}"
#define OTHER_RU                                                                                                        \
    "{kind, select, member {у другого участника} school {у другой школы} group {у другой группы} "                     \
    "material {у другого материала} plan {у другого плана} news {у другой новости} event {у другого события} "          \
    "topic {у другой темы форума} other {у другой страницы}}"
#define WHAT_GEN_RU "{what, select, school {школы} group {группы} member {участника} other {{what}}}"
#define WHAT_GEN_KK "{what, select, school {мектептің} group {топтың} member {қатысушының} other {{what}}}"
#define WHAT_NOM_KK "{what, select, school {мектеп} group {топ} member {қатысушы} other {{what}}}"

#define COLUMN_EN "{column, select, none {} other { (column \"{column}\")}}"
#define COLUMN_RU "{column, select, none {} other { (столбец «{column}»)}}"
#define COLUMN_KK "{column, select, none {} other { («{column}» бағаны)}}"

#define NEAR_EN "did you mean \"{near}\"? "
#define NEAR_RU "вы имели в виду «{near}»? "
#define NEAR_KK "«{near}» деп жазғыңыз келді ме? "

#define NO_NEAR_FILE_EN                                                                                                 \
    "check the file name (letters, spaces, upper and lower case), or put the file beside this page's file; "           \
    "addresses are read from this file's folder ({folder})"
#define NO_NEAR_FILE_RU                                                                                                 \
    "проверьте имя файла (буквы, пробелы, заглавные и строчные) или положите файл рядом с файлом этой страницы; "      \
    "адреса отсчитываются от папки этого файла ({folder})"
#define NO_NEAR_FILE_KK                                                                                                 \
    "файл атауын тексеріңіз (әріптер, бос орындар, бас және кіші әріптер) немесе файлды осы беттің файлының жанына "   \
    "салыңыз; адрестер осы файлдың қалтасынан бастап оқылады ({folder})"
#define NEAR_FILE_EN "did you mean \"{near}\"? (addresses are read from this file's folder ({folder}))"
#define NEAR_FILE_RU "вы имели в виду «{near}»? (адреса отсчитываются от папки этого файла — {folder})"
#define NEAR_FILE_KK "«{near}» деп жазғыңыз келді ме? (адрестер осы файлдың қалтасынан бастап оқылады — {folder})"

namespace urker {

std::vector<CatalogEntry> catalog_model() {
    return {
        {"model.add_line", "add  {line}", "добавьте  {line}", "мына жолды қосыңыз:  {line}"},
        {"model.bad_moment", "the {key} \"{value}\" {why}", "значение «{value}» в поле {key} неверно: {why}",
         "{key} өрісіндегі «{value}» мәні қате: {why}"},
        {"model.bad_school_year", "the school year \"{value}\" is not written as two years, e.g. 2026-2027",
         "учебный год «{value}» записан не как два года, например 2026-2027",
         "«{value}» оқу жылы екі жыл түрінде жазылмаған, мысалы 2026-2027"},
        {"model.date_time_as", "write it as  {key}: {value}+05:00  (+05:00 is Kazakhstan's time zone; Moscow's is +03:00)",
         "запишите так:  {key}: {value}+05:00  (+05:00 — часовой пояс Казахстана; у Москвы +03:00)",
         "былай жазыңыз:  {key}: {value}+05:00  (+05:00 — Қазақстанның уақыт белдеуі; Мәскеудікі +03:00)"},
        {"model.date_time_hint", "e.g.  {key}: 2026-10-15T10:00:00+05:00  (date, time, time zone)",
         "например,  {key}: 2026-10-15T10:00:00+05:00  (дата, время, часовой пояс)",
         "мысалы,  {key}: 2026-10-15T10:00:00+05:00  (күні, уақыты, уақыт белдеуі)"},
        {"model.did_you_mean", "did you mean \"{near}\"?", "вы имели в виду «{near}»?", "«{near}» деп жазғыңыз келді ме?"},
        {"model.did_you_mean_named",
         "did you mean {near}? Write the id (the file's name in content/{folder}/), not the {what, select, member {person's name} other {title}}",
         "вы имели в виду {near}? Пишите идентификатор (имя файла в content/{folder}/), а не {what, select, member {имя} other {название}}",
         "{near} деп жазғыңыз келді ме? {what, select, member {Адамның аты-жөнін} other {Атауын}} емес, идентификаторын "
         "(content/{folder}/ ішіндегі файлдың атын) жазыңыз"},
        {"model.event_ends_before_start", "the event ends before it starts", "событие заканчивается раньше, чем начинается",
         "іс-шара басталмай тұрып аяқталады"},
        {"model.event_ends_before_start_hint", "check the dates and times of start and end",
         "проверьте даты и время в start и end", "start пен end өрістеріндегі күн мен уақытты тексеріңіз"},
        {"model.field_missing", "the field \"{key}\" is missing", "не указано поле «{key}»", "«{key}» өрісі көрсетілмеген"},
        {"model.forum_categories_hint", "the categories are listed under forum: categories: in site.yaml",
         "категории перечислены в site.yaml в разделе  forum: categories:",
         "санаттар site.yaml ішінде  forum: categories:  бөлімінде тізілген"},
        {"model.grade_as", "write it as  grade: {value}", "запишите так:  grade: {value}", "былай жазыңыз:  grade: {value}"},
        {"model.grade_hint", "write a grade from 1 to 11, a list like [5, 6], or \"preschool\" / \"all\"",
         "напишите класс от 1 до 11, список вроде [5, 6] или \"preschool\" / \"all\"",
         "1-ден 11-ге дейінгі сыныпты, [5, 6] сияқты тізімді немесе \"preschool\" / \"all\" деп жазыңыз"},
        {"model.id_taken", "the id \"{id}\" is already used by {other}", "id «{id}» уже занят: он есть у {other}",
         "«{id}» id-і бос емес: оны {other} қолданып тұр"},
        {"model.id_taken_hint", "give each {kind} its own id", "дайте " EACH_DAT_RU " свой id",
         "әр " KIND_GEN_KK " өз id-і болуы керек"},
        {"model.ids_are_file_names", "ids are the file names in content/{folder}/", "id — это имена файлов в content/{folder}/",
         "id — content/{folder}/ қалтасындағы файлдардың атаулары"},
        {"model.listed_hint", "If it is a new {key}, add it to  taxonomies: {key}: values:  in site.yaml",
         "Если это новое значение «{key}», добавьте его в site.yaml:  taxonomies: {key}: values:",
         "Егер бұл «{key}» өрісінің жаңа мәні болса, оны site.yaml ішіндегі  taxonomies: {key}: values:  тізіміне қосыңыз"},
        {"model.listed_hint_near", NEAR_EN "If it is a new {key}, add it to  taxonomies: {key}: values:  in site.yaml",
         NEAR_RU "Если это новое значение «{key}», добавьте его в site.yaml:  taxonomies: {key}: values:",
         NEAR_KK "Егер бұл «{key}» өрісінің жаңа мәні болса, оны site.yaml ішіндегі  taxonomies: {key}: values:  тізіміне қосыңыз"},
        {"model.listed_twice", "\"{value}\" is listed twice in \"{key}\"; the second is left out",
         "«{value}» указано в «{key}» дважды; второе не учитывается", "«{value}» мәні «{key}» өрісінде екі рет жазылған; екіншісі алынып тасталды"},
        {"model.listed_twice_hint", "delete the second one from the list", "удалите из списка второе", "тізімнен екіншісін өшіріңіз"},
        {"model.lone_taxonomy_value",
         "\"{value}\" is on this page only: did you mean \"{near}\" (on {count, plural, one {# page} other {# pages}})?",
         "«{value}» есть только на этой странице: вы имели в виду «{near}» (на {count, plural, one {# странице} other {# страницах}})?",
         "«{value}» тек осы бетте бар: «{near}» деп жазғыңыз келді ме ({count} бетте бар)?"},
        {"model.lone_taxonomy_value_hint",
         "a value written otherwise makes a \"{key}\" page of its own; if \"{value}\" is meant, list the values of \"{key}\" in "
         "site.yaml ( taxonomies: {key}: values: [...] ) and no page is asked about",
         "значение, написанное иначе, получает свою страницу «{key}»; если «{value}» написано верно, перечислите значения «{key}» в "
         "site.yaml ( taxonomies: {key}: values: [...] ), и это предупреждение пропадёт",
         "басқаша жазылған мән «{key}» өрісінің жеке бетін алады; егер «{value}» дұрыс жазылса, «{key}» мәндерін site.yaml ішінде "
         "тізіп шығыңыз ( taxonomies: {key}: values: [...] ), сонда бұл ескерту болмайды"},
        {"model.missing_file", "the {what, select, photo {photo} other {link}} \"{target}\" points to a file that does not exist",
         "{what, select, photo {фото} other {ссылка}} «{target}» указывает на файл, которого нет",
         "«{target}» {what, select, photo {фотосы} other {сілтемесі}} жоқ файлды көрсетіп тұр"},
        {"model.missing_file_hint", NO_NEAR_FILE_EN, NO_NEAR_FILE_RU, NO_NEAR_FILE_KK},
        {"model.missing_file_hint_near", NEAR_FILE_EN, NEAR_FILE_RU, NEAR_FILE_KK},
        {"model.missing_file_address_hint",
         "{mail, select, yes {this is an e-mail address; write it with mailto: in front} other {this is a web address; write it in full, with https:// in front}}, as  ({meant})",
         "{mail, select, yes {это адрес электронной почты; напишите перед ним mailto:} other {это адрес сайта; напишите его полностью, с https:// в начале}}, вот так:  ({meant})",
         "{mail, select, yes {бұл электрондық пошта мекенжайы; алдына mailto: қосып жазыңыз} other {бұл сайттың мекенжайы; оны басына https:// қосып, толық жазыңыз}}, былай:  ({meant})"},
        {"model.missing_page", "the link \"{target}\" points to a page that does not exist",
         "ссылка «{target}» указывает на страницу, которой нет", "«{target}» сілтемесі жоқ бетті көрсетіп тұр"},
        {"model.missing_photo", "the photo \"{photo}\" does not exist", "фото «{photo}» не найдено", "«{photo}» фотосы табылмады"},
        {"model.must_be_id", "this must be the id of a {what}", "здесь должен быть id " WHAT_GEN_RU,
         "мұнда " WHAT_GEN_KK " id-і болуы керек"},
        {"model.date_to_come",
         "the date {date} is still to come (the build's date is {today}): lists show the newest first, so this "
         "{kind, select, news {news item} material {material} topic {topic} other {page}} stays at their top until then",
         "дата {date} ещё не наступила (дата сборки — {today}): списки показывают сначала новое, и "
         "{kind, select, news {эта новость будет стоять} material {этот материал будет стоять} topic {эта тема будет стоять} other {эта страница будет стоять}} "
         "в них первой до этого дня",
         "{date} күні әлі келген жоқ (жинау күні — {today}): тізімдер алдымен жаңасын көрсетеді, сондықтан "
         "{kind, select, news {бұл жаңалық} material {бұл материал} topic {бұл тақырып} other {бұл бет}} сол күнге дейін олардың басында тұрады"},
        {"model.date_to_come_hint",
         "date: is the day it was published; if the year or month is a slip, write it right, e.g.  {line}"
         "{kind, select, news {; an event's own day goes in the start: of an event (urker new event); to keep a news item first, write  pinned: true} other {}}",
         "date: — день публикации; если ошиблись годом или месяцем, исправьте, например:  {line}"
         "{kind, select, news {; день самого события пишут в start: события (urker new event); чтобы новость стояла первой, напишите  pinned: true} other {}}",
         "date: — жариялау күні; жылды не айды қате жазсаңыз, түзетіңіз, мысалы:  {line}"
         "{kind, select, news {; іс-шараның өз күні іс-шараның start: өрісіне жазылады (urker new event); жаңалық бірінші тұруы үшін  pinned: true  деп жазыңыз} other {}}"},
        {"model.needs_date", KIND_A_EN " needs a date", "у " KIND_GEN_RU " не указана дата (date:)",
         KIND_GEN_KK " күні (date:) көрсетілмеген"},
        {"model.needs_date_hint",
         "add  {line}  (the day it was published: {kind, select, topic {the forum shows the newest topics first by it; a topic without "
         "a date is listed last} other {lists show the newest first by it and the feeds (RSS, Atom) take only dated pages; without it "
         "this page is listed last and left out of the feeds}})",
         "добавьте  {line}  (день публикации: {kind, select, topic {по нему форум показывает сначала новые темы; тема без даты стоит "
         "последней} other {по нему списки показывают сначала новое, а в ленты (RSS, Atom) попадают только страницы с датой; без даты "
         "эта страница стоит в списках последней и не попадает в ленты}})",
         "мына жолды қосыңыз:  {line}  (жарияланған күні: {kind, select, topic {форум жаңа тақырыптарды соған қарай алдымен көрсетеді; "
         "күні жоқ тақырып соңында тұрады} other {тізімдер жаңасын соған қарай алдымен көрсетеді, ал арналарға (RSS, Atom) тек күні бар "
         "беттер кіреді; күні жоқ бұл бет тізімде соңында тұрады және арналарға кірмейді}})"},
        {"model.no_forum_category", "there is no forum category \"{category}\"", "категории форума «{category}» нет",
         "«{category}» деген форум санаты жоқ"},
        {"model.no_such_grade", "grade {grade} does not exist: grades go from 1 to 11", "класса {grade} не бывает: классы — от 1 до 11",
         "{grade}-сынып болмайды: сыныптар 1-ден 11-ге дейін"},
        {"model.no_such_place", "there is no school with the id \"{id}\": the place is shown as the text \"{id}\"" COLUMN_EN,
         "школы с id «{id}» нет: место будет показано как текст «{id}»" COLUMN_RU,
         "id-і «{id}» болатын мектеп жоқ: орны «{id}» деген мәтін болып көрсетіледі" COLUMN_KK},
        {"model.no_such_place_hint",
         "write a school's id (the name of its file in content/schools/), online, or the place in words, e.g. \"Актовый зал\"",
         "напишите id школы (имя её файла в content/schools/), online или место словами, например «Актовый зал школы №2»",
         "мектептің id-ін (оның content/schools/ ішіндегі файлының атауы), online немесе орынды сөзбен жазыңыз, мысалы «№2 мектептің акт залы»"},
        {"model.no_such_ref", "there is no {what} with the id \"{id}\"", WHAT_GEN_RU " с id «{id}» нет",
         "id-і «{id}» болатын " WHAT_NOM_KK " жоқ"},
        {"model.not_a_grade", "\"{value}\" is not a grade", "«{value}» — это не класс", "«{value}» — сынып емес"},
        {"model.not_known_word", "\"{value}\" is not a known {key}", "«{value}» — неизвестное значение поля «{key}»",
         "«{value}» — «{key}» өрісінің белгісіз мәні"},
        {"model.not_listed", "\"{value}\" is not one of the values of \"{key}\" listed in site.yaml",
         "«{value}» нет среди значений «{key}», перечисленных в site.yaml",
         "«{value}» site.yaml ішінде тізілген «{key}» мәндерінің арасында жоқ"},
        {"model.not_web_address", "\"{key}\" must be a web address starting with https://",
         "«{key}» должно быть веб-адресом, который начинается с https://", "«{key}» https:// деп басталатын веб-адрес болуы керек"},
        {"model.out_of_range", "\"{key}\" must be a whole number from {lo} to {hi}", "«{key}» должно быть целым числом от {lo} до {hi}",
         "«{key}» {lo} мен {hi} аралығындағы бүтін сан болуы керек"},
        {"model.photo_bundle_hint",
         "a page's own files are published with it only from a page folder: move this file to {bundle}/index.md and put the photo beside it",
         "файлы страницы публикуются вместе с ней, только когда у страницы своя папка: перенесите этот файл в {bundle}/index.md "
         "и положите фото рядом",
         "беттің өз файлдары онымен бірге бет өз қалтасында тұрғанда ғана жарияланады: бұл файлды {bundle}/index.md етіп "
         "көшіріп, фотоны оның жанына салыңыз"},
        {"model.photo_not_beside", "the photo \"{photo}\" is not published beside this page",
         "фото «{photo}» не публикуется рядом с этой страницей", "«{photo}» фотосы осы беттің жанында жарияланбайды"},
        {"model.no_title", "this page has no title; its file name is used instead",
         "у страницы нет названия (title); вместо него взято имя файла",
         "беттің атауы (title) жоқ; оның орнына файлдың аты алынды"},
        {"model.no_title_hint", "add  title: \"…\"  to the front matter", "добавьте в шапку страницы строку  title: \"…\"",
         "беттің тақырыптамасына  title: \"…\"  жолын қосыңыз"},
        {"model.plan_bad_status", "\"{status}\" is not a plan status" COLUMN_EN, "«{status}» — не статус пункта плана" COLUMN_RU,
         "«{status}» — жоспар тармағының мәртебесі емес" COLUMN_KK},
        {"model.plan_column_hint_near", NEAR_EN "The columns may be: {keys}", NEAR_RU "Допустимые столбцы: {keys}",
         NEAR_KK "Бағандар мынадай болуы мүмкін: {keys}"},
        {"model.plan_csv_hint", "save the table again as CSV (UTF-8)", "сохраните таблицу заново в формате CSV (UTF-8)",
         "кестені CSV (UTF-8) пішімінде қайта сақтаңыз"},
        {"model.plan_csv_unreadable", "this CSV cannot be read: {why}", "этот CSV не удаётся прочитать: {why}",
         "бұл CSV файлын оқу мүмкін емес: {why}"},
        {"model.plan_field_text", "\"{key}\" must be a text" COLUMN_EN, "«{key}» должно быть текстом" COLUMN_RU,
         "«{key}» мәтін болуы керек" COLUMN_KK},
        {"model.plan_field_text_hint", "write  {key}: \"…\"", "напишите  {key}: \"…\"", "былай жазыңыз:  {key}: \"…\""},
        {"model.plan_item_keys_hint", "A plan item may have: {keys}", "В пункте плана могут быть поля: {keys}",
         "Жоспар тармағында мына өрістер болуы мүмкін: {keys}"},
        {"model.plan_item_keys_hint_near", NEAR_EN "A plan item may have: {keys}", NEAR_RU "В пункте плана могут быть поля: {keys}",
         NEAR_KK "Жоспар тармағында мына өрістер болуы мүмкін: {keys}"},
        {"model.plan_when_impossible",
         "the date \"{when}\" does not exist: {problem, select, bad_month {there is no month {month}, months go from 1 to 12} "
         "other {{year_month} has {days} days}}" COLUMN_EN,
         "даты «{when}» не бывает: {problem, select, bad_month {месяца {month} нет, месяцы — от 1 до 12} "
         "other {в месяце {year_month} {days} {days, plural, one {день} few {дня} other {дней}}}}" COLUMN_RU,
         "«{when}» деген күн болмайды: {problem, select, bad_month {{month}-ай жоқ, айлар 1-ден 12-ге дейін} "
         "other {{year_month} айында {days} күн бар}}" COLUMN_KK},
        {"model.plan_when_impossible_hint", "check the day and the month in the table, e.g. 30.09.2026 or 2026-09-30",
         "проверьте день и месяц в таблице, например 30.09.2026 или 2026-09-30",
         "кестедегі күн мен айды тексеріңіз, мысалы 30.09.2026 немесе 2026-09-30"},
        {"model.plan_when_not_understood",
         "the date \"{when}\" names no day, month, term or year urker can read; the item is listed under \"no exact date\" and left out of the calendar" COLUMN_EN,
         "в сроке «{when}» нет дня, месяца, четверти или года, которые urker может прочитать; пункт показан в группе «Без точной даты» и не попадёт в календарь" COLUMN_RU,
         "«{when}» мерзімінде urker оқи алатын күн, ай, тоқсан немесе жыл жоқ; тармақ «Нақты мерзімсіз» тобында көрсетіледі және күнтізбеге кірмейді" COLUMN_KK},
        {"model.plan_when_not_understood_hint",
         "write it as the plan's other dates: «сентябрь 2026», «15–20 октября», «II четверть», «в течение года», «қазан – желтоқсан»",
         "запишите срок так же, как другие: «сентябрь 2026», «15–20 октября», «II четверть», «в течение года»",
         "мерзімді басқалары сияқты жазыңыз: «қыркүйек 2026», «15–20 қазан», «II тоқсан», «жыл бойы»"},
        {"model.plan_item_no_what", "this plan item has no \"what\"" COLUMN_EN, "в этом пункте плана нет поля «what»" COLUMN_RU,
         "жоспардың бұл тармағында «what» өрісі жоқ" COLUMN_KK},
        {"model.plan_item_no_what_hint", "add  what: \"what is planned\"", "добавьте  what: \"что запланировано\"",
         "мына жолды қосыңыз:  what: \"не жоспарланған\""},
        {"model.plan_item_not_map", "a plan item must have fields (what, when, responsible, status…)" COLUMN_EN,
         "у пункта плана должны быть поля (what, when, responsible, status…)" COLUMN_RU,
         "жоспар тармағының өрістері болуы керек (what, when, responsible, status…)" COLUMN_KK},
        {"model.plan_item_not_map_hint", "write  - what: \"…\"", "напишите  - what: \"…\"", "былай жазыңыз:  - what: \"…\""},
        {"model.plan_items_file_missing", "the file {file} does not exist", "файла {file} нет", "{file} файлы жоқ"},
        {"model.plan_items_file_missing_hint", "put the plan's CSV or YAML file beside {page}",
         "положите CSV- или YAML-файл плана рядом с {page}", "жоспардың CSV немесе YAML файлын {page} жанына салыңыз"},
        {"model.plan_items_file_not_name", "\"items_file\" must be a file name", "«items_file» должно быть именем файла",
         "«items_file» файл атауы болуы керек"},
        {"model.plan_items_file_not_name_hint", "e.g.  items_file: plan-2026-2027.csv", "например,  items_file: plan-2026-2027.csv",
         "мысалы,  items_file: plan-2026-2027.csv"},
        {"model.plan_items_not_list", "\"items\" must be a list of plan items", "«items» должно быть списком пунктов плана",
         "«items» жоспар тармақтарының тізімі болуы керек"},
        {"model.plan_items_not_list_hint", "start each item with  - what: …", "начинайте каждый пункт с  - what: …",
         "әр тармақты  - what: …  деп бастаңыз"},
        {"model.plan_needs_items", "a plan needs its items", "в плане нет пунктов", "жоспарда тармақтар жоқ"},
        {"model.plan_needs_items_hint", "add  items:  with one  - what: …  per item, or  items_file: plan.csv",
         "добавьте  items:  и по одной строке  - what: …  на пункт, или  items_file: plan.csv",
         "items:  өрісін қосып, әр тармаққа бір  - what: …  жолын жазыңыз, немесе  items_file: plan.csv  қосыңыз"},
        {"model.plan_no_responsible", "there is no member or group with the id \"{id}\"" COLUMN_EN,
         "участника или группы с id «{id}» нет" COLUMN_RU, "id-і «{id}» болатын қатысушы да, топ та жоқ" COLUMN_KK},
        {"model.plan_no_responsible_hint", "use the id of a member or a group, or write the name in words",
         "укажите id участника или группы либо напишите имя словами",
         "қатысушының немесе топтың id-ін жазыңыз, не болмаса атын сөзбен жазыңыз"},
        {"model.plan_responsible_shape", "\"responsible\" must be an id, a name, or a list of them" COLUMN_EN,
         "«responsible» должно быть id, именем или их списком" COLUMN_RU,
         "«responsible» id, есім немесе олардың тізімі болуы керек" COLUMN_KK},
        {"model.plan_responsible_shape_hint", "write  responsible: ivanova-a  or  responsible: [ivanova-a, kim-v]",
         "напишите  responsible: ivanova-a  или  responsible: [ivanova-a, kim-v]",
         "былай жазыңыз:  responsible: ivanova-a  немесе  responsible: [ivanova-a, kim-v]"},
        {"model.plan_responsible_twice", "\"{value}\" is named twice as responsible; the second is left out" COLUMN_EN,
         "«{value}» дважды указан среди ответственных; второй раз не учитывается" COLUMN_RU,
         "«{value}» жауаптылардың арасында екі рет көрсетілген; екіншісі алынып тасталды" COLUMN_KK},
        {"model.plan_row_no_what", "this row does not say what is planned: its cell in the column \"{column}\" is empty",
         "в этой строке не сказано, что запланировано: её ячейка в столбце «{column}» пуста",
         "бұл жолда не жоспарланғаны айтылмаған: оның «{column}» бағанындағы ұяшығы бос"},
        {"model.plan_row_no_what_hint", "write in this cell what is planned, or delete the row if it is not a plan item (a heading, a note)",
         "впишите в эту ячейку, что запланировано, или удалите строку, если это не пункт плана (заголовок, примечание)",
         "бұл ұяшыққа не жоспарланғанын жазыңыз немесе жол жоспар тармағы болмаса (тақырып, ескертпе), оны өшіріңіз"},
        {"model.plan_table_no_what_column", "the table has no column saying what is planned", "в таблице нет столбца, где сказано, что запланировано",
         "кестеде не жоспарланғаны жазылатын баған жоқ"},
        {"model.plan_table_no_what_column_hint", "add a column headed \"What\" (or «Мероприятие», «Іс-шара») with each item's name",
         "добавьте столбец с заголовком «Мероприятие» (или «Іс-шара», «What») и впишите в него название каждого пункта",
         "«Іс-шара» (немесе «Мероприятие», «What») деген тақырыпты баған қосып, оған әр тармақтың атауын жазыңыз"},
        {"model.plan_table_no_header", "the first row of the table must name its columns, and it names none urker knows: {cells}",
         "первая строка таблицы должна называть её столбцы, а в ней нет ни одного известного столбца: {cells}",
         "кестенің бірінші жолы оның бағандарын атауы керек, ал онда бірде-бір белгілі баған жоқ: {cells}"},
        {"model.plan_table_no_header_hint",
         "if the table's title stands above its header, delete that row so that the header comes first; the columns may be: {keys}",
         "если над строкой заголовков стоит название таблицы, удалите эту строку, чтобы заголовки шли первыми; столбцы могут быть такими: {keys}",
         "кесте тақырыптарының үстінде оның атауы тұрса, тақырыптар бірінші тұратындай сол жолды өшіріңіз; бағандар мынадай болуы мүмкін: {keys}"},
        {"model.plan_unknown_column", "the column \"{key}\" is not a field of a plan item", "столбец «{key}» — не поле пункта плана",
         "«{key}» бағаны жоспар тармағының өрісі емес"},
        {"model.plan_unknown_key", "\"{key}\" is not a field of a plan item" COLUMN_EN, "у пункта плана нет поля «{key}»" COLUMN_RU,
         "жоспар тармағында «{key}» деген өріс жоқ" COLUMN_KK},
        {"model.plan_when_shape", "\"when\" must be a text: a date, a month, a term or a period" COLUMN_EN,
         "«when» должно быть текстом: датой, месяцем, четвертью или периодом" COLUMN_RU,
         "«when» мәтін болуы керек: күн, ай, тоқсан немесе кезең" COLUMN_KK},
        {"model.plan_when_shape_hint", "e.g.  when: \"октябрь 2026\"  or  when: 2026-10-15",
         "например,  when: \"октябрь 2026\"  или  when: 2026-10-15", "мысалы,  when: \"қазан 2026\"  немесе  when: 2026-10-15"},
        {"model.plan_yaml_file_unsupported", "plans in YAML files are not supported yet; use a CSV file or items: in the front matter",
         "планы в YAML-файлах пока не поддерживаются; используйте CSV-файл или items: в начале страницы",
         "YAML файлындағы жоспарлар әзірге қолдау таппайды; CSV файлын немесе беттің басындағы items: өрісін қолданыңыз"},
        {"model.record_entry_hint", "write each entry as  - '{'{first}: …'}'", "запишите каждую запись так:  - '{'{first}: …'}'",
         "әр жазбаны былай жазыңыз:  - '{'{first}: …'}'"},
        {"model.email_shape", "\"{value}\" is not an e-mail address", "«{value}» — не адрес электронной почты",
         "«{value}» — электрондық пошта мекенжайы емес"},
        {"model.email_shape_hint", "write it as  {key}: name@school.kz  (after @, the mail service with its dot: mail.ru, gmail.com)",
         "напишите так:  {key}: name@school.kz  (после @ — почтовый сервис с точкой: mail.ru, gmail.com)",
         "былай жазыңыз:  {key}: name@school.kz  (@ белгісінен кейін — нүктесі бар пошта қызметі: mail.ru, gmail.com)"},
        {"model.record_entry_hint_from_text", "write it as an entry with its fields:  - {entry}",
         "запишите это как запись с полями:  - {entry}", "мұны өрістері бар жазба ретінде жазыңыз:  - {entry}"},
        {"model.record_keys_hint", "An entry may have: {known}", "В записи могут быть поля: {known}",
         "Жазбада мына өрістер болуы мүмкін: {known}"},
        {"model.record_keys_hint_near", NEAR_EN "An entry may have: {known}", NEAR_RU "В записи могут быть поля: {known}",
         NEAR_KK "Жазбада мына өрістер болуы мүмкін: {known}"},
        {"model.ref_missing_hint", "add  {key}: <id of a {what}>", "добавьте  {key}: <id " WHAT_GEN_RU ">",
         "мына жолды қосыңыз:  {key}: <" WHAT_GEN_KK " id-і>"},
        {"model.same_title", "another {kind} has the same title: {other}", OTHER_RU " такой же заголовок: {other}",
         "басқа " KIND_GEN_KK " атауы дәл осындай: {other}"},
        {"model.same_title_hint", "give each {kind} a title of its own (add the grade, the topic or the school)",
         "дайте " EACH_DAT_RU " свой заголовок (добавьте класс, тему или школу)",
         "әр " KIND_GEN_KK " өз атауы болсын (сыныпты, тақырыпты немесе мектепті қосыңыз)"},
        {"model.school_year_hint", "write  year: \"2026-2027\"  (in quotes; the second year follows the first)",
         "напишите  year: \"2026-2027\"  (в кавычках; второй год следует сразу за первым)",
         "былай жазыңыз:  year: \"2026-2027\"  (тырнақшаға алып; екінші жыл біріншісінен кейін келеді)"},
        {"model.the_ids_are_file_names", "the ids are the file names in content/{folder}/", "id — это имена файлов в content/{folder}/",
         "id — content/{folder}/ қалтасындағы файлдардың атаулары"},
        {"model.title_missing", KIND_A_EN " needs a title", "у " KIND_GEN_RU " не указан заголовок (title:)",
         KIND_GEN_KK " атауы (title:) көрсетілмеген"},
        {"model.title_missing_hint", "add  title: \"…\"  to the front matter",
         "добавьте  title: \"…\"  в начало файла, между строками ---", "файлдың басына, --- жолдарының арасына  title: \"…\"  жолын қосыңыз"},
        {"model.title_missing_hint_member", "add  title: \"Фамилия Имя Отчество\"  (the member's full name)",
         "добавьте  title: \"Фамилия Имя Отчество\"  (полное имя участника)",
         "мына жолды қосыңыз:  title: \"Тегі Аты Әкесінің аты\"  (қатысушының толық аты-жөні)"},
        {"model.topic_needs_category", "a forum topic needs a category", "у темы форума не указана категория (category:)",
         "форум тақырыбының санаты (category:) көрсетілмеген"},
        {"model.unknown_key", "\"{key}\" is not a field of " KIND_A_EN, "у " KIND_GEN_RU " нет поля «{key}»",
         KIND_GEN_KK " «{key}» деген өрісі жоқ"},
        {"model.unknown_key_hint",
         "the fields of a {kind} are listed in docs/kinds.md; a site's own fields are declared in site.yaml "
         "under  kinds: {kind}: extra_keys: [...]",
         "поля " KIND_GEN_RU " перечислены в docs/kinds.md; свои поля сайта объявляются в site.yaml:  kinds: {kind}: extra_keys: [...]",
         KIND_GEN_KK " өрістері docs/kinds.md файлында тізілген; сайттың өз өрістері site.yaml ішінде  kinds: {kind}: extra_keys: [...]  "
         "астында жарияланады"},
        {"model.unknown_key_hint_near",
         NEAR_EN "(the fields of a {kind} are listed in docs/kinds.md; a site's own fields are declared in site.yaml "
         "under  kinds: {kind}: extra_keys: [...])",
         NEAR_RU "(поля " KIND_GEN_RU " перечислены в docs/kinds.md; свои поля сайта объявляются в site.yaml:  kinds: {kind}: "
         "extra_keys: [...])",
         NEAR_KK "(" KIND_GEN_KK " өрістері docs/kinds.md файлында тізілген; сайттың өз өрістері site.yaml ішінде  kinds: {kind}: "
         "extra_keys: [...]  астында жарияланады)"},
        {"model.unknown_kind", "there is no kind of page called \"{name}\"", "вида страниц «{name}» не существует",
         "«{name}» деген бет түрі жоқ"},
        {"model.unknown_kind_hint", "The kinds are: {kinds}", "Виды страниц: {kinds}", "Бет түрлері: {kinds}"},
        {"model.unknown_kind_hint_near", NEAR_EN "The kinds are: {kinds}", NEAR_RU "Виды страниц: {kinds}", NEAR_KK "Бет түрлері: {kinds}"},
        {"model.unknown_record_key", "\"{key}\" is not a field of an entry of \"{field}\"", "у записи в «{field}» нет поля «{key}»",
         "«{field}» жазбасында «{key}» деген өріс жоқ"},
        {"model.unparsed_link",
         "{image, select, yes {this image} other {this link}} is shown as text: its address \"{target}\" has a space",
         "{image, select, yes {это изображение показано} other {эта ссылка показана}} как обычный текст: в адресе «{target}» есть пробел",
         "{image, select, yes {бұл сурет} other {бұл сілтеме}} мәтін болып көрінеді: «{target}» адресінде бос орын бар"},
        {"model.unparsed_link_fix", "write  [{label}]({bracketed})  or  [{label}]({encoded})",
         "напишите  [{label}]({bracketed})  или  [{label}]({encoded})",
         "былай жазыңыз:  [{label}]({bracketed})  немесе  [{label}]({encoded})"},
        {"model.unparsed_link_fix_missing",
         "write  [{label}]({bracketed})  or  [{label}]({encoded}); and the link \"{target}\" points to "
         "{to_page, select, yes {a page} other {a file}} that does not exist: "
         "{has_near, select, yes {" NEAR_FILE_EN "} other {" NO_NEAR_FILE_EN "}}",
         "напишите  [{label}]({bracketed})  или  [{label}]({encoded}); кроме того, ссылка «{target}» указывает на "
         "{to_page, select, yes {страницу, которой нет} other {файл, которого нет}}: "
         "{has_near, select, yes {" NEAR_FILE_RU "} other {" NO_NEAR_FILE_RU "}}",
         "былай жазыңыз:  [{label}]({bracketed})  немесе  [{label}]({encoded}); сонымен қатар «{target}» сілтемесі жоқ "
         "{to_page, select, yes {бетті} other {файлды}} көрсетіп тұр: "
         "{has_near, select, yes {" NEAR_FILE_KK "} other {" NO_NEAR_FILE_KK "}}"},
        {"model.taxonomy_value_with_comma", "«{field}» is one value, «{value}», with commas in it: it makes one page of that name",
         "«{field}» — одно значение «{value}» с запятыми внутри: для него будет одна страница с таким названием",
         "«{field}» — ішінде үтірлері бар бір мән, «{value}»: оған осындай атаулы бір бет жасалады"},
        {"model.listed_values_with_comma", "\"{value}\" is several values of \"{key}\" written as one, with commas",
         "«{value}» — несколько значений «{key}», записанных одной строкой через запятую",
         "«{value}» — «{key}» өрісінің үтірмен бір жолға жазылған бірнеше мәні"},
        {"model.taxonomy_value_with_comma_hint", "for several values write a list in brackets:  {line}",
         "если значений несколько, запишите их списком в скобках:  {line}",
         "мәндер бірнешеу болса, оларды жақшаға тізім етіп жазыңыз:  {line}"},
        {"model.use_one_of", "Use one of: {list}", "Используйте одно из значений: {list}", "Мына мәндердің бірін жазыңыз: {list}"},
        {"model.use_one_of_near", NEAR_EN "Use one of: {list}", NEAR_RU "Используйте одно из значений: {list}",
         NEAR_KK "Мына мәндердің бірін жазыңыз: {list}"},
        {"model.web_address_hint", "e.g.  {key}: https://example.kz/page", "например,  {key}: https://example.kz/page",
         "мысалы,  {key}: https://example.kz/page"},
        {"model.word_means_code", "did you mean {code}? This field takes the code:  {key}: {code}  (the site shows it as «{label}»)",
         "вы имели в виду {code}? В этом поле пишется код:  {key}: {code}  (на сайте он будет показан как «{label}»)",
         "{code} деп жазғыңыз келді ме? Бұл өріске код жазылады:  {key}: {code}  (сайтта ол «{label}» болып көрсетіледі)"},
        {"model.wrong_shape",
         "\"{key}\" {type, select, text {must be a text} text_list {must be a text or a list of texts} id {must be one id} "
         "id_list {must be an id or a list of ids} boolean {must be true or false} whole_number {must be a whole number} "
         "grade {must be a grade from 1 to 11, a list of grades, \"preschool\" or \"all\"} date_time {must be a date and time} "
         "web_address {must be a web address} record_list {must be a list of entries, each with its own fields} "
         "other {has a value of the wrong kind}}",
         "«{key}» {type, select, text {должно быть текстом} text_list {должно быть текстом или списком текстов} "
         "id {должно быть одним id} id_list {должно быть id или списком id} boolean {должно быть true или false} "
         "whole_number {должно быть целым числом} grade {должно быть классом от 1 до 11, списком классов, \"preschool\" или \"all\"} "
         "date_time {должно быть датой и временем} web_address {должно быть веб-адресом} "
         "record_list {должно быть списком записей, у каждой свои поля} other {записано в неподходящем виде}}",
         "«{key}» {type, select, text {мәтін болуы керек} text_list {мәтін немесе мәтіндер тізімі болуы керек} "
         "id {бір id болуы керек} id_list {id немесе id тізімі болуы керек} boolean {true немесе false болуы керек} "
         "whole_number {бүтін сан болуы керек} grade {1-ден 11-ге дейінгі сынып, сыныптар тізімі, \"preschool\" немесе \"all\" "
         "болуы керек} date_time {күн мен уақыт болуы керек} web_address {веб-адрес болуы керек} "
         "record_list {жазбалар тізімі болуы керек, әрқайсысының өз өрістері бар} other {қате түрде жазылған}}"},
        {"model.wrong_shape_hint",
         "{type, select, text {write  {key}: \"…\"  (in quotes if the text has a colon)} text_list {write  {key}: [первое, второе]} "
         "id {write  {key}: ivanova-a  (one id, no list)} id_list {write  {key}: ivanova-a  or  {key}: [ivanova-a, kim-v]} "
         "boolean {write  {key}: true  or  {key}: false  (without quotes)} whole_number {write  {key}: {number}  (digits only, without quotes)} "
         "grade {e.g.  {key}: 5  or  {key}: [5, 6]} date_time {e.g.  {key}: 2026-10-15T10:00:00+05:00} "
         "web_address {e.g.  {key}: https://example.kz/page} record_list {start each entry on its own line with  - } other {}}",
         "{type, select, text {напишите  {key}: \"…\"  (в кавычках, если в тексте есть двоеточие)} "
         "text_list {напишите  {key}: [первое, второе]} id {напишите  {key}: ivanova-a  (один id, не список)} "
         "id_list {напишите  {key}: ivanova-a  или  {key}: [ivanova-a, kim-v]} "
         "boolean {напишите  {key}: true  или  {key}: false  (без кавычек)} whole_number {напишите  {key}: {number}  (только цифры, без кавычек)} "
         "grade {например,  {key}: 5  или  {key}: [5, 6]} date_time {например,  {key}: 2026-10-15T10:00:00+05:00} "
         "web_address {например,  {key}: https://example.kz/page} record_list {начинайте каждую запись с новой строки с  - } other {}}",
         "{type, select, text {былай жазыңыз:  {key}: \"…\"  (мәтінде қос нүкте болса, тырнақшаға алыңыз)} "
         "text_list {былай жазыңыз:  {key}: [бірінші, екінші]} id {былай жазыңыз:  {key}: ivanova-a  (бір id, тізім емес)} "
         "id_list {былай жазыңыз:  {key}: ivanova-a  немесе  {key}: [ivanova-a, kim-v]} "
         "boolean {былай жазыңыз:  {key}: true  немесе  {key}: false  (тырнақшасыз)} "
         "whole_number {былай жазыңыз:  {key}: {number}  (тек цифрлар, тырнақшасыз)} grade {мысалы,  {key}: 5  немесе  {key}: [5, 6]} "
         "date_time {мысалы,  {key}: 2026-10-15T10:00:00+05:00} web_address {мысалы,  {key}: https://example.kz/page} "
         "record_list {әр жазбаны жаңа жолдан  -  белгісімен бастаңыз} other {}}"},
    };
}

}  // namespace urker
