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

// A mistake in a content file that shows only on its copy in another language: the usual fix.
#define FIX_EN                                                                                                          \
    "{fix, select, anchor {the marks of a page are the ids of its headings: \"## Ход урока\" is #ход-урока} "          \
    "anchor_near {did you mean \"{near}\"? The marks of a page are the ids of its headings} "                          \
    "outside {on this site an address from the root starts with {base}; or link to the file: [text](../drobi/index.md)} " \
    "other {check the address; a link to another page is best written to its file: [text](../drobi/index.md)}}"
#define FIX_RU                                                                                                          \
    "{fix, select, anchor {метки страницы — это id её заголовков: \"## Ход урока\" — это #ход-урока} "                 \
    "anchor_near {вы имели в виду «{near}»? Метки страницы — это id её заголовков} "                                   \
    "outside {на этом сайте адрес от корня начинается с {base}; или сошлитесь на файл: [текст](../drobi/index.md)} "    \
    "other {проверьте адрес; на другую страницу лучше ссылаться через её файл: [текст](../drobi/index.md)}}"
#define FIX_KK                                                                                                          \
    "{fix, select, anchor {беттің белгілері — оның тақырыпшаларының id-лері: \"## Сабақ барысы\" — #сабақ-барысы} "    \
    "anchor_near {«{near}» деп жазғыңыз келді ме? Беттің белгілері — оның тақырыпшаларының id-лері} "                  \
    "outside {бұл сайтта түбірден басталатын адрес {base} деп басталады; немесе файлға сілтеме беріңіз: [мәтін](../drobi/index.md)} " \
    "other {адресті тексеріңіз; басқа бетке оның файлы арқылы сілтеме берген дұрыс: [мәтін](../drobi/index.md)}}"

// A link made by the theme or held by site.yaml (not by a content file): what is wrong with the
// address, said for whoever edits a template or site.yaml, not for a teacher's Markdown.
#define THEME_FIX_EN                                                                                                    \
    "{fix, select, anchor {the page it leads to has no element with that id} anchor_near {did you mean \"{near}\"?} "  \
    "outside {on this site an address from the root starts with {base}} other {nothing is published at that address}}"
#define THEME_FIX_RU                                                                                                    \
    "{fix, select, anchor {на странице, куда она ведёт, нет элемента с таким id} anchor_near {вы имели в виду «{near}»?} " \
    "outside {на этом сайте адрес от корня начинается с {base}} other {по этому адресу ничего не публикуется}}"
#define THEME_FIX_KK                                                                                                    \
    "{fix, select, anchor {ол апаратын бетте мұндай id-і бар элемент жоқ} anchor_near {«{near}» деп жазғыңыз келді ме?} " \
    "outside {бұл сайтта түбірден басталатын адрес {base} деп басталады} other {бұл адресте ештеңе жарияланбайды}}"

