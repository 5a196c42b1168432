// Every language of a site has a complete tree of pages in its own interface; taxonomy values
// have titles per language; a language's interface texts are complete or the build says which
// are missing.
#include <doctest/doctest.h>

#include "core/fs.h"
#include "site_fixture.h"

using namespace urker;
using namespace urker::testing;

namespace {

bool contains(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }

const char* kSiteYaml = R"(title: {ru: "Сеть", kk: "Желі"}
base_url: "https://test.example.kz/"
language: ru
languages: [ru, kk]
taxonomies:
  subject:
    values:
      алгебра: {ru: "Алгебра", kk: "Алгебра пәні"}
      начальные классы:
      краеведение: {ru: "Краеведение", kk: "Өлкетану"}
  grade:
menus:
  main:
    - {name: {ru: "Материалы", kk: "Материалдар"}, url: /materials/, weight: 1}
)";

std::map<std::string, std::string> files(std::map<std::string, std::string> more = {}) {
    std::map<std::string, std::string> f = {
        {"site.yaml", kSiteYaml},
        {"content/members/ivanova-a.md", "---\ntitle: Иванова Анна\n---\n"},
        {"content/materials/drobi.md",
         "---\ntitle: Дроби\ndate: 2026-09-01\nauthor: ivanova-a\nsubject: начальные классы\ngrade: 5\n---\nУрок.\n"},
        {"content/materials/algebra.md", "---\ntitle: Уравнения\ndate: 2026-09-02\nauthor: ivanova-a\nsubject: алгебра\n---\nУрок.\n"},
        {"content/materials/olke.md", "---\ntitle: Туған өлке\ndate: 2026-09-03\nauthor: ivanova-a\nsubject: краеведение\nlanguage: kk\n---\nСабақ.\n"},
    };
    for (auto& [k, v] : more) f[k] = v;
    return f;
}

}  // namespace

TEST_CASE("a site without _index.kk.md has complete Kazakh sections whose lists stay in Kazakh") {
    SiteFixture site(files());
    auto r = site.build();
    REQUIRE_MESSAGE(r->ok, r->messages());
    REQUIRE(r->out.has("kk/materials/index.html"));
    const std::string& list = r->out.at("kk/materials/index.html");
    CHECK(contains(list, "<html lang=\"kk\""));
    CHECK(contains(list, "<h1>Материалдар</h1>"));  // the menu's Kazakh name, not the folder's
    CHECK(contains(list, "href=\"/kk/materials/drobi/\""));
    CHECK_FALSE(contains(list, "href=\"/materials/drobi/\""));
    const std::string& drobi = r->out.at("kk/materials/drobi/index.html");
    CHECK(contains(drobi, "<h1 lang=\"ru\">Дроби</h1>"));
    CHECK(contains(drobi, "Материал орыс тілінде"));
    CHECK(contains(drobi, "<link rel=\"canonical\" href=\"https://test.example.kz/materials/drobi/\">"));
    CHECK(contains(drobi, "href=\"/kk/members/ivanova-a/\""));  // the author, in the Kazakh part
    // The view is not a second copy for search engines: only the native page is in the sitemap.
    CHECK(contains(r->out.at("sitemap.xml"), "<loc>https://test.example.kz/materials/drobi/</loc>"));
    CHECK_FALSE(contains(r->out.at("sitemap.xml"), "<loc>https://test.example.kz/kk/materials/drobi/</loc>"));
    // A Kazakh text in the Russian part says so in Russian; its native page is under /kk/.
    CHECK(contains(r->out.at("materials/olke/index.html"), "Материал на казахском языке"));
    CHECK_FALSE(contains(r->out.at("kk/materials/olke/index.html"), "content-lang-note"));
}

TEST_CASE("taxonomy values show their title in the page's language: site.yaml's, the theme's subject list, else as written") {
    SiteFixture site(files());
    auto r = site.build();
    REQUIRE_MESSAGE(r->ok, r->messages());
    const std::string& kk_subjects = r->out.at("kk/subject/index.html");
    CHECK(contains(kk_subjects, "Алгебра пәні"));    // site.yaml
    CHECK(contains(kk_subjects, "Бастауыш сынып"));  // the theme's list of school subjects
    CHECK(contains(kk_subjects, "Өлкетану"));
    CHECK_FALSE(contains(kk_subjects, "начальные классы"));
    CHECK(contains(r->out.at("subject/index.html"), "Начальные классы"));
    CHECK(contains(r->out.at("kk/materials/drobi/index.html"), "Бастауыш сынып"));  // the material's facet chip
}

