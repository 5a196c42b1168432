// Twelve plan tables in the styles the communities' planning documents use (work plans and road
// maps in Russian and Kazakh, dates as written there), each built by the real pipeline: every
// item's start and end (the calendar file's all-day DTSTART and exclusive DTEND) and the page's
// grouping (its month and period headings, in order) are pinned.
#include <doctest/doctest.h>

#include <map>
#include <string>
#include <utility>
#include <vector>

#include "site_fixture.h"

using namespace urker::testing;

namespace {

const char* kSite = "title: Сеть\nlanguage: ru\nlanguages: [ru, kk]\nbase_url: https://school.kz/\n";

struct PlanStyle {
    std::string name, year, front_matter_extra, csv;
    // Item title -> {first day, day after the last}, as the calendar file writes them.
    std::map<std::string, std::pair<std::string, std::string>> spans;
    std::vector<std::string> headings;  // the plan page's group headings, in order
};

// The calendar file's events: SUMMARY (unfolded) -> {DTSTART, DTEND}.
std::map<std::string, std::pair<std::string, std::string>> calendar_spans(std::string ics) {
    for (std::size_t at; (at = ics.find("\r\n ")) != std::string::npos;) ics.erase(at, 3);
    std::map<std::string, std::pair<std::string, std::string>> spans;
    auto field = [&](std::size_t from, std::size_t to, const std::string& name) {
        auto at = ics.find("\r\n" + name, from);
        if (at == std::string::npos || at > to) return std::string();
        at = ics.find(':', at + 2) + 1;
        return ics.substr(at, ics.find("\r\n", at) - at);
    };
    for (std::size_t at = ics.find("BEGIN:VEVENT"); at != std::string::npos; at = ics.find("BEGIN:VEVENT", at + 1)) {
        std::size_t end = ics.find("END:VEVENT", at);
        spans[field(at, end, "SUMMARY")] = {field(at, end, "DTSTART"), field(at, end, "DTEND")};
    }
    return spans;
}

// The text of each group heading of the plan table, in order.
std::vector<std::string> group_headings(const std::string& html) {
    std::vector<std::string> headings;
    const std::string row = "<tr class=\"plan-month";
    for (std::size_t at = html.find(row); at != std::string::npos; at = html.find(row, at + 1)) {
        std::size_t th = html.find("<th", at), start = html.find('>', th) + 1, end = html.find("</th>", start);
        std::string text;
        bool in_tag = false;
        for (char c : html.substr(start, end - start)) {
            if (c == '<') in_tag = true;
            else if (c == '>') in_tag = false;
            else if (!in_tag) text += c;
        }
        // ICU keeps «2026 г.» together with a narrow no-break space; compare with plain spaces.
        std::string plain;
        for (std::size_t i = 0; i < text.size(); ++i) {
            if (text.compare(i, 3, "\u202F") == 0) plain += ' ', i += 2;
            else if (text.compare(i, 2, "\u00A0") == 0) plain += ' ', i += 1;
            else plain += text[i];
        }
        headings.push_back(plain);
    }
    return headings;
}

std::vector<PlanStyle> styles() {
    return {
        {"ru-goda", "2013-2014", "",
         "Мероприятие;Сроки;Ответственные\n"
         "Семинар;Сентябрь 2013 года;Иванова А.\n"
         "Курсы;Сентябрь – ноябрь 2013 года;Иванова А.\n"
         "Мониторинг;в течение 2013–2014 учебного года;Иванова А.\n",
         {{"Семинар", {"20130901", "20131001"}}, {"Курсы", {"20130901", "20131201"}}, {"Мониторинг", {"20130901", "20140601"}}},
         {"в течение 2013–2014 учебного года (сентябрь 2013 г. – май 2014 г.)", "сентябрь 2013 г."}},
        {"kk-zhyly", "2013-2014", "language: kk\n",
         "Іс-шара;Мерзімі;Жауапты\n"
         "Семинар;Қыркүйек 2013 жылы;Әбенова М.\n"
         "Курстар;Қазан – желтоқсан 2013 жылы;Әбенова М.\n"
         "Мониторинг;жыл бойы;Әбенова М.\n",
         {{"Семинар", {"20130901", "20131001"}}, {"Курстар", {"20131001", "20140101"}}, {"Мониторинг", {"20130901", "20140601"}}},
         {"жыл бойы (сентябрь 2013 г. – май 2014 г.)", "сентябрь 2013 г.", "октябрь 2013 г."}},
        {"ru-chetverti", "2026-2027", "",
         "Мероприятие;Сроки\nА;I четверть\nБ;II четверть\nВ;III четверть\nГ;IV четверть\n",
         {{"А", {"20260901", "20261101"}}, {"Б", {"20261101", "20270101"}}, {"В", {"20270101", "20270401"}}, {"Г", {"20270401", "20270601"}}},
         {"I четверть (сентябрь – октябрь 2026 г.)", "II четверть (ноябрь – декабрь 2026 г.)", "III четверть (январь – март 2027 г.)", "IV четверть (апрель – май 2027 г.)"}},
        {"kk-toqsan", "2026-2027", "language: kk\n",
         "Іс-шара;Мерзімі\nА;I тоқсан\nБ;II тоқсан\n",
         {{"А", {"20260901", "20261101"}}, {"Б", {"20261101", "20270101"}}},
         {"I тоқсан (сентябрь – октябрь 2026 г.)", "II тоқсан (ноябрь – декабрь 2026 г.)"}},
        {"polugodie", "2026-2027", "",
         "Мероприятие;Сроки\nА;I полугодие\nБ;II полугодие\n",
         {{"А", {"20260901", "20270101"}}, {"Б", {"20270101", "20270601"}}},
         {"I полугодие (сентябрь – декабрь 2026 г.)", "II полугодие (январь – май 2027 г.)"}},
        {"project-year-may", "2026-2027", "year_starts: 5\n",
         "Мероприятие;Сроки\nСтарт проекта;Май-июнь\nСеминар;Сентябрь\nИтоги;Март\n",
         {{"Старт проекта", {"20260501", "20260701"}}, {"Семинар", {"20260901", "20261001"}}, {"Итоги", {"20270301", "20270401"}}},
         {"май 2026 г.", "сентябрь 2026 г.", "март 2027 г."}},
        {"days-and-deadlines", "2026-2027", "",
         "Мероприятие;Сроки проведения\nОткрытые уроки;15–20 октября 2026\nОтчёт;до 25 декабря 2026\nНеделя;с 10 по 14 января 2027\n",
         {{"Открытые уроки", {"20261015", "20261021"}}, {"Отчёт", {"20261225", "20261226"}}, {"Неделя", {"20270110", "20270115"}}},
         {"октябрь 2026 г.", "декабрь 2026 г.", "январь 2027 г."}},
        {"monthly", "2026-2027", "",
         "Мероприятие;Сроки\nЗаседание;ежемесячно\nОтырыс;ай сайын\n",
         {{"Заседание", {"20260901", "20270601"}}, {"Отырыс", {"20260901", "20270601"}}},
         {"сентябрь 2026 г. – май 2027 г."}},
        {"road-map", "2026-2027", "",
         "Этапы;Содержание;Сроки;Результат\n"
         "Подготовительный;Диагностика;Сентябрь–октябрь 2026;Анализ\n"
         "Основной;Семинары;Ноябрь 2026 – апрель 2027;Разработки\n"
         "Итоговый;Конференция;Май 2027;Сборник\n",
         {{"Диагностика", {"20260901", "20261101"}}, {"Семинары", {"20261101", "20270501"}}, {"Конференция", {"20270501", "20270601"}}},
         {"сентябрь 2026 г.", "ноябрь 2026 г.", "май 2027 г."}},
        {"english", "2026-2027", "",
         "What,When,Responsible\nSeminar,September 2026,Ivanova\nCourses,October–November 2026,Ivanova\n",
         {{"Seminar", {"20260901", "20261001"}}, {"Courses", {"20261001", "20261201"}}},
         {"сентябрь 2026 г.", "октябрь 2026 г."}},
        {"kk-case-endings", "2026-2027", "language: kk\n",
         "Іс-шара;Мерзімі\nА;қыркүйекте\nБ;қазанда\n",
         {{"А", {"20260901", "20261001"}}, {"Б", {"20261001", "20261101"}}},
         {"сентябрь 2026 г.", "октябрь 2026 г."}},
        {"numeric-dates", "2026-2027", "",
         "Мероприятие;Дата проведения\nА;12.09.2026\nБ;01.10.2026–05.10.2026\n",
         {{"А", {"20260912", "20260913"}}, {"Б", {"20261001", "20261006"}}},
         {"сентябрь 2026 г.", "октябрь 2026 г."}},
    };
}

}  // namespace

