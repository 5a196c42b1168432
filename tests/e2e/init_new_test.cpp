// The way in, as a new webmaster and a teacher take it: urker init writes a portal that builds
// with the theme built into urker, urker new adds each kind of page, a themes/ file overrides
// the built-in one, and a mistyped command gets a suggestion.
#include <doctest/doctest.h>

#include <algorithm>
#include <ctime>
#include <filesystem>
#include <fstream>

#include "core/fs.h"
#include "core/text.h"
#include "site_fixture.h"

using namespace urker::testing;
namespace fs = std::filesystem;

namespace {

bool contains(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }

std::string read(const fs::path& p) { return urker::read_file(p).value_or("<missing " + p.string() + ">"); }

void write(const fs::path& p, const std::string& text) {
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << text;
}

// An empty temporary folder, removed afterwards.
struct EmptyFolder {
    SiteFixture fixture{std::map<std::string, std::string>{}, false};
    fs::path portal() const { return fixture.root() / "portal"; }
};

std::string today() {
    std::time_t now = std::time(nullptr);
    std::tm tm{};
    localtime_r(&now, &tm);
    char buf[16];
    std::strftime(buf, sizeof buf, "%Y-%m-%d", &tm);
    return buf;
}

std::size_t count_occurrences(const std::string& text, const std::string& what) {
    std::size_t n = 0;
    for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + what.size())) ++n;
    return n;
}

// Every file under `root` with a {{placeholder}} left unfilled.
std::string unfilled_placeholders(const fs::path& root) {
    std::string found;
    for (const auto& rel : urker::list_files(root))
        if (contains(read(root / rel), "{{")) found += rel + " ";
    return found;
}

}  // namespace

TEST_CASE("urker init writes a portal that builds at once, with no themes folder") {
    for (std::string lang : {"ru", "kk", "en"}) {
        CAPTURE(lang);
        EmptyFolder folder;
        const fs::path site = folder.portal();
        std::string out;
        REQUIRE(run_urker("init " + site.string() + " --language " + lang, out) == 0);
        CHECK(contains(out, "urker serve"));
        CHECK(fs::exists(site / "site.yaml"));
        CHECK_FALSE(fs::exists(site / "themes"));
        CHECK(contains(read(site / ".gitignore"), "public/\npublic-drafts/\n.urker-cache/\n"));
        CHECK(contains(read(site / "site.yaml"), std::string("language: ") + lang + "\nlanguages: [" + lang + "]\n"));
        for (const char* section : {"materials", "members", "schools", "groups", "plans", "news", "events", "forum"})
            CHECK(fs::exists(site / "content" / section / "_index.md"));
        CHECK(unfilled_placeholders(site) == "");

        REQUIRE(run_urker("build --quiet --source " + site.string(), out) == 0);
        CHECK(out == "");  // not even a warning
        const fs::path pub = site / "public";
        CHECK(fs::exists(pub / "index.html"));
        CHECK(fs::exists(pub / "css" / "urker.css"));  // the built-in theme's static files
        CHECK(fs::exists(pub / "js" / "search.js"));
        CHECK(fs::exists(pub / "events" / "calendar.ics"));
        for (const char* section : {"materials", "members", "schools", "groups", "plans", "news", "events", "forum"})
            CHECK(fs::exists(pub / section / "index.html"));
        // One example of each kind, with the material's attachment beside its page.
        std::size_t attachments = 0;
        for (const auto& rel : urker::list_files(pub / "materials"))
            if (urker::ends_with(rel, ".txt")) ++attachments;
        CHECK(attachments == 1);
    }
}

TEST_CASE("urker init with two languages writes every section page in both") {
    EmptyFolder folder;
    const fs::path site = folder.portal();
    std::string out;
    REQUIRE(run_urker("init " + site.string() + " --language kk --languages kk,ru", out) == 0);
    CHECK(contains(read(site / "site.yaml"), "languages: [kk, ru]"));
    CHECK(contains(read(site / "site.yaml"), "title: {kk: \"Мұғалімдердің желілік қауымдастығы\", ru: \"Сетевое сообщество учителей\"}"));
    CHECK(contains(read(site / "content" / "news" / "_index.md"), "title: \"Жаңалықтар\""));
    CHECK(contains(read(site / "content" / "news" / "_index.ru.md"), "title: \"Новости\""));
    CHECK(fs::exists(site / "content" / "about.ru.md"));
    CHECK(fs::exists(site / "content" / "_index.ru.md"));
    REQUIRE(run_urker("build --quiet --source " + site.string(), out) == 0);
    CHECK(fs::exists(site / "public" / "ru" / "news" / "index.html"));
    CHECK(contains(read(site / "public" / "ru" / "news" / "index.html"), "Новости"));
}

