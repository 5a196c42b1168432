#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/date.h"
#include "render/ical.h"

using urker::CalendarEvent;
using urker::CalendarInfo;
using urker::write_icalendar;

namespace {

urker::Date date(const char* text) {
    return *urker::parse_date(text, true).date;
}

CalendarInfo info() {
    CalendarInfo i;
    i.name = "События";
    i.dtstamp_epoch = 1790000000;  // 2026-09-21T14:13:20Z
    return i;
}

CalendarEvent event(const char* start) {
    CalendarEvent e;
    e.uid = "events/e@urker.example.kz";
    e.summary = "Семинар";
    e.start = date(start);
    return e;
}

// The lines of one event, between BEGIN:VEVENT and END:VEVENT, unfolded.
std::vector<std::string> event_lines(const std::string& ics) {
    std::string unfolded;
    for (std::size_t i = 0; i < ics.size(); ++i) {
        if (ics.compare(i, 3, "\r\n ") == 0) {
            i += 2;
            continue;
        }
        unfolded += ics[i];
    }
    std::vector<std::string> lines;
    bool inside = false;
    for (std::size_t pos = 0; pos < unfolded.size();) {
        const std::size_t end = unfolded.find("\r\n", pos);
        const std::string line = unfolded.substr(pos, end - pos);
        pos = end + 2;
        if (line == "END:VEVENT") break;
        if (inside) lines.push_back(line);
        if (line == "BEGIN:VEVENT") inside = true;
    }
    return lines;
}

std::string property(const std::string& ics, const std::string& name) {
    for (const std::string& line : event_lines(ics))
        if (line.compare(0, name.size(), name) == 0 && (line[name.size()] == ':' || line[name.size()] == ';')) return line;
    return "";
}

}  // namespace

TEST_CASE("a calendar with one all-day event is written exactly, with CRLF line endings") {
    CHECK(write_icalendar(info(), {event("2026-11-02")}) ==
          "BEGIN:VCALENDAR\r\n"
          "VERSION:2.0\r\n"
          "PRODID:-//urker//urker//RU\r\n"
          "CALSCALE:GREGORIAN\r\n"
          "METHOD:PUBLISH\r\n"
          "X-WR-CALNAME:События\r\n"
          "BEGIN:VEVENT\r\n"
          "UID:events/e@urker.example.kz\r\n"
          "DTSTAMP:20260921T141320Z\r\n"
          "DTSTART;VALUE=DATE:20261102\r\n"
          "DTEND;VALUE=DATE:20261103\r\n"
          "SUMMARY:Семинар\r\n"
          "END:VEVENT\r\n"
          "END:VCALENDAR\r\n");
}

TEST_CASE("a calendar without events is still a calendar") {
    CalendarInfo i = info();
    i.name.clear();
    CHECK(write_icalendar(i, {}) ==
          "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//urker//urker//"
          "RU\r\nCALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\nEND:VCALENDAR\r\n");
}

TEST_CASE("an all-day event that ends on its own day or earlier lasts one day") {
    CalendarEvent e = event("2026-11-02");
    e.end = date("2026-11-02");
    CHECK(property(write_icalendar(info(), {e}), "DTEND") == "DTEND;VALUE=DATE:20261103");
    e.end = date("2026-10-30");
    CHECK(property(write_icalendar(info(), {e}), "DTEND") == "DTEND;VALUE=DATE:20261103");
}

TEST_CASE("a span of days ends, exclusively, the day after its last day, across months and years") {
    CalendarEvent e = event("2026-12-30");
    e.end = date("2026-12-31");
    const std::string ics = write_icalendar(info(), {e});
    CHECK(property(ics, "DTSTART") == "DTSTART;VALUE=DATE:20261230");
    CHECK(property(ics, "DTEND") == "DTEND;VALUE=DATE:20270101");
}

TEST_CASE("a month is an all-day event spanning the whole month") {
    std::string ics = write_icalendar(info(), {event("2026-12")});
    CHECK(property(ics, "DTSTART") == "DTSTART;VALUE=DATE:20261201");
    CHECK(property(ics, "DTEND") == "DTEND;VALUE=DATE:20270101");

    ics = write_icalendar(info(), {event("2028-02")});  // a leap year's February
    CHECK(property(ics, "DTEND") == "DTEND;VALUE=DATE:20280301");

    CalendarEvent e = event("2026-09");
    e.end = date("2026-11");
    CHECK(property(write_icalendar(info(), {e}), "DTEND") == "DTEND;VALUE=DATE:20261201");
    e.end = date("2026-09-20");
    CHECK(property(write_icalendar(info(), {e}), "DTEND") == "DTEND;VALUE=DATE:20260921");
}

