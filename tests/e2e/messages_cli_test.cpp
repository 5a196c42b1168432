// The commands speak the reader's language: init, new, check and serve's front ends choose Russian,
// Kazakh or English by --lang, else URKER_LANG, else the system's language (LANG), else the
// site's, and still name the file and line of every problem.
#include <doctest/doctest.h>

#include <cstdio>
#include <filesystem>
#include <sstream>
#include <sys/wait.h>

#include "core/fs.h"
#include "site_fixture.h"

using namespace urker::testing;
namespace fs = std::filesystem;

namespace {

bool contains(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }

// Runs urker with `environment` in front (e.g. "LANG=ru_RU.UTF-8") and no URKER_LANG or LC_*
// of the test suite's own, so the given variables decide.
int run_urker_with(const std::string& environment, const std::string& args, std::string& output) {
    std::string cmd = "env -u URKER_LANG -u LC_ALL -u LC_MESSAGES -u LANG " + environment + " " + std::string(URKER_BINARY) + " " +
                      args + " 2>&1";
    FILE* pipe = popen(cmd.c_str(), "r");
    REQUIRE(pipe != nullptr);
    char buf[4096];
    output.clear();
    std::size_t n;
    while ((n = fread(buf, 1, sizeof buf, pipe)) > 0) output.append(buf, n);
    int status = pclose(pipe);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

// An empty temporary folder, removed afterwards.
struct EmptyFolder {
    SiteFixture fixture{std::map<std::string, std::string>{}, false};
    fs::path portal() const { return fixture.root() / "portal"; }
};

const char* kBrokenPage = "---\ntitle: B\ndate: 2026-02-30\n---\nТекст.\n";

}  // namespace

TEST_CASE("urker init says what it wrote and what to do next in the language given with --lang") {
    EmptyFolder kk_folder;
    std::string out;
    REQUIRE(run_urker_with("", "init " + kk_folder.portal().string() + " --language kk --lang kk", out) == 0);
    CHECK(contains(out, "ішінде жаңа портал: site.yaml, content/ ішінде "));
    CHECK(contains(out, "Әрі қарай:"));
    CHECK(contains(out, "  urker serve      # порталды өңдеп отырып, браузерде көру"));

    EmptyFolder ru_folder;
    REQUIRE(run_urker_with("", "init " + ru_folder.portal().string() + " --language kk --lang ru", out) == 0);
    CHECK(contains(out, "Новый портал в " + ru_folder.portal().string() + ": site.yaml, "));
    CHECK(contains(out, "Что дальше:"));

    // A second init into the same folder is refused in the reader's language.
    CHECK(run_urker_with("", "init " + ru_folder.portal().string() + " --lang ru", out) == 1);
    CHECK(contains(out, "ошибка: " + (ru_folder.portal() / "site.yaml").string() + " уже существует"));
    CHECK(contains(out, "    подсказка: чтобы начать другой портал, укажите новую папку"));

    // With no option and no environment, the new portal's language speaks.
    EmptyFolder quiet;
    REQUIRE(run_urker_with("", "init " + quiet.portal().string() + " --language kk", out) == 0);
    CHECK(contains(out, "Әрі қарай:"));
}

TEST_CASE("urker new follows the system's language, with URKER_LANG unset") {
    EmptyFolder folder;
    const fs::path site = folder.portal();
    std::string out;
    REQUIRE(run_urker_with("", "init " + site.string() + " --language ru --lang en", out) == 0);
    const std::string src = " --source " + site.string();

    REQUIRE(run_urker_with("LANG=ru_RU.UTF-8", "new news \"Новость без автора\"" + src, out) == 0);
    CHECK(contains(out, (site / "content/news/novost-bez-avtora.md").string()));
    CHECK(contains(out, "примечание: впишите идентификатор участника в закомментированную строку  author:"));

    CHECK(run_urker_with("LANG=ru_RU.UTF-8", "new materail \"Тест\"" + src, out) == 2);
    CHECK(contains(out, "ошибка: urker new не знает вида страниц «materail» — может быть, «material»?"));

    CHECK(run_urker_with("LANG=kk_KZ.UTF-8", "new news \"Новость без автора\"" + src, out) == 1);
    CHECK(contains(out, "қате: " + (site / "content/news/novost-bez-avtora.md").string() + " бұрыннан бар; urker new файлдарды"));
    CHECK(contains(out, "кеңес: басқа атау таңдаңыз немесе файлдың атын өзіңіз беріңіз:  --slug novost-bez-avtora-2"));

    // URKER_LANG comes before the system's language.
    CHECK(run_urker_with("URKER_LANG=en LANG=ru_RU.UTF-8", "new news \"Новость без автора\"" + src, out) == 1);
    CHECK(contains(out, "error: " + (site / "content/news/novost-bez-avtora.md").string() + " already exists"));

    // With neither, the page's language (--lang) speaks.
    CHECK(run_urker_with("", "new materail \"Тест\" --lang kk" + src, out) == 2);
    CHECK(contains(out, "қате: urker new «materail» бет түрін білмейді — «material» болуы мүмкін бе?"));
    // LANG=C.UTF-8 (a server's, a container's) chooses no language: the page's speaks too.
    CHECK(run_urker_with("LANG=C.UTF-8", "new materail \"Тест\" --lang kk" + src, out) == 2);
    CHECK(contains(out, "қате: urker new «materail» бет түрін білмейді — «material» болуы мүмкін бе?"));

    // A language code mistyped as the country's (kz) is answered in the language meant, with its
    // code, when the site has it; on a site without it, in the site's language, with no guess.
    CHECK(run_urker_with("", "new material \"Тест\" --lang kz" + src, out) == 2);
    CHECK(contains(out, "ошибка: «kz» нет среди языков сайта (ru)"));
    CHECK_FALSE(contains(out, "--lang ru"));
    // A code urker speaks, but not one of the site's languages: said in the language written.
    CHECK(run_urker_with("LANG=C.UTF-8", "new material \"Тест\" --lang kk" + src, out) == 2);
    CHECK(contains(out, "қате: «kk» сайттың тілдері (ru) арасында жоқ"));
    std::string yaml = *urker::read_file(site / "site.yaml");
    yaml.replace(yaml.find("languages: [ru]"), 15, "languages: [ru, kk]");
    folder.fixture.write("portal/site.yaml", yaml);
    CHECK(run_urker_with("", "new material \"Тест\" --lang kz" + src, out) == 2);
    CHECK(contains(out, "қате: «kz» сайттың тілдері (ru, kk) арасында жоқ"));
    CHECK(contains(out, "кеңес: тілдің кодын жазыңыз:  --lang kk"));
}

TEST_CASE("urker new with a --slug of no letters or digits says it is the --slug, not the title, and how to write one") {
    EmptyFolder folder;
    const fs::path site = folder.portal();
    std::string out;
    REQUIRE(run_urker_with("", "init " + site.string() + " --language kk --languages kk,ru", out) == 0);
    const std::string src = " --source " + site.string();
    CHECK(run_urker_with("URKER_LANG=ru", "new material \"Тест\" --slug \".\"" + src, out) == 2);
    CHECK_MESSAGE(contains(out, "ошибка: в значении --slug «.» нет букв или цифр, по которым можно назвать файл"), out);
    CHECK_MESSAGE(contains(out, "подсказка: напишите имя файла буквами, цифрами и дефисами, например:  --slug test, "
                                "или не указывайте --slug: тогда имя файла будет взято из названия"),
                  out);
    CHECK_FALSE(contains(out, "в названии"));
    CHECK(run_urker_with("URKER_LANG=kk", "new material \"Тест\" --slug \".\"" + src, out) == 2);
    CHECK_MESSAGE(contains(out, "қате: --slug «.» мәнінде файлды атауға болатын әріп немесе цифр жоқ"), out);
    CHECK_MESSAGE(contains(out, "мысалы:  --slug test, немесе --slug параметрін жазбаңыз"), out);
    // A title with nothing to name the file after either: the example is a made-up name.
    CHECK(run_urker_with("URKER_LANG=en", "new material \"!!!\" --slug \"-\"" + src, out) == 2);
    CHECK_MESSAGE(contains(out, "error: the --slug value \"-\" has no letters or digits to name the file after"), out);
    CHECK_MESSAGE(contains(out, "hint: write the file's name in letters, digits and hyphens, e.g.  --slug my-page\n"), out);
    CHECK_FALSE(fs::exists(site / "content/materials/test"));
}

TEST_CASE("a language urker does not speak given with --lang is an error with the likely one, not English in silence") {
    EmptyFolder folder;
    std::string out;
    CHECK(run_urker_with("", "build --lang kz --source " + folder.fixture.root().string(), out) == 2);
    CHECK(contains(out, "қате: urker «kz» тілін білмейді — «kk» деп жазғыңыз келген шығар?"));
    CHECK(contains(out, "кеңес: --lang kk (қазақша), --lang ru (орысша) немесе --lang en (ағылшынша) деп жазыңыз"));
    CHECK(run_urker_with("LANG=ru_RU.UTF-8", "check --lang=рус", out) == 2);
    CHECK(contains(out, "ошибка: языка «рус» urker не знает — может быть, «ru»?"));
    CHECK(run_urker_with("", "init " + folder.portal().string() + " --lang qazaq", out) == 2);
    CHECK_FALSE(fs::exists(folder.portal()));
    // Codes in capitals and whole locales are languages urker speaks.
    CHECK(run_urker_with("", "build --lang KK --source " + folder.fixture.root().string(), out) == 1);
    CHECK(contains(out, "site.yaml файлы жоқ"));
    CHECK(run_urker_with("", "build --lang ru_RU.UTF-8 --source " + folder.fixture.root().string(), out) == 1);
    CHECK(contains(out, "нет файла site.yaml"));
}

TEST_CASE("a teacher's mistake is reported at its file and line in Russian and Kazakh") {
    SiteFixture site({{"site.yaml", "title: Test\nlanguage: ru\nbase_url: /\n"}, {"content/a.md", "---\ntitle: A\n---\nТекст.\n"}});
    site.write("content/b.md", kBrokenPage);
    site.write("content/c.md", "---\ntitle: C\n\tdraft: true\n---\n");
    const std::string src = " --source " + site.root().string();
    std::string out;

    CHECK(run_urker_with("", "build --lang kk" + src, out) == 1);
    CHECK(contains(out, "content/b.md:3:7: қате: date: «2026-02-30» — мұндай күн жоқ: 2026-02 айында 28 күн бар"));
    CHECK(contains(out, "content/c.md:3:1: қате: бұл жолдың басында табуляция тұр, ал YAML бос орындарды талап етеді"));

    CHECK(run_urker_with("LANG=ru_RU.UTF-8", "build" + src, out) == 1);
    CHECK(contains(out, "content/b.md:3:7: ошибка: date: «2026-02-30» — такого дня нет: в месяце 2026-02 28 дней"));
    CHECK(contains(out, "    подсказка: например:  date: 2026-09-01"));
    CHECK(contains(out, "content/c.md:3:1: ошибка: в начале этой строки стоит табуляция, а YAML требует пробелов"));

    // urker check takes the same option, and every problem keeps its place.
    CHECK(run_urker_with("", "check --lang kk" + src, out) == 1);
    CHECK(contains(out, "content/b.md:3:7: "));
    CHECK(contains(out, "content/c.md:3:1: "));
    CHECK(run_urker_with("LANG=ru_RU.UTF-8", "check" + src, out) == 1);
    CHECK(contains(out, "content/b.md:3:7: "));

    // A site.yaml written in Kazakh's site language answers in Kazakh when nothing else is set.
    site.write("site.yaml", "title: Test\nlanguage: kk\nbase_url: /\n");
    CHECK(run_urker_with("", "build" + src, out) == 1);
    CHECK(contains(out, "content/b.md:3:7: қате: "));
}

TEST_CASE("a mistyped command is answered in the reader's language, and --lang is in every command's help") {
    std::string out;
    CHECK(run_urker_with("LANG=kk_KZ.UTF-8", "buidl", out) == 2);
    CHECK(contains(out, "қате: «buidl» деген пәрмен жоқ — «build» болуы мүмкін бе?"));
    CHECK(run_urker_with("", "buidl --lang ru", out) == 2);
    CHECK(contains(out, "ошибка: команды «buidl» нет — может быть, «build»?"));
    CHECK(contains(out, "подсказка: команды: build, serve, check, index, init, new, help"));

    for (const char* command : {"build", "check", "serve", "init"}) {
        CAPTURE(command);
        CHECK(run_urker_with("", std::string("help ") + command, out) == 0);
        CHECK(contains(out, "--lang"));
        CHECK(contains(out, "ru, kk or en"));
    }
}

TEST_CASE("urker serve says it cannot start in the reader's language") {
    EmptyFolder folder;
    std::string out;
    CHECK(run_urker_with("", "serve --lang kk --source " + (folder.fixture.root() / "nowhere").string(), out) == 1);
    CHECK(contains(out, "қате: " + (folder.fixture.root() / "nowhere").string() + " қалтасы жоқ"));
    CHECK(contains(out, "кеңес: urker serve пәрменін site.yaml жатқан қалтада іске қосыңыз"));
    CHECK(run_urker_with("LANG=ru_RU.UTF-8", "serve --source " + (folder.fixture.root() / "nowhere").string(), out) == 1);
    CHECK(contains(out, "ошибка: папки " + (folder.fixture.root() / "nowhere").string() + " нет"));
}

TEST_CASE("a command line urker cannot take is told in the reader's language, with the command's help to look at") {
    std::string out;
    CHECK(run_urker_with("LANG=ru_RU.UTF-8", "build --bogus", out) == 2);
    CHECK(contains(out, "ошибка: команда не принимает --bogus"));
    CHECK(contains(out, "подсказка: что принимает команда, покажет  urker help build"));
    CHECK_FALSE(contains(out, "not expected"));
    CHECK(run_urker_with("URKER_LANG=kk", "build --output", out) == 2);
    CHECK(contains(out, "қате: --output параметрінен кейін мәнін жазу керек"));
    CHECK(run_urker_with("URKER_LANG=ru", "new material", out) == 2);
    CHECK(contains(out, "ошибка: команде не хватает значения title"));
    CHECK(run_urker_with("URKER_LANG=ru", "check one two", out) == 2);
    CHECK(contains(out, "команда не принимает one two"));  // in the order written
    CHECK(run_urker_with("", "help build --lang ru", out) == 0);
    CHECK(contains(out, "--source"));
    // help takes a command and --lang only; the hint is urker's list of commands, not "urker help help".
    CHECK(run_urker_with("URKER_LANG=ru", "help build -s site", out) == 2);
    CHECK(contains(out, "ошибка: команда не принимает -s site"));
    CHECK(contains(out, "подсказка: список команд покажет  urker --help"));
    CHECK_FALSE(contains(out, "help help"));
}

namespace {

// The help's lines that hold an option and its description: the description starts in the same
// column, counted in letters (CLI11 counted bytes, so a Cyrillic label put it out of line), and
// each continued line is indented to it.
void check_lined_up(const std::string& help) {
    std::istringstream lines(help);
    std::size_t options = 0;
    for (std::string line; std::getline(lines, line);) {
        std::u32string letters;
        for (std::size_t i = 0; i < line.size();) {
            const unsigned char c = static_cast<unsigned char>(line[i]);
            const std::size_t n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
            letters.push_back(c);
            i += n;
        }
        if (line.rfind("  -", 0) != 0 || letters.size() <= 30) continue;
        ++options;
        CAPTURE(line);
        CHECK(letters[29] == U' ');
        CHECK(letters[30] != U' ');
    }
    CHECK(options >= 3);
}

}  // namespace

TEST_CASE("urker's help speaks the reader's language, lined up and wrapped by letters") {
    std::string out;
    REQUIRE(run_urker_with("LANG=ru_RU.UTF-8", "help build", out) == 0);
    CHECK(contains(out, "Собрать сайт в папку вывода (по умолчанию public/)"));
    CHECK(contains(out, "Запуск: urker build [ПАРАМЕТРЫ]"));
    CHECK(contains(out, "\nПараметры:\n  -h,--help                   Показать эту справку и выйти\n"));
    CHECK(contains(out, "  -s,--source ТЕКСТ=.         Папка сайта, где лежат site.yaml и content/\n"));
    CHECK(contains(out, "Коды выхода: 0 — собрано, 1 — ошибки в содержимом, 2 — неверная команда."));
    for (const char* english : {"Usage", "Options", "TEXT", "Print this help", "Build the site"}) {
        CAPTURE(english);
        CHECK_FALSE(contains(out, english));
    }
    check_lined_up(out);
    // A long description goes on under its first line, not to the terminal's edge.
    CHECK(contains(out, "\n                              язык системы, затем язык сайта)\n"));

    REQUIRE(run_urker_with("URKER_LANG=kk", "new --help", out) == 0);
    CHECK(contains(out, "Бет қосу: urker new material"));
    CHECK(contains(out, "Аргументтер:\n  kind МӘТІН МІНДЕТТІ         material (материал), member (қатысушы)"));
    check_lined_up(out);
    REQUIRE(run_urker_with("URKER_LANG=kk", "", out) == 0);
    CHECK(contains(out, "Пәрмендер:\n  build                       Сайтты шығыс қалтасына жинау"));
    CHECK(contains(out, "  -V,--version                urker нұсқасын көрсетіп, шығу"));

    // CLI11's range ("INT in [0 - 65535]") is English: the port's description says it instead.
    REQUIRE(run_urker_with("", "serve --help --lang ru", out) == 0);
    CHECK(contains(out, "  -p,--port ЧИСЛО             Порт, 0–65535 (по умолчанию 8080"));
    CHECK_FALSE(contains(out, "INT"));
}

TEST_CASE("on a machine whose system names no language, urker's help speaks the site's") {
    EmptyFolder folder;
    fs::create_directories(folder.portal());
    folder.fixture.write("portal/site.yaml", "title: Мектеп\nbase_url: https://example.kz/\nlanguage: kk\nlanguages: [kk, ru]\n");
    std::string out;
    REQUIRE(run_urker_with("LANG=C.UTF-8", "build --help --source " + folder.portal().string(), out) == 0);
    CHECK(contains(out, "Қолданылуы: urker build [ПАРАМЕТРЛЕР]"));
    // The system's language, when it names one, comes before the site's.
    REQUIRE(run_urker_with("LANG=ru_RU.UTF-8", "build --help --source " + folder.portal().string(), out) == 0);
    CHECK(contains(out, "Запуск: urker build [ПАРАМЕТРЫ]"));
    // No site: English.
    REQUIRE(run_urker_with("LANG=C.UTF-8", "build --help --source " + (folder.fixture.root() / "nowhere").string(), out) == 0);
    CHECK(contains(out, "Usage: urker build [OPTIONS]"));
}
