// The community's indicators and the analytic report, on a little site whose figures are worked
// out by hand in the comments: who is active in the window, new members, events and their kinds,
// participants, plan completion against the target, freshness, a survey's answers, and the plan's
// completed / moved / cancelled items of the report's period.
#include <doctest/doctest.h>

#include <string>

#include "site_fixture.h"

using namespace urker::testing;

namespace {

bool contains(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }

urker::Date day(int y, int m, int d) {
    urker::Date out;
    out.year = y;
    out.month = m;
    out.day = d;
    return out;
}

// Built on 2027-05-31, the window is six months: 2026-12-01 … 2027-05-31.
std::map<std::string, std::string> site_files() {
    return {
        {"site.yaml", "title: Сеть\nlanguage: ru\nlanguages: [ru, kk]\nbase_url: https://school.kz/\nparams: {founded: 2023}\n"
                      "monitoring: {plan_target: 90, active_window_months: 6, stale_after_months: 12}\n"},
        {"content/schools/s1.md", "---\ntitle: Средняя общеобразовательная специализированная школа-гимназия № 1\n---\n"},
        {"content/schools/s2.md", "---\ntitle: Лицей\n---\n"},
        {"content/members/a.md", "---\ntitle: Асанова Айгуль\nschool: s1\n---\n"},
        {"content/members/b.md", "---\ntitle: Борисов Борис\nschool: s1\n---\n"},
        {"content/members/c.md", "---\ntitle: Цой Виктор\nschool: s2\n---\n"},
        {"content/members/d.md", "---\ntitle: Досов Данияр\nschool: s2\n---\n"},
        {"content/members/e.md", "---\ntitle: Ержанова Ева\nschool: s2\n---\n"},
        // a: in the window; b: before it (October); c: long ago, not fresh.
        {"content/materials/m1/index.md", "---\ntitle: Дроби\nauthor: a\ndate: 2027-03-10\nsubject: математика\n---\n"},
        {"content/materials/m2/index.md", "---\ntitle: Проценты\nauthor: b\ndate: 2026-10-01\nsubject: математика\n---\n"},
        {"content/materials/m3/index.md", "---\ntitle: Уравнения\nauthor: c\ndate: 2025-05-01\nsubject: математика\n---\n"},
        // Held: a webinar in October (4 members) and a seminar in February (c and a guest); one to come.
        {"content/events/ev1.md", "---\ntitle: Семинар по оцениванию\nevent_type: seminar\nstart: 2027-02-15T15:00:00+05:00\norganizer: b\n"
                                  "participants: [c, \"Гость Петров\"]\n---\n"},
        {"content/events/ev2.md", "---\ntitle: Вебинар PISA\nevent_type: webinar\nstart: 2026-10-20T15:00:00+05:00\norganizer: a\n"
                                  "participants: [a, b, c, d]\n---\n"},
        {"content/events/ev3.md", "---\ntitle: Конференция\nevent_type: conference\nstart: 2027-09-01T10:00:00+05:00\norganizer: d\n---\n"},
        // Due by the build date: 5 (the cancelled item is not), done 2: 40 %.
        {"content/plans/p.md", "---\ntitle: План\nyear: \"2026-2027\"\ndate: 2026-08-20\nitems:\n"
                               "  - {what: Семинар, when: сентябрь 2026, responsible: a, status: done}\n"
                               "  - {what: Выезд, when: ноябрь 2026, status: cancelled}\n"
                               "  - {what: Анкета, when: январь 2027, responsible: d, status: done}\n"
                               "  - {what: Мастер-класс, when: март 2027, status: postponed}\n"
                               "  - {what: Открытый урок, when: 10.04.2027, status: planned}\n"
                               "  - {what: Библиотека, when: в течение года, status: in_progress}\n---\n"},
        {"content/forum/t1.md", "---\ntitle: Вопрос о критериях\nauthor: c\ndate: 2027-04-01\n---\nТекст.\n"},
        {"content/news/n1/index.md", "---\ntitle: Итоги\nauthor: a\ndate: 2027-01-05\npoll: {title: Анкета, results: answers.csv}\n---\nТекст.\n"},
        {"content/news/n1/answers.csv", "Отметка времени,Полезно?\n15.02.2027 18:00:00,Да\n15.02.2027 18:01:00,Да\n15.02.2027 18:02:00,Нет\n"},
    };
}

std::unique_ptr<SiteFixture::Result> build_on(const SiteFixture& site, urker::Date date, std::optional<urker::Period> period = {}) {
    urker::BuildOptions o;
    o.source = site.root();
    o.build_date = date;
    o.report_period = period;
    return site.build(o);
}

}  // namespace

