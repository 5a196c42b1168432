#!/usr/bin/env python3
"""Checks the Atom and RSS writers with real parsers (Debian's python3-feedparser, python3-lxml).

    validate_feeds.py <urker_render_tool> <work folder>

Runs the tool, then reads its feeds with lxml (strict XML 1.0: well-formed, no illegal
characters) for the elements and date formats the specifications require, and with feedparser
for what a feed reader would see. Exits 77 (skipped) when a module is missing.
"""

import calendar
import datetime
import email.utils
import pathlib
import re
import subprocess
import sys

try:
    import feedparser
    from lxml import etree
except ImportError as missing:
    print(f"{missing.name} is not installed (python3-feedparser, python3-lxml): skipping")
    sys.exit(77)

ATOM = "{http://www.w3.org/2005/Atom}"
RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$")
RFC822 = re.compile(r"^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} "
                    r"\d{2}:\d{2}:\d{2} [+-]\d{4}$")

failures = []


def check(condition, message):
    if not condition:
        failures.append(message)


def strict_xml(path):
    try:
        return etree.parse(str(path), etree.XMLParser(resolve_entities=False, no_network=True, recover=False))
    except etree.XMLSyntaxError as error:
        check(False, f"{path.name}: not well-formed XML 1.0: {error}")
        return None


def utc(text):
    return datetime.datetime.fromisoformat(text).astimezone(datetime.timezone.utc)


def parsed_utc(struct):
    return datetime.datetime.fromtimestamp(calendar.timegm(struct), datetime.timezone.utc)


def check_atom_structure(name, tree):
    if tree is None:
        return []
    feed = tree.getroot()
    check(feed.tag == ATOM + "feed", f"{name}: root is {feed.tag}")
    for child in ("id", "title", "updated"):
        check(len(feed.findall(ATOM + child)) == 1, f"{name}: feed needs exactly one {child}")
    check(feed.find(f"{ATOM}link[@rel='self']") is not None, f"{name}: no rel=self link")
    entries = feed.findall(ATOM + "entry")
    has_feed_author = feed.find(ATOM + "author") is not None
    for element in tree.iter(ATOM + "updated", ATOM + "published"):
        check(RFC3339.match(element.text or ""), f"{name}: {element.text!r} is not an RFC 3339 date with an offset")
    for entry in entries:
        where = f"{name}: entry {entry.findtext(ATOM + 'id')}"
        for child in ("id", "title", "updated"):
            check(len(entry.findall(ATOM + child)) == 1, f"{where}: needs exactly one {child}")
        check(has_feed_author or entry.find(ATOM + "author") is not None, f"{where}: no author in the entry or the feed")
        check(entry.find(ATOM + "content") is not None or entry.find(f"{ATOM}link[@rel='alternate']") is not None,
              f"{where}: neither content nor an alternate link")
    if not entries:
        check(has_feed_author, f"{name}: an empty feed needs a feed author")
    return entries


def check_rss_structure(name, tree):
    if tree is None:
        return []
    rss = tree.getroot()
    check(rss.tag == "rss" and rss.get("version") == "2.0", f"{name}: not <rss version=\"2.0\">")
    channels = rss.findall("channel")
    check(len(channels) == 1, f"{name}: needs exactly one channel")
    if not channels:
        return []
    channel = channels[0]
    for child in ("title", "link", "description"):
        check(channel.find(child) is not None, f"{name}: channel has no {child}")
    check(channel.find(f"{ATOM}link[@rel='self']") is not None, f"{name}: no atom:link rel=self")
    for element in list(channel.iter("pubDate")) + list(channel.iter("lastBuildDate")):
        text = element.text or ""
        check(RFC822.match(text), f"{name}: {text!r} is not an RFC 822 date")
        if RFC822.match(text):
            # the weekday must be the date's weekday, not just any weekday
            check(email.utils.format_datetime(email.utils.parsedate_to_datetime(text))[:3] == text[:3],
                  f"{name}: {text!r} has the wrong weekday")
    items = channel.findall("item")
    for item in items:
        check(item.find("title") is not None or item.find("description") is not None, f"{name}: item without title and description")
        guid = item.find("guid")
        check(guid is not None and guid.get("isPermaLink") == "true" and guid.text == item.findtext("link"),
              f"{name}: guid is not the permalink")
    return items


def check_feedparser(name, path, version):
    parsed = feedparser.parse(str(path))
    check(not parsed.bozo, f"{name}: feedparser says it is broken: {parsed.get('bozo_exception')}")
    check(parsed.version == version, f"{name}: feedparser sees {parsed.version!r}, not {version}")
    return parsed


