#!/usr/bin/env python3
"""Checks the iCalendar writer with a real parser (Debian's python3-icalendar).

    validate_ical.py <urker_render_tool> <work folder>

Runs the tool, then reads its events.ics twice: octet by octet for the line rules of RFC 5545
(CRLF, folding at 75 octets, no fold inside a UTF-8 sequence), and with icalendar for what a
calendar program would see. Exits 77 (skipped) when the icalendar module is missing.
"""

import datetime
import pathlib
import subprocess
import sys

try:
    import icalendar
except ImportError:
    print("python3-icalendar is not installed: skipping")
    sys.exit(77)

failures = []


def check(condition, message):
    if not condition:
        failures.append(message)


def check_lines(name, data):
    check(data.endswith(b"\r\n"), f"{name}: does not end with CRLF")
    lines = data.split(b"\r\n")[:-1]
    for number, line in enumerate(lines, 1):
        check(b"\n" not in line and b"\r" not in line, f"{name}:{number}: bare CR or LF")
        check(len(line) <= 75, f"{name}:{number}: {len(line)} octets, more than 75")
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            check(False, f"{name}:{number}: a fold splits a UTF-8 sequence")
        for octet in line:
            check(octet >= 0x20 or octet == 0x09, f"{name}:{number}: control character {octet:#04x}")
    return lines


def parse(name, data):
    calendar = icalendar.Calendar.from_ical(data)
    for component in calendar.walk():
        check(not component.errors, f"{name}: {component.name}: {component.errors}")
    return calendar


def main():
    tool, work = sys.argv[1], pathlib.Path(sys.argv[2]) / "ical"
    subprocess.run([tool, str(work)], check=True)

    data = (work / "events.ics").read_bytes()
    lines = check_lines("events.ics", data)
    check(any(line.startswith(b" ") for line in lines), "events.ics: the long sample lines were not folded")
    calendar = parse("events.ics", data)
    check(str(calendar["VERSION"]) == "2.0", "VERSION is not 2.0")
    check(str(calendar["PRODID"]) == "-//urker//urker//RU", "PRODID")
    check(str(calendar["CALSCALE"]) == "GREGORIAN", "CALSCALE")
    check(str(calendar["METHOD"]) == "PUBLISH", "METHOD")
    check(str(calendar["X-WR-CALNAME"]) == "События сети учителей; «Өркер»", "X-WR-CALNAME")

    events = calendar.walk("VEVENT")
    check(len(events) == 6, f"expected 6 events, found {len(events)}")
    uids = [str(e["UID"]) for e in events]
    check(len(set(uids)) == len(uids), "UIDs are not unique")
    stamp = datetime.datetime.fromtimestamp(1790000000, datetime.timezone.utc)
    for event in events:
        check(event["DTSTAMP"].dt == stamp, f"{event['UID']}: DTSTAMP {event['DTSTAMP'].dt}")

    utc = datetime.timezone.utc
    seminar, day, span, month, local, webinar = events
    check(seminar["DTSTART"].dt == datetime.datetime(2026, 10, 15, 5, 0, tzinfo=utc), "timed start is not in UTC")
    check(seminar["DTEND"].dt == datetime.datetime(2026, 10, 15, 8, 30, tzinfo=utc), "timed end is not in UTC")
    check(str(seminar["SUMMARY"]) == "Семинар «Формирующее оценивание на уроках математики в 5–6 классах»", "SUMMARY")
    check(seminar["SUMMARY"].params.get("LANGUAGE") == "ru", "SUMMARY has no LANGUAGE=ru")
    description = str(seminar["DESCRIPTION"])
    for piece in ['Кавычки "…", амперсанд & <теги>; запятая', "обратная \\ черта\nвторая строка\nтретья\tс табуляцией",
                  "управляющийсимвол", "битый \ufffd( UTF-8", "эмодзи 📚 и қазақ тілі: әіңғүұқөһ",
                  "\n\nОрганизаторы: Айгерим Сапарова, Иван Петров"]:
        check(piece in description, f"DESCRIPTION lost {piece!r}: {description!r}")
    check(str(seminar["LOCATION"]) == "г. Алматы, ул. Абая, 10; актовый зал", "LOCATION")
    check(str(seminar["URL"]) == "https://urker.example.kz/events/%D1%81%D0%B5%D0%BC%D0%B8%D0%BD%D0%B0%D1%80-2026/", "URL")
    # icalendar before 5.0 splits a category at an escaped comma too; joined, both readings agree.
    categories = ",".join(str(c) for c in seminar["CATEGORIES"].cats)
    check(categories == "семинар,математика, 5 класс,оценивание", f"CATEGORIES {categories!r}")
    check(str(seminar["STATUS"]) == "CONFIRMED", "STATUS")

    check(day["DTSTART"].dt == datetime.date(2026, 11, 2) and day["DTEND"].dt == datetime.date(2026, 11, 3),
          "an all-day event does not end the next day")
    check(type(day["DTSTART"].dt) is datetime.date, "an all-day event has a time")
    check("STATUS" not in day and "DESCRIPTION" not in day, "empty fields were written")
    check(span["DTSTART"].dt == datetime.date(2026, 11, 10) and span["DTEND"].dt == datetime.date(2026, 11, 13),
          "a span of days does not end the day after its last day")
    check(month["DTSTART"].dt == datetime.date(2026, 12, 1) and month["DTEND"].dt == datetime.date(2027, 1, 1),
          "a month does not span the whole month")
    check(str(month["STATUS"]) == "CANCELLED", "a cancelled event is not CANCELLED")
    check(local["DTSTART"].dt == datetime.datetime(2027, 1, 20, 15, 0) and local["DTSTART"].dt.tzinfo is None,
          "a time without an offset is not floating")
    check(local["DTEND"].dt == datetime.datetime(2027, 1, 20, 16, 30), "floating end")
    check(webinar["DTEND"].dt == datetime.datetime(2027, 2, 3, 0, 0, tzinfo=utc), "a timed event ending on a day")
    check(str(webinar["UID"]).startswith("event-"), "an event without UID did not get one")

    empty = (work / "empty.ics").read_bytes()
    check_lines("empty.ics", empty)
    check(not parse("empty.ics", empty).walk("VEVENT"), "empty.ics has events")

    for failure in failures:
        print("FAIL:", failure)
    if failures:
        return 1
    print(f"ical: events.ics ({len(lines)} lines, {len(events)} events) and empty.ics are valid")
    return 0


if __name__ == "__main__":
    sys.exit(main())