TEST_CASE("the monitoring page and the report show the indicators worked out from the content") {
    SiteFixture site(site_files());
    auto r = build_on(site, day(2027, 5, 31));
    REQUIRE_MESSAGE(r->ok, r->messages());
    REQUIRE(r->out.has("monitoring/report/index.html"));
    REQUIRE(r->out.has("kk/monitoring/report/index.html"));
    const std::string rep = r->out.at("monitoring/report/index.html");
    auto row = [&](const std::string& label, const std::string& value) {
        return contains(rep, "<th scope=\"row\">" + label + "</th><td class=\"num\">" + value + "</td>");
    };
    CHECK(contains(rep, "<h1>Аналитическая справка</h1>"));
    CHECK(row("Выполнение плана", "40&nbsp;%"));
    CHECK(contains(rep, "Выполнено 2 из 5 пунктов, срок которых наступил; цель — 90\u00a0%. Цель не достигнута."));
    CHECK(row("Участников сообщества", "5"));
    CHECK(row("Активных участников", "4"));          // a, b, c, d; e did nothing
    CHECK(row("Новых участников за период", "3"));   // a (September), b and d (October); c joined in 2025
    CHECK(row("Опубликовано материалов за период", "2"));
    CHECK(row("Проведено мероприятий за период", "2"));
    CHECK(row("Участников мероприятий за период", "6"));
    CHECK(row("Новых тем на форуме за период", "1"));
    CHECK(row("Лет сообществу", "4"));
    CHECK(row("Устаревших страниц", "1"));           // the material of 2025
    CHECK(contains(rep, "в среднем на такое мероприятие: 3"));
    // The plan's items of the period by what became of them.
    CHECK(contains(rep, "<caption>Выполнено — 2</caption>"));
    CHECK(contains(rep, "<caption>Перенесено или отложено — 1</caption>"));
    CHECK(contains(rep, "<caption>Отменено — 1</caption>"));
    // The active members with what they did.
    CHECK(contains(rep, ">Досов Данияр</a></td><td>ответственный за пункт плана</td>"));
    CHECK(contains(rep, ">Цой Виктор</a></td><td>автор, участник мероприятия</td>"));
    CHECK_FALSE(contains(rep, ">Ержанова Ева</a></td>"));
    // The survey's answers as a chart.
    CHECK(contains(rep, "Полезно?"));
    CHECK(contains(rep, "<title>Да: 2</title>"));

    const std::string mon = r->out.at("monitoring/index.html");
    CHECK(contains(mon, "<a class=\"button\" href=\"/monitoring/report/\">"));
    CHECK(contains(mon, "<line class=\"urker-chart__target\""));  // the target on the completion chart
    CHECK(contains(mon, ">цель 90\u00a0%</text>"));
    // A long school name wraps instead of running off the chart.
    CHECK(contains(mon, ">Средняя</tspan>"));
    CHECK(contains(mon, "<title>Семинар: 1</title>"));   // kinds of events held: the conference is to come
    CHECK_FALSE(contains(mon, "<title>Конференция: 1</title>"));

    const std::string kk = r->out.at("kk/monitoring/report/index.html");
    CHECK(contains(kk, "<h1>Талдамалық анықтама</h1>"));
    CHECK(contains(kk, "<th scope=\"row\">Жоспардың орындалуы</th><td class=\"num\">40&nbsp;%</td>"));
}

