// The catalogue rows of serve/ (ids "serve.…"): English, Russian, Kazakh. See message_catalog.cpp.
// The terminal lines of `urker serve` and the words of the error overlay in the browser.
#include "core/message_catalog_parts.h"

namespace urker {

std::vector<CatalogEntry> catalog_serve() {
    return {
        {"serve.build_failed",
         "{what}: the build failed ({count, plural, one {# error} other {# errors}}) in {milliseconds} ms; "
         "{kept, select, yes {the last good build is still served, with the errors shown over the page.} "
         "other {the pages show the errors until they are fixed.}}",
         "{what}: сборка не удалась ({count, plural, one {# ошибка} few {# ошибки} many {# ошибок} other {# ошибки}}) за "
         "{milliseconds} мс; {kept, select, yes {показывается последняя удачная сборка, а ошибки — поверх страницы.} "
         "other {пока ошибки не исправлены, страницы показывают их.}}",
         "{what}: жинау сәтсіз ({count, plural, other {# қате}}), {milliseconds} мс; "
         "{kept, select, yes {соңғы сәтті жинақ көрсетіліп тұр, ал қателер беттің үстінде шығады.} "
         "other {қателер түзетілгенше беттер соларды көрсетеді.}}"},
        {"serve.built", "{what}: built {pages, plural, one {# page} other {# pages}} in {milliseconds} ms.",
         "{what}: {pages, plural, one {собрана # страница} few {собраны # страницы} many {собрано # страниц} "
         "other {собрано # страницы}} за {milliseconds} мс.",
         "{what}: {pages, plural, other {# бет}} жиналды, {milliseconds} мс."},
        {"serve.cannot_bind",
         "cannot serve on {address}:{port}{next, select, yes { or the next 20 ports} other {}}: the port is in use, or the "
         "address is not one of this computer's",
         "не удаётся открыть сайт на {address}:{port}{next, select, yes { и следующих 20 портах} other {}}: порт занят или "
         "адрес не принадлежит этому компьютеру",
         "сайтты {address}:{port}{next, select, yes { және келесі 20 портта} other {}} ашу мүмкін емес: порт бос емес немесе "
         "мекенжай бұл компьютерге тиесілі емес"},
        {"serve.cannot_bind_hint", "choose another port, e.g.  urker serve --port {port}, or check the address given with --bind",
         "выберите другой порт, например  urker serve --port {port} , или проверьте адрес в --bind",
         "басқа портты таңдаңыз, мысалы  urker serve --port {port} , немесе --bind ішіндегі мекенжайды тексеріңіз"},
        {"serve.changed", "{files}{more, plural, =0 {} other { and # more}} changed",
         "изменения: {files}{more, plural, =0 {} other { и ещё #}}", "өзгерді: {files}{more, plural, =0 {} other { және тағы #}}"},
        {"serve.changed_open_pages", "{files}{more, plural, =0 {} other { and # more}} changed (the open pages)",
         "изменения: {files}{more, plural, =0 {} other { и ещё #}} (открытые страницы)",
         "өзгерді: {files}{more, plural, =0 {} other { және тағы #}} (ашық беттер)"},
        {"serve.crash_hint", "this is a bug in urker; please report it with the file that was being changed",
         "это ошибка в самом urker; сообщите о ней разработчикам и приложите файл, который вы меняли",
         "бұл urker-дің өз қатесі; әзірлеушілерге хабарлап, өзіңіз өзгерткен файлды тіркеңіз"},
        {"serve.first_build", "First build", "Первая сборка", "Алғашқы жинау"},
        {"serve.forbidden", "Forbidden: this address is outside the site", "Запрещено: этот адрес вне сайта",
         "Тыйым салынған: бұл мекенжай сайттан тыс"},
        {"serve.no_folder", "the folder {folder} does not exist", "папки {folder} нет", "{folder} қалтасы жоқ"},
        {"serve.no_folder_hint", "run urker serve in the folder with site.yaml, or pass it with --source",
         "запустите urker serve в папке, где лежит site.yaml, или укажите её через --source",
         "urker serve пәрменін site.yaml жатқан қалтада іске қосыңыз немесе оны --source арқылы көрсетіңіз"},
        {"serve.no_site_heading", "The site could not be built yet", "Сайт пока не удалось собрать", "Сайтты әзірге жинау мүмкін болмады"},
        {"serve.no_site_text",
         "The errors are listed below and in the terminal where <code>urker serve</code> runs. This page reloads by itself when "
         "they are fixed.",
         "Ошибки перечислены ниже и в терминале, где запущен <code>urker serve</code>. Когда их исправят, страница обновится сама.",
         "Қателер төменде және <code>urker serve</code> жұмыс істеп тұрған терминалда көрсетілген. Олар түзетілгенде бет өзі "
         "жаңарады."},
        {"serve.no_site_title", "urker serve: the site could not be built", "urker serve: сайт не удалось собрать",
         "urker serve: сайтты жинау мүмкін болмады"},
        {"serve.not_found", "Not found", "Не найдено", "Табылмады"},
        {"serve.not_watching", "{detail}; pages will not be rebuilt on changes",
         "{detail}; при изменениях страницы не будут пересобираться", "{detail}; өзгерістер болғанда беттер қайта жиналмайды"},
        {"serve.other_pages", "and the other pages in {milliseconds} ms.", "и остальные страницы за {milliseconds} мс.",
         "және қалған беттер {milliseconds} мс ішінде жиналды."},
        {"serve.overlay_close", "Close", "Закрыть", "Жабу"},
        {"serve.overlay_heading",
         "The site could not be rebuilt ({count, plural, one {# error} other {# errors}}). The page shows the last good build; "
         "it reloads by itself when the problem is fixed.",
         "Сайт не удалось пересобрать ({count, plural, one {# ошибка} few {# ошибки} many {# ошибок} other {# ошибки}}). "
         "Показана последняя удачная сборка; когда ошибку исправят, страница обновится сама.",
         "Сайтты қайта жинау мүмкін болмады ({count, plural, other {# қате}}). Соңғы сәтті жинақ көрсетіліп тұр; қате "
         "түзетілгенде бет өзі жаңарады."},
        {"serve.overlay_heading_no_site",
         "The site could not be built ({count, plural, one {# error} other {# errors}}); the page reloads by itself when the "
         "problem is fixed.",
         "Сайт не удалось собрать ({count, plural, one {# ошибка} few {# ошибки} many {# ошибок} other {# ошибки}}); когда "
         "ошибку исправят, страница обновится сама.",
         "Сайтты жинау мүмкін болмады ({count, plural, other {# қате}}); қате түзетілгенде бет өзі жаңарады."},
        {"serve.on_network", "On the network (another computer, a phone on the same Wi-Fi): {urls}",
         "В сети (с другого компьютера, с телефона в той же сети Wi-Fi): {urls}",
         "Желіде (басқа компьютерден, сол Wi-Fi желісіндегі телефоннан): {urls}"},
        {"serve.no_network_address", "This computer has no network address yet: other devices cannot open the site.",
         "У этого компьютера пока нет адреса в сети: с других устройств сайт не открыть.",
         "Бұл компьютердің әзірге желідегі мекенжайы жоқ: басқа құрылғылардан сайтты ашу мүмкін емес."},
        {"serve.port_in_use", "Port {port} is in use; using {other} instead.", "Порт {port} занят; вместо него открыт {other}.",
         "{port} порты бос емес; оның орнына {other} ашылды."},
        {"serve.rest_of_site", "The rest of the site", "Остальная часть сайта", "Сайттың қалған бөлігі"},
        {"serve.serving", "Serving the site at {url}{drafts, select, yes { (with drafts)} other {}}",
         "Сайт открыт по адресу {url}{drafts, select, yes { (с черновиками)} other {}}",
         "Сайт мына мекенжайда ашық: {url}{drafts, select, yes { (жобалармен бірге)} other {}}"},
        {"serve.stopped", "Stopped.", "Остановлено.", "Тоқтатылды."},
        {"serve.warnings_heading",
         "The site is built, with {count, plural, one {# warning} other {# warnings}} (in the terminal too):",
         "Сайт собран, но есть {count, plural, one {# предупреждение} few {# предупреждения} many {# предупреждений} other {# предупреждения}} "
         "(они есть и в терминале):",
         "Сайт жиналды, бірақ {count, plural, other {# ескерту}} бар (олар терминалда да бар):"},
        {"serve.watch_folder_failed", "cannot watch {folder}: {detail}", "не удаётся следить за папкой {folder}: {detail}",
         "{folder} қалтасын бақылау мүмкін емес: {detail}"},
        {"serve.watch_too_many", "too many folders to watch (raise fs.inotify.max_user_watches)",
         "слишком много папок для слежения (увеличьте fs.inotify.max_user_watches)",
         "бақылайтын қалталар тым көп (fs.inotify.max_user_watches мәнін арттырыңыз)"},
        {"serve.watch_unavailable", "cannot watch the site's files for changes: {detail}",
         "не удаётся следить за изменениями файлов сайта: {detail}", "сайт файлдарының өзгерістерін бақылау мүмкін емес: {detail}"},
        {"serve.watching", "Watching site.yaml, content/, static/ and themes/ for changes. Press Ctrl-C to stop.",
         "Слежу за изменениями в site.yaml, content/, static/ и themes/. Чтобы остановить, нажмите Ctrl-C.",
         "site.yaml, content/, static/ және themes/ ішіндегі өзгерістерді бақылап тұрмын. Тоқтату үшін Ctrl-C басыңыз."},
    };
}

}  // namespace urker