TEST_CASE("the events page urker init writes promises a calendar only when one is published") {
    for (std::string lang : {"ru", "kk", "en"}) {
        CAPTURE(lang);
        EmptyFolder folder;
        const fs::path site = folder.portal();
        std::string out;
        const std::string other = lang == "ru" ? "kk" : "ru";
        REQUIRE(run_urker("init " + site.string() + " --language " + lang + " --languages " + lang + "," + other, out) == 0);
        const fs::path pub = site / "public";
        const fs::path pages[] = {pub / "events" / "index.html", pub / other / "events" / "index.html"};
        // With the example event: the calendar is published and the theme links to it.
        REQUIRE(run_urker("build --quiet --source " + site.string(), out) == 0);
        REQUIRE(fs::exists(pub / "events" / "calendar.ics"));
        for (const auto& page : pages) CHECK(contains(read(page), "events/calendar.ics\" type=\"text/calendar\""));
        // Without events there is no calendar file, and no page tells of one.
        for (const auto& e : fs::directory_iterator(site / "content" / "events"))
            if (!urker::starts_with(e.path().filename().string(), "_index")) fs::remove(e.path());
        REQUIRE(run_urker("build --quiet --source " + site.string(), out) == 0);
        CHECK(out == "");
        CHECK_FALSE(fs::exists(pub / "events" / "calendar.ics"));
        for (const auto& page : pages) {
            CAPTURE(page);
            const std::string html = read(page);
            CHECK_FALSE(contains(html, "calendar.ics"));
            CHECK_FALSE(contains(html, ".ics"));
        }
    }
}

TEST_CASE("urker init refuses a folder that already holds a portal, and a language it has no texts in") {
    EmptyFolder folder;
    const fs::path site = folder.portal();
    write(site / "site.yaml", "title: Мой портал\n");
    std::string out;
    CHECK(run_urker("init " + site.string(), out) == 1);
    CHECK(contains(out, "site.yaml already exists"));
    CHECK(read(site / "site.yaml") == "title: Мой портал\n");
    CHECK_FALSE(fs::exists(site / "content"));

    fs::remove(site / "site.yaml");
    write(site / "content" / "a.md", "---\ntitle: A\n---\n");
    CHECK(run_urker("init " + site.string(), out) == 1);
    CHECK(contains(out, "content already exists"));
    CHECK_FALSE(fs::exists(site / "site.yaml"));

    CHECK(run_urker("init " + (folder.fixture.root() / "other").string() + " --language de", out) == 2);
    CHECK(contains(out, "no texts in the language \"de\""));
    CHECK_FALSE(fs::exists(folder.fixture.root() / "other"));
}