def main():
    tool, work = sys.argv[1], pathlib.Path(sys.argv[2]) / "feeds"
    subprocess.run([tool, str(work)], check=True)

    atom_entries = check_atom_structure("atom.xml", strict_xml(work / "atom.xml"))
    check(len(atom_entries) == 4, "atom.xml: expected 4 entries")
    rss_items = check_rss_structure("rss.xml", strict_xml(work / "rss.xml"))
    check(len(rss_items) == 4, "rss.xml: expected 4 items")
    check(not check_atom_structure("empty-atom.xml", strict_xml(work / "empty-atom.xml")), "empty-atom.xml has entries")
    check(not check_rss_structure("empty-rss.xml", strict_xml(work / "empty-rss.xml")), "empty-rss.xml has items")

    for name, version in (("atom.xml", "atom10"), ("rss.xml", "rss20")):
        parsed = check_feedparser(name, work / name, version)
        feed = parsed.feed
        check(feed.title == "Сеть учителей «Өркер» & партнёры", f"{name}: feed title {feed.title!r}")
        check(feed.subtitle == "Новости и материалы <сообщества>", f"{name}: feed subtitle {feed.get('subtitle')!r}")
        check(feed.language == "ru", f"{name}: language {feed.get('language')!r}")
        check(feed.link == "https://urker.example.kz/", f"{name}: home link {feed.get('link')!r}")
        self_links = [link.href for link in feed.links if link.rel == "self"]
        check(len(self_links) == 1 and self_links[0].startswith("https://urker.example.kz/news/"), f"{name}: self link {self_links}")
        check(parsed_utc(feed.updated_parsed) == utc("2026-10-16T08:30:00+05:00"), f"{name}: feed updated {feed.get('updated')}")

        if len(parsed.entries) != 4:
            check(False, f"{name}: feedparser sees {len(parsed.entries)} entries, not 4")
            continue
        news, material, month, hostile = parsed.entries
        check(news.title == "Итоги семинара: «дроби» & <проценты>", f"{name}: entry title {news.title!r}")
        # Markup typed into front matter comes back as the literal text, marked as text.
        check(hostile.title == "<img src=x onerror=alert(1)>", f"{name}: hostile title {hostile.title!r}")
        check(hostile.title_detail.type == "text/plain", f"{name}: hostile title is {hostile.title_detail.type}")
        check(hostile.author == "<img src=y onerror=alert(2)>", f"{name}: hostile author {hostile.get('author')!r}")
        check([t.term for t in hostile.tags] == ["<img src=z onerror=alert(3)>"], f"{name}: hostile category {hostile.tags!r}")
        check(news.link == "https://urker.example.kz/news/seminar-itogi/", f"{name}: entry link")
        check(news.id == news.link, f"{name}: entry id is not its URL")
        check(news.author == "Айгерим Сапарова", f"{name}: author {news.get('author')!r}")
        check([t.term for t in news.tags] == ["новости", "математика"], f"{name}: categories")
        check(parsed_utc(news.published_parsed) == utc("2026-10-16T08:30:00+05:00"), f"{name}: published")
        check(news.summary == "<p>Коротко: прошёл семинар.</p>", f"{name}: summary {news.summary!r}")
        content = news.content[0].value
        for piece in ["<p>Полный текст &amp; <a href=\"https://urker.example.kz/materials/drobi/\">материалы</a>.</p>",
                      "управляющийсимвол", "\ufffd( UTF-8", "эмодзи 📚 и қазақ тілі"]:
            check(piece in content, f"{name}: content lost {piece!r}")
        check(material.link == "https://urker.example.kz/materials/әліпби/", f"{name}: Cyrillic link {material.link!r}")
        check(parsed_utc(material.published_parsed) == utc("2026-10-01T00:00:00+00:00"), f"{name}: a day is not midnight UTC")
        check(parsed_utc(month.published_parsed) == utc("2026-09-01T00:00:00+00:00"), f"{name}: a month is not its first day")
        if version == "atom10":
            check(parsed_utc(news.updated_parsed) == utc("2026-10-17T09:00:00+05:00"), f"{name}: updated")
            check(parsed_utc(month.updated_parsed) == utc("2026-09-03T12:00:00+00:00"), f"{name}: local time is not UTC")
            check(feed.get("author") == feed.title and "author" not in material,
                  f"{name}: the feed's author for entries without one is not the community")

    for failure in failures:
        print("FAIL:", failure)
    if failures:
        return 1
    print("feeds: atom.xml, rss.xml and the empty feeds are valid")
    return 0


if __name__ == "__main__":
    sys.exit(main())
