// News and new materials as Atom 1.0 (RFC 4287) and RSS 2.0 feeds. Pure writers: plain structs
// in, the file's text out.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.h"

namespace urker {

// Titles, names and categories are plain text (whatever front matter holds, readers show it as
// characters, never as markup: Atom marks them type="text", RSS uses the Best Practices Profile's
// character references); only summary_html and content_html are HTML.
struct FeedEntry {
    std::string url;  // absolute; also the entry's id / guid
    std::string title;
    // HTML fragments, escaped into the feed. Readers resolve links in them against the feed, not
    // the page, so they should hold absolute URLs.
    std::string summary_html, content_html;
    std::string author;  // a name; empty = the feed's title stands as the author
    Date published;
    std::optional<Date> updated;
    std::vector<std::string> categories;
};

struct FeedInfo {
    std::string title, subtitle;
    std::string site_url;  // absolute, the home page
    std::string feed_url;  // absolute, the feed itself
    std::string language;  // "ru", "kk"
    std::string generator;
    Date updated;
};

// Dates: a day (or a month) is midnight at its start, a time without an offset is taken as UTC.
std::string write_atom(const FeedInfo& info, const std::vector<FeedEntry>& entries);
std::string write_rss(const FeedInfo& info, const std::vector<FeedEntry>& entries);

// Text for XML 1.0 content and double-quoted attributes (also fine in HTML): & < > " escaped,
// line breaks normalised to LF, characters XML forbids or discourages (controls, noncharacters)
// dropped, broken UTF-8 replaced by U+FFFD. Shared by the render stage's XML writers.
std::string escape_xml(std::string_view s);

// "2026-10-15T10:00:00+05:00"; a day is "2026-10-15T00:00:00+00:00".
std::string rfc3339_date(const Date& d);
// "Thu, 15 Oct 2026 10:00:00 +0500".
std::string rfc822_date(const Date& d);

}  // namespace urker
