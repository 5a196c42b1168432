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
        {"render.ui_strings_shape_hint", "e.g.  read_more: \"Читать далее\"", "например,  read_more: \"Читать далее\"",
         "мысалы,  read_more: \"Толығырақ оқу\""},
    };
}

}  // namespace urker
