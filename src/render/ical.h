// The portal's events as an RFC 5545 iCalendar file (events.ics) that teachers subscribe to
// from their phone or mail client. A pure writer: plain structs in, the file's text out.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/date.h"

namespace urker {

// An event without a description of its own is described by the start of its text, up to this
// many bytes (the plain text the search index is made of; render/render_site.h keeps that much).
constexpr std::size_t kEventTextDescriptionBytes = 600;

struct CalendarEvent {
    std::string uid;  // stable across builds, e.g. "events/seminar-2026-10@urker.example.kz"
    std::string summary, description, location, url;
    // A day is an all-day event; a month is an all-day event spanning the whole month; a time
    // with an offset is written in UTC ("…Z"), a time without one as floating local time.
    // `end` is inclusive for days and months (2026-10-15..2026-10-16 is two days long).
    Date start;
    std::optional<Date> end;
    std::vector<std::string> categories;
    std::string status;  // "" | "CONFIRMED" | "CANCELLED" | "TENTATIVE"; anything else is left out
    // Names only. ORGANIZER needs a mail address, which teachers' pages do not publish, so the
    // names go at the end of DESCRIPTION instead.
    std::vector<std::string> organizers;
};

struct CalendarInfo {
    std::string name;  // X-WR-CALNAME
    std::string prodid = "-//urker//urker//RU";
    std::string language;         // "ru", "kk": LANGUAGE= on the texts and the organizers' label
    long long dtstamp_epoch = 0;  // fixed by the caller so that the output is deterministic
};

// The whole VCALENDAR with CRLF line endings and lines folded at 75 octets. Events are written
// in the order given.
std::string write_icalendar(const CalendarInfo& info, const std::vector<CalendarEvent>& events);

}  // namespace urker
