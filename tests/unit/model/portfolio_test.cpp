#include <doctest/doctest.h>

#include "core/messages.h"
#include "model/portfolio.h"

using namespace urker;

namespace {

YamlDocument member(const std::string& yaml) {
    Diagnostics d;
    std::string file = "---\n" + yaml + "---\n";
    YamlDocument doc = parse_yaml(yaml, "content/members/kim-v.md", d, 1, file);
    REQUIRE(d.empty());
    return doc;
}

Diagnostics check(const std::string& yaml, const PortfolioVocabulary& v = default_portfolio_vocabulary()) {
    Diagnostics d;
    check_member_portfolio(member(yaml), v, d);
    return d;
}

std::string only_error(const Diagnostics& d, const char* lang = "en") {
    REQUIRE(d.error_count() == 1);
    const Diagnostic& e = d.items()[0];
    return std::to_string(e.where.line) + ":" + std::to_string(e.where.column) + " " + render_message(e.message_id, lang) + " | " +
           render_message(e.hint_id, lang);
}

}  // namespace

TEST_CASE("a category or level is its key or its title in any language, case aside") {
    const auto v = default_portfolio_vocabulary();
    REQUIRE(find_term(v.categories, "педагог-сарапшы"));
    CHECK(find_term(v.categories, "педагог-сарапшы")->key == "педагог-эксперт");
    CHECK(find_term(v.categories, " Педагог-Мастер ")->key == "педагог-мастер");
    CHECK(find_term(v.categories, "Высшая квалификационная категория")->key == "высшая");
    CHECK(find_term(v.categories, "высшая")->title("kk", "ru") == "жоғары біліктілік санаты");
    CHECK(find_term(v.levels, "первый (продвинутый) уровень")->key == "продвинутый");
    CHECK(find_term(v.levels, "үшінші (базалық) деңгей")->key == "базовый");
    CHECK(find_term(v.categories, "вторая") == nullptr);
    // The Kazakh names as a Kazakh teacher writes them (the member template's  category: "жоғары").
    CHECK(find_term(v.categories, "жоғары")->key == "высшая");
    CHECK(find_term(v.categories, "Бірінші")->key == "первая");
    CHECK(find_term(v.categories, "жоғары санат")->key == "высшая");
    CHECK(find_term(v.categories, "педагог-шебер")->key == "педагог-мастер");
    CHECK(find_term(v.categories, "педагог-зерттеуші")->key == "педагог-исследователь");
    CHECK(find_term(v.categories, "педагог-модератор")->key == "педагог-модератор");
    CHECK(check("title: x\ncategory: \"жоғары\"\n").empty());
    CHECK(check("title: x\ncategory: педагог-зерттеуші\nlevel: основной\n").empty());
}

TEST_CASE("an unknown category is an error at the value listing the allowed ones") {
    auto d = check("title: x\ncategory: педагог-експерт\n");
    CHECK(only_error(d) ==
          "3:11 \"педагог-експерт\" is not a qualification category of this site | did you mean \"педагог-эксперт\"? use one of: teacher, "
          "teacher-moderator, teacher-expert, teacher-researcher, teacher-master, first, highest (or its title in Russian or Kazakh); "
          "site.yaml's \"portfolio:\" can change the list");
    // The list as the reader writes the categories: in Kazakh, the Kazakh names.
    CHECK(only_error(d, "kk") == "3:11 «педагог-експерт» сайттың біліктілік санаттарының тізімінде жоқ | «педагог-эксперт» деп жазғыңыз келді ме? "
                                 "мыналардың бірін жазыңыз: педагог, педагог-модератор, педагог-сарапшы, педагог-зерттеуші, педагог-шебер, "
                                 "бірінші, жоғары (немесе оның орысша не қазақша атауын); тізімді site.yaml файлының «portfolio:» бөлімінде "
                                 "өзгертуге болады");
    CHECK(only_error(d, "ru").find("укажите одно из: педагог, педагог-модератор, педагог-эксперт, педагог-исследователь, педагог-мастер, "
                                   "первая, высшая (") != std::string::npos);
    auto l = check("title: x\nlevel: 7\n");
    CHECK(only_error(l, "ru") == "3:8 «7» нет в списке уровней курсов сайта | укажите одно из: базовый, основной, продвинутый (или его название на "
                                 "русском или казахском); список можно изменить в site.yaml, раздел «portfolio:»");
}

TEST_CASE("courses are titles or records of title, hours, year and organiser, each checked where it stands") {
    CHECK(check("title: x\ncourses:\n  - Курс без часов\n  - {title: Курс, hours: 72, year: 2025, organiser: Өрлеу}\n  - {title: Полкурса, hours: 1.5}\n").empty());
    CHECK(only_error(check("title: x\ncourses:\n  - {title: Course, hours: 0}\n")) ==
          "4:28 \"hours\" of a course must be a number of hours from 1 to 2000 | e.g.  - {title: \"…\", hours: 72, year: 2025, organiser: \"…\"}");
    CHECK(only_error(check("title: x\ncourses:\n  - {title: Course, year: 25}\n"), "ru") ==
          "4:27 «year» курса должно быть годом, например 2025 | например  - {title: \"…\", hours: 72, year: 2025, organiser: \"…\"}");
    CHECK(only_error(check("title: x\ncourses:\n  - {title: Course, organizer: Örleu}\n")) ==
          "4:21 \"organizer\" is not a field of a course | did you mean \"organiser\"?");
    CHECK(only_error(check("title: x\ncourses:\n  - {hours: 72}\n")) ==
          "4:5 a course needs its title | e.g.  - {title: \"…\", hours: 72, year: 2025, organiser: \"…\"}");
    CHECK(only_error(check("title: x\ncourses: Курс\n")) ==
          "3:10 \"courses\" must be a list of courses | e.g.  - {title: \"…\", hours: 72, year: 2025, organiser: \"…\"}");
}

TEST_CASE("site.yaml's lists replace the default vocabularies, with titles per language") {
    Diagnostics d;
    auto cfg = parse_site_config("title: x\nportfolio:\n  categories:\n    первая: {ru: первая категория, kk: бірінші санат}\n    высшая: высшая категория\n", d);
    REQUIRE(cfg);
    REQUIRE(d.empty());
    auto v = read_portfolio_vocabulary(*cfg, d);
    CHECK(d.empty());
    CHECK(term_keys(v.categories) == "первая, высшая");
    CHECK(find_term(v.categories, "бірінші санат")->title("ru", "ru") == "первая категория");
    CHECK(find_term(v.categories, "высшая")->title("kk", "ru") == "высшая категория");
    CHECK(term_keys(v.levels) == "базовый, основной, продвинутый");
    auto bad = parse_site_config("title: x\nportfolio:\n  levls: {a: b}\n", d);
    REQUIRE(bad);
    Diagnostics e;
    read_portfolio_vocabulary(*bad, e);
    REQUIRE(e.error_count() == 1);
    CHECK(e.items()[0].where.line == 3);
    CHECK(e.items()[0].message == "\"levls\" is not a setting of \"portfolio\"");
    CHECK(e.items()[0].hint == "did you mean \"levels\"?");
}