TEST_CASE("a language whose interface texts lack a string is a build error naming it") {
    std::string en = *read_file(repository_root() / "themes/default/i18n/en.yaml");
    // The theme keeps the strings of reviews and certificates in a file of their own.
    std::string en_reviews = *read_file(repository_root() / "themes/default/i18n/en.reviews.yaml");
    en_reviews += *read_file(repository_root() / "themes/default/i18n/en.history.yaml");  // and of the history from Git
    // … and those of mentoring, portfolios and the member directory too.
    std::string en_portfolio = *read_file(repository_root() / "themes/default/i18n/en.portfolio.yaml");
    // … and those of the monitoring page and its report.
    std::string en_monitoring = *read_file(repository_root() / "themes/default/i18n/en.monitoring.yaml");
    std::string yaml = std::string(kSiteYaml);
    yaml.replace(yaml.find("languages: [ru, kk]"), 19, "languages: [ru, kk, tt]");
    SUBCASE("a complete strings file gives the whole interface") {
        SiteFixture site(files({{"site.yaml", yaml}, {"i18n/tt.yaml", en}, {"i18n/tt.reviews.yaml", en_reviews}, {"i18n/tt.portfolio.yaml", en_portfolio},
                                {"i18n/tt.monitoring.yaml", en_monitoring}}));
        auto r = site.build();
        REQUIRE_MESSAGE(r->ok, r->messages());
        CHECK(contains(r->out.at("tt/materials/drobi/index.html"), "<html lang=\"tt\""));
    }
    SUBCASE("one missing string") {
        std::string lacking = en;
        auto at = lacking.find("\nskip_to_content:");
        REQUIRE(at != std::string::npos);
        lacking.erase(at + 1, lacking.find('\n', at + 1) - at);
        SiteFixture site(files({{"site.yaml", yaml}, {"i18n/tt.yaml", lacking}, {"i18n/tt.reviews.yaml", en_reviews}, {"i18n/tt.portfolio.yaml", en_portfolio},
                                {"i18n/tt.monitoring.yaml", en_monitoring}}));
        auto r = site.build();
        CHECK_FALSE(r->ok);
        CHECK(contains(r->messages(), "i18n/tt.yaml"));
        CHECK(contains(r->messages(), "the interface has no text in the language \"tt\" for 1 of its"));
        CHECK(contains(r->messages(), "skip_to_content"));
    }
    SUBCASE("no strings file at all") {
        SiteFixture site(files({{"site.yaml", yaml}}));
        auto r = site.build();
        CHECK_FALSE(r->ok);
        CHECK(contains(r->messages(), "write them in i18n/tt.yaml beside site.yaml"));
    }
}

TEST_CASE("a site's interface text the theme does not have and no template asks for is a warning at its line") {
    SiteFixture site(files({{"i18n/ru.yaml", "latest_materials: \"Свежие материалы\"\nread_more: \"Далее\"\nlates_materials: \"Новое\"\nmy_heading: \"Наше\"\n"},
                            {"templates/partials/my.html", "<h2>{{ \"my_heading\" | t }}</h2>\n"}}));
    auto r = site.build();
    REQUIRE_MESSAGE(r->ok, r->messages());
    const std::string said = r->messages();
    CHECK(contains(said, "i18n/ru.yaml:2:12: warning: the theme has no interface text \"read_more\", and no template asks for it: this line changes nothing"));
    CHECK(contains(said, "i18n/ru.yaml:3:18: warning: the theme has no interface text \"lates_materials\""));
    CHECK(contains(said, "did you mean \"latest_materials\"?"));
    CHECK_FALSE(contains(said, "\"latest_materials\", and no template"));  // the theme's own
    CHECK_FALSE(contains(said, "my_heading"));                                // the site's template asks for it
    CHECK(contains(r->out.at("index.html"), "Свежие материалы"));
    std::string kk;
    for (const auto& d : r->diags.items()) kk += format_diagnostic(d, "kk");
    CHECK(contains(kk, "безендіруде (темада) «read_more» деген интерфейс жазуы жоқ"));

    // The same in a copy of the theme's own strings in the site's folder.
    SiteFixture themed(files({{"themes/default/i18n/kk.yaml", "latest_materials: \"Соңғы материалдар\"\nlates_materials: \"Жаңа\"\n"}}));
    auto t = themed.build();
    REQUIRE_MESSAGE(t->ok, t->messages());
    CHECK(contains(t->messages(), "themes/default/i18n/kk.yaml:2:18: warning: the theme has no interface text \"lates_materials\""));
    CHECK_FALSE(contains(t->messages(), "\"latest_materials\", and no template"));
}

