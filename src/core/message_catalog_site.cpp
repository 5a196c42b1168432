// The catalogue rows of site/ (ids "site.…"): `urker check`, external links and the output plan.
// English, Russian, Kazakh. See message_catalog.cpp. (The build command's own lines are in
// message_catalog_build.cpp.)
//
// `subject` is page or file; `other_kind` says what else claims the address (generated,
// theme_file, section_list, page, or a file of the site), `other` names it.
#include "core/message_catalog_parts.h"

#define SUBJECT_EN "{subject, select, page {this page} other {this file}}"
#define DESCRIBE_EN                                                                                                     \
    "{other_kind, select, generated {a file urker writes itself} theme_file {the theme's file {other}} "               \
    "section_list {the list page of {other}} page {the page {other}} other {{other}}}"
#define DESCRIBE_GEN_RU                                                                                                 \
    "{other_kind, select, generated {файла, который urker пишет сам} theme_file {файла темы {other}} "                 \
    "section_list {страницы-списка {other}} page {страницы {other}} other {{other}}}"
#define DESCRIBE_NOM_RU                                                                                                 \
    "{other_kind, select, generated {файл, который urker пишет сам} theme_file {файл темы {other}} "                   \
    "section_list {страница-список {other}} page {страница {other}} other {{other}}}"
#define DESCRIBE_GEN_KK                                                                                                 \
    "{other_kind, select, generated {urker өзі жазатын файлдың} theme_file {теманың {other} файлының} "                \
    "section_list {{other} тізім бетінің} page {{other} бетінің} other {{other} файлының}}"
#define DESCRIBE_NOM_KK                                                                                                 \
    "{other_kind, select, generated {urker өзі жазатын файл} theme_file {теманың {other} файлы} "                      \
    "section_list {{other} тізім беті} page {{other} беті} other {{other}}}"

// A link made by the theme (or site.yaml's menus): where it was seen, then the usual fix.
#define FIX_EN                                                                                                          \
    "{fix, select, anchor {the marks of a page are the ids of its headings: \"## Ход урока\" is #ход-урока} "          \
    "outside {on this site an address from the root starts with {base}; or link to the file: [text](../drobi/index.md)} " \
    "other {check the address; a link to another page is best written to its file: [text](../drobi/index.md)}}"
#define FIX_RU                                                                                                          \
    "{fix, select, anchor {метки страницы — это id её заголовков: \"## Ход урока\" — это #ход-урока} "                 \
    "outside {на этом сайте адрес от корня начинается с {base}; или сошлитесь на файл: [текст](../drobi/index.md)} "    \
    "other {проверьте адрес; на другую страницу лучше ссылаться через её файл: [текст](../drobi/index.md)}}"
#define FIX_KK                                                                                                          \
    "{fix, select, anchor {беттің белгілері — оның тақырыпшаларының id-лері: \"## Сабақ барысы\" — #сабақ-барысы} "    \
    "outside {бұл сайтта түбірден басталатын адрес {base} деп басталады; немесе файлға сілтеме беріңіз: [мәтін](../drobi/index.md)} " \
    "other {адресті тексеріңіз; басқа бетке оның файлы арқылы сілтеме берген дұрыс: [мәтін](../drobi/index.md)}}"

