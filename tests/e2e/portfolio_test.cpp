// Mentoring pairs, the portfolio for attestation and the member directory, on whole little
// sites built by the real pipeline: both members' portfolios list their pair, a young teacher's
// portfolio collects the year's sessions, categories and levels show in the reader's language,
// courses add up their hours, materials carry their certificate numbers; and every mistake in
// pairs, categories and courses is an error at its place in its file.
#include <doctest/doctest.h>

#include "core/date.h"
#include "site_fixture.h"

using namespace urker;
using namespace urker::testing;

namespace {

const char* kSiteYaml = R"(title: {ru: "Тестовая сеть", kk: "Сынақ желісі"}
base_url: "https://school.example.kz/"
language: ru
languages: [ru, kk]
certificates:
  prefix: "УРК"
)";

std::string member(const std::string& name, const std::string& school, const std::string& extra = "") {
    return "---\ntitle: \"" + name + "\"\nschool: " + school + "\nposition: \"учитель\"\n" + extra + "---\n";
}

std::map<std::string, std::string> site_files() {
    return {
        {"site.yaml", kSiteYaml},
        {"content/_index.md", "---\ntitle: \"Главная\"\n---\n"},
        {"content/_index.kk.md", "---\ntitle: \"Басты бет\"\n---\n"},
        {"content/members/_index.md", "---\ntitle: \"Участники\"\n---\n"},
        {"content/schools/umit.md", "---\ntitle: \"Гимназия «Үміт»\"\n---\n"},
        {"content/schools/zerde.md", "---\ntitle: \"Школа «Зерде»\"\n---\n"},
        {"content/members/petrova-o.md",
         member("Петрова Ольга", "umit",
                "subjects: [английский язык]\ncategory: педагог-эксперт\nlevel: основной\nroles: [наставник]\n"
                "courses:\n  - {title: \"Функциональная грамотность\", hours: 72, year: 2025, organiser: \"Өрлеу\"}\n"
                "  - {title: \"Наставничество\", hours: 36, year: 2026}\n  - \"Курс без часов\"\n")},
        {"content/members/omarova-a.md", member("Омарова Асель", "zerde", "subjects: [английский язык]\ncategory: педагог\n")},
        {"content/members/kim-v.md", member("Ким Виктор", "zerde", "subjects: [математика]\ncategory: педагог-сарапшы\n")},
        {"content/groups/nastavnichestvo.md",
         "---\ntitle: \"Школа молодого учителя\"\nmentoring:\n"
         "  - {mentor: petrova-o, mentee: omarova-a, since: 2026-09-18, until: 2027-05-31, focus: \"английский язык\"}\n---\nТекст.\n"},
        {"content/events/sessiya-1.md",
         "---\ntitle: \"Сессия 1\"\nstart: 2026-10-08T15:00:00+05:00\nmentoring: nastavnichestvo\nparticipants: [omarova-a]\nhours: 2\n"
         "organizer: petrova-o\n---\n"},
        {"content/events/sessiya-proshlogo-goda.md",
         "---\ntitle: \"Сессия прошлого года\"\nstart: 2025-10-08T15:00:00+05:00\nmentoring: petrova-o/omarova-a\n---\n"},
        {"content/materials/drobi/index.md",
         "---\ntitle: \"Дроби\"\ndate: 2026-10-05\nauthor: petrova-o\nreview:\n  status: approved\n  reviewers: [kim-v]\n  date: 2026-10-12\n---\nТекст.\n"},
        {"content/plans/mentoring.md",
         "---\ntitle: \"План наставничества\"\nyear: \"2026-2027\"\nitems:\n"
         "  - {what: \"Взаимопосещение уроков\", when: \"ноябрь 2026\", mentoring: petrova-o/omarova-a}\n"
         "  - {what: \"Анкетирование\", when: \"сентябрь 2026\"}\n---\n"},
    };
}

BuildOptions at(const SiteFixture& site) {
    BuildOptions o;
    o.source = site.root();
    o.build_date = parse_date("2026-11-20").date;
    return o;
}

