// The catalogue rows of render/ (ids "render.…"): English, Russian, Kazakh. See message_catalog.cpp.
#include "core/message_catalog_parts.h"

namespace urker {

std::vector<CatalogEntry> catalog_render() {
    return {
        {"render.no_template", "there is no template \"{template}\" in the theme", "в теме нет шаблона «{template}»",
         "темада «{template}» шаблоны жоқ"},
        {"render.no_template_hint", "remove the line to use the usual template, or add the file to the theme's templates/",
         "уберите эту строку, чтобы страница взяла обычный шаблон, или добавьте файл в templates/ темы",
         "бет әдеттегі шаблонды алуы үшін бұл жолды алып тастаңыз немесе файлды теманың templates/ қалтасына қосыңыз"},
        {"render.no_theme", "there is no theme \"{theme}\" in the themes/ folder", "в папке themes/ нет темы «{theme}»",
         "themes/ қалтасында «{theme}» темасы жоқ"},
        {"render.no_theme_hint", "write  theme: default  for the theme built into urker, or put the theme in themes/{theme}/",
         "напишите  theme: default, чтобы взять тему, встроенную в urker, или положите тему в themes/{theme}/",
         "urker-ге кірістірілген теманы алу үшін  theme: default  деп жазыңыз немесе теманы themes/{theme}/ қалтасына салыңыз"},
        {"render.template_unreadable", "this template cannot be read", "этот шаблон не удаётся прочитать", "бұл шаблонды оқу мүмкін емес"},
        {"render.theme_lacks_template", "the theme has no {template} template", "в теме нет шаблона {template}",
         "темада {template} шаблоны жоқ"},
        {"render.theme_lacks_template_hint", "every theme needs index.html, section.html and page.html",
         "в каждой теме должны быть index.html, section.html и page.html",
         "әр темада index.html, section.html және page.html болуы керек"},
        {"render.ui_strings_shape", "UI strings must be written as  key: \"text\"", "надписи интерфейса записываются так:  ключ: \"текст\"",
         "интерфейс жазулары былай жазылады:  кілт: \"мәтін\""},
        {"render.ui_strings_shape_hint", "e.g.  latest_materials: \"Свежие материалы\"", "например,  latest_materials: \"Свежие материалы\"",
         "мысалы,  latest_materials: \"Соңғы материалдар\""},
        {"render.ui_string_unknown", "the theme has no interface text \"{key}\", and no template asks for it: this line changes nothing",
         "в теме нет надписи интерфейса «{key}», и ни один шаблон её не просит: эта строка ничего не меняет",
         "безендіруде (темада) «{key}» деген интерфейс жазуы жоқ, оны ешбір үлгі сұрамайды: бұл жол ештеңені өзгертпейді"},
        {"render.ui_string_unknown_hint",
         "{has_near, select, yes {did you mean \"{near}\"? } other {}}the texts the theme has are listed in urker's themes/default/i18n/{lang}.yaml",
         "{has_near, select, yes {может быть, имелось в виду «{near}»? } other {}}все надписи темы перечислены в themes/default/i18n/{lang}.yaml в папке urker",
         "{has_near, select, yes {«{near}» деп жазғыңыз келген шығар? } other {}}безендірудің барлық жазулары urker қалтасындағы "
         "themes/default/i18n/{lang}.yaml ішінде тізілген"},
        {"render.ui_strings_missing_language",
         "the interface has no text in the language \"{lang}\" for {count} of its {total} strings: {list}",
         "у интерфейса нет текста на языке «{lang}» для {count} из {total} надписей: {list}",
         "интерфейстің {total} жазуының {count} жазуына «{lang}» тілінде мәтін жоқ: {list}"},
        {"render.ui_strings_missing_language_hint_file", "add them to this file (the theme's i18n/en.yaml lists every string)",
         "добавьте их в этот файл (все надписи перечислены в i18n/en.yaml темы)",
         "оларды осы файлға қосыңыз (барлық жазулар безендірудің i18n/en.yaml файлында тізілген)"},
        {"render.ui_strings_missing_language_hint_new",
         "write them in i18n/{lang}.yaml beside site.yaml: copy the theme's i18n/en.yaml and translate each text",
         "напишите их в i18n/{lang}.yaml рядом с site.yaml: скопируйте i18n/en.yaml темы и переведите каждую надпись",
         "оларды site.yaml жанындағы i18n/{lang}.yaml файлына жазыңыз: безендірудің i18n/en.yaml файлын көшіріп, әр жазуды аударыңыз"},
    };
}

}  // namespace urker