namespace urker {

std::vector<CatalogEntry> catalog_site() {
    return {
        {"site.check_failed",
         "Check failed: {errors, plural, one {# error} other {# errors}}, {warnings, plural, one {# warning} other {# warnings}}. "
         "Nothing was written.",
         "Проверка не пройдена: {errors, plural, one {# ошибка} few {# ошибки} many {# ошибок} other {# ошибки}}, "
         "{warnings, plural, one {# предупреждение} few {# предупреждения} many {# предупреждений} other {# предупреждения}}. "
         "Ничего не записано.",
         "Тексеру сәтсіз аяқталды: {errors, plural, other {# қате}}, {warnings, plural, other {# ескерту}}. Ештеңе жазылған жоқ."},
        {"site.check_passed",
         "Checked {pages, plural, one {# page} other {# pages}}, {links, plural, one {# internal link} other {# internal links}} "
         "({anchors} with #anchors), {files, plural, one {# file} other {# files}}, "
         "{external, plural, one {# external link} other {# external links}}{asked, select, yes {} other { (not asked; use --external)}}: "
         "no problems found ({milliseconds} ms).",
         "Проверено: {pages, plural, one {# страница} few {# страницы} many {# страниц} other {# страницы}}, "
         "{links, plural, one {# внутренняя ссылка} few {# внутренние ссылки} many {# внутренних ссылок} other {# внутренней ссылки}} "
         "(с #якорем: {anchors}), {files, plural, one {# файл} few {# файла} many {# файлов} other {# файла}}, "
         "{external, plural, one {# внешняя ссылка} few {# внешние ссылки} many {# внешних ссылок} other {# внешней ссылки}}"
         "{asked, select, yes {} other { (не проверялись; добавьте --external)}}: ошибок не найдено ({milliseconds} мс).",
         "Тексерілді: {pages, plural, other {# бет}}, {links, plural, other {# ішкі сілтеме}} (#якорі барлары: {anchors}), "
         "{files, plural, other {# файл}}, {external, plural, other {# сыртқы сілтеме}}"
         "{asked, select, yes {} other { (тексерілмеді; --external қосыңыз)}}: қате табылған жоқ ({milliseconds} мс)."},
        {"site.check_unexpected_hint", "this is a bug in urker; please report it with the file that was being checked",
         "это ошибка в самом urker; сообщите о ней разработчикам и приложите проверявшийся файл",
         "бұл urker-дің өз қатесі; әзірлеушілерге хабарлап, тексеріліп жатқан файлды тіркеңіз"},
        {"site.external_bad_status",
         "the external link \"{url}\" answers {status}{not_found, select, yes { (not found)} other {}}",
         "внешняя ссылка «{url}» отвечает кодом {status}{not_found, select, yes { (страница не найдена)} other {}}",
         "«{url}» сыртқы сілтемесі {status} кодымен жауап береді{not_found, select, yes { (бет табылмады)} other {}}"},
        {"site.external_hint", "open it in a browser; if the page moved, link its new address, or remove the link",
         "откройте её в браузере; если страница переехала, поставьте новый адрес или уберите ссылку",
         "оны браузерде ашыңыз; бет көшкен болса, жаңа адресін қойыңыз немесе сілтемені алып тастаңыз"},
        {"site.external_no_answer", "the external link \"{url}\" does not answer ({why})", "внешняя ссылка «{url}» не отвечает ({why})",
         "«{url}» сыртқы сілтемесі жауап бермейді ({why})"},
        {"site.file_too_big", "this file is {megabytes} MB, more than the limit of {limit} MB",
         "этот файл весит {megabytes} МБ — больше предела в {limit} МБ", "бұл файлдың көлемі {megabytes} МБ — {limit} МБ шегінен асады"},
        {"site.file_too_big_hint",
         "make it smaller (compress the PDF, lower the resolution of photos, link a long video instead of uploading it), "
         "or raise  limits: max_file_mb:  in site.yaml",
         "уменьшите его (сожмите PDF, уменьшите разрешение фотографий, длинное видео не загружайте, а дайте на него ссылку) "
         "или поднимите предел  limits: max_file_mb:  в site.yaml",
         "оны кішірейтіңіз (PDF-ті қысыңыз, фотолардың ажыратымдылығын азайтыңыз, ұзын бейнені жүктемей, оған сілтеме беріңіз) "
         "немесе site.yaml ішіндегі  limits: max_file_mb:  шегін көтеріңіз"},
        {"site.folder_conflict",
         SUBJECT_EN " would be published at /{path}, but " DESCRIBE_EN " is published at /{other_path}"
         "{at_is_folder, select, yes {, inside a folder of that name} other {, where this file's folder would be}}",
         "{subject, select, page {эта страница была бы опубликована} other {этот файл был бы опубликован}} по адресу /{path}, "
         "но по адресу /{other_path} уже публикуется " DESCRIBE_NOM_RU
         "{at_is_folder, select, yes {, внутри папки с таким именем} other {, там, где была бы папка этого файла}}",
         "{subject, select, page {бұл бет} other {бұл файл}} /{path} адресінде жарияланар еді, бірақ /{other_path} адресінде "
         DESCRIBE_NOM_KK " жарияланады"
         "{at_is_folder, select, yes {, яғни осы атаулы қалтаның ішінде} other {, яғни осы файлдың қалтасы тұруы керек жерде}}"},
        {"site.hint_content_file",
         "rename the file or move it to another folder: a file in content/ may not take the place of the theme's files, "
         "urker's own pages or another page",
         "переименуйте файл или перенесите его в другую папку: файл из content/ не может занять место файлов темы, "
         "собственных страниц urker или другой страницы",
         "файлдың атын өзгертіңіз немесе оны басқа қалтаға көшіріңіз: content/ ішіндегі файл теманың файлдарының, "
         "urker-дің өз беттерінің немесе басқа беттің орнын ала алмайды"},
        {"site.hint_page", "give the page another  slug:  or move the file to another folder",
         "дайте странице другой  slug:  или перенесите файл в другую папку",
         "бетке басқа  slug:  беріңіз немесе файлды басқа қалтаға көшіріңіз"},
        {"site.hint_rename", "rename one of the two files", "переименуйте один из двух файлов", "екі файлдың біреуінің атын өзгертіңіз"},
        {"site.hint_static_generated", "remove it from static/ or rename it: urker writes this file itself",
         "уберите его из static/ или переименуйте: этот файл urker пишет сам",
         "оны static/ ішінен алып тастаңыз немесе атын өзгертіңіз: бұл файлды urker өзі жазады"},
        {"site.hint_static_page", "remove it from static/ or rename it: a page is published at this address",
         "уберите его из static/ или переименуйте: по этому адресу публикуется страница",
         "оны static/ ішінен алып тастаңыз немесе атын өзгертіңіз: бұл адресте бет жарияланады"},
        {"site.link_from_theme",
         "the link is on the page {page}, made by the theme's templates or from site.yaml"
         "{more, plural, =0 {} one { (and on # more page)} other { (and on # more pages)}}; " FIX_EN,
         "ссылка стоит на странице {page} и сделана шаблонами темы или взята из site.yaml"
         "{more, plural, =0 {} one { (и ещё на # странице)} few { (и ещё на # страницах)} many { (и ещё на # страницах)} "
         "other { (и ещё на # страницы)}}; " FIX_RU,
         "сілтеме {page} бетінде тұр, оны теманың шаблондары жасаған немесе ол site.yaml ішінен алынған"
         "{more, plural, =0 {} other { (және тағы # бетте)}}; " FIX_KK},
        {"site.link_missing_anchor", "the link \"{url}\" leads to the heading or mark \"#{id}\", which is not on that page",
         "ссылка «{url}» ведёт к заголовку или метке «#{id}», которых на той странице нет",
         "«{url}» сілтемесі «#{id}» тақырыпшасына немесе белгісіне апарады, бірақ ол бетте мұндай жоқ"},
        {"site.link_missing_anchor_hint", "the marks of a page are the ids of its headings: \"## Ход урока\" is #ход-урока",
         "метки страницы — это id её заголовков: \"## Ход урока\" — это #ход-урока",
         "беттің белгілері — оның тақырыпшаларының id-лері: \"## Сабақ барысы\" — #сабақ-барысы"},
        {"site.link_missing_target", "the link \"{url}\" leads to nothing on this site", "ссылка «{url}» ведёт в никуда: на сайте такого нет",
         "«{url}» сілтемесі ешқайда апармайды: сайтта мұндай жоқ"},
        {"site.link_missing_target_hint",
         "check the address; a link to another page is best written to its file: [text](../drobi/index.md)",
         "проверьте адрес; на другую страницу лучше ссылаться через её файл: [текст](../drobi/index.md)",
         "адресті тексеріңіз; басқа бетке оның файлы арқылы сілтеме берген дұрыс: [мәтін](../drobi/index.md)"},
        {"site.link_outside", "the link \"{url}\" leaves the site's folder {base}", "ссылка «{url}» уводит за пределы папки сайта {base}",
         "«{url}» сілтемесі сайттың {base} қалтасынан шығып кетеді"},
        {"site.link_outside_hint", "on this site an address from the root starts with {base}; or link to the file: [text](../drobi/index.md)",
         "на этом сайте адрес от корня начинается с {base}; или сошлитесь на файл: [текст](../drobi/index.md)",
         "бұл сайтта түбірден басталатын адрес {base} деп басталады; немесе файлға сілтеме беріңіз: [мәтін](../drobi/index.md)"},
        {"site.same_address", SUBJECT_EN " would be published at /{path}, the same address as " DESCRIBE_EN,
         "{subject, select, page {эта страница была бы опубликована} other {этот файл был бы опубликован}} по адресу /{path} — "
         "тому же, что и у " DESCRIBE_GEN_RU,
         "{subject, select, page {бұл бет} other {бұл файл}} /{path} адресінде жарияланар еді, ал бұл — " DESCRIBE_GEN_KK " адресі"},
    };
}

}  // namespace urker
