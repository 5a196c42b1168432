#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/date.h"
#include "render/feeds.h"

using urker::escape_xml;
using urker::FeedEntry;
using urker::FeedInfo;
using urker::rfc3339_date;
using urker::rfc822_date;

namespace {

urker::Date date(const char* text) {
    return *urker::parse_date(text, true).date;
}

FeedInfo info() {
    FeedInfo i;
    i.title = "Өркер & Co";
    i.site_url = "https://urker.example.kz/";
    i.feed_url = "https://urker.example.kz/atom.xml";
    i.language = "ru";
    i.generator = "urker";
    i.updated = date("2026-10-16T08:30:00+05:00");
    return i;
}

FeedEntry entry() {
    FeedEntry e;
    e.url = "https://urker.example.kz/news/a/";
    e.title = "Итоги <семинара>";
    e.content_html = "<p>Текст &amp; \"цитата\"</p>";
    e.author = "Айгерим";
    e.published = date("2026-10-01");
    e.categories = {"новости"};
    return e;
}

}  // namespace

TEST_CASE("RFC 3339 dates always carry an offset; days and months are midnight UTC") {
    CHECK(rfc3339_date(date("2026-10-15T10:00:00+05:00")) == "2026-10-15T10:00:00+05:00");
    CHECK(rfc3339_date(date("2026-10-15T10:00-03:30")) == "2026-10-15T10:00:00-03:30");
    CHECK(rfc3339_date(date("2026-10-15T10:00:00Z")) == "2026-10-15T10:00:00+00:00");
    CHECK(rfc3339_date(date("2026-10-15T10:00")) == "2026-10-15T10:00:00+00:00");
    CHECK(rfc3339_date(date("2026-10-15")) == "2026-10-15T00:00:00+00:00");
    CHECK(rfc3339_date(date("2026-10")) == "2026-10-01T00:00:00+00:00");
}

TEST_CASE("RFC 822 dates have the right weekday and a numeric offset") {
    CHECK(rfc822_date(date("2026-10-16T08:30:00+05:00")) == "Fri, 16 Oct 2026 08:30:00 +0500");
    CHECK(rfc822_date(date("2026-10-01")) == "Thu, 01 Oct 2026 00:00:00 +0000");
    CHECK(rfc822_date(date("2026-09")) == "Tue, 01 Sep 2026 00:00:00 +0000");
    CHECK(rfc822_date(date("1970-01-01")) == "Thu, 01 Jan 1970 00:00:00 +0000");
    CHECK(rfc822_date(date("1969-12-31")) == "Wed, 31 Dec 1969 00:00:00 +0000");
    CHECK(rfc822_date(date("2024-02-29T23:59:59-03:30")) == "Thu, 29 Feb 2024 23:59:59 -0330");
}

TEST_CASE("XML text escapes markup, normalises line breaks and drops characters XML forbids") {
    CHECK(escape_xml("a & b < c > d \"e\" 'f'") == "a &amp; b &lt; c &gt; d &quot;e&quot; 'f'");
    CHECK(escape_xml("a\r\nb\rc\nd\te") == "a\nb\nc\nd\te");
    CHECK(escape_xml(std::string("a\x00"
                                 "b\x01\x08\x0B\x0C\x1F\x7F"
                                 "c",
                                 10)) == "abc");
    CHECK(escape_xml("a\xC2\x85"
                     "b\xEF\xBF\xBE"
                     "c\xEF\xB7\x90"
                     "d") == "abcd");                   // C1 control, U+FFFE, U+FDD0
    CHECK(escape_xml("a\xC3(b") == "a\xEF\xBF\xBD(b");  // broken UTF-8
    CHECK(escape_xml("Өркер 📚 әіңғүұқөһ") == "Өркер 📚 әіңғүұқөһ");
    // Runs of plain text between what is escaped or dropped, at both ends, and a broken sequence
    // cut off at the end of the text.
    CHECK(escape_xml("<Тема> & «план»\x7F!") == "&lt;Тема&gt; &amp; «план»!");
    CHECK(escape_xml("\"a\"") == "&quot;a&quot;");
    CHECK(escape_xml("конец\xD0") == "конец\xEF\xBF\xBD");
    CHECK(escape_xml("при\xD0" "вет ÀÿߟĀ") == "при\xEF\xBF\xBD" "вет ÀÿߟĀ");  // a lead byte without its second byte, in a run
    CHECK(escape_xml("") == "");
}