TEST_CASE("urker new writes every kind at its transliterated address, and the site still builds") {
    EmptyFolder folder;
    const fs::path site = folder.portal();
    std::string out;
    REQUIRE(run_urker("init " + site.string(), out) == 0);
    const std::string src = " --source " + site.string();
    struct Case {
        const char* kind;
        const char* title;
        const char* path;
    };
    const Case cases[] = {
        {"material", "Сложение дробей", "content/materials/slozheniye-drobey/index.md"},
        {"member", "Петрова Ольга Николаевна", "content/members/petrova-o.md"},
        {"news", "Итоги семинара", "content/news/itogi-seminara.md"},
        {"event", "Вебинар «Читательская грамотность»", "content/events/vebinar-chitatelskaya-gramotnost.md"},
        {"plan", "План методического объединения", "content/plans/plan-metodicheskogo-obyedineniya.md"},
        {"topic", "Как оценивать проекты?", "content/forum/kak-otsenivat-proyekty.md"},
        {"school", "Школа-лицей № 3", "content/schools/shkola-litsey-no-3.md"},
        {"group", "Методическое объединение учителей физики", "content/groups/metodicheskoye-obyedineniye-uchiteley-fiziki.md"},
        {"page", "Правила публикации", "content/pravila-publikatsii.md"},
    };
    for (const auto& c : cases) {
        const std::string kind = c.kind;
        CAPTURE(kind);
        REQUIRE(run_urker(std::string("new ") + c.kind + " \"" + c.title + "\" --author ivanova-a" + src, out) == 0);
        CHECK(out.rfind((site / c.path).string() + "\n", 0) == 0);  // the path first, then any notes
        std::string text = read(site / c.path);
        CHECK(contains(text, std::string("title: \"") + c.title + "\""));
        CHECK(contains(text, "language: ru"));
        if (kind != "member" && kind != "school" && kind != "group" && kind != "page")
            CHECK(contains(text, "date: " + today()));
        CHECK_FALSE(contains(text, "{{"));
    }
    CHECK(contains(read(site / cases[0].path), "author: ivanova-a"));
    CHECK(contains(read(site / cases[3].path), "organizer: ivanova-a"));
    CHECK(contains(read(site / cases[5].path), "category: community"));  // the first of site.yaml's forum categories
    // Each new page still has the example paragraph urker new wrote: it builds, and each is told
    // at its line, so that no page is published with it unnoticed.
    CHECK(run_urker("build --quiet --lang en" + src, out) == 0);
    for (const auto& c : cases) {
        const std::string text = read(site / c.path);
        const std::size_t body = text.find("\n---\n") + 5;
        const int line = static_cast<int>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(text.find_first_not_of('\n', body)), '\n')) + 1;
        CHECK_MESSAGE(contains(out, c.path + std::string(":") + std::to_string(line) +
                                        ":1: warning: this is still the example text urker new wrote"),
                      out);
        // Written over, the warning goes.
        std::ofstream(site / c.path) << text.substr(0, body) << "\nТекст, написанный учителем.\n";
    }
    CHECK(run_urker("build --quiet" + src, out) == 0);
    CHECK(out == "");
    CHECK(fs::exists(site / "public" / "materials" / "slozheniye-drobey" / "index.html"));
    CHECK(fs::exists(site / "public" / "members" / "petrova-o" / "index.html"));
    CHECK(fs::exists(site / "public" / "pravila-publikatsii" / "index.html"));
}

TEST_CASE("urker init lists the subjects in site.yaml: a misspelt subject is an error that names the right one") {
    for (const char* lang : {"ru", "kk", "en"}) {
        CAPTURE(lang);
        EmptyFolder folder;
        const fs::path site = folder.portal();
        std::string out;
        REQUIRE(run_urker("init " + site.string() + " --language " + lang, out) == 0);
        const std::string src = " --source " + site.string() + " --lang en";
        REQUIRE(run_urker("build --quiet" + src, out) == 0);
        CHECK(out == "");
        // The example material's subject, misspelt.
        fs::path material;
        for (const auto& e : fs::recursive_directory_iterator(site / "content" / "materials"))
            if (e.path().filename() == "index.md") material = e.path();
        std::string text = read(material);
        const std::string subject = std::string(lang) == "en" ? "mathematics" : "математика";
        const std::string misspelt = std::string(lang) == "en" ? "mathemetics" : "матиматика";
        REQUIRE(contains(text, "subject: " + subject + "\n"));
        std::ofstream(material) << text.replace(text.find("subject: " + subject), 9 + subject.size(), "subject: " + misspelt);
        CHECK(run_urker("build" + src, out) == 1);
        CHECK_MESSAGE(contains(out, "error: \"" + misspelt + "\" is not one of the values of \"subject\" listed in site.yaml"), out);
        CHECK_MESSAGE(contains(out, "did you mean \"" + subject + "\"?"), out);
    }
}

TEST_CASE("urker new in another language, and without an author, still builds") {
    EmptyFolder folder;
    const fs::path site = folder.portal();
    std::string out;
    REQUIRE(run_urker("init " + site.string() + " --languages ru,kk", out) == 0);
    const std::string src = " --source " + site.string();
    REQUIRE(run_urker("new material \"Септік жалғаулары\" --lang kk --author ivanova-a" + src, out) == 0);
    std::string text = read(site / "content/materials/septik-zhalgaulary/index.md");
    CHECK(contains(text, "language: kk"));
    CHECK(contains(text, "сіздің идентификаторыңыз"));  // the comments speak the page's language

    REQUIRE(run_urker("new news \"Новость без автора\"" + src, out) == 0);
    CHECK(contains(out, "note: write a member's id in the commented line  author:"));
    CHECK(contains(read(site / "content/news/novost-bez-avtora.md"), "\n# author: "));
    CHECK(run_urker("build --quiet --lang kk" + src, out) == 0);
    // Only the example paragraphs, each in the reader's language (the pages' own are Kazakh and Russian).
    CHECK_MESSAGE(contains(out, "content/materials/septik-zhalgaulary/index.md:"), out);
    CHECK_MESSAGE(contains(out, "content/news/novost-bez-avtora.md:"), out);
    CHECK_MESSAGE(count_occurrences(out, "ескерту: бұл әлі urker new жазған үлгі мәтін") == 2, out);
    CHECK_MESSAGE(count_occurrences(out, "ескерту:") == 2, out);
}

