// The catalogue rows of the history read from Git (ids "history.…"): English, Russian, Kazakh.
// See message_catalog.cpp and content/git_history.h.
#include "core/message_catalog_parts.h"

namespace urker {

std::vector<CatalogEntry> catalog_history() {
    return {
        {"history.not_in_git", "site.yaml asks for the history from Git (history: git), but the site is not in a Git repository",
         "site.yaml просит историю из Git (history: git), но сайт не лежит в репозитории Git",
         "site.yaml Git тарихын сұрайды (history: git), бірақ сайт Git репозиторийінде емес"},
        {"history.not_in_git_hint", "build from a clone of the repository, or write history: auto (or off) in site.yaml",
         "собирайте из клона репозитория или напишите в site.yaml history: auto (или off)",
         "репозиторийдің клонынан жинаңыз немесе site.yaml-ға history: auto (не off) деп жазыңыз"},
        {"history.partial",
         "the Git history stops at {date} (a shallow clone, or more than {limit} commits): pages older than that show only their later changes",
         "история Git обрывается на {date} (неполный клон или больше {limit} коммитов): у более старых страниц видны только поздние изменения",
         "Git тарихы {date} күнінде үзіледі (толық емес клон немесе {limit} коммиттен көп): ескі беттерде тек кейінгі өзгерістері көрінеді"},
        {"history.partial_hint", "clone the whole history: git fetch --unshallow, or fetch-depth: 0 in GitHub Actions' checkout",
         "склонируйте всю историю: git fetch --unshallow или fetch-depth: 0 в checkout у GitHub Actions",
         "бүкіл тарихты клондаңыз: git fetch --unshallow немесе GitHub Actions checkout-ында fetch-depth: 0"},
        {"history.unknown_setting", "\"{value}\" is not a way to read the history", "«{value}» — неизвестный способ читать историю",
         "«{value}» — тарихты оқудың белгісіз тәсілі"},
        {"history.unknown_setting_hint", "write one of: auto, git, off", "напишите одно из: auto, git, off", "мыналардың бірін жазыңыз: auto, git, off"},
        {"history.unreadable", "the Git repository cannot be read ({error}); the pages are built without their history",
         "репозиторий Git не читается ({error}); страницы собраны без истории",
         "Git репозиторийі оқылмайды ({error}); беттер тарихсыз жиналды"},
        {"history.unreadable_hint", "check the repository with git status and git fsck, or write history: off in site.yaml",
         "проверьте репозиторий командами git status и git fsck или напишите в site.yaml history: off",
         "репозиторийді git status және git fsck командаларымен тексеріңіз немесе site.yaml-ға history: off деп жазыңыз"},
        {"history.walk_failed", "the Git history cannot be read past the commit {commit} ({error}); older changes are left out",
         "историю Git не удаётся прочитать дальше коммита {commit} ({error}); более ранние изменения не учтены",
         "Git тарихын {commit} коммитінен әрі оқу мүмкін болмады ({error}); ертеректегі өзгерістер ескерілмеді"},
    };
}

}  // namespace urker
