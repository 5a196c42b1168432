#include "render/feeds.h"

#include <cstdio>

#include "core/text.h"

namespace urker {

namespace {

// XML 1.0 forbids C0 controls other than tab and line breaks, surrogates and U+FFFE/U+FFFF; it
// discourages DEL, the C1 controls and the other noncharacters, which HTML calls parse errors.
bool is_xml_safe(char32_t cp) {
    if (cp < 0x20) return cp == U'\t' || cp == U'\n';
    if (cp >= 0x7F && cp <= 0x9F) return false;
    if (cp >= 0xFDD0 && cp <= 0xFDEF) return false;
    if ((cp & 0xFFFE) == 0xFFFE) return false;
    return cp <= 0x10FFFF;
}

struct Offset {
    char sign;
    int hours, minutes;
};

Offset offset_of(const Date& d) {
    const int m = d.has_time() && d.has_offset ? d.offset_minutes : 0;
    const int a = m < 0 ? -m : m;
    return {m < 0 ? '-' : '+', a / 60, a % 60};
}

int day_of(const Date& d) {
    return d.precision == Date::Precision::month ? 1 : d.day;
}

// A line of the document at `depth` levels of two spaces.
void line(std::string& out, int depth, std::string_view text) {
    out.append(static_cast<std::size_t>(depth) * 2, ' ');
    out.append(text);
    out += '\n';
}

std::string element(std::string_view name, std::string_view text) {
    return "<" + std::string(name) + ">" + escape_xml(text) + "</" + std::string(name) + ">";
}

// An Atom text construct (RFC 4287 3.1) that holds plain text: readers show it as it is, never
// as markup, whatever a title from front matter contains.
std::string atom_text(std::string_view name, std::string_view text) {
    return "<" + std::string(name) + " type=\"text\">" + escape_xml(text) + "</" + std::string(name) + ">";
}

// RSS 2.0 cannot say whether a title is text or HTML, and readers disagree. The RSS Best Practices
// Profile's advice for plain text: & < > as hexadecimal character references, the form the
// widest range of readers shows as the characters themselves rather than as markup.
std::string rss_text(std::string_view s) {
    // escape_xml writes every & of the text as "&amp;", so its entities are unambiguous here.
    const std::string escaped = escape_xml(s);
    std::string out;
    out.reserve(escaped.size() + escaped.size() / 8);
    for (std::size_t i = 0; i < escaped.size(); ++i) {
        if (escaped.compare(i, 5, "&amp;") == 0) out += "&#x26;", i += 4;
        else if (escaped.compare(i, 4, "&lt;") == 0) out += "&#x3C;", i += 3;
        else if (escaped.compare(i, 4, "&gt;") == 0) out += "&#x3E;", i += 3;
        else out += escaped[i];
    }
    return out;
}

std::string rss_element(std::string_view name, std::string_view text) {
    return "<" + std::string(name) + ">" + rss_text(text) + "</" + std::string(name) + ">";
}

}  // namespace

std::string escape_xml(std::string_view s) {
    std::string out;
    out.reserve(s.size() + s.size() / 8);
    // Plain ASCII (printable, no & < > ") goes in as runs, and a character that is safe as it is
    // goes in as its own bytes: a feed's texts are mostly such, and decoding then re-encoding each
    // character was 1.4 % of a first build's instructions at 1 000 materials. The runs take in
    // well-formed two-byte characters from U+00C0 to U+07FF too (Cyrillic, Kazakh letters
    // included), all safe in XML: a Russian or Kazakh feed is mostly those.
    auto plain = [](unsigned char c) { return c >= 0x20 && c < 0x7F && c != '&' && c != '<' && c != '>' && c != '"'; };
    for (std::size_t i = 0; i < s.size();) {
        std::size_t run = i;
        while (run < s.size()) {
            const auto c = static_cast<unsigned char>(s[run]);
            if (plain(c) || c == '\t' || c == '\n') {
                ++run;
            } else if (c >= 0xC3 && c <= 0xDF && run + 1 < s.size() && (static_cast<unsigned char>(s[run + 1]) & 0xC0) == 0x80) {
                run += 2;
            } else {
                break;
            }
        }
        out.append(s, i, run - i);
        i = run;
        if (i >= s.size()) break;
        char32_t cp = 0;
        const std::size_t len = decode_utf8(s, i, cp);
        i += len;
        switch (cp) {
            case U'&':
                out += "&amp;";
                break;
            case U'<':
                out += "&lt;";
                break;
            case U'>':
                out += "&gt;";
                break;
            case U'"':
                out += "&quot;";
                break;
            case U'\r':
                if (i >= s.size() || s[i] != '\n') out += '\n';  // CRLF is kept as its LF
                break;
            default:
                // A valid character's bytes are its encoding; a broken one decodes to U+FFFD.
                if (!is_xml_safe(cp)) break;
                if (cp == 0xFFFD) append_utf8(out, cp);
                else out.append(s, i - len, len);
        }
    }
    return out;
}

std::string rfc3339_date(const Date& d) {
    const Offset o = offset_of(d);
    char buf[64];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d%c%02d:%02d", d.year, d.month, day_of(d),
                  d.has_time() ? d.hour : 0, d.has_time() ? d.minute : 0, d.has_time() ? d.second : 0, o.sign, o.hours,
                  o.minutes);
    return buf;
}