TEST_CASE("urker new never replaces a file and names the one in the way") {
    EmptyFolder folder;
    const fs::path site = folder.portal();
    std::string out;
    REQUIRE(run_urker("init " + site.string(), out) == 0);
    const std::string src = " --source " + site.string();
    REQUIRE(run_urker("new news \"Итоги семинара\" --author ivanova-a" + src, out) == 0);
    const fs::path file = site / "content/news/itogi-seminara.md";
    write(file, "---\ntitle: Моя правка\n---\n");
    CHECK(run_urker("new news \"Итоги семинара\"" + src, out) == 1);
    CHECK(contains(out, file.string() + " already exists"));
    CHECK(contains(out, "--slug itogi-seminara-2"));
    CHECK(read(file) == "---\ntitle: Моя правка\n---\n");
    CHECK(run_urker("new news \"Итоги семинара\" --slug itogi-seminara-2" + src, out) == 0);
    CHECK(fs::exists(site / "content/news/itogi-seminara-2.md"));

    // An unknown author, kind or language is a mistake said plainly, with a suggestion.
    CHECK(run_urker("new news \"Другая новость\" --author ivanova-b" + src, out) == 1);
    CHECK(contains(out, "there is no member with the id \"ivanova-b\" in content/members/"));
    CHECK(contains(out, "did you mean \"ivanova-a\"?"));
    CHECK(run_urker("new materail \"Тест\"" + src, out) == 2);
    CHECK(contains(out, "did you mean \"material\"?"));
    CHECK(run_urker("new news \"Жаңалық\" --lang kk" + src, out) == 2);
    CHECK(contains(out, "\"kk\" is not one of the site's languages (ru)"));
    CHECK_FALSE(fs::exists(site / "content/news/zhanalyq.md"));
}

TEST_CASE("a file under themes/ replaces the built-in theme's file of the same name") {
    EmptyFolder folder;
    const fs::path site = folder.portal();
    std::string out;
    REQUIRE(run_urker("init " + site.string(), out) == 0);
    write(site / "themes/default/templates/partials/footer.html", "<footer>Наш собственный подвал</footer>\n");
    write(site / "themes/default/static/css/urker.css", "/* our own style */\n");
    REQUIRE(run_urker("build --quiet --source " + site.string(), out) == 0);
    CHECK(contains(read(site / "public/index.html"), "<footer>Наш собственный подвал</footer>"));
    CHECK(read(site / "public/css/urker.css") == "/* our own style */\n");
    CHECK(contains(read(site / "public/js/search.js"), "lunr"));  // the rest stays built in

    // A named theme overrides the built-in one the same way; a mistyped name is an error.
    fs::rename(site / "themes/default", site / "themes/school");
    std::string yaml = read(site / "site.yaml");
    yaml.replace(yaml.find("theme: default"), 14, "theme: school");
    write(site / "site.yaml", yaml);
    REQUIRE(run_urker("build --quiet --source " + site.string(), out) == 0);
    CHECK(contains(read(site / "public/index.html"), "<footer>Наш собственный подвал</footer>"));
    yaml.replace(yaml.find("theme: school"), 13, "theme: schol");
    write(site / "site.yaml", yaml);
    CHECK(run_urker("build --quiet --source " + site.string(), out) == 1);
    CHECK(contains(out, "there is no theme \"schol\" in the themes/ folder"));
    CHECK(contains(out, "did you mean \"school\"?"));
}

