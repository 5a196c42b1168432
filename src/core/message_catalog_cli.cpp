// The catalogue rows of cli/ (ids "cli.…"): what init, new and the command line itself say.
// English, Russian, Kazakh. See message_catalog.cpp. Commands, options and paths stay as typed.
#include "core/message_catalog_parts.h"

namespace urker {

std::vector<CatalogEntry> catalog_cli() {
    return {
        // ---- the command line ------------------------------------------------------------------------
        {"cli.argument_required", "the command needs its {name}", "команде не хватает значения {name}", "пәрменге {name} мәні жетпейді"},
        {"cli.bug_hint", "this is a bug in urker; please report it", "это ошибка в самом urker; сообщите о ней разработчикам",
         "бұл urker-дің өз қатесі; әзірлеушілерге хабарлаңыз"},
        {"cli.command_line_hint", "urker help {command} lists what the command takes",
         "что принимает команда, покажет  urker help {command}", "пәрмен не қабылдайтынын  urker help {command}  көрсетеді"},
        {"cli.command_line_not_understood", "urker cannot read this command line: {detail}",
         "urker не понимает эту командную строку: {detail}", "urker бұл пәрмен жолын түсінбейді: {detail}"},
        {"cli.help_topic_hint", "run urker --help to see the commands", "список команд покажет  urker --help",
         "пәрмендер тізімін  urker --help  көрсетеді"},
        {"cli.message_language_hint", "write --lang ru (Russian), --lang kk (Kazakh) or --lang en (English)",
         "напишите --lang ru (русский), --lang kk (казахский) или --lang en (английский)",
         "--lang kk (қазақша), --lang ru (орысша) немесе --lang en (ағылшынша) деп жазыңыз"},
        {"cli.note_label", "note", "примечание", "ескертпе"},
        {"cli.option_needs_value", "{option} needs a value after it", "после {option} нужно написать значение",
         "{option} параметрінен кейін мәнін жазу керек"},
        {"cli.unexpected_arguments", "the command does not take {words}", "команда не принимает {words}", "пәрмен {words} қабылдамайды"},
        {"cli.unknown_command", "there is no command \"{word}\"{has_near, select, yes { — did you mean \"{near}\"?} other {}}",
         "команды «{word}» нет{has_near, select, yes { — может быть, «{near}»?} other {}}",
         "«{word}» деген пәрмен жоқ{has_near, select, yes { — «{near}» болуы мүмкін бе?} other {}}"},
        {"cli.unknown_command_hint", "the commands are {commands}; urker help COMMAND explains one",
         "команды: {commands}; подробнее о любой из них — urker help КОМАНДА",
         "пәрмендер: {commands}; кез келгені туралы толығырақ — urker help ПӘРМЕН"},
        {"cli.unknown_message_language", "urker does not speak \"{word}\"{has_near, select, yes { — did you mean \"{near}\"?} other {}}",
         "языка «{word}» urker не знает{has_near, select, yes { — может быть, «{near}»?} other {}}",
         "urker «{word}» тілін білмейді{has_near, select, yes { — «{near}» деп жазғыңыз келген шығар?} other {}}"},

        // ---- writing new files (init, new) ----------------------------------------------------------
        {"cli.cannot_create_folder", "cannot create the folder {folder}: {detail}", "не удаётся создать папку {folder}: {detail}",
         "{folder} қалтасын жасау мүмкін емес: {detail}"},
        {"cli.cannot_write", "cannot write {path}", "не удаётся записать {path}", "{path} жазу мүмкін емес"},
        {"cli.file_exists", "{path} already exists", "{path} уже существует", "{path} бұрыннан бар"},

        // ---- urker init ---------------------------------------------------------------------------
        {"cli.init_done",
         "A new portal in {folder}: site.yaml, {count, plural, one {# file} other {# files}} in content/, .gitignore.",
         "Новый портал в {folder}: site.yaml, {count, plural, one {# файл} few {# файла} many {# файлов} other {# файла}} "
         "в content/, .gitignore.",
         "{folder} ішінде жаңа портал: site.yaml, content/ ішінде {count, plural, other {# файл}}, .gitignore."},
        {"cli.init_exists", "{path} already exists: {folder} already holds a portal, and urker init never replaces files",
         "{path} уже существует: в {folder} уже есть портал, а urker init никогда не заменяет файлы",
         "{path} бұрыннан бар: {folder} ішінде портал бар, ал urker init файлдарды ешқашан ауыстырмайды"},
        {"cli.init_exists_hint", "to start another portal, give a new folder:  urker init my-portal",
         "чтобы начать другой портал, укажите новую папку:  urker init my-portal",
         "басқа портал бастау үшін жаңа қалтаны көрсетіңіз:  urker init my-portal"},
        {"cli.init_next", "Next:", "Что дальше:", "Әрі қарай:"},
        {"cli.init_next_build", "write the site into public/", "записать сайт в папку public/", "сайтты public/ қалтасына жазу"},
        {"cli.init_next_new", "add a material (also: member, news, event, plan, topic, school, group, page)",
         "добавить материал (а также member, news, event, plan, topic, school, group, page)",
         "материал қосу (сондай-ақ member, news, event, plan, topic, school, group, page)"},
        {"cli.init_next_serve", "see the portal in the browser while you edit it",
         "смотреть портал в браузере, пока вы его правите", "порталды өңдеп отырып, браузерде көру"},
        {"cli.init_next_title", "Title", "Название", "Атауы"},
        {"cli.init_theme_built_in",
         "The theme is built into urker; to change a template or a style, put a file of the same name in themes/default/.",
         "Тема встроена в urker; чтобы изменить шаблон или стиль, положите файл с тем же именем в themes/default/.",
         "Сайттың безендірілуі (тема) urker ішіне енгізілген; үлгіні не стильді өзгерту үшін сол аттас файлды themes/default/ ішіне "
         "салыңыз."},
        {"cli.init_unknown_language", "urker init has no texts in the language \"{lang}\"",
         "у urker init нет текстов на языке «{lang}»", "urker init ішінде «{lang}» тіліндегі мәтіндер жоқ"},
        {"cli.init_unknown_language_hint", "choose from {languages}; pages in other languages can be added later",
         "выберите из: {languages}; страницы на других языках можно добавить потом",
         "мыналардан таңдаңыз: {languages}; басқа тілдердегі беттерді кейін қосуға болады"},
        {"cli.init_write_hint", "check that the folder {folder} may be written to",
         "проверьте, что в папку {folder} можно записывать", "{folder} қалтасына жазуға болатынын тексеріңіз"},

        // ---- urker new ----------------------------------------------------------------------------
        {"cli.new_add_member_first", "add the member first:  urker new member \"Фамилия Имя Отчество\"",
         "сначала добавьте участника:  urker new member \"Фамилия Имя Отчество\"",
         "алдымен қатысушыны қосыңыз:  urker new member \"Тегі Аты Әкесінің аты\""},
        {"cli.new_language_not_in_site", "\"{lang}\" is not one of the site's languages ({languages})",
         "«{lang}» нет среди языков сайта ({languages})", "«{lang}» сайттың тілдері ({languages}) арасында жоқ"},
        {"cli.new_language_meant_hint", "write the language's code:  --lang {code}", "напишите код языка:  --lang {code}",
         "тілдің кодын жазыңыз:  --lang {code}"},
        {"cli.new_member_ids", "the ids are the file names in content/members/: {ids}",
         "идентификаторы — это имена файлов в content/members/: {ids}",
         "идентификаторлар — content/members/ ішіндегі файлдардың аттары: {ids}"},
        {"cli.new_no_member", "there is no member with the id \"{id}\" in content/members/",
         "в content/members/ нет участника с идентификатором «{id}»",
         "content/members/ ішінде «{id}» идентификаторы бар қатысушы жоқ"},
        {"cli.new_no_slug", "the title \"{title}\" has no letters or digits to name the file after",
         "в названии «{title}» нет букв или цифр, по которым можно назвать файл",
         "«{title}» атауында файлды атауға болатын әріп немесе цифр жоқ"},
        {"cli.new_no_slug_hint", "give the file a name:  --slug my-page", "задайте имя файла сами:  --slug my-page",
         "файлдың атын өзіңіз беріңіз:  --slug my-page"},
        {"cli.new_slug_no_letters", "the --slug value \"{slug}\" has no letters or digits to name the file after",
         "в значении --slug «{slug}» нет букв или цифр, по которым можно назвать файл",
         "--slug «{slug}» мәнінде файлды атауға болатын әріп немесе цифр жоқ"},
        {"cli.new_slug_no_letters_hint",
         "write the file's name in letters, digits and hyphens, e.g.  --slug {example}"
         "{from_title, select, yes {, or leave --slug out: the file is then named after the title} other {}}",
         "напишите имя файла буквами, цифрами и дефисами, например:  --slug {example}"
         "{from_title, select, yes {, или не указывайте --slug: тогда имя файла будет взято из названия} other {}}",
         "файлдың атын әріптермен, цифрлармен және дефиспен жазыңыз, мысалы:  --slug {example}"
         "{from_title, select, yes {, немесе --slug параметрін жазбаңыз: сонда файлдың аты атауынан жасалады} other {}}"},
        {"cli.new_no_template", "urker has no template for the kind \"{kind}\"", "у urker нет заготовки для вида «{kind}»",
         "urker-де «{kind}» түріне арналған дайындама жоқ"},
        {"cli.new_no_title", "the new page needs a title", "у новой страницы должно быть название", "жаңа беттің атауы болуы керек"},
        {"cli.new_no_title_hint", "e.g.  urker new {kind} \"Сложение дробей\"", "например:  urker new {kind} \"Сложение дробей\"",
         "мысалы:  urker new {kind} \"Бөлшектерді қосу\""},
        {"cli.new_not_written", "{problem}; urker new never replaces a file", "{problem}; urker new никогда не заменяет файлы",
         "{problem}; urker new файлдарды ешқашан ауыстырмайды"},
        {"cli.new_not_written_hint", "choose another title, or name the file yourself:  --slug {slug}",
         "выберите другое название или задайте имя файла сами:  --slug {slug}",
         "басқа атау таңдаңыз немесе файлдың атын өзіңіз беріңіз:  --slug {slug}"},
        {"cli.new_note_attachments", "put the material's files (PDF, DOCX…) in {folder}",
         "файлы материала (PDF, DOCX…) положите в {folder}", "материалдың файлдарын (PDF, DOCX…) {folder} ішіне салыңыз"},
        {"cli.new_note_author",
         "write a member's id in the commented line  {field}:  (or pass --author ID){has_members, select, yes { — one of: "
         "{members}} other { (add members with  urker new member \"…\")}}{material, select, yes {; a material needs one to be "
         "published} other {}}",
         "впишите идентификатор участника в закомментированную строку  {field}:  (или укажите --author ID)"
         "{has_members, select, yes { — один из: {members}} other { (участников добавляют так:  urker new member \"…\")}}"
         "{material, select, yes {; без него материал не будет опубликован} other {}}",
         "түсініктеме ретінде жазылған  {field}:  жолына қатысушының идентификаторын жазыңыз (немесе --author ID көрсетіңіз)"
         "{has_members, select, yes { — мыналардың бірі: {members}} other { (қатысушылар былай қосылады:  urker new member "
         "\"…\")}}{material, select, yes {; онсыз материал жарияланбайды} other {}}"},
        {"cli.new_note_no_categories", "the site has no forum categories yet; see  forum: categories:  in docs/configuration.md",
         "на сайте пока нет разделов форума; см.  forum: categories:  в docs/configuration.md",
         "сайтта әзірге форум бөлімдері жоқ;  forum: categories:  туралы docs/configuration.md қараңыз"},
        {"cli.new_unknown_kind", "urker new does not know the kind \"{kind}\"{has_near, select, yes { — did you mean \"{near}\"?} other {}}",
         "urker new не знает вида страниц «{kind}»{has_near, select, yes { — может быть, «{near}»?} other {}}",
         "urker new «{kind}» бет түрін білмейді{has_near, select, yes { — «{near}» болуы мүмкін бе?} other {}}"},
        {"cli.new_unknown_kind_hint", "the kinds are {kinds}, e.g.  urker new material \"Сложение дробей\"",
         "виды страниц: {kinds}; например:  urker new material \"Сложение дробей\"",
         "бет түрлері: {kinds}; мысалы:  urker new material \"Бөлшектерді қосу\""},
    };
}

}  // namespace urker