TEST_CASE("an Atom feed is written exactly") {
    CHECK(urker::write_atom(info(), {entry()}) ==
          "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
          "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"ru\">\n"
          "  <id>https://urker.example.kz/atom.xml</id>\n"
          "  <title type=\"text\">Өркер &amp; Co</title>\n"
          "  <updated>2026-10-16T08:30:00+05:00</updated>\n"
          "  <link rel=\"self\" type=\"application/atom+xml\" href=\"https://urker.example.kz/atom.xml\"/>\n"
          "  <link rel=\"alternate\" type=\"text/html\" href=\"https://urker.example.kz/\"/>\n"
          "  <generator>urker</generator>\n"
          "  <entry>\n"
          "    <id>https://urker.example.kz/news/a/</id>\n"
          "    <title type=\"text\">Итоги &lt;семинара&gt;</title>\n"
          "    <link rel=\"alternate\" type=\"text/html\" href=\"https://urker.example.kz/news/a/\"/>\n"
          "    <published>2026-10-01T00:00:00+00:00</published>\n"
          "    <updated>2026-10-01T00:00:00+00:00</updated>\n"
          "    <author>\n"
          "      <name>Айгерим</name>\n"
          "    </author>\n"
          "    <category term=\"новости\"/>\n"
          "    <content type=\"html\">&lt;p&gt;Текст &amp;amp; &quot;цитата&quot;&lt;/p&gt;</content>\n"
          "  </entry>\n"
          "</feed>\n");
}

TEST_CASE("Atom: the community is the feed's author when an entry has none, or there are no entries") {
    const std::string feed_author =
        "  <author>\n    <name>Өркер &amp; Co</name>\n    <uri>https://urker.example.kz/</uri>\n  </author>\n";
    CHECK(urker::write_atom(info(), {entry()}).find(feed_author) == std::string::npos);
    FeedEntry anonymous = entry();
    anonymous.author.clear();
    CHECK(urker::write_atom(info(), {entry(), anonymous}).find(feed_author) != std::string::npos);
    CHECK(urker::write_atom(info(), {}).find(feed_author) != std::string::npos);
}

TEST_CASE("Atom: an entry's updated date is its own, or its publication date") {
    FeedEntry e = entry();
    e.updated = date("2026-10-02T09:15:00+06:00");
    e.summary_html = "<b>Кратко</b>";
    const std::string atom = urker::write_atom(info(), {e});
    CHECK(atom.find("<published>2026-10-01T00:00:00+00:00</published>\n    <updated>2026-10-02T09:15:00+06:00</updated>") !=
          std::string::npos);
    CHECK(atom.find("<summary type=\"html\">&lt;b&gt;Кратко&lt;/b&gt;</summary>") != std::string::npos);
}

TEST_CASE("an RSS feed is written exactly") {
    FeedInfo i = info();
    i.subtitle = "Новости";
    i.feed_url = "https://urker.example.kz/rss.xml";
    CHECK(urker::write_rss(i, {entry()}) ==
          "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
          "<rss version=\"2.0\" xmlns:atom=\"http://www.w3.org/2005/Atom\" "
          "xmlns:content=\"http://purl.org/rss/1.0/modules/content/\" "
          "xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"
          "  <channel>\n"
          "    <title>Өркер &#x26; Co</title>\n"
          "    <link>https://urker.example.kz/</link>\n"
          "    <description>Новости</description>\n"
          "    <language>ru</language>\n"
          "    <generator>urker</generator>\n"
          "    <lastBuildDate>Fri, 16 Oct 2026 08:30:00 +0500</lastBuildDate>\n"
          "    <atom:link href=\"https://urker.example.kz/rss.xml\" rel=\"self\" type=\"application/rss+xml\"/>\n"
          "    <item>\n"
          "      <title>Итоги &#x3C;семинара&#x3E;</title>\n"
          "      <link>https://urker.example.kz/news/a/</link>\n"
          "      <guid isPermaLink=\"true\">https://urker.example.kz/news/a/</guid>\n"
          "      <pubDate>Thu, 01 Oct 2026 00:00:00 +0000</pubDate>\n"
          "      <dc:creator>Айгерим</dc:creator>\n"
          "      <category>новости</category>\n"
          "      <description>&lt;p&gt;Текст &amp;amp; &quot;цитата&quot;&lt;/p&gt;</description>\n"
          "    </item>\n"
          "  </channel>\n"
          "</rss>\n");
}