TEST_CASE("a mistyped command is answered with the command it resembles") {
    std::string out;
    CHECK(run_urker("buidl", out) == 2);
    CHECK(contains(out, "error: there is no command \"buidl\" — did you mean \"build\"?"));
    CHECK_FALSE(contains(out, "A subcommand is required"));
    CHECK(run_urker("nwe material x", out) == 2);
    CHECK(contains(out, "did you mean \"new\"?"));
    CHECK(run_urker("frobnicate", out) == 2);
    CHECK(contains(out, "there is no command \"frobnicate\""));
    CHECK(contains(out, "init"));  // the list of commands
    CHECK(run_urker("help inti", out) == 2);
    CHECK(contains(out, "did you mean \"init\"?"));
    CHECK(run_urker("help new", out) == 0);
    CHECK(contains(out, "--author"));
}

TEST_CASE("a folder without site.yaml is pointed to urker init") {
    EmptyFolder folder;
    std::string out;
    CHECK(run_urker("build --source " + folder.fixture.root().string(), out) == 1);
    CHECK(contains(out, "there is no site.yaml"));
    CHECK(contains(out, "urker init"));
    CHECK(run_urker("new news \"Новость\" --source " + folder.fixture.root().string(), out) == 1);
    CHECK(contains(out, "urker init"));
}

TEST_CASE("mistakes in the site.yaml urker init wrote are told at the place to mend, in Russian") {
    EmptyFolder folder;
    const fs::path site = folder.portal();
    std::string out;
    REQUIRE(run_urker("init " + site.string() + " --language ru --languages ru,kk", out) == 0);
    const std::string original = read(site / "site.yaml");
    const std::string build = "build --lang ru --source " + site.string();
    auto line_number = [&](const std::string& text) {
        const std::size_t at = original.find(text);
        REQUIRE(at != std::string::npos);
        return 1 + std::count(original.begin(), original.begin() + static_cast<std::ptrdiff_t>(at), '\n');
    };
    auto edited = [&](const std::string& from, const std::string& to) {
        std::string yaml = original;
        yaml.replace(yaml.find(from), from.size(), to);
        write(site / "site.yaml", yaml);
    };

    // A quote never closed: told at the quote, though the quote of a menu's url lines below ends the text.
    edited("paginate: 10", "paginate: \"10");
    CHECK(run_urker(build, out) == 1);
    CHECK(contains(out, "site.yaml:" + std::to_string(line_number("paginate: 10")) + ":11: ошибка: кавычка \", с которой начинается этот текст, нигде не закрыта"));
    CHECK_FALSE(contains(out, "отступ"));

    // A menu item's braces never closed: told at the «{», with the «}» to add.
    const std::string item = "url: \"/schools/\", weight: 30}";
    edited(item, item.substr(0, item.size() - 1));
    CHECK(run_urker(build, out) == 1);
    CHECK(contains(out, "site.yaml:" + std::to_string(line_number(item)) + ":7: ошибка: открытая здесь фигурная скобка «{» не закрыта скобкой «}»"));
    CHECK(contains(out, "подсказка: закройте скобку знаком «}» в той же строке"));
    CHECK_FALSE(contains(out, "элемент списка"));

    // A misspelt option under comments: a warning at its line, with the option meant.
    edited("# comments:\n#   provider: waline\n#   server_url:", "comments:\n  provider: waline\n  serverurl:");
    CHECK(run_urker(build, out) == 1);  // server_url is still missing
    CHECK(contains(out, "site.yaml:" + std::to_string(line_number("#   server_url:")) +
                            ":3: предупреждение: неизвестная настройка «serverurl» в «comments» пропущена"));
    CHECK(contains(out, "подсказка: может быть, имелось в виду «server_url»?"));

    // A line with nothing before its colon is an error, not the setting «null».
    edited("theme: default\n", "theme: default\n: oops\n");
    CHECK(run_urker(build, out) == 1);
    CHECK(contains(out, "site.yaml:" + std::to_string(line_number("theme: default") + 1) + ":1: ошибка: перед этим двоеточием ничего не написано"));
    CHECK_FALSE(contains(out, "«null»"));

    // A static/index.html where the home page goes: one error, at static/index.html.
    write(site / "site.yaml", original);
    write(site / "static/index.html", "<!doctype html><title>x</title>\n");
    CHECK(run_urker(build, out) == 1);
    CHECK(contains(out, "static/index.html: ошибка: этот файл был бы опубликован по адресу /index.html — тому же, что и у страницы content/_index.md"));
    CHECK(contains(out, "подсказка: уберите его из static/ или переименуйте"));
    CHECK_FALSE(contains(out, "content/_index.md: ошибка"));
    CHECK(contains(out, "1 ошибка"));
}