TEST_CASE("a taxonomy the theme does not know is headed by its title from site.yaml, and without one the build says so") {
    std::string yaml = std::string(kSiteYaml);
    SUBCASE("with a title") {
        yaml.replace(yaml.find("  grade:\n"), 9, "  grade:\n  level: {title: {ru: \"Уровень\", kk: \"Деңгей\"}}\nkinds: {material: {extra_keys: [level]}}\n");
        SiteFixture site(files({{"site.yaml", yaml},
                                {"content/materials/drobi.md", "---\ntitle: Дроби\ndate: 2026-09-01\nauthor: ivanova-a\nlevel: базовый\n---\n"}}));
        auto r = site.build();
        REQUIRE_MESSAGE(r->ok, r->messages());
        CHECK(contains(r->out.at("kk/level/index.html"), "<h1>Деңгей</h1>"));
        CHECK(contains(r->out.at("level/index.html"), "<h1>Уровень</h1>"));
    }
    SUBCASE("without one") {
        yaml.replace(yaml.find("  grade:\n"), 9, "  grade:\n  level:\nkinds: {material: {extra_keys: [level]}}\n");
        SiteFixture site(files({{"site.yaml", yaml},
                                {"content/materials/drobi.md", "---\ntitle: Дроби\ndate: 2026-09-01\nauthor: ivanova-a\nlevel: базовый\n---\n"}}));
        auto r = site.build();
        CHECK_FALSE(r->ok);
        CHECK(contains(r->messages(), "the taxonomy \"level\" has no title in the language \"ru\""));
    }
}

TEST_CASE("index.md beside index.kk.md in a portal whose main language is Kazakh: one error naming the translation's right name") {
    // The teacher guides' translation step is written for a Russian-main portal; followed in a
    // Kazakh-main one it made both files Kazakh, and each attachment was said to collide with itself.
    SiteFixture site({{"site.yaml", "title: Желі\nbase_url: \"https://zheli.kz/\"\nlanguage: kk\nlanguages: [kk, ru]\n"},
                      {"content/members/sarsenova-a.md", "---\ntitle: Әлия Сәрсенова\n---\n"},
                      {"content/materials/bolshekter/index.kk.md",
                       "---\ntitle: Бөлшектер\ndate: 2026-10-05\nauthor: sarsenova-a\n---\nМәтін, [парақ](paraq.pdf).\n"},
                      {"content/materials/bolshekter/index.md", "---\ntitle: Дроби\ndate: 2026-10-05\nauthor: sarsenova-a\n---\nТекст, [лист](paraq.pdf).\n"},
                      {"content/materials/bolshekter/paraq.pdf", "%PDF-1.4\n"}});
    auto r = site.build();
    CHECK_FALSE(r->ok);
    CHECK(r->diags.error_count() == 1);
    CHECK_MESSAGE(contains(r->messages(), "index.md and index.kk.md are the same page: kk is this portal's main language"), r->messages());
    CHECK_MESSAGE(contains(r->messages(), "name it index.ru.md"), r->messages());
    std::string kk;
    CHECK(run_urker("build --quiet --lang kk --source " + site.root().string() + " --output " + (site.root() / "public").string(), kk) == 1);
    CHECK_MESSAGE(contains(kk, "оны index.ru.md деп атаңыз"), kk);

    // Named as the hint says, it is the Russian translation.
    std::filesystem::rename(site.root() / "content/materials/bolshekter/index.md", site.root() / "content/materials/bolshekter/index.ru.md");
    auto fixed = site.build();
    REQUIRE_MESSAGE(fixed->ok, fixed->messages());
    CHECK(fixed->out.has("materials/bolshekter/index.html"));
    CHECK(fixed->out.has("ru/materials/bolshekter/index.html"));
    CHECK(fixed->out.has("materials/bolshekter/paraq.pdf"));
}

TEST_CASE("a footnote's way back is labelled in the text's language, never in cmark-gfm's English") {
    SiteFixture site(files({{"content/materials/snoski.md",
                             "---\ntitle: Сноски\ndate: 2026-09-04\nauthor: ivanova-a\n---\nТекст[^1].\n\n[^1]: Источник.\n"},
                            {"content/materials/tusindirme.md",
                             "---\ntitle: Түсіндірме\ndate: 2026-09-05\nauthor: ivanova-a\nlanguage: kk\n---\nМәтін[^1].\n\n[^1]: Дереккөз.\n"}}));
    auto r = site.build();
    REQUIRE_MESSAGE(r->ok, r->messages());
    for (const auto& [path, text] : r->out.files()) {
        CAPTURE(path);
        CHECK_FALSE(contains(text, "Back to content"));
    }
    CHECK(contains(r->out.at("materials/snoski/index.html"), "aria-label=\"Вернуться к тексту\""));
    CHECK(contains(r->out.at("kk/materials/snoski/index.html"), "aria-label=\"Вернуться к тексту\""));  // the Russian text's
    CHECK(contains(r->out.at("materials/tusindirme/index.html"), "aria-label=\"Мәтінге оралу\""));
}