namespace urker {

std::vector<CatalogEntry> catalog_site() {
    return {
        {"site.check_failed",
         "Check failed: {errors, plural, one {# error} other {# errors}}, {warnings, plural, one {# warning} other {# warnings}}. "
         "The site was not written.",
         "Проверка не пройдена: {errors, plural, one {# ошибка} few {# ошибки} many {# ошибок} other {# ошибки}}, "
         "{warnings, plural, one {# предупреждение} few {# предупреждения} many {# предупреждений} other {# предупреждения}}. "
         "Сайт не записан.",
         "Тексеру сәтсіз аяқталды: {errors, plural, other {# қате}}, {warnings, plural, other {# ескерту}}. Сайт жазылған жоқ."},
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
         "Тексерілді: {pages, plural, other {# бет}}, {links, plural, other {# ішкі сілтеме}} (#бетбелгісі барлары: {anchors}), "
         "{files, plural, other {# файл}}, {external, plural, other {# сыртқы сілтеме}}"
         "{asked, select, yes {} other { (тексерілмеді; --external қосыңыз)}}: қате табылған жоқ ({milliseconds} мс)."},
        {"site.check_stopped_early",
         "Check stopped early: the site could not be built as far as its pages, so their links, anchors and images were not "
         "checked. Fix the errors above and run check again.",
         "Проверка остановлена раньше времени: сайт не удалось собрать до страниц, поэтому их ссылки, якоря и картинки не "
         "проверены. Исправьте ошибки выше и запустите проверку снова.",
         "Тексеру ертерек тоқтады: сайтты беттеріне дейін жинау мүмкін болмады, сондықтан олардағы сілтемелер, бетбелгілер мен "
         "суреттер тексерілген жоқ. Жоғарыдағы қателерді түзетіп, тексеруді қайта іске қосыңыз."},
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
         "the link is on the page {page}{more, plural, =0 {} one { (and on # more page)} other { (and on # more pages)}}; "
         "{origin, select, template {the theme's template {template} makes it, no content file holds it: correct it there "
         "(or in a file of the same name in the site's templates/ folder, which takes the theme's file's place)} "
         "site_template {the site's template {template} makes it, no content file holds it: correct it there} "
         "site_yaml {it comes from this line of site.yaml: correct it here} "
         "other {the theme's templates make it or it comes from site.yaml, no content file holds it}}; " THEME_FIX_EN,
         "ссылка стоит на странице {page}"
         "{more, plural, =0 {} one { (и ещё на # странице)} few { (и ещё на # страницах)} many { (и ещё на # страницах)} "
         "other { (и ещё на # страницы)}}; "
         "{origin, select, template {её делает шаблон темы {template}, ни в одном файле из content/ её нет: исправьте её там "
         "(или в файле с тем же именем в папке templates/ сайта — он заменяет файл темы)} "
         "site_template {её делает шаблон сайта {template}, ни в одном файле из content/ её нет: исправьте её там} "
         "site_yaml {она взята из этой строки site.yaml: исправьте её здесь} "
         "other {её делают шаблоны темы или она взята из site.yaml, ни в одном файле из content/ её нет}}; " THEME_FIX_RU,
         "сілтеме {page} бетінде тұр{more, plural, =0 {} other { (және тағы # бетте)}}; "
         "{origin, select, template {оны теманың {template} шаблоны жасайды, content/ ішіндегі файлдардың ешқайсысында ол жоқ: "
         "оны сол жерде түзетіңіз (немесе сайттың templates/ қалтасындағы аттас файлда — ол тема файлының орнын басады)} "
         "site_template {оны сайттың {template} шаблоны жасайды, content/ ішіндегі файлдардың ешқайсысында ол жоқ: оны сол жерде түзетіңіз} "
         "site_yaml {ол site.yaml файлының осы жолынан алынған: оны осы жерде түзетіңіз} "
         "other {оны теманың шаблондары жасайды немесе ол site.yaml ішінен алынған, content/ ішіндегі файлдарда ол жоқ}}; "
         THEME_FIX_KK},
        {"site.link_missing_anchor", "the link \"{url}\" leads to the heading or mark \"#{id}\", which is not on that page",
         "ссылка «{url}» ведёт к заголовку или метке «#{id}», которых на той странице нет",
         "«{url}» сілтемесі «#{id}» тақырыпшасына немесе белгісіне апарады, бірақ ол бетте мұндай жоқ"},
        {"site.link_missing_anchor_hint", "the marks of a page are the ids of its headings: \"## Ход урока\" is #ход-урока",
         "метки страницы — это id её заголовков: \"## Ход урока\" — это #ход-урока",
         "беттің белгілері — оның тақырыпшаларының id-лері: \"## Сабақ барысы\" — #сабақ-барысы"},
        {"site.link_missing_anchor_hint_near",
         "did you mean \"{near}\"? The marks of a page are the ids of its headings: \"## Ход урока\" is #ход-урока",
         "вы имели в виду «{near}»? Метки страницы — это id её заголовков: \"## Ход урока\" — это #ход-урока",
         "«{near}» деп жазғыңыз келді ме? Беттің белгілері — оның тақырыпшаларының id-лері: \"## Сабақ барысы\" — #сабақ-барысы"},
        {"site.link_missing_target", "the link \"{url}\" leads to nothing on this site", "ссылка «{url}» ведёт в никуда: на сайте такого нет",
         "«{url}» сілтемесі ешқайда апармайды: сайтта мұндай жоқ"},
        {"site.link_missing_target_hint",
         "check the address; a link to another page is best written to its file: [text](../drobi/index.md)",
         "проверьте адрес; на другую страницу лучше ссылаться через её файл: [текст](../drobi/index.md)",
         "адресті тексеріңіз; басқа бетке оның файлы арқылы сілтеме берген дұрыс: [мәтін](../drobi/index.md)"},
        {"site.link_only_on_copy",
         "this shows only on {page}, the copy of this file that urker publishes for a language it has no translation in "
         "(there the link leads to the page in that language); " FIX_EN,
         "это видно только на странице {page} — копии этого файла, которую urker публикует для языка, на котором у него нет "
         "перевода (там ссылка ведёт на страницу на этом языке); " FIX_RU,
         "бұл тек {page} бетінде көрінеді — urker бұл файлдың аудармасы жоқ тілге арнап жариялайтын көшірмесінде "
         "(онда сілтеме сол тілдегі бетке апарады); " FIX_KK},
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
