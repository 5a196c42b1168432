// The catalogue rows of content/ (ids "content.…"): English, Russian, Kazakh. See message_catalog.cpp.
// Front-matter keys ({key}, title:, slug:) stay as they are written in the file.
#include "core/message_catalog_parts.h"

namespace urker {

std::vector<CatalogEntry> catalog_content() {
    return {
        // ---- files that are not pages -------------------------------------------------------------
        {"content.active_file",
         "\"{name}\" is {kind, select, page {a web page} svg {an SVG picture} xml {an XML document} script {a script} "
         "plugin {a browser plug-in program} other {a program for a web server}}: served from the site's own address it could "
         "run code with the site's rights, so urker does not publish it",
         "«{name}» — {kind, select, page {веб-страница} svg {рисунок SVG} xml {документ XML} script {скрипт} "
         "plugin {программа-плагин для браузера} other {программа для веб-сервера}}: с адреса самого сайта она могла бы "
         "выполнить код с правами сайта, поэтому urker её не публикует",
         "«{name}» — {kind, select, page {веб-бет} svg {SVG суреті} xml {XML құжаты} script {скрипт} "
         "plugin {браузерге арналған плагин-бағдарлама} other {веб-серверге арналған бағдарлама}}: сайттың өз мекенжайынан "
         "ол сайттың құқығымен код орындай алар еді, сондықтан urker оны жарияламайды"},
        {"content.active_file_hint",
         "{picture, select, yes {save the picture as PNG or JPEG} other {publish it as a PDF or inside a .zip archive}}; only if "
         "every author of this site is trusted, allow the type in site.yaml:  security: '{'allow_active_files: [{ext}]'}'",
         "{picture, select, yes {сохраните рисунок как PNG или JPEG} other {опубликуйте его как PDF или в архиве .zip}}; "
         "только если вы доверяете всем авторам сайта, разрешите этот тип в site.yaml:  security: '{'allow_active_files: [{ext}]'}'",
         "{picture, select, yes {суретті PNG немесе JPEG ретінде сақтаңыз} other {оны PDF ретінде немесе .zip мұрағатында "
         "жариялаңыз}}; сайттың барлық авторына сенсеңіз ғана, бұл түрге site.yaml ішінде рұқсат беріңіз:  "
         "security: '{'allow_active_files: [{ext}]'}'"},
        {"content.active_file_referenced",
         "this page refers to \"{name}\" ({file}), {kind, select, page {a web page} svg {an SVG picture} xml {an XML document} "
         "script {a script} plugin {a browser plug-in program} other {a program for a web server}}: served from the site's own "
         "address it could run code with the site's rights, so urker does not publish it",
         "эта страница ссылается на «{name}» ({file}), а это {kind, select, page {веб-страница} svg {рисунок SVG} "
         "xml {документ XML} script {скрипт} plugin {программа-плагин для браузера} other {программа для веб-сервера}}: с адреса "
         "самого сайта она могла бы выполнить код с правами сайта, поэтому urker её не публикует",
         "бұл бет «{name}» ({file}) файлына сілтейді, ал бұл — {kind, select, page {веб-бет} svg {SVG суреті} "
         "xml {XML құжаты} script {скрипт} plugin {браузерге арналған плагин-бағдарлама} other {веб-серверге арналған "
         "бағдарлама}}: сайттың өз мекенжайынан ол сайттың құқығымен код орындай алар еді, сондықтан urker оны жарияламайды"},
        {"content.file_too_large", "this file is {size} MB, more than the {most} MB a file may have",
         "размер файла — {size} МБ, а файл может занимать не больше {most} МБ",
         "файлдың көлемі — {size} МБ, ал бір файл {most} МБ-тан аспауы керек"},
        {"content.file_too_large_hint",
         "make it smaller (e.g. compress the pictures in it), or put it on a file host and link to it; if it really must be "
         "this large, raise the limit in site.yaml:  limits: '{'max_file_mb: {mb}'}'",
         "уменьшите его (например, сожмите картинки в нём) или выложите на файлообменник и дайте ссылку; если он "
         "действительно должен быть таким большим, поднимите предел в site.yaml:  limits: '{'max_file_mb: {mb}'}'",
         "оны кішірейтіңіз (мысалы, ішіндегі суреттерді сығыңыз) немесе файл сақтау қызметіне салып, сілтеме беріңіз; "
         "егер ол шынымен осындай үлкен болуы керек болса, site.yaml ішінде шекті көтеріңіз:  limits: '{'max_file_mb: {mb}'}'"},

        // ---- the front matter ---------------------------------------------------------------------
        {"content.date_as_iso", "write it as  {key}: {iso}", "запишите так:  {key}: {iso}", "былай жазыңыз:  {key}: {iso}"},
        {"content.date_example", "e.g.  {key}: 2026-09-01", "например:  {key}: 2026-09-01", "мысалы:  {key}: 2026-09-01"},
        {"content.draft_not_boolean", "\"draft\" must be true or false", "«draft» должен быть true или false",
         "«draft» true немесе false болуы керек"},
        {"content.draft_not_boolean_hint", "write  draft: true  to hide the page, or remove the line",
         "напишите  draft: true , чтобы скрыть страницу, или удалите строку",
         "бетті жасыру үшін  draft: true  деп жазыңыз немесе жолды өшіріңіз"},
        {"content.field_not_date", "\"{key}\" must be a date", "«{key}» должен быть датой", "«{key}» күн (дата) болуы керек"},
        {"content.field_not_text", "\"{key}\" must be text", "«{key}» должен быть текстом", "«{key}» мәтін болуы керек"},
        {"content.field_not_text_hint", "write  {key}: \"…\"", "напишите так:  {key}: \"…\"", "былай жазыңыз:  {key}: \"…\""},
        {"content.front_matter_not_fields", "the front matter must be a list of fields (key: value)",
         "шапка страницы (front matter) должна состоять из полей вида «ключ: значение»",
         "беттің тақырыптамасы (front matter) «кілт: мән» түріндегі өрістерден тұруы керек"},
        {"content.front_matter_not_fields_hint", "e.g.  title: \"Дроби\"", "например:  title: \"Дроби\"",
         "мысалы:  title: \"Бөлшектер\""},
        {"content.front_matter_unclosed", "the front matter starts with --- but never ends",
         "шапка страницы начинается строкой ---, но нигде не закрывается",
         "беттің тақырыптамасы --- жолымен басталады, бірақ ешқайда жабылмайды"},
        {"content.front_matter_unclosed_before_text_hint",
         "add a line with just --- after the last field (before the text of the page)",
         "добавьте строку из одних --- после последнего поля (перед текстом страницы)",
         "соңғы өрістен кейін (бет мәтінінің алдында) тек --- тұратын жол қосыңыз"},
        {"content.front_matter_unclosed_hint", "add a line with just --- after the last field",
         "добавьте строку из одних --- после последнего поля", "соңғы өрістен кейін тек --- тұратын жол қосыңыз"},
        {"content.language_meant_hint", "write the language's code:  language: {code}", "напишите код языка:  language: {code}",
         "тілдің кодын жазыңыз:  language: {code}"},
        {"content.language_not_code", "\"language\" must be a language code", "«language» должен быть кодом языка",
         "«language» тіл коды болуы керек"},
        {"content.language_not_code_hint", "e.g.  language: kk", "например:  language: kk", "мысалы:  language: kk"},
        {"content.language_not_in_site", "the language \"{lang}\" is not one of the site's languages ({languages})",
         "языка «{lang}» нет среди языков сайта ({languages})", "«{lang}» тілі сайттың тілдері ({languages}) арасында жоқ"},
        {"content.language_not_in_site_hint", "use one of them, or add it to  languages:  in site.yaml",
         "укажите один из них или добавьте этот язык в  languages:  в site.yaml",
         "солардың бірін көрсетіңіз немесе бұл тілді site.yaml ішіндегі  languages:  тізіміне қосыңыз"},
        // ---- symbolic links in content/ and static/ (core/fs.h list_files) -----------------------------
        {"content.link_broken", "this is a link to \"{target}\", which does not exist, so nothing is published here",
         "это ссылка (ярлык) на «{target}», а такого файла нет, поэтому здесь ничего не публикуется",
         "бұл — «{target}» файлына сілтеме (жарлық), бірақ ондай файл жоқ, сондықтан мұнда ештеңе жарияланбайды"},
        {"content.link_broken_hint", "delete the link, or put the file itself here", "удалите ссылку или положите сюда сам файл",
         "сілтемені өшіріңіз немесе мұнда файлдың өзін салыңыз"},
        {"content.link_folder", "this folder is a link to \"{target}\": urker does not look inside linked folders, so none of its files are published",
         "эта папка — ссылка (ярлык) на «{target}»: в такие папки urker не заглядывает, и их файлы не публикуются",
         "бұл қалта — «{target}» қалтасына сілтеме (жарлық): urker мұндай қалталардың ішіне қарамайды, олардағы файлдар жарияланбайды"},
        {"content.link_folder_hint", "copy the folder here instead of linking to it", "скопируйте сюда саму папку вместо ссылки на неё",
         "сілтеменің орнына қалтаның өзін осында көшіріңіз"},
        {"content.link_outside",
         "this file is a link to \"{target}\", outside the {folder} folder: urker publishes only files that are inside the site",
         "этот файл — ссылка (ярлык) на «{target}», вне папки {folder}: urker публикует только файлы, которые лежат внутри сайта",
         "бұл файл — {folder} қалтасынан тыс жатқан «{target}» файлына сілтеме (жарлық): urker тек сайттың ішіндегі файлдарды жариялайды"},
        {"content.link_outside_hint", "copy the file into this folder instead of linking to it",
         "скопируйте сам файл в эту папку вместо ссылки на него", "сілтеменің орнына файлдың өзін осы қалтаға көшіріңіз"},
        {"content.same_address", "this page would be published at /{path}, the same address as {other}",
         "эта страница была бы опубликована по адресу /{path} — тому же, что и {other}",
         "бұл бет /{path} мекенжайында жарияланар еді — {other} файлымен бірдей мекенжайда"},
        {"content.same_address_hint", "rename one of the files, or give one a different  slug:",
         "переименуйте один из файлов или задайте одному из них другой  slug:",
         "файлдардың бірінің атын өзгертіңіз немесе біреуіне басқа  slug:  беріңіз"},
        {"content.same_page_twice",
         "{file} and {coded} are the same page: {language} is this portal's main language, so a file without a language code is in {language} too",
         "{file} и {coded} — одна и та же страница: основной язык портала — {language}, поэтому файл без кода языка тоже считается написанным на {language}",
         "{file} мен {coded} — бір бет: порталдың негізгі тілі — {language}, сондықтан тіл коды жоқ файл да {language} тілінде деп саналады"},
        {"content.same_page_twice_hint",
         "{has_other, select, yes {if one of them is the translation, name it {translation}; otherwise delete one of them} other {delete one of them}}",
         "{has_other, select, yes {если один из них — перевод, назовите его {translation}; иначе удалите один из файлов} other {удалите один из файлов}}",
         "{has_other, select, yes {егер біреуі — аударма болса, оны {translation} деп атаңыз; әйтпесе файлдардың бірін өшіріңіз} other {файлдардың бірін өшіріңіз}}"},
        {"content.slug_shape", "\"slug\" must be a short text of letters and digits",
         "«slug» должен быть коротким текстом из букв и цифр", "«slug» әріптер мен цифрлардан тұратын қысқа мәтін болуы керек"},
        {"content.slug_shape_hint", "e.g.  slug: drobi-5-klass", "например:  slug: drobi-5-klass", "мысалы:  slug: bolshekter-5-synyp"},
        {"content.weight_not_integer", "\"weight\" must be a whole number", "«weight» должен быть целым числом",
         "«weight» бүтін сан болуы керек"},
        {"content.weight_not_integer_hint", "e.g.  weight: 10", "например:  weight: 10", "мысалы:  weight: 10"},
    };
}

}  // namespace urker