TEST_CASE("RSS: the summary is the description and the full text goes into content:encoded") {
    FeedEntry e = entry();
    e.summary_html = "<p>Кратко</p>";
    const std::string rss = urker::write_rss(info(), {e});
    CHECK(rss.find("<description>&lt;p&gt;Кратко&lt;/p&gt;</description>") != std::string::npos);
    CHECK(rss.find("<content:encoded>&lt;p&gt;Текст") != std::string::npos);
    e.content_html.clear();
    CHECK(urker::write_rss(info(), {e}).find("content:encoded") == std::string::npos);
}

TEST_CASE("RSS: a feed without a subtitle is described by its title") {
    CHECK(urker::write_rss(info(), {}).find("<description>Өркер &#x26; Co</description>") != std::string::npos);
}

TEST_CASE("control characters in any field never reach the feed") {
    FeedEntry e = entry();
    e.title =
        "a\x01\x02"
        "b";
    e.content_html = "<p>\x0B</p>";
    e.categories = {"x\x1Fy"};
    FeedInfo i = info();
    i.title = "t\x7F";
    for (const std::string& feed : {urker::write_atom(i, {e}), urker::write_rss(i, {e})}) {
        std::size_t controls = 0;
        for (char c : feed) controls += static_cast<unsigned char>(c) < 0x20 && c != '\n' && c != '\t';
        CHECK(controls == 0);
        CHECK(feed.find("ab") != std::string::npos);
        CHECK(feed.find("xy") != std::string::npos);
    }
}

TEST_CASE("titles, names and tags from front matter are text in both feeds, never markup") {
    FeedEntry e = entry();
    e.title = "<img src=x onerror=alert(1)>";
    e.author = "<b onmouseover=alert(2)>Имя</b>";
    e.categories = {"<script>alert(3)</script>"};
    FeedInfo i = info();
    i.subtitle = "<svg onload=alert(4)>";
    const std::string atom = urker::write_atom(i, {e});
    CHECK(atom.find("<title type=\"text\">&lt;img src=x onerror=alert(1)&gt;</title>") != std::string::npos);
    CHECK(atom.find("<subtitle type=\"text\">&lt;svg onload=alert(4)&gt;</subtitle>") != std::string::npos);
    CHECK(atom.find("<name>&lt;b onmouseover=alert(2)&gt;Имя&lt;/b&gt;</name>") != std::string::npos);
    CHECK(atom.find("<category term=\"&lt;script&gt;alert(3)&lt;/script&gt;\"/>") != std::string::npos);
    const std::string rss = urker::write_rss(i, {e});
    CHECK(rss.find("<title>&#x3C;img src=x onerror=alert(1)&#x3E;</title>") != std::string::npos);
    CHECK(rss.find("<description>&#x3C;svg onload=alert(4)&#x3E;</description>") != std::string::npos);
    CHECK(rss.find("<dc:creator>&#x3C;b onmouseover=alert(2)&#x3E;Имя&#x3C;/b&#x3E;</dc:creator>") != std::string::npos);
    CHECK(rss.find("<category>&#x3C;script&#x3E;alert(3)&#x3C;/script&#x3E;</category>") != std::string::npos);
    for (const std::string& feed : {atom, rss}) {
        CHECK(feed.find("<img") == std::string::npos);
        CHECK(feed.find("<script") == std::string::npos);
        CHECK(feed.find("type=\"html\">&lt;img") == std::string::npos);
    }
}

TEST_CASE("RSS text keeps every other character and escapes quotes") {
    FeedEntry e = entry();
    e.title = "AT&T \"цитата\" 'a' a<b>c";
    CHECK(urker::write_rss(info(), {e}).find("<title>AT&#x26;T &quot;цитата&quot; 'a' a&#x3C;b&#x3E;c</title>") != std::string::npos);
}