bool contains(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("both portfolios list the pair, and the mentee's collects the school year's sessions") {
    SiteFixture site(site_files());
    auto r = site.build(at(site));
    REQUIRE_MESSAGE(r->ok, r->messages());
    const std::string& mentor = r->out.files().at("members/petrova-o/portfolio/index.html");
    const std::string& mentee = r->out.files().at("members/omarova-a/portfolio/index.html");
    CHECK(contains(mentor, "Портфолио педагога"));
    CHECK(contains(mentor, "Наставляемый: Омарова Асель (английский язык)"));
    CHECK(contains(mentee, "Наставник: Петрова Ольга (английский язык)"));
    CHECK(contains(mentee, "Занятия наставничества в 2026–2027 учебном году"));
    CHECK(contains(mentee, ">Сессия 1</a>"));
    CHECK(contains(mentee, "Взаимопосещение уроков"));
    CHECK_FALSE(contains(mentee, "Сессия прошлого года"));  // another school year
    CHECK_FALSE(contains(mentee, "Анкетирование"));         // a plan item that names no pair
    // The Kazakh twin, in Kazakh.
    const std::string& kk = r->out.files().at("kk/members/omarova-a/portfolio/index.html");
    CHECK(contains(kk, "<html lang=\"kk\">"));
    CHECK(contains(kk, "Педагог портфолиосы"));
    CHECK(contains(kk, "Тәлімгер: Петрова Ольга"));
    CHECK(contains(r->out.files().at("kk/members/petrova-o/portfolio/index.html"), "Тәлімгерлік алушы: Омарова Асель"));
    // The member pages link their portfolio and show the pair; the group's page has the table.
    CHECK(contains(r->out.files().at("members/petrova-o/index.html"), "href=\"/members/petrova-o/portfolio/\""));
    CHECK(contains(r->out.files().at("members/petrova-o/index.html"), "Версия для печати"));
    CHECK(contains(r->out.files().at("kk/members/petrova-o/index.html"), "Басып шығаруға"));
    const std::string& group = r->out.files().at("groups/nastavnichestvo/index.html");
    CHECK(contains(group, "Пары «наставник — наставляемый»"));
    CHECK(contains(group, "<td><a href=\"/members/petrova-o/\">Петрова Ольга</a></td><td><a href=\"/members/omarova-a/\">Омарова Асель</a></td>"));
}

TEST_CASE("a portfolio shows category and level in its language, courses with their total, certificates and events") {
    SiteFixture site(site_files());
    auto r = site.build(at(site));
    REQUIRE_MESSAGE(r->ok, r->messages());
    const std::string& ru = r->out.files().at("members/petrova-o/portfolio/index.html");
    CHECK(contains(ru, "педагог-эксперт"));
    CHECK(contains(ru, "второй (основной) уровень"));
    CHECK(contains(ru, "Всего: 108 ч."));
    CHECK(contains(ru, "Курс без часов"));
    CHECK(contains(ru, "№ УРК-2026-001"));  // the material's certificate of publication
    CHECK(contains(ru, "Проведённые мероприятия"));
    CHECK(contains(ru, "наставник"));
    const std::string& kk = r->out.files().at("kk/members/petrova-o/portfolio/index.html");
    CHECK(contains(kk, "педагог-сарапшы"));
    CHECK(contains(kk, "екінші (негізгі) деңгей"));
    CHECK(contains(kk, "Барлығы: 108 сағ."));
    // A category written in Kazakh is the same category.
    CHECK(contains(r->out.files().at("members/kim-v/portfolio/index.html"), "педагог-эксперт"));
    // The mentee attended the session and has its participation certificate.
    const std::string& mentee = r->out.files().at("members/omarova-a/portfolio/index.html");
    CHECK(contains(mentee, "Участие в мероприятиях"));
    CHECK(contains(mentee, "№ УРК-2026-E001-01"));
}

TEST_CASE("a portfolio records the events held by the build's day: one to come is neither led nor attended yet") {
    auto files = site_files();
    files["content/events/seminar-vesnoy.md"] =
        "---\ntitle: \"Весенний семинар\"\nstart: 2027-03-10T15:00:00+05:00\norganizer: petrova-o\nparticipants: [kim-v, omarova-a]\n---\n";
    files["content/events/vstrecha.md"] =
        "---\ntitle: \"Встреча без сертификата\"\nstart: 2026-10-20T15:00:00+05:00\nparticipants: [kim-v]\n---\n";
    SiteFixture site(files);
    auto r = site.build(at(site));
    REQUIRE_MESSAGE(r->ok, r->messages());
    const std::string& led = r->out.files().at("members/petrova-o/portfolio/index.html");
    CHECK(contains(led, "Сессия 1"));
    CHECK_FALSE(contains(led, "Весенний семинар"));
    // The member's own page still lists it, as coming.
    CHECK(contains(r->out.files().at("members/petrova-o/index.html"), "Весенний семинар"));
    const std::string& mentee = r->out.files().at("members/omarova-a/portfolio/index.html");
    CHECK(contains(mentee, "Сессия 1"));
    CHECK_FALSE(contains(mentee, "Весенний семинар"));
    CHECK(contains(mentee, "№ УРК-2026-E001-01"));
    CHECK(contains(mentee, "data-label=\"Часов\""));  // the session's certificate gives its hours
    // Kim attended one meeting, with neither hours nor a certificate: no empty columns for them.
    const std::string& kim = r->out.files().at("members/kim-v/portfolio/index.html");
    CHECK(contains(kim, "Встреча без сертификата"));
    CHECK_FALSE(contains(kim, "Весенний семинар"));
    CHECK_FALSE(contains(kim, "data-label=\"Часов\""));
    CHECK_FALSE(contains(kim, "class=\"cert\""));
}

TEST_CASE("the member directory lists everyone with what its filters need, and the filters only the values present") {
    SiteFixture site(site_files());
    auto r = site.build(at(site));
    REQUIRE_MESSAGE(r->ok, r->messages());
    const std::string& list = r->out.files().at("members/index.html");
    CHECK(contains(list, "data-member-filters hidden"));
    CHECK(contains(list, "<label for=\"member-filter-school\">Школа</label>"));
    CHECK(contains(list, "<option value=\"zerde\">Школа «Зерде»</option>"));
    CHECK(contains(list, "<option value=\"педагог-эксперт\">педагог-эксперт</option>"));
    CHECK_FALSE(contains(list, "<option value=\"высшая\""));
    CHECK(contains(list, "data-school=\"zerde\" data-subjects=\"математика\" data-category=\"педагог-эксперт\""));
    CHECK(contains(r->out.files().at("kk/members/index.html"), "<option value=\"педагог-эксперт\">педагог-сарапшы</option>"));
}

TEST_CASE("mistakes in pairs, categories and courses are errors at their place") {
    auto files = site_files();
    files["content/groups/nastavnichestvo.md"] =
        "---\ntitle: \"Школа молодого учителя\"\nmentoring:\n"
        "  - {mentor: petrova-o, mentee: omarova, since: 2026-09-18}\n"
        "  - {mentor: kim-v, mentee: kim-v, since: 2026-09-18}\n"
        "  - {mentor: petrova-o, mentee: omarova-a, since: 2026-09-18, until: 2026-05-31}\n---\n";
    files["content/members/kim-v.md"] = member("Ким Виктор", "zerde", "category: вторая\nmentor: petrova-o\n");
    files["content/events/sessiya-1.md"] = "---\ntitle: \"Сессия 1\"\nstart: 2026-10-08T15:00:00+05:00\nmentoring: petrova-o/omarov\n---\n";
    SiteFixture site(files);
    auto r = site.build(at(site));
    CHECK_FALSE(r->ok);
    std::string m = r->messages();
    CHECK(contains(m, "content/groups/nastavnichestvo.md:4:33: error: the mentee \"omarova\" is not a member"));
    CHECK(contains(m, "content/groups/nastavnichestvo.md:5:29: error: \"kim-v\" is both the mentor and the mentee of this pair"));
    CHECK(contains(m, "content/groups/nastavnichestvo.md:6:70: error: the pair ends (2026-05-31) before it begins (2026-09-18)"));
    CHECK(contains(m, "content/members/kim-v.md:5:11: error: \"вторая\" is not a qualification category of this site"));
    CHECK(contains(m, "content/members/kim-v.md:6:1: error: a member's page has no \"mentor\""));
    CHECK(contains(m, "content/events/sessiya-1.md:4:12: error: no mentoring pair or group of pairs is called \"petrova-o/omarov\""));
    // A pair declared with a mistake is reported once: the plan item that names it is no error.
    CHECK_FALSE(contains(m, "content/plans/mentoring.md"));
}

TEST_CASE("a plan table's mentoring column names pairs, and an unknown one is an error at its cell") {
    auto files = site_files();
    files["content/plans/mentoring.md"] = "---\ntitle: \"План наставничества\"\nyear: \"2026-2027\"\nitems_file: mentoring.csv\n---\n";
    files["content/plans/mentoring.csv"] = "what,when,mentoring\nВзаимопосещение уроков,ноябрь 2026,petrova-o/omarova-a\nСессия,декабрь 2026,nastavnichestvo-x\n";
    SiteFixture site(files);
    auto r = site.build(at(site));
    CHECK_FALSE(r->ok);
    CHECK(contains(r->messages(), "content/plans/mentoring.csv:3:21: error: no mentoring pair or group of pairs is called \"nastavnichestvo-x\" "
                                  "(column \"mentoring\")"));
    CHECK(contains(r->messages(), "did you mean \"nastavnichestvo\"?"));
}