TEST_CASE("plan tables in the planning documents' styles: every item's start, end and group") {
    std::map<std::string, std::string> files{{"site.yaml", kSite}};
    const auto all = styles();
    for (const auto& s : all) {
        files["content/plans/" + s.name + "/index.md"] =
            "---\ntitle: План " + s.name + "\nyear: \"" + s.year + "\"\n" + s.front_matter_extra + "items_file: plan.csv\n---\n";
        files["content/plans/" + s.name + "/plan.csv"] = s.csv;
    }
    SiteFixture site(files);
    auto r = site.build();
    INFO(r->messages());
    REQUIRE(r->ok);
    for (const auto& s : all) {
        CAPTURE(s.name);
        // A Kazakh plan in a site whose main language is Russian keeps its address; /kk/ shows it too.
        const std::string dir = "plans/" + s.name + "/";
        REQUIRE(r->out.has(dir + "plan.ics"));
        auto spans = calendar_spans(r->out.at(dir + "plan.ics"));
        auto headings = group_headings(r->out.at(dir + "index.html"));
        for (const auto& [title, span] : s.spans) {
            CAPTURE(title);
            REQUIRE(spans.count(title));
            CHECK(spans[title] == span);
        }
        CHECK(spans.size() == s.spans.size());  // every item is in the calendar
        CHECK(headings == s.headings);
    }
}

TEST_CASE("a plan date urker cannot read is a warning at its cell, under its column's header, and the item stays on the page") {
    SiteFixture site({{"site.yaml", kSite},
                      {"content/plans/p/index.md", "---\ntitle: План\nyear: \"2026-2027\"\nitems_file: plan.csv\n---\n"},
                      {"content/plans/p/plan.csv", "Мероприятие;Сроки\nСеминар;Сентябрь 2026\nВстреча;по согласованию\n"}});
    auto r = site.build();
    REQUIRE(r->ok);
    const std::string messages = r->messages();
    CHECK_MESSAGE(messages.find("content/plans/p/plan.csv:3:9: warning: the date \"по согласованию\" names no day, month, term or year") !=
                      std::string::npos,
                  messages);
    CHECK_MESSAGE(messages.find("(column \"Сроки\")") != std::string::npos, messages);
    CHECK(r->out.at("plans/p/index.html").find("Встреча") != std::string::npos);
    CHECK(calendar_spans(r->out.at("plans/p/plan.ics")).size() == 1);
}