TEST_CASE("an all-day event ending at a time takes in the whole of that day") {
    CalendarEvent e = event("2026-11-02");
    e.end = date("2026-11-03T12:00:00+05:00");
    CHECK(property(write_icalendar(info(), {e}), "DTEND") == "DTEND;VALUE=DATE:20261104");
}

TEST_CASE("a time with an offset is written in UTC, across the day boundary") {
    CalendarEvent e = event("2026-10-15T02:00:00+05:00");
    e.end = date("2026-10-15T03:30:00+05:00");
    std::string ics = write_icalendar(info(), {e});
    CHECK(property(ics, "DTSTART") == "DTSTART:20261014T210000Z");
    CHECK(property(ics, "DTEND") == "DTEND:20261014T223000Z");

    e = event("2026-12-31T22:30:00-03:00");
    CHECK(property(write_icalendar(info(), {e}), "DTSTART") == "DTSTART:20270101T013000Z");
    e = event("2026-10-15T10:00:00Z");
    CHECK(property(write_icalendar(info(), {e}), "DTSTART") == "DTSTART:20261015T100000Z");
}

TEST_CASE("a time without an offset is floating local time") {
    CalendarEvent e = event("2027-01-20T15:00");
    e.end = date("2027-01-20T16:30");
    const std::string ics = write_icalendar(info(), {e});
    CHECK(property(ics, "DTSTART") == "DTSTART:20270120T150000");
    CHECK(property(ics, "DTEND") == "DTEND:20270120T163000");
}

TEST_CASE("a timed event's end is written in the start's kind of time") {
    CalendarEvent e = event("2026-10-15T10:00:00+05:00");
    e.end = date("2026-10-15T12:00");  // no zone: the start's zone
    CHECK(property(write_icalendar(info(), {e}), "DTEND") == "DTEND:20261015T070000Z");
    e.end = date("2026-10-16");  // a day: until midnight after it, in the start's zone
    CHECK(property(write_icalendar(info(), {e}), "DTEND") == "DTEND:20261016T190000Z");

    e = event("2026-10-15T10:00");
    e.end = date("2026-10-15T12:00:00+06:00");  // floating start: the end's clock is kept
    CHECK(property(write_icalendar(info(), {e}), "DTEND") == "DTEND:20261015T120000");
    e.end = date("2026-10-15");
    CHECK(property(write_icalendar(info(), {e}), "DTEND") == "DTEND:20261016T000000");
}

TEST_CASE("a timed event without an end, or ending before it starts, has no DTEND") {
    CalendarEvent e = event("2026-10-15T10:00:00+05:00");
    CHECK(property(write_icalendar(info(), {e}), "DTEND").empty());
    e.end = date("2026-10-15T09:00:00+05:00");
    CHECK(property(write_icalendar(info(), {e}), "DTEND").empty());
    e.end = date("2026-10-15T10:00:00+05:00");
    CHECK(property(write_icalendar(info(), {e}), "DTEND").empty());
}

TEST_CASE("DTSTAMP comes from the caller's fixed time") {
    CalendarInfo i = info();
    i.dtstamp_epoch = 0;
    CHECK(property(write_icalendar(i, {event("2026-11-02")}), "DTSTAMP") == "DTSTAMP:19700101T000000Z");
    i.dtstamp_epoch = 951782400;  // 2000-02-29
    CHECK(property(write_icalendar(i, {event("2026-11-02")}), "DTSTAMP") == "DTSTAMP:20000229T000000Z");
}

TEST_CASE("text values escape backslashes, semicolons, commas and line breaks, and drop control characters") {
    CalendarEvent e = event("2026-11-02");
    e.summary = "a,b;c\\d\ne\r\nf\rg:h\ti\x01j\x7fk";
    e.location = "Алматы; зал №2";
    CHECK(property(write_icalendar(info(), {e}), "SUMMARY") == "SUMMARY:a\\,b\\;c\\\\d\\ne\\nf\\ng:h\tijk");
    CHECK(property(write_icalendar(info(), {e}), "LOCATION") == "LOCATION:Алматы\\; зал №2");
}

TEST_CASE("broken UTF-8 becomes a replacement character instead of breaking the file") {
    CalendarEvent e = event("2026-11-02");
    e.summary = "a\xC3(b";
    CHECK(property(write_icalendar(info(), {e}), "SUMMARY") == "SUMMARY:a\xEF\xBF\xBD(b");
}

TEST_CASE("long lines are folded at 75 octets") {
    CalendarEvent e = event("2026-11-02");
    e.summary = std::string(100, 'a');
    const std::string ics = write_icalendar(info(), {e});
    CHECK(ics.find("SUMMARY:" + std::string(67, 'a') + "\r\n " + std::string(33, 'a') + "\r\n") != std::string::npos);

    e.summary = std::string(67 + 74, 'b');  // exactly fills the first line and one continuation
    CHECK(write_icalendar(info(), {e})
              .find("SUMMARY:" + std::string(67, 'b') + "\r\n " + std::string(74, 'b') + "\r\nEND:VEVENT") != std::string::npos);
}

