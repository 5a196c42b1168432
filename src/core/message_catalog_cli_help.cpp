// The catalogue rows of urker's --help (ids "cli.help.…"): each command's and option's
// description, the footers, and the words CLI11 puts around them (cli/help_text.h). English,
// Russian, Kazakh. Options, commands, paths and codes stay as typed; a footer's lines are broken
// by hand, at about 100 columns.
#include "core/message_catalog_parts.h"

namespace urker {

std::vector<CatalogEntry> catalog_cli_help() {
    return {
        // ---- urker itself, and CLI11's words -----------------------------------------------------
        {"cli.help.description",
         "urker {version} — static sites for teachers' network communities.\n"
         "Turns site.yaml, content/ (Markdown) and a theme into a fast static website.",
         "urker {version} — статические сайты сетевых сообществ учителей.\n"
         "Превращает site.yaml, content/ (Markdown) и тему в быстрый статический сайт.",
         "urker {version} — мұғалімдердің желілік қауымдастықтарына арналған статикалық сайттар.\n"
         "site.yaml, content/ (Markdown) және безендіруді (теманы) жылдам статикалық сайтқа айналдырады."},
        {"cli.help.footer",
         "urker speaks Russian, Kazakh or English: a command's --lang ru|kk|en, else URKER_LANG, else the\n"
         "system's language (LC_ALL, LC_MESSAGES, LANG), else the site's language. See docs/getting-started.md.",
         "urker говорит по-русски, по-казахски и по-английски: язык задаёт --lang ru|kk|en у команды,\n"
         "иначе URKER_LANG, иначе язык системы (LC_ALL, LC_MESSAGES, LANG), иначе язык сайта.\n"
         "Подробнее: docs/getting-started.md.",
         "urker қазақша, орысша және ағылшынша сөйлейді: тілді пәрменнің --lang kk|ru|en параметрі таңдайды,\n"
         "ол болмаса URKER_LANG, ол да болмаса жүйенің тілі (LC_ALL, LC_MESSAGES, LANG), әйтпесе сайттың тілі.\n"
         "Толығырақ: docs/getting-started.md."},
        {"cli.help.help_flag", "Print this help and exit", "Показать эту справку и выйти", "Осы анықтаманы көрсетіп, шығу"},
        {"cli.help.version_flag", "Print urker's version and exit", "Показать версию urker и выйти", "urker нұсқасын көрсетіп, шығу"},
        {"cli.help.label_usage", "Usage", "Запуск", "Қолданылуы"},
        {"cli.help.label_options_badge", "OPTIONS", "ПАРАМЕТРЫ", "ПАРАМЕТРЛЕР"},
        {"cli.help.label_options", "Options", "Параметры", "Параметрлер"},
        {"cli.help.label_positionals", "Arguments", "Аргументы", "Аргументтер"},
        {"cli.help.label_command_badge", "COMMAND", "КОМАНДА", "ПӘРМЕН"},
        {"cli.help.label_commands", "Commands", "Команды", "Пәрмендер"},
        {"cli.help.label_text", "TEXT", "ТЕКСТ", "МӘТІН"},
        {"cli.help.label_number", "NUMBER", "ЧИСЛО", "САН"},
        {"cli.help.label_required", "REQUIRED", "ОБЯЗАТЕЛЬНО", "МІНДЕТТІ"},
        {"cli.help.lang",
         "The language of urker's messages: ru, kk or en (default: URKER_LANG, then the system's language, then the site's)",
         "Язык сообщений urker: ru, kk или en (по умолчанию — URKER_LANG, затем язык системы, затем язык сайта)",
         "urker хабарларының тілі: kk, ru немесе en (әдепкіде — URKER_LANG, одан кейін жүйенің тілі, одан кейін сайттың тілі)"},
        {"cli.help.source", "The site's folder, holding site.yaml and content/", "Папка сайта, где лежат site.yaml и content/",
         "Сайттың қалтасы: site.yaml мен content/ сонда жатады"},

        // ---- urker build ------------------------------------------------------------------------------
        {"cli.help.build", "Build the site into the output folder (public/ by default)",
         "Собрать сайт в папку вывода (по умолчанию public/)", "Сайтты шығыс қалтасына жинау (әдепкіде public/)"},
        {"cli.help.build_output", "Where to write the site (default: public/ in the site's folder; public-drafts/ with --drafts)",
         "Куда записать сайт (по умолчанию public/ в папке сайта, с --drafts — public-drafts/)",
         "Сайтты қайда жазу (әдепкіде сайт қалтасындағы public/, --drafts болса — public-drafts/)"},
        {"cli.help.build_base_url", "The address the site is published at (overrides base_url in site.yaml)",
         "Адрес, по которому сайт будет опубликован (вместо base_url из site.yaml)",
         "Сайт жарияланатын мекенжай (site.yaml ішіндегі base_url орнына)"},
        {"cli.help.build_drafts", "Also build pages marked draft: true (into public-drafts/, marked noindex)",
         "Собрать и страницы с draft: true (в public-drafts/, с пометкой noindex)",
         "draft: true деп белгіленген беттерді де жинау (public-drafts/ ішіне, noindex белгісімен)"},
        {"cli.help.build_force",
         "Publish into a folder that holds files urker did not write: they are moved aside to OUTPUT.urker-backup-DATE, never deleted",
         "Публиковать в папку с файлами, записанными не urker: они переносятся в ПАПКА.urker-backup-ДАТА и никогда не удаляются",
         "urker жазбаған файлдары бар қалтаға жариялау: олар ҚАЛТА.urker-backup-КҮНІ ішіне ауыстырылады, ешқашан өшірілмейді"},
        {"cli.help.build_quiet", "Print only errors and warnings", "Выводить только ошибки и предупреждения",
         "Тек қателер мен ескертулерді шығару"},
        {"cli.help.build_profile", "Also print the render time of each template (the costliest first), for theme authors",
         "Показать и время отрисовки каждого шаблона (самые долгие первыми) — для авторов тем",
         "Әр үлгінің салыну уақытын да көрсету (ең ұзағы бірінші) — безендіру (тема) авторларына"},
        {"cli.help.build_no_cache",
         "Render every page: neither read nor update the build cache (.urker-cache/) of what the last build published",
         "Отрисовать все страницы заново: не читать и не обновлять кэш сборки (.urker-cache/) с тем, что опубликовала прошлая сборка",
         "Барлық беттерді қайта салу: алдыңғы жинақ жариялағанның кэшін (.urker-cache/) оқымау да, жаңартпау да"},
        {"cli.help.build_date",
         "The day the build counts from, YYYY-MM-DD (default: SOURCE_DATE_EPOCH, else today): upcoming events, plan progress, the report",
         "День, от которого считает сборка, ГГГГ-ММ-ДД (по умолчанию SOURCE_DATE_EPOCH, иначе сегодня): ближайшие события, ход планов, отчёт",
         "Жинақ есептейтін күн, ЖЖЖЖ-АА-КК (әдепкіде SOURCE_DATE_EPOCH, әйтпесе бүгін): алдағы іс-шаралар, жоспарлардың орындалуы, есеп"},
        {"cli.help.build_period",
         "The monitoring report's period, FIRST..LAST (default: the academic year from 1 September up to the build date)",
         "Период отчёта мониторинга, НАЧАЛО..КОНЕЦ (по умолчанию учебный год с 1 сентября по день сборки)",
         "Мониторинг есебінің кезеңі, БАСЫ..СОҢЫ (әдепкіде 1 қыркүйектен жинақ күніне дейінгі оқу жылы)"},
        {"cli.help.build_footer",
         "The new site replaces the output folder only when the whole build succeeds, in one atomic step;\n"
         "after an error the previous site stays as it was. urker refuses an output folder that holds the\n"
         "site itself or files it did not write (see --force), and a second build into the same folder\n"
         "waits for the first. Exit codes: 0 built, 1 errors in the content, 2 wrong command.",
         "Новый сайт заменяет папку вывода одним шагом и только если вся сборка прошла успешно;\n"
         "после ошибки прежний сайт остаётся как был. urker не пишет в папку, где лежит сам сайт или\n"
         "файлы, записанные не им (см. --force), а вторая сборка в ту же папку ждёт первую.\n"
         "Коды выхода: 0 — собрано, 1 — ошибки в содержимом, 2 — неверная команда.",
         "Жаңа сайт шығыс қалтасын бір қадаммен және бүкіл жинақ сәтті өткенде ғана ауыстырады;\n"
         "қатеден кейін бұрынғы сайт сол күйінде қалады. urker сайттың өзі немесе өзі жазбаған файлдар\n"
         "жатқан қалтаға жазбайды (--force қараңыз), ал сол қалтаға екінші жинақ біріншісін күтеді.\n"
         "Шығу кодтары: 0 — жиналды, 1 — мазмұнда қателер бар, 2 — пәрмен қате."},

        // ---- urker serve ------------------------------------------------------------------------------
        {"cli.help.serve", "Preview the site: serve it here, rebuild and reload the pages on every change",
         "Предпросмотр сайта: показывать его здесь, пересобирать и обновлять страницы при каждом изменении",
         "Сайтты алдын ала қарау: осында көрсету, әр өзгерістен кейін қайта жинап, беттерді жаңарту"},
        {"cli.help.serve_port", "The port, 0–65535 (default {port}, or the next free one; 0: any free port)",
         "Порт, 0–65535 (по умолчанию {port} или следующий свободный; 0 — любой свободный)",
         "Порт, 0–65535 (әдепкіде {port} немесе келесі бос порт; 0 — кез келген бос порт)"},
        {"cli.help.serve_bind", "The address to listen on (default 127.0.0.1: only this computer; 0.0.0.0: the whole network)",
         "Адрес, на котором ждать запросов (по умолчанию 127.0.0.1 — только этот компьютер; 0.0.0.0 — вся сеть)",
         "Сұраныстарды күтетін мекенжай (әдепкіде 127.0.0.1 — тек осы компьютер; 0.0.0.0 — бүкіл желі)"},
        {"cli.help.serve_drafts", "Also show pages marked draft: true", "Показывать и страницы с draft: true",
         "draft: true деп белгіленген беттерді де көрсету"},
        {"cli.help.serve_footer",
         "The site is built in memory with its base_url replaced by the local address, so nothing is\n"
         "written to public/. Saving site.yaml or a file in content/, static/ or themes/ rebuilds the site\n"
         "and reloads the open pages; build errors are shown over the page, and the last good build stays\n"
         "served until they are fixed. Ctrl-C stops. Exit codes: 0 stopped, 1 could not start, 2 wrong command.",
         "Сайт собирается в памяти, а его base_url заменяется локальным адресом, так что в public/ ничего\n"
         "не пишется. Сохранение site.yaml или файла в content/, static/ или themes/ пересобирает сайт и\n"
         "обновляет открытые страницы; ошибки сборки показываются поверх страницы, а пока они не исправлены,\n"
         "показывается последняя удачная сборка. Остановить — Ctrl-C. Коды выхода: 0 — остановлен,\n"
         "1 — не удалось запустить, 2 — неверная команда.",
         "Сайт жадта жиналады, оның base_url мекенжайы жергілікті мекенжаймен ауыстырылады, сондықтан\n"
         "public/ ішіне ештеңе жазылмайды. site.yaml немесе content/, static/, themes/ ішіндегі файлды сақтау\n"
         "сайтты қайта жинап, ашық беттерді жаңартады; жинақ қателері беттің үстінен көрсетіледі, ал олар\n"
         "түзетілгенше соңғы сәтті жинақ көрсетіле береді. Тоқтату — Ctrl-C. Шығу кодтары: 0 — тоқтатылды,\n"
         "1 — іске қосылмады, 2 — пәрмен қате."},

        // ---- urker check ------------------------------------------------------------------------------
        {"cli.help.check", "Check the site without writing it: content, links, anchors, images, file sizes",
         "Проверить сайт, ничего не записывая: содержимое, ссылки, якоря, изображения, размеры файлов",
         "Сайтты ештеңе жазбай тексеру: мазмұн, сілтемелер, бетбелгілер, суреттер, файл өлшемдері"},
        {"cli.help.check_external", "Also ask the servers of external links (5 s timeout each, 4 at a time)",
         "Проверить и внешние ссылки, обратившись к их серверам (до 5 с на каждую, по 4 сразу)",
         "Сыртқы сілтемелерді де олардың серверлерінен сұрап тексеру (әрқайсысына 5 с дейін, бір мезгілде 4-еуден)"},
        {"cli.help.check_footer",
         "Builds the site in memory (nothing is written) and reports every problem a build reports, plus\n"
         "every internal link, #anchor, image and attachment that leads nowhere, files over the size limit\n"
         "(limits: max_file_mb: in site.yaml, default 10) and, with --external, external links that do not\n"
         "answer. Warnings count as problems. Exit codes: 0 no problems, 1 problems, 2 wrong command.",
         "Собирает сайт в памяти (ничего не записывается) и сообщает обо всём, о чём сообщает сборка, а также\n"
         "о каждой внутренней ссылке, #якоре, изображении и вложении, которые никуда не ведут, о файлах больше\n"
         "предела (max_file_mb: в site.yaml, по умолчанию 10) и, с --external, о внешних ссылках, которые\n"
         "не отвечают. Предупреждения тоже считаются проблемами. Коды выхода: 0 — проблем нет,\n"
         "1 — есть проблемы, 2 — неверная команда.",
         "Сайтты жадта жинайды (ештеңе жазылмайды) және жинақ хабарлайтынның бәрін, сондай-ақ ешқайда\n"
         "апармайтын әр ішкі сілтемені, #бетбелгіні, суретті және тіркемені, шектен үлкен файлдарды\n"
         "(site.yaml ішіндегі max_file_mb:, әдепкіде 10) және --external болса, жауап бермейтін сыртқы\n"
         "сілтемелерді хабарлайды. Ескертулер де мәселе болып саналады. Шығу кодтары: 0 — мәселе жоқ,\n"
         "1 — мәселе бар, 2 — пәрмен қате."},

        // ---- urker index ------------------------------------------------------------------------------
        {"cli.help.index", "Build a lunr.js search index from a JSON list of documents",
         "Построить поисковый индекс lunr.js из JSON-списка документов", "Құжаттардың JSON тізімінен lunr.js іздеу индексін құру"},
        {"cli.help.index_docs", "DOCS.json: an array of objects with \"ref\" and the fields",
         "DOCS.json: массив объектов с \"ref\" и полями", "DOCS.json: \"ref\" пен өрістері бар объектілер массиві"},
        {"cli.help.index_lang",
         "Text pipeline: en, ru, multi (English and Russian) or multi-kk (multi, Kazakh letters folded as a site's search does)",
         "Обработка текста: en, ru, multi (английский и русский) или multi-kk (multi, казахские буквы сводятся к общим, как в поиске сайта)",
         "Мәтінді өңдеу: en, ru, multi (ағылшын және орыс) немесе multi-kk (multi, қазақ әріптері сайттың іздеуіндегідей ортақ әріптерге келтіріледі)"},
        {"cli.help.index_field", "A field to index, with an optional boost: title^10 (repeatable; default: title^10 tags^5 body)",
         "Поле для индекса, можно с весом: title^10 (можно несколько раз; по умолчанию title^10 tags^5 body)",
         "Индекске кіретін өріс, салмағымен бірге болуы мүмкін: title^10 (бірнеше рет жазуға болады; әдепкіде title^10 tags^5 body)"},
        {"cli.help.index_output", "Where to write the index (default: standard output)",
         "Куда записать индекс (по умолчанию — в стандартный вывод)", "Индексті қайда жазу (әдепкіде — стандартты шығысқа)"},

        // ---- urker init -------------------------------------------------------------------------------
        {"cli.help.init", "Start a new portal: site.yaml, sections and an example of each kind of page",
         "Начать новый портал: site.yaml, разделы и пример страницы каждого вида",
         "Жаңа порталды бастау: site.yaml, бөлімдер және беттің әр түрінің үлгісі"},
        {"cli.help.init_folder", "Where to write it (default: this folder); it must not hold a site.yaml or content/ yet",
         "Куда записать (по умолчанию — в эту папку); в ней ещё не должно быть site.yaml и content/",
         "Қайда жазу (әдепкіде — осы қалтаға); онда әлі site.yaml мен content/ болмауы керек"},
        {"cli.help.init_language", "The portal's main language and the language of the examples: ru, kk or en",
         "Основной язык портала и язык примеров: ru, kk или en", "Порталдың негізгі тілі және үлгілердің тілі: kk, ru немесе en"},
        {"cli.help.init_languages", "All the portal's languages, e.g. ru,kk (each gets its section pages)",
         "Все языки портала, например ru,kk (у каждого будут свои страницы разделов)",
         "Порталдың барлық тілдері, мысалы kk,ru (әрқайсысының өз бөлім беттері болады)"},
        {"cli.help.init_lang",
         "The language of urker's messages: ru, kk or en (default: URKER_LANG, then the system's language, then --language)",
         "Язык сообщений urker: ru, kk или en (по умолчанию — URKER_LANG, затем язык системы, затем --language)",
         "urker хабарларының тілі: kk, ru немесе en (әдепкіде — URKER_LANG, одан кейін жүйенің тілі, одан кейін --language)"},
        {"cli.help.init_footer",
         "The default theme is built into urker: the new portal needs no themes/ folder.\n"
         "Then:  urker serve  to see it,  urker new  to add pages,  urker build  to publish.",
         "Стандартная тема встроена в urker: новому порталу папка themes/ не нужна.\n"
         "Дальше:  urker serve  — посмотреть,  urker new  — добавить страницы,  urker build  — опубликовать.",
         "Әдепкі безендіру (тема) urker ішіне енгізілген: жаңа порталға themes/ қалтасы керек емес.\n"
         "Әрі қарай:  urker serve  — қарау,  urker new  — бет қосу,  urker build  — жариялау."},

        // ---- urker new --------------------------------------------------------------------------------
        {"cli.help.new", "Add a page: urker new material \"Сложение дробей\" --author ivanova-a",
         "Добавить страницу: urker new material \"Сложение дробей\" --author ivanova-a",
         "Бет қосу: urker new material \"Бөлшектерді қосу\" --author ivanova-a"},
        {"cli.help.new_kind", "material, member, news, event, plan, topic (forum), school, group or page",
         "material (материал), member (участник), news (новость), event (событие), plan (план), topic (тема форума), "
         "school (школа), group (группа) или page (страница)",
         "material (материал), member (қатысушы), news (жаңалық), event (іс-шара), plan (жоспар), topic (форум тақырыбы), "
         "school (мектеп), group (топ) немесе page (бет)"},
        {"cli.help.new_title", "The page's title, in quotes; the file is named after it in Latin letters",
         "Заголовок страницы в кавычках; файл будет назван по нему латиницей",
         "Беттің тақырыбы, тырнақшада; файл соның атымен латын әріптерімен аталады"},
        {"cli.help.new_lang",
         "The page's language (default: the site's language); urker's messages follow URKER_LANG, then the system's language, then this one",
         "Язык страницы (по умолчанию — язык сайта); сообщения urker — на языке URKER_LANG, затем системы, затем на этом",
         "Беттің тілі (әдепкіде — сайттың тілі); urker хабарлары URKER_LANG тілінде, одан кейін жүйенің тілінде, одан кейін осы тілде"},
        {"cli.help.new_author", "Your member id: the name of your file in content/members/",
         "Ваш идентификатор участника: имя вашего файла в content/members/",
         "Қатысушы идентификаторыңыз: content/members/ ішіндегі файлыңыздың аты"},
        {"cli.help.new_slug", "The file's name instead of the transliterated title", "Имя файла вместо заголовка, записанного латиницей",
         "Латынша жазылған тақырыптың орнына файлдың аты"},
        {"cli.help.new_footer",
         "Prints the new file's path. A material is a folder: put its files beside index.md.\n"
         "urker new never replaces a file: when the file exists it says so and exits with 1.",
         "Печатает путь к новому файлу. Материал — это папка: положите его файлы рядом с index.md.\n"
         "urker new никогда не заменяет файл: если файл уже есть, сообщает об этом и завершается с кодом 1.",
         "Жаңа файлдың жолын шығарады. Материал — қалта: оның файлдарын index.md жанына салыңыз.\n"
         "urker new файлды ешқашан ауыстырмайды: файл бар болса, соны айтып, 1 кодымен аяқталады."},

        // ---- urker help -------------------------------------------------------------------------------
        {"cli.help.help", "Show help for a command: urker help build", "Справка о команде: urker help build",
         "Пәрмен туралы анықтама: urker help build"},
        {"cli.help.help_command", "The command to explain", "Команда, о которой рассказать", "Түсіндірілетін пәрмен"},
    };
}

}  // namespace urker