std::string rfc822_date(const Date& d) {
    static const char* const weekdays[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    static const char* const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const Offset o = offset_of(d);
    const long days = d.days_since_epoch();
    const long weekday = ((days % 7) + 7 + 4) % 7;  // 1970-01-01 was a Thursday
    const int month = d.month >= 1 && d.month <= 12 ? d.month : 1;
    char buf[64];
    std::snprintf(buf, sizeof buf, "%s, %02d %s %04d %02d:%02d:%02d %c%02d%02d", weekdays[weekday], day_of(d), months[month - 1],
                  d.year, d.has_time() ? d.hour : 0, d.has_time() ? d.minute : 0, d.has_time() ? d.second : 0, o.sign, o.hours,
                  o.minutes);
    return buf;
}

std::string write_atom(const FeedInfo& info, const std::vector<FeedEntry>& entries) {
    std::string out;
    out.reserve(1024 + entries.size() * 2048);
    line(out, 0, R"(<?xml version="1.0" encoding="utf-8"?>)");
    std::string open = R"(<feed xmlns="http://www.w3.org/2005/Atom")";
    if (!info.language.empty()) open += " xml:lang=\"" + escape_xml(info.language) + "\"";
    line(out, 0, open + ">");
    line(out, 1, element("id", info.feed_url.empty() ? info.site_url : info.feed_url));
    line(out, 1, atom_text("title", info.title));
    if (!info.subtitle.empty()) line(out, 1, atom_text("subtitle", info.subtitle));
    line(out, 1, element("updated", rfc3339_date(info.updated)));
    if (!info.feed_url.empty())
        line(out, 1, R"(<link rel="self" type="application/atom+xml" href=")" + escape_xml(info.feed_url) + "\"/>");
    if (!info.site_url.empty())
        line(out, 1, R"(<link rel="alternate" type="text/html" href=")" + escape_xml(info.site_url) + "\"/>");
    // RFC 4287 4.1.1: a feed needs an author unless every entry has one. The community itself
    // (the feed's title) stands in for entries without a named author, and for an empty feed.
    bool every_entry_has_author = !entries.empty();
    for (const FeedEntry& e : entries) every_entry_has_author = every_entry_has_author && !e.author.empty();
    if (!every_entry_has_author) {
        line(out, 1, "<author>");
        line(out, 2, element("name", info.title.empty() ? info.site_url : info.title));
        if (!info.site_url.empty()) line(out, 2, element("uri", info.site_url));
        line(out, 1, "</author>");
    }
    if (!info.generator.empty()) line(out, 1, element("generator", info.generator));

    for (const FeedEntry& e : entries) {
        line(out, 1, "<entry>");
        line(out, 2, element("id", e.url));
        line(out, 2, atom_text("title", e.title));
        line(out, 2, R"(<link rel="alternate" type="text/html" href=")" + escape_xml(e.url) + "\"/>");
        line(out, 2, element("published", rfc3339_date(e.published)));
        line(out, 2, element("updated", rfc3339_date(e.updated ? *e.updated : e.published)));
        if (!e.author.empty()) {
            line(out, 2, "<author>");
            line(out, 3, element("name", e.author));
            line(out, 2, "</author>");
        }
        for (const std::string& c : e.categories)
            if (!c.empty()) line(out, 2, "<category term=\"" + escape_xml(c) + "\"/>");
        if (!e.summary_html.empty()) line(out, 2, "<summary type=\"html\">" + escape_xml(e.summary_html) + "</summary>");
        if (!e.content_html.empty()) line(out, 2, "<content type=\"html\">" + escape_xml(e.content_html) + "</content>");
        line(out, 1, "</entry>");
    }
    line(out, 0, "</feed>");
    return out;
}

std::string write_rss(const FeedInfo& info, const std::vector<FeedEntry>& entries) {
    std::string out;
    out.reserve(1024 + entries.size() * 2048);
    line(out, 0, R"(<?xml version="1.0" encoding="utf-8"?>)");
    line(
        out, 0,
        R"(<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/" )"
        R"(xmlns:dc="http://purl.org/dc/elements/1.1/">)");
    line(out, 1, "<channel>");
    line(out, 2, rss_element("title", info.title));
    line(out, 2, element("link", info.site_url));
    // <description> is required; a feed without a subtitle describes itself by its title.
    line(out, 2, rss_element("description", info.subtitle.empty() ? info.title : info.subtitle));
    if (!info.language.empty()) line(out, 2, element("language", info.language));
    if (!info.generator.empty()) line(out, 2, rss_element("generator", info.generator));
    line(out, 2, element("lastBuildDate", rfc822_date(info.updated)));
    if (!info.feed_url.empty())
        line(out, 2, R"(<atom:link href=")" + escape_xml(info.feed_url) + R"(" rel="self" type="application/rss+xml"/>)");

    for (const FeedEntry& e : entries) {
        line(out, 2, "<item>");
        line(out, 3, rss_element("title", e.title));
        line(out, 3, element("link", e.url));
        line(out, 3, R"(<guid isPermaLink="true">)" + escape_xml(e.url) + "</guid>");
        line(out, 3, element("pubDate", rfc822_date(e.published)));
        // RSS's <author> must be a mail address; Dublin Core's creator takes a name.
        if (!e.author.empty()) line(out, 3, rss_element("dc:creator", e.author));
        for (const std::string& c : e.categories)
            if (!c.empty()) line(out, 3, rss_element("category", c));
        const std::string& description = e.summary_html.empty() ? e.content_html : e.summary_html;
        if (!description.empty()) line(out, 3, element("description", description));
        if (!e.summary_html.empty() && !e.content_html.empty()) line(out, 3, element("content:encoded", e.content_html));
        line(out, 2, "</item>");
    }
    line(out, 1, "</channel>");
    line(out, 0, "</rss>");
    return out;
}

}  // namespace urker