TEST_CASE("folding never splits a UTF-8 sequence and unfolds to the original line") {
    CalendarEvent e = event("2026-11-02");
    e.summary = "x";
    for (int i = 0; i < 30; ++i) e.summary += "Өркер📚 ";
    const std::string ics = write_icalendar(info(), {e});
    int continuations = 0;
    for (std::size_t pos = 0; pos < ics.size();) {
        const std::size_t end = ics.find("\r\n", pos);
        REQUIRE(end != std::string::npos);
        const std::string line = ics.substr(pos, end - pos);
        CHECK(line.size() <= 75);
        if (line.size() > 1 && line[0] == ' ') {
            ++continuations;
            CHECK((static_cast<unsigned char>(line[1]) & 0xC0) != 0x80);  // starts a character
        }
        pos = end + 2;
    }
    CHECK(continuations > 3);
    CHECK(property(ics, "SUMMARY") == "SUMMARY:" + e.summary);
}

TEST_CASE("categories are separated by commas, and commas inside one are escaped") {
    CalendarEvent e = event("2026-11-02");
    e.categories = {"семинар", "математика, 5 класс", ""};
    CHECK(property(write_icalendar(info(), {e}), "CATEGORIES") == "CATEGORIES:семинар,математика\\, 5 класс");
}

TEST_CASE("the language goes on the texts as a LANGUAGE parameter and names the organizers' label") {
    CalendarInfo i = info();
    i.language = "kk";
    CalendarEvent e = event("2026-11-02");
    e.description = "Бағдарлама";
    e.organizers = {"Айгерим Сапарова", "Иван Петров"};
    const std::string ics = write_icalendar(i, {e});
    CHECK(property(ics, "SUMMARY") == "SUMMARY;LANGUAGE=kk:Семинар");
    CHECK(property(ics, "DESCRIPTION") ==
          "DESCRIPTION;LANGUAGE=kk:Бағдарлама\\n\\nҰйымдастырушылар: Айгерим Сапарова\\, Иван Петров");

    i.language = "ru\"; X=1";  // not a language tag: no parameter
    e.description.clear();
    const std::string ru = write_icalendar(i, {e});
    CHECK(property(ru, "SUMMARY") == "SUMMARY:Семинар");
    CHECK(property(ru, "DESCRIPTION") == "DESCRIPTION:Организаторы: Айгерим Сапарова\\, Иван Петров");
    CHECK(ru.find("ORGANIZER") == std::string::npos);
}

TEST_CASE("only the statuses iCalendar knows are written") {
    CalendarEvent e = event("2026-11-02");
    e.status = "CANCELLED";
    CHECK(property(write_icalendar(info(), {e}), "STATUS") == "STATUS:CANCELLED");
    e.status = "TENTATIVE";
    CHECK(property(write_icalendar(info(), {e}), "STATUS") == "STATUS:TENTATIVE");
    e.status = "cancelled";
    CHECK(property(write_icalendar(info(), {e}), "STATUS").empty());
}

TEST_CASE("a URL is percent-encoded where URIs need it, not TEXT-escaped") {
    CalendarEvent e = event("2026-11-02");
    e.url = "https://urker.example.kz/events/сбор 1/?a=1,2;b";
    CHECK(property(write_icalendar(info(), {e}), "URL") ==
          "URL:https://urker.example.kz/events/%D1%81%D0%B1%D0%BE%D1%80%201/?a=1,2;b");
}

TEST_CASE("an event without a UID gets one derived from it, the same in every build") {
    CalendarEvent e = event("2026-11-02");
    e.uid.clear();
    const std::string uid = property(write_icalendar(info(), {e}), "UID");
    CHECK(uid.rfind("UID:event-", 0) == 0);
    CHECK(uid == property(write_icalendar(info(), {e}), "UID"));
    e.summary = "Другое";
    CHECK(uid != property(write_icalendar(info(), {e}), "UID"));
}

TEST_CASE("events keep the caller's order and empty fields are left out") {
    CalendarEvent a = event("2026-11-02"), b = event("2026-10-01");
    a.uid = "a";
    b.uid = "b";
    const std::string ics = write_icalendar(info(), {a, b});
    CHECK(ics.find("UID:a") < ics.find("UID:b"));
    for (const char* absent : {"DESCRIPTION", "LOCATION", "URL", "CATEGORIES", "STATUS"})
        CHECK(ics.find(absent) == std::string::npos);
}