TEST_CASE("a percentage never breaks from its sign: a no-break space joins them on every page, in ru and kk") {
    SiteFixture site(site_files());
    auto r = build_on(site, day(2027, 5, 31));
    REQUIRE_MESSAGE(r->ok, r->messages());
    // The plan's page, the monitoring page with its charts and tables, the report: in both languages.
    CHECK(contains(r->out.at("plans/p/index.html"), "Выполнено 2\u00a0из\u00a05 пунктов, срок которых наступил (40\u00a0%)"));
    CHECK(contains(r->out.at("kk/plans/p/index.html"), "(40\u00a0%)"));
    CHECK(contains(r->out.at("plans/p/index.html"), ">40&nbsp;%</progress>"));
    CHECK(contains(r->out.at("monitoring/index.html"), "2 / 5 — 40\u00a0%"));
    std::size_t pages = 0;
    for (const auto& [path, text] : r->out.files()) {
        if (path.size() < 5 || path.compare(path.size() - 5, 5, ".html") != 0) continue;
        ++pages;
        // A digit, an ordinary space, and the sign. (The templates write "&nbsp;%", the texts and
        // charts U+00A0.)
        for (std::size_t at = text.find('%'); at != std::string::npos; at = text.find('%', at + 1)) {
            std::size_t before = at;
            if (before > 0 && (text[before - 1] == ' ' || text[before - 1] == '\n')) --before;
            if (before == at) continue;  // "100%" in a style or an attribute: not text a line may break in
            const bool after_number = before > 0 && text[before - 1] >= '0' && text[before - 1] <= '9';
            if (after_number) {
                CAPTURE(path);
                CAPTURE(text.substr(before > 40 ? before - 40 : 0, 60));
                FAIL_CHECK("a percentage with an ordinary space before its sign");
            }
        }
    }
    CHECK(pages > 20);
}

TEST_CASE("the report's period decides which materials, events, members and plan items it counts") {
    SiteFixture site(site_files());
    auto r = build_on(site, day(2027, 5, 31), urker::Period{day(2027, 1, 1), day(2027, 5, 31)});
    REQUIRE_MESSAGE(r->ok, r->messages());
    const std::string rep = r->out.at("monitoring/report/index.html");
    auto row = [&](const std::string& label, const std::string& value) {
        return contains(rep, "<th scope=\"row\">" + label + "</th><td class=\"num\">" + value + "</td>");
    };
    CHECK(row("Опубликовано материалов за период", "1"));
    CHECK(row("Проведено мероприятий за период", "1"));
    CHECK(row("Участников мероприятий за период", "2"));
    CHECK(row("Новых участников за период", "0"));
    CHECK(contains(rep, "<caption>Выполнено — 1</caption>"));
    CHECK(contains(rep, "<caption>Отменено — 0</caption>"));
    // A build a year earlier: nothing of 2027 has happened yet.
    auto earlier = build_on(site, day(2026, 11, 30));
    REQUIRE(earlier->ok);
    const std::string old = earlier->out.at("monitoring/report/index.html");
    CHECK(contains(old, "<th scope=\"row\">Проведено мероприятий за период</th><td class=\"num\">1</td>"));
}

TEST_CASE("a poll whose results file is missing is an error at the poll's line") {
    auto files = site_files();
    files["content/news/n1/index.md"] = "---\ntitle: Итоги\nauthor: a\ndate: 2027-01-05\npoll: {title: Анкета, results: otvety.csv}\n---\n";
    SiteFixture site(files);
    auto r = build_on(site, day(2027, 5, 31));
    CHECK_FALSE(r->ok);
    CHECK_MESSAGE(contains(r->messages(), "content/news/n1/index.md:5:"), r->messages());
    CHECK(contains(r->messages(), "the survey results content/news/n1/otvety.csv are not there"));
}

TEST_CASE("urker build refuses a build date or period it cannot read, with an example") {
    std::string output;
    CHECK(run_urker("build --lang en --build-date 31.05.2027 --source /nonexistent", output) == 2);
    CHECK_MESSAGE(contains(output, "--build-date \"31.05.2027\" is not a date"), output);
    CHECK(contains(output, "--build-date 2027-05-31"));
    CHECK(run_urker("build --lang en --period 2027-05-31..2026-09-01 --source /nonexistent", output) == 2);
    CHECK_MESSAGE(contains(output, "ends before it starts"), output);
}
