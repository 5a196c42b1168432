// The catalogue rows of output/ (ids "output.…"): English, Russian, Kazakh. See message_catalog.cpp.
// (output.refused_hint lives with the build command's rows.)
#include "core/message_catalog_parts.h"

namespace urker {

std::vector<CatalogEntry> catalog_output() {
    return {
        {"output.cannot_create_folder", "cannot create the folder {folder}: {detail}", "не удаётся создать папку {folder}: {detail}",
         "{folder} қалтасын жасау мүмкін емес: {detail}"},
        {"output.cannot_create_folder_hint", "check the path and the folder's permissions", "проверьте путь и права доступа к папке",
         "жолды және қалтаға кіру құқығын тексеріңіз"},
        {"output.cannot_move_aside", "cannot move the folder's contents aside to {backup}: {detail}",
         "не удаётся отложить содержимое папки в {backup}: {detail}", "қалтаның ішіндегісін {backup} ішіне ысыру мүмкін емес: {detail}"},
        {"output.cannot_move_aside_hint", "check the folder's permissions, or choose a new or empty folder",
         "проверьте права доступа к папке или выберите новую либо пустую папку",
         "қалтаға кіру құқығын тексеріңіз немесе жаңа не бос қалтаны таңдаңыз"},
        {"output.choose_folder_hint", "choose a folder for the site, e.g. --output public",
         "выберите папку для сайта, например --output public", "сайтқа арналған қалтаны таңдаңыз, мысалы --output public"},
        {"output.choose_hint",
         "leave out --output to build into the site's public/ folder, or choose a new or empty folder outside the site",
         "не указывайте --output, чтобы собрать сайт в его папку public/, или выберите новую либо пустую папку вне сайта",
         "сайтты өзінің public/ қалтасына жинау үшін --output көрсетпеңіз немесе сайттан тыс жаңа не бос қалтаны таңдаңыз"},
        {"output.foreign_files_moved",
         "files were added to the output folder that urker did not write; the previous site with them was moved to {backup} "
         "instead of being deleted",
         "в папку сайта добавили файлы, которые записал не urker; прежний сайт вместе с ними перенесён в {backup}, а не удалён",
         "сайт қалтасына urker жазбаған файлдар қосылған; бұрынғы сайт солармен бірге өшірілмей, {backup} ішіне көшірілді"},
        {"output.foreign_files_moved_hint", "put files that belong on the site into the site's static/ folder",
         "файлы, которые должны быть на сайте, кладите в папку static/ сайта",
         "сайтта болуы тиіс файлдарды сайттың static/ қалтасына салыңыз"},
        {"output.not_locked", "the output folder could not be locked: {detail}", "не удалось занять папку сайта: {detail}",
         "сайт қалтасын бұғаттау мүмкін болмады: {detail}"},
        {"output.not_locked_hint", "wait until the other build has finished, then build again",
         "дождитесь конца другой сборки и соберите снова", "басқа жинау аяқталғанша күтіп, қайта жинаңыз"},
        {"output.not_swapped", "the new site could not be put in place: {detail}", "новый сайт не удалось поставить на место: {detail}",
         "жаңа сайтты орнына қою мүмкін болмады: {detail}"},
        {"output.not_swapped_hint", "close programs that use files in that folder, check its permissions and build again",
         "закройте программы, которые используют файлы в этой папке, проверьте права доступа и соберите снова",
         "сол қалтадағы файлдарды пайдаланып тұрған бағдарламаларды жабыңыз, кіру құқығын тексеріп, қайта жинаңыз"},
        {"output.not_written", "the site could not be written: {detail}", "сайт не удалось записать: {detail}",
         "сайтты жазу мүмкін болмады: {detail}"},
        {"output.not_written_hint", "check the free disk space and the folder's permissions",
         "проверьте свободное место на диске и права доступа к папке", "дискідегі бос орынды және қалтаға кіру құқығын тексеріңіз"},
        {"output.old_copy_moved", "an old copy of the site held files urker did not write; they were moved to {backup}",
         "в старой копии сайта были файлы, которые записал не urker; они перенесены в {backup}",
         "сайттың ескі көшірмесінде urker жазбаған файлдар болды; олар {backup} ішіне көшірілді"},
        {"output.refused_contains_source",
         "the output folder contains the site's folder ({source}): building would replace the site's own files with the web pages",
         "папка для сайта содержит папку с исходниками сайта ({source}): сборка заменила бы файлы сайта веб-страницами",
         "шығыс қалтасының ішінде сайттың бастапқы қалтасы ({source}) бар: жинау сайттың өз файлдарын веб-беттермен ауыстырар еді"},
        {"output.refused_file", "the output is a file, not a folder: building would replace it with the site",
         "указан файл, а не папка: сборка заменила бы его сайтом", "қалта емес, файл көрсетілген: жинау оны сайтпен ауыстырар еді"},
        {"output.refused_foreign_files",
         "the output folder holds {count, plural, one {# file} other {# files}} that urker did not write ({examples}): building "
         "would replace them",
         "в папке для сайта {count, plural, one {есть # файл, который записал} few {есть # файла, которые записал} "
         "many {есть # файлов, которые записал} other {есть # файла, которые записал}} не urker ({examples}): сборка заменила бы их",
         "шығыс қалтасында urker жазбаған {count, plural, other {# файл}} бар ({examples}): жинау оларды ауыстырар еді"},
        {"output.refused_foreign_folder",
         "the output folder is not empty and was not made by urker (it has no {marker} file): building would replace what is in "
         "it ({examples})",
         "папка для сайта не пуста и создана не urker (в ней нет файла {marker}): сборка заменила бы её содержимое ({examples})",
         "шығыс қалтасы бос емес және оны urker жасамаған (онда {marker} файлы жоқ): жинау ондағыны ауыстырар еді ({examples})"},
        {"output.refused_foreign_hint",
         "{marked, select, yes {move those files into the site's static/ folder, which every build publishes; } other {choose a "
         "new or empty folder; }}or build with --force to move the folder's contents aside to {backup} (nothing is deleted)",
         "{marked, select, yes {перенесите эти файлы в папку static/ сайта — её публикует каждая сборка; } other {выберите новую "
         "или пустую папку; }}или соберите с --force, чтобы отложить содержимое папки в {backup} (ничего не удаляется)",
         "{marked, select, yes {ол файлдарды сайттың static/ қалтасына көшіріңіз — оны әр жинау жариялайды; } other {жаңа не бос "
         "қалтаны таңдаңыз; }}немесе қалтаның ішіндегісін {backup} ішіне ысыру үшін --force арқылы жинаңыз (ештеңе өшірілмейді)"},
        {"output.refused_home",
         "the output folder cannot be your home folder: building would replace all your files with the site",
         "папкой для сайта не может быть ваша домашняя папка: сборка заменила бы все ваши файлы сайтом",
         "шығыс қалтасы сіздің үй қалтаңыз бола алмайды: жинау барлық файлдарыңызды сайтпен ауыстырар еді"},
        {"output.refused_inside_source",
         "the output folder {folder} is inside the site's folder: building would replace it with the web pages",
         "папка для сайта {folder} лежит внутри папки с исходниками: сборка заменила бы её веб-страницами",
         "{folder} шығыс қалтасы сайттың бастапқы қалтасының ішінде: жинау оны веб-беттермен ауыстырар еді"},
        {"output.refused_inside_source_hint",
         "inside the site only public/ (and public-drafts/ for --drafts) can hold the built site; or choose a folder outside the site",
         "внутри сайта собранный сайт может лежать только в public/ (и в public-drafts/ для --drafts); или выберите папку вне сайта",
         "сайттың ішінде жиналған сайт тек public/ (және --drafts үшін public-drafts/) қалтасында бола алады; немесе сайттан тыс "
         "қалтаны таңдаңыз"},
        {"output.refused_looks_like_source",
         "the output folder looks like a site's source (it has site.yaml or content/): building would replace it",
         "папка для сайта похожа на исходники сайта (в ней есть site.yaml или content/): сборка заменила бы её",
         "шығыс қалтасы сайттың бастапқы қалтасына ұқсайды (онда site.yaml немесе content/ бар): жинау оны ауыстырар еді"},
        {"output.refused_not_folder", "the output is not a folder: building would replace it with the site",
         "указана не папка: сборка заменила бы это сайтом", "көрсетілгені қалта емес: жинау оны сайтпен ауыстырар еді"},
        {"output.refused_root",
         "the output folder cannot be the root of the file system: building would replace everything on it",
         "папкой для сайта не может быть корень файловой системы: сборка заменила бы на нём всё",
         "шығыс қалтасы файлдық жүйенің түбірі бола алмайды: жинау ондағының бәрін ауыстырар еді"},
        {"output.refused_source",
         "the output folder is the site's own folder: building would replace site.yaml and content/ with the web pages",
         "папка для сайта совпадает с папкой исходников: сборка заменила бы site.yaml и content/ веб-страницами",
         "шығыс қалтасы сайттың өз қалтасымен бірдей: жинау site.yaml мен content/ қалтасын веб-беттермен ауыстырар еді"},
    };
}

}  // namespace urker
