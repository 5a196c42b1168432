// Writes a sample calendar, Atom and RSS feeds and charts to a folder, so that real parsers
// (python's icalendar, feedparser and xml, the Nu Html Checker) can check the render stage's
// writers: tests/render/validate_*.py.
//
//   urker_render_tool <folder>
//
// The samples are made to be awkward: Cyrillic and Kazakh text, characters every format escapes
// differently, control characters, broken UTF-8, emoji, long lines, every kind of date.

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "core/date.h"
#include "render/charts.h"
#include "render/feeds.h"
#include "render/ical.h"

namespace {

using namespace urker;

Date date(const char* text) {
    auto r = parse_date(text, true);
    if (!r.date) throw std::runtime_error(std::string("bad sample date ") + text + ": " + r.error);
    return *r.date;
}

const std::string awkward =
    "Кавычки \"…\", амперсанд & <теги>; запятая, точка с запятой; обратная \\ черта\n"
    "вторая строка\r\nтретья\tс табуляцией, управляющий\x01символ, битый \xC3( UTF-8, эмодзи 📚 и қазақ тілі: әіңғүұқөһ";

std::vector<CalendarEvent> sample_events() {
    std::vector<CalendarEvent> events;
    CalendarEvent seminar;
    seminar.uid = "events/seminar-2026-10@urker.example.kz";
    seminar.summary = "Семинар «Формирующее оценивание на уроках математики в 5–6 классах»";
    seminar.description = awkward;
    seminar.location = "г. Алматы, ул. Абая, 10; актовый зал";
    seminar.url = "https://urker.example.kz/events/семинар-2026/";
    seminar.start = date("2026-10-15T10:00:00+05:00");
    seminar.end = date("2026-10-15T13:30:00+05:00");
    seminar.categories = {"семинар", "математика, 5 класс", "оценивание"};
    seminar.status = "CONFIRMED";
    seminar.organizers = {"Айгерим Сапарова", "Иван Петров"};
    events.push_back(seminar);

    CalendarEvent day;
    day.uid = "events/metod-den@urker.example.kz";
    day.summary = "Методический день";
    day.start = date("2026-11-02");
    events.push_back(day);

    CalendarEvent span;
    span.uid = "events/olimpiada@urker.example.kz";
    span.summary = "Олимпиада: школьный этап";
    span.start = date("2026-11-10");
    span.end = date("2026-11-12");
    span.status = "TENTATIVE";
    events.push_back(span);

    CalendarEvent month;
    month.uid = "events/mesyachnik@urker.example.kz";
    month.summary = "Месячник естественных наук";
    month.start = date("2026-12");
    month.status = "CANCELLED";
    month.organizers = {"Методическое объединение учителей биологии"};
    events.push_back(month);

    CalendarEvent local;
    local.uid = "events/vstrecha@urker.example.kz";
    local.summary = "Встреча сообщества (местное время)";
    local.start = date("2027-01-20T15:00");
    local.end = date("2027-01-20T16:30");
    events.push_back(local);

    CalendarEvent utc;
    utc.summary = "Вебинар без UID";
    utc.start = date("2027-02-01T09:00:00Z");
    utc.end = date("2027-02-02");
    events.push_back(utc);
    return events;
}

FeedInfo sample_feed_info() {
    FeedInfo info;
    info.title = "Сеть учителей «Өркер» & партнёры";
    info.subtitle = "Новости и материалы <сообщества>";
    info.site_url = "https://urker.example.kz/";
    info.feed_url = "https://urker.example.kz/news/atom.xml";
    info.language = "ru";
    info.generator = "urker 0.1.0";
    info.updated = date("2026-10-16T08:30:00+05:00");
    return info;
}

std::vector<FeedEntry> sample_entries() {
    std::vector<FeedEntry> entries;
    FeedEntry news;
    news.url = "https://urker.example.kz/news/seminar-itogi/";
    news.title = "Итоги семинара: «дроби» & <проценты>";
    news.summary_html = "<p>Коротко: прошёл семинар.</p>";
    news.content_html =
        "<p>Полный текст &amp; <a href=\"https://urker.example.kz/materials/drobi/\">материалы</a>.</p>\n<p>" + awkward + "</p>";
    news.author = "Айгерим Сапарова";
    news.published = date("2026-10-16T08:30:00+05:00");
    news.updated = date("2026-10-17T09:00:00+05:00");
    news.categories = {"новости", "математика"};
    entries.push_back(news);

    FeedEntry material;
    material.url = "https://urker.example.kz/materials/әліпби/";
    material.title = "Новый материал: Қазақ әліпбиі";
    material.content_html = "<p>Только содержание, без аннотации.</p>";
    material.published = date("2026-10-01");
    entries.push_back(material);

    FeedEntry plain;
    plain.url = "https://urker.example.kz/news/month/";
    plain.title = "Запись с датой-месяцем и местным временем обновления";
    plain.published = date("2026-09");
    plain.updated = date("2026-09-03T12:00");
    entries.push_back(plain);

    // Front matter a teacher typed: text that looks like markup must reach readers as text.
    FeedEntry hostile;
    hostile.url = "https://urker.example.kz/news/hostile/";
    hostile.title = "<img src=x onerror=alert(1)>";
    hostile.author = "<img src=y onerror=alert(2)>";
    hostile.categories = {"<img src=z onerror=alert(3)>"};
    hostile.published = date("2026-08-01");
    entries.push_back(hostile);
    return entries;
}

BarChart sample_schools() {
    BarChart c;
    c.id = "members-by-school";
    c.title = "Участники по школам";
    c.description = "Число участников сообщества в каждой школе";
    c.unit_label = "чел.";
    c.bars = {{"Средняя общеобразовательная школа-гимназия №12 имени Абая", 42, "https://urker.example.kz/schools/12/"},
              {"Школа-лицей «Өркен» & <партнёры>", 17.5, ""},
              {"СОШ №3", 3, "https://urker.example.kz/schools/3/"},
              {"Пустая школа", 0, ""}};
    return c;
}

BarChart sample_months() {
    BarChart c;
    c.id = "materials-by-month";
    c.title = "Материалы по месяцам";
    c.description = "Сколько материалов опубликовано за месяц";
    c.horizontal = false;
    static const char* const months[] = {"2025-11", "2025-12", "2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06",
                                         "2026-07", "2026-08", "2026-09", "2026-10", "2026-11", "2026-12", "2027-01"};
    double v = 2;
    for (const char* m : months) {
        c.bars.push_back({m, v, ""});
        v = v * 1.4 + 1;
    }
    return c;
}

LineChart sample_growth() {
    LineChart c;
    c.id = "active-members";
    c.title = "Рост активных участников";
    c.description = "Активные участники на конец месяца";
    const char* const months[] = {"сен 2026", "окт 2026", "ноя 2026", "дек 2026", "янв 2027", "фев 2027"};
    const double values[] = {12, 19, 23, 23, 31, 44};
    for (std::size_t i = 0; i < 6; ++i) c.points.push_back({months[i], values[i]});
    return c;
}

void write(const std::filesystem::path& path, const std::string& text) {
    std::ofstream f(path, std::ios::binary);
    f << text;
    if (!f) throw std::runtime_error("cannot write " + path.string());
}

void write_samples(const std::filesystem::path& dir) {
    std::filesystem::create_directories(dir);

    CalendarInfo calendar;
    calendar.name = "События сети учителей; «Өркер»";
    calendar.language = "ru";
    calendar.dtstamp_epoch = 1790000000;
    write(dir / "events.ics", write_icalendar(calendar, sample_events()));
    write(dir / "empty.ics", write_icalendar(calendar, {}));

    const FeedInfo info = sample_feed_info();
    write(dir / "atom.xml", write_atom(info, sample_entries()));
    FeedInfo rss_info = info;
    rss_info.feed_url = "https://urker.example.kz/news/rss.xml";
    write(dir / "rss.xml", write_rss(rss_info, sample_entries()));
    write(dir / "empty-atom.xml", write_atom(info, {}));
    write(dir / "empty-rss.xml", write_rss(rss_info, {}));

    const BarChart schools = sample_schools(), months = sample_months();
    const LineChart growth = sample_growth();
    BarChart empty_bars;
    empty_bars.id = "empty-bars";
    empty_bars.title = "Нет данных";
    LineChart single;
    single.id = "single-point";
    single.title = "Одна точка";
    single.points = {{"окт 2026", 7}};
    LineChart empty_line;
    empty_line.id = "empty-line";
    empty_line.title = "Пустой график";

    const std::vector<std::pair<std::string, std::string>> svgs = {
        {"chart-schools.svg", svg_bar_chart(schools)},
        {"chart-months.svg", svg_bar_chart(months)},
        {"chart-growth.svg", svg_line_chart(growth)},
        {"chart-single.svg", svg_line_chart(single)},
        {"chart-empty-bars.svg", svg_bar_chart(empty_bars)},
        {"chart-empty-line.svg", svg_line_chart(empty_line)},
        {"chart-progress.svg", svg_progress_bar("plan-completion", "Выполнение плана: " + awkward, 0.6, "12 из 20 — 60 %")},
    };
    std::string page =
        "<!DOCTYPE html>\n<html lang=\"ru\">\n<head>\n<meta charset=\"utf-8\">\n<title>Мониторинг</title>\n</head>\n<body>\n";
    for (const auto& [name, svg] : svgs) {
        write(dir / name, svg + "\n");
        page += "<figure>\n" + svg + "\n</figure>\n";
    }
    page += chart_data_table(schools, "Участники по школам", "Школа", "Участники, чел.") + "\n";
    page += chart_data_table(months, "", "Месяц", "Материалы") + "\n";
    page += chart_data_table(growth, "Активные участники", "Месяц", "Участники") + "\n";
    page += chart_data_table(empty_bars, "Нет данных", "Школа", "Участники") + "\n";
    page += "</body>\n</html>\n";
    write(dir / "charts.html", page);
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: urker_render_tool <folder>\n");
        return 2;
    }
    try {
        write_samples(argv[1]);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "urker_render_tool: %s\n", e.what());
        return 1;
    }
    return 0;
}
