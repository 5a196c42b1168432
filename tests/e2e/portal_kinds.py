#!/usr/bin/python3
"""End-to-end checks of the example portal's kinds, against figures computed here from content/.

Usage: portal_kinds.py URKER_BINARY REPO_DIR

Builds the repository's portal as of 2026-11-23 (SOURCE_DATE_EPOCH) into a temporary folder and
checks, with expectations worked out independently of urker's code:
  - every member page lists exactly that member's materials; every school page lists its members;
  - plan tables hold every item with its status, and the progress figure matches the items;
  - ICS files parse with python3-icalendar, Atom/RSS feeds with feedparser;
  - the alphabetical index is in collation order for Russian and Kazakh words;
  - monitoring figures equal counts computed here: every indicator of the analytic report (plan
    completion, members, active and new members, materials, events, participants, topics, age,
    freshness), kinds of events, participants per event, survey answers;
  - every approved material has its certificate, numbered by approval date then path within each
    year, and every recorded fingerprint equals the SHA-256 computed here from the files;
  - a bad reference, a bad date, a grade of 12 and an unknown status each fail with file:line and a hint.
"""
import datetime
import hashlib
import html
import html.parser
import os
import re
import shutil
import subprocess
import sys
import tempfile

import feedparser
import icalendar
import yaml

URKER, REPO = sys.argv[1], sys.argv[2]
BUILD_DAY = datetime.date(2026, 11, 23)
EPOCH = str(int(datetime.datetime(2026, 11, 23, 12, 0, tzinfo=datetime.timezone.utc).timestamp()))
passed, failed = 0, 0


def check(cond, what):
    global passed, failed
    if cond:
        passed += 1
    else:
        failed += 1
        print("FAIL:", what)


def front_matter(path):
    text = open(path, encoding="utf-8").read()
    if not text.startswith("---"):
        return {}
    return yaml.safe_load(text.split("\n---", 1)[0][3:]) or {}


def content_files(kind):
    root = os.path.join(REPO, "content", kind)
    out = {}
    for dirpath, _, files in os.walk(root):
        for f in files:
            if not f.endswith(".md") or f.startswith("_index") or re.search(r"\.(kk|en)\.md$", f):
                continue
            path = os.path.join(dirpath, f)
            fm = front_matter(path)
            if fm.get("draft"):
                continue
            stem = os.path.basename(dirpath) if f == "index.md" else f[:-3]
            out[fm.get("id", stem)] = (path, fm)
    return out


class Links(html.parser.HTMLParser):
    """Collects hrefs inside the element that has aria-labelledby=<label> (or the whole page)."""

    def __init__(self, label=None):
        super().__init__()
        self.label, self.depth, self.hrefs, self.text, self.links = label, 0 if label else 1, [], [], []
        self.in_link = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if self.depth:
            self.depth += 1
            if tag == "a" and "href" in a:
                self.hrefs.append(a["href"])
                self.in_link = [a["href"], ""]
        elif self.label and a.get("aria-labelledby") == self.label:
            self.depth = 1

    def handle_endtag(self, tag):
        if self.depth:
            self.depth -= 1
        if tag == "a" and self.in_link:
            self.links.append((self.in_link[0], self.in_link[1].strip()))
            self.in_link = None

    def handle_data(self, data):
        if self.depth:
            self.text.append(data)
            if self.in_link:
                self.in_link[1] += data


def section_links(html_text, label):
    p = Links(label)
    p.feed(html_text)
    return p.links, "".join(p.text)


def page(out, url):
    path = os.path.join(out, url.strip("/"), "index.html")
    return open(path, encoding="utf-8").read() if os.path.exists(path) else ""


def build(source, out):
    env = dict(os.environ, SOURCE_DATE_EPOCH=EPOCH)
    return subprocess.run([URKER, "build", "--quiet", "--source", source, "--output", out], env=env, capture_output=True, text=True)


tmp = tempfile.mkdtemp(prefix="portal-kinds-")
try:
    out = os.path.join(tmp, "site")
    r = build(REPO, out)
    check(r.returncode == 0, "the portal builds: " + r.stderr)

    members, schools = content_files("members"), content_files("schools")
    materials, plans = content_files("materials"), content_files("plans")
    ui = yaml.safe_load(open(os.path.join(REPO, "themes/default/i18n/ru.yaml"), encoding="utf-8"))

    def authors(fm):
        a = fm.get("author", [])
        return [a] if isinstance(a, str) else a

    def material_url(path):
        folder = os.path.basename(os.path.dirname(path))
        fm = front_matter(path)
        return fm.get("slug", folder)

    # Member pages list exactly their materials (compared by title: addresses of Cyrillic folders
    # are transliterated by urker, titles are as written).
    for mid, (path, fm) in members.items():
        expected = {mfm["title"] for _, (mpath, mfm) in materials.items() if mid in authors(mfm)}
        links, _ = section_links(page(out, "/members/%s/" % os.path.basename(path)[:-3]), "member-materials-title")
        got = {html.unescape(text) for href, text in links if href.startswith("/materials/")}
        check(got == expected, "member %s lists materials %s, expected %s" % (mid, sorted(got), sorted(expected)))

    # School pages list their members.
    for sid, (path, fm) in schools.items():
        expected = {os.path.basename(p)[:-3] for mid, (p, mfm) in members.items() if mfm.get("school") == sid}
        links, _ = section_links(page(out, "/schools/%s/" % os.path.basename(path)[:-3]), "school-members-title")
        got = {href.strip("/").split("/")[-1] for href, _ in links if href.startswith("/members/")}
        check(got == expected, "school %s lists members %s, expected %s" % (sid, sorted(got), sorted(expected)))

    # Plans: every item with its status; progress = done / due by the build day.
    months = {}
    for i, (ru, kk) in enumerate(zip(
            ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"],
            ["қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек", "қазан", "қараша", "желтоқсан"])):
        months[ru] = months[kk] = i + 1

    def last_day(when, sy):
        w = str(when).strip().lower().replace("\u2013", "-").replace("\u2014", "-")
        if w in ("в течение года", "в течение учебного года", "жыл бойы"):
            return datetime.date(sy + 1, 5, 31)
        m = re.fullmatch(r"(\d{1,2})\.(\d{1,2})\.(\d{4})", w)
        if m:
            return datetime.date(int(m[3]), int(m[2]), int(m[1]))
        m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", w)
        if m:
            return datetime.date(int(m[1]), int(m[2]), int(m[3]))
        m = re.fullmatch(r"(\d{4})-(\d{2})", w)
        if m:
            y, mo = int(m[1]), int(m[2])
            return datetime.date(y + (mo == 12), mo % 12 + 1, 1) - datetime.timedelta(days=1)
        m = re.fullmatch(r"(i{1,3}|iv)\s+(четверть|тоқсан)", w)
        if m:
            return {"i": datetime.date(sy, 10, 31), "ii": datetime.date(sy, 12, 31), "iii": datetime.date(sy + 1, 3, 31),
                    "iv": datetime.date(sy + 1, 5, 31)}[m[1]]
        m = re.fullmatch(r"(?:\S+\s*-\s*)?(\S+?)(?:\s+(\d{4}))?(?:\s*(?:г\.?|ж\.?))?", w)
        if m and m[1] in months:
            mo = months[m[1]]
            y = int(m[2]) if m[2] else (sy if mo >= 8 else sy + 1)
            return datetime.date(y + (mo == 12), mo % 12 + 1, 1) - datetime.timedelta(days=1)
        return None

    plan_due = [0, 0]  # due, done over every plan
    plan_items_all = []  # (school year, items) of every plan
    for pid, (path, fm) in plans.items():
        items = fm.get("items")
        if items is None and fm.get("items_file"):
            import csv
            with open(os.path.join(os.path.dirname(path), fm["items_file"]), encoding="utf-8-sig") as f:
                sample = f.readline()
                f.seek(0)
                rows = list(csv.DictReader(f, delimiter=";" if sample.count(";") > sample.count(",") else ","))
            # The example's table is written as a school keeps it: Russian headers and statuses.
            headers = {"Мероприятие": "what", "Сроки": "when", "Отметка о выполнении": "status"}
            statuses = {"выполнено": "done", "в работе": "in_progress", "запланировано": "planned"}
            items = [{headers.get(k, k): v for k, v in row.items()} for row in rows]
            for it in items:
                it["status"] = statuses.get(it.get("status", ""), it.get("status"))
        sy = int(str(fm.get("year", "2026"))[:4])
        url = "/plans/%s/" % os.path.basename(path)[:-3]
        text = page(out, url)
        plain = html.unescape(text)
        due = done = 0
        plan_items_all.append((sy, items))
        for it in items:
            what = it["what"]
            status = it.get("status") or "planned"
            check(what in plain, "plan %s shows item %r" % (pid, what))
            last = last_day(it.get("when", ""), sy)
            if last and last <= BUILD_DAY and status != "cancelled":
                due += 1
                done += status == "done"
        labels = {s: ui.get("status_" + s, s) for s in ["planned", "in_progress", "done", "postponed", "moved", "cancelled"]}
        for s in {it.get("status") or "planned" for it in items}:
            check(labels[s] in text, "plan %s shows the status label %r" % (pid, labels[s]))
        plan_due[0] += due
        plan_due[1] += done
        m = re.search(r'<progress class="plan-progress-bar" max="(\d+)" value="(\d+)"', text)
        check(m is not None and (int(m[1]), int(m[2])) == (due, done),
              "plan %s progress %s, expected due=%d done=%d" % (pid, m.groups() if m else None, due, done))

    # Calendars and feeds parse with real parsers.
    ics = [os.path.join(d, f) for d, _, fs in os.walk(out) for f in fs if f.endswith(".ics")]
    check(len(ics) >= 3, "calendars written: %d" % len(ics))
    for path in ics:
        try:
            cal = icalendar.Calendar.from_ical(open(path, "rb").read())
            events = [c for c in cal.walk() if c.name == "VEVENT"]
            check(len(events) >= 1 and all(e.get("DTSTART") for e in events), "%s has events with DTSTART" % path)
        except Exception as e:  # noqa: BLE001
            check(False, "%s parses: %s" % (path, e))
    all_events = icalendar.Calendar.from_ical(open(os.path.join(out, "events/calendar.ics"), "rb").read())
    check(len([c for c in all_events.walk() if c.name == "VEVENT"]) == len(content_files("events")), "calendar.ics has every event")
    for feed in ["atom.xml", "rss.xml", "news/atom.xml", "news/rss.xml", "materials/atom.xml"]:
        d = feedparser.parse(open(os.path.join(out, feed), "rb").read())
        check(not d.bozo and len(d.entries) > 0, "%s parses (%s)" % (feed, d.get("bozo_exception")))
    news = content_files("news")
    d = feedparser.parse(open(os.path.join(out, "news/atom.xml"), "rb").read())
    check(len(d.entries) == min(50, len(news)), "news feed has every news item: %d vs %d" % (len(d.entries), len(news)))

    # Alphabetical index: letters in the order readers expect.
    for lang, url, expected_order in [("ru", "/materials/az/", "АБВГДЕЖЗИКЛМНОПРСТУФХЦЧШЩЭЮЯ"),
                                      ("kk", "/kk/materials/az/", "АӘБВГҒДЕЁЖЗИЙКҚЛМНҢОӨПРСТУҰҮФХҺЦЧШЩЪЫІЬЭЮЯ")]:
        text = page(out, url)
        if not text:
            check(False, "alphabetical index %s exists" % url)
            continue
        letters = re.findall(r'<h2[^>]*id="letter-\d+(?:-title)?"[^>]*>\s*([^<\s]+)\s*<', text)
        cyr = [l for l in letters if l in expected_order]
        check(len(cyr) >= 5 and cyr == sorted(cyr, key=expected_order.index), "%s letters in %s order: %s" % (url, lang, cyr))
        titles = re.findall(r'<a href="/(?:kk/)?materials/[^"]+/">([^<]+)</a>', text)
        check(len(titles) >= len(materials), "%s lists every material (%d of %d)" % (url, len(titles), len(materials)))

    # Monitoring: figures computed here.
    mon = page(out, "/monitoring/")
    check(bool(mon), "monitoring page exists")
    if mon:
        def table(caption):
            m = re.search(r"<caption>\s*%s\s*</caption>(.*?)</table>" % re.escape(caption), mon, re.S)
            rows = re.findall(r'<th scope="row">(?:<a[^>]*>)?([^<]+)(?:</a>)?</th><td[^>]*>([\d.]+)</td>', m[1]) if m else []
            return {html.unescape(k): float(v) for k, v in rows}
        per_school = table(ui["mon_members_per_school"])
        for sid, (path, fm) in schools.items():
            n = sum(1 for _, (p, mfm) in members.items() if mfm.get("school") == sid)
            title = fm.get("short_title") or fm["title"]
            check(per_school.get(title) == n, "monitoring: %s has %s members, expected %d" % (title, per_school.get(title), n))
        per_subject = table(ui["mon_materials_per_subject"])
        from collections import Counter
        # Subjects by the title the theme gives them in Russian (terms: subject:), else as written.
        subject_titles = ui.get("terms", {}).get("subject", {})
        subjects = Counter(subject_titles.get(fm["subject"].lower(), fm["subject"]) for _, (p, fm) in materials.items() if fm.get("subject"))
        check(per_subject == {k: float(v) for k, v in subjects.items()}, "monitoring per subject %s vs %s" % (per_subject, dict(subjects)))
        check(str(len(materials)) in mon and str(len(members)) in mon, "monitoring totals shown")

    # The community's indicators (docs/kinds.md, "Monitoring"), worked out here from content/ and
    # compared with the analytic report's figures of the period (the academic year to the build day).
    ui.update(yaml.safe_load(open(os.path.join(REPO, "themes/default/i18n/ru.monitoring.yaml"), encoding="utf-8")))
    site_cfg = yaml.safe_load(open(os.path.join(REPO, "site.yaml"), encoding="utf-8"))
    mon_cfg = dict({"plan_target": 100, "active_window_months": 12, "stale_after_months": 12}, **(site_cfg.get("monitoring") or {}))
    period_first = datetime.date(BUILD_DAY.year if BUILD_DAY.month >= 9 else BUILD_DAY.year - 1, 9, 1)

    def as_date(v):
        if isinstance(v, datetime.datetime):
            return v.date()
        if isinstance(v, datetime.date):
            return v
        if isinstance(v, str):
            try:
                return datetime.date.fromisoformat(v[:10])
            except ValueError:
                return None
        return None

    def months_back(d, n):
        total = d.year * 12 + d.month - 1 - n
        y, mo = divmod(total, 12)
        last = (datetime.date(y + (mo == 11), (mo + 1) % 12 + 1, 1) - datetime.timedelta(days=1)).day
        return datetime.date(y, mo + 1, min(d.day, last))

    def first_day(when, sy):
        w = str(when).strip().lower().replace("\u2013", "-").replace("\u2014", "-")
        if w in ("в течение года", "в течение учебного года", "жыл бойы"):
            return datetime.date(sy, 9, 1)
        m = re.fullmatch(r"(\d{1,2})\.(\d{1,2})\.(\d{4})", w)
        if m:
            return datetime.date(int(m[3]), int(m[2]), int(m[1]))
        m = re.fullmatch(r"(\d{4})-(\d{2})(?:-(\d{2}))?", w)
        if m:
            return datetime.date(int(m[1]), int(m[2]), int(m[3] or 1))
        m = re.fullmatch(r"(\S+?)\s*-\s*(\S+?)\s+(\d{4})", w)
        if m and m[1] in months and m[2] in months:
            a, b, y = months[m[1]], months[m[2]], int(m[3])
            return datetime.date(y - (a > b), a, 1)
        m = re.fullmatch(r"(\S+?)(?:\s+(\d{4}))?", w)
        if m and m[1] in months:
            mo = months[m[1]]
            return datetime.date(int(m[2]) if m[2] else (sy if mo >= 8 else sy + 1), mo, 1)
        return None

    def as_ids(v):
        return [v] if isinstance(v, str) else list(v or [])

    events = content_files("events")
    topics, news_items = content_files("forum"), content_files("news")
    activities = []  # (member, day, role)
    for _, (p, fm) in materials.items():
        for a in authors(fm):
            if a in members and as_date(fm.get("date")):
                activities.append((a, as_date(fm["date"]), "authored"))
    for coll in (news_items, topics):
        for _, (p, fm) in coll.items():
            for a in as_ids(fm.get("author")):
                if a in members and as_date(fm.get("date")):
                    activities.append((a, as_date(fm["date"]), "authored"))
    held = []
    for _, (p, fm) in events.items():
        start = as_date(fm.get("start"))
        for o in as_ids(fm.get("organizer")):
            if o in members:
                activities.append((o, start, "organised"))
        if start <= BUILD_DAY:
            held.append((start, fm))
            for person in as_ids(fm.get("participants")):
                if person in members:
                    activities.append((person, start, "took_part"))
    for sy, items in plan_items_all:
        for it in items:
            if (it.get("status") or "planned") in ("cancelled", "отменено"):
                continue
            start = first_day(it.get("when", ""), sy)
            resp = it.get("responsible") or []
            resp = re.split(r"[;,\n]", resp) if isinstance(resp, str) else resp
            for r_id in (x.strip() for x in resp):
                if r_id in members and start:
                    activities.append((r_id, start, "responsible"))
    window_from = months_back(BUILD_DAY, mon_cfg["active_window_months"])
    active = {a for a, d, _ in activities if window_from < d <= BUILD_DAY}
    first_seen = {}
    for a, d, _ in activities:
        if d <= BUILD_DAY:
            first_seen[a] = min(first_seen.get(a, d), d)
    new_in_period = sum(1 for d in first_seen.values() if (d.year, d.month) >= (period_first.year, period_first.month))
    in_period = lambda d: d is not None and period_first <= d <= BUILD_DAY  # noqa: E731
    held_in_period = [fm for d, fm in held if in_period(d)]
    stale_from = months_back(BUILD_DAY, mon_cfg["stale_after_months"])
    stale = 0
    for dirpath, _, files in os.walk(os.path.join(REPO, "content")):
        section = os.path.relpath(dirpath, os.path.join(REPO, "content")).split(os.sep)[0]
        if section in ("news", "events", "forum"):
            continue
        for f in files:
            if not f.endswith(".md") or f.startswith("_index"):
                continue
            fm = front_matter(os.path.join(dirpath, f))
            last = as_date(fm.get("updated")) or as_date(fm.get("date"))
            if not fm.get("draft") and last and last < stale_from:
                stale += 1
    due, done = plan_due
    expected = {
        "report_plan_completion": "%d\u00a0%%" % (  # a no-break space before the sign
            (done * 100 + due // 2) // due if due else 0),
        "report_members": str(len(members)),
        "report_active": str(len(active)),
        "report_new_members": str(new_in_period),
        "report_materials": str(sum(1 for _, (p, fm) in materials.items() if in_period(as_date(fm.get("date"))))),
        "report_events": str(len(held_in_period)),
        "report_participants": str(sum(len(as_ids(fm.get("participants"))) for fm in held_in_period)),
        "report_topics": str(sum(1 for _, (p, fm) in topics.items() if in_period(as_date(fm.get("date"))))),
        "report_age": str(BUILD_DAY.year - int(site_cfg["params"]["founded"])),
        "report_stale": str(stale),
    }
    report = page(out, "/monitoring/report/")
    check(bool(report), "the analytic report exists")
    for key, value in expected.items():
        m = re.search(r'<th scope="row">%s</th><td class="num">([^<]*)</td>' % re.escape(ui[key]), report)
        check(m is not None and html.unescape(m[1]) == value, "report: %s is %s, expected %s" % (ui[key], m[1] if m else None, value))
    # The window matters: built a year and a half later, nobody has done anything in the last 12 months.
    later = os.path.join(tmp, "later")
    r2 = subprocess.run([URKER, "build", "--quiet", "--source", REPO, "--output", later, "--build-date", "2028-06-30"],
                        capture_output=True, text=True)
    m = re.search(r'<th scope="row">%s</th><td class="num">([^<]*)</td>' % re.escape(ui["report_active"]), page(later, "/monitoring/report/"))
    check(r2.returncode == 0 and m is not None and m[1] == "0", "active members built in 2028: %s" % (m[1] if m else r2.stderr))
    kk_report = page(out, "/kk/monitoring/report/")
    check("Талдамалық анықтама" in kk_report, "the Kazakh report exists")
    # The plan's items of the period by what became of them, as the report lists them.
    for status, key in (("done", "report_items_done"), ("cancelled", "report_items_cancelled")):
        n = 0
        for sy, items in plan_items_all:
            for it in items:
                start, last = first_day(it.get("when", ""), sy), last_day(it.get("when", ""), sy)
                if (it.get("status") or "planned") == status and start and last and start <= BUILD_DAY and last >= period_first:
                    n += 1
        shown = sum(int(x) for x in re.findall(r"<caption>%s — (\d+)</caption>" % re.escape(ui[key]), report))
        check(shown == n, "report: %s items %d, expected %d" % (status, shown, n))
    # Kinds of events held and their participants, on the monitoring page's tables.
    from collections import Counter
    kinds = Counter(fm.get("event_type") for d, fm in held if fm.get("event_type"))
    by_kind = table(ui["mon_events_per_type"])
    check(by_kind == {ui["event_" + k]: float(v) for k, v in kinds.items()}, "events per kind %s vs %s" % (by_kind, dict(kinds)))
    people = table(ui["mon_event_participants"])
    want = {fm["title"]: float(len(as_ids(fm.get("participants")))) for d, fm in held if fm.get("participants")}
    check(people == want, "participants per event %s vs %s" % (people, want))
    # The survey's answers, counted here from the CSV.
    import csv
    survey = os.path.join(REPO, "content/news/itogi-seminara-formativnoe-otsenivanie/anketa.csv")
    with open(survey, encoding="utf-8") as f:
        rows = list(csv.reader(f))
    for c, question in enumerate(rows[0][1:], start=1):
        for answer, n in Counter(r[c] for r in rows[1:] if r[c].strip()).items():
            check("<title>%s: %d</title>" % (html.escape(answer, quote=False), n) in mon,
                  "survey: %r answered %r %d times" % (question, answer, n))

    # Bad input: each fails with file:line and a hint, and leaves the previous output.
    def broken(rel, old, new, expect):
        site = os.path.join(tmp, "broken")
        shutil.rmtree(site, ignore_errors=True)
        shutil.copytree(REPO, site, ignore=shutil.ignore_patterns("build", "public", "node_modules", ".git"))
        p = os.path.join(site, rel)
        text = open(p, encoding="utf-8").read()
        check(old in text, "fixture text %r found in %s" % (old, rel))
        open(p, "w", encoding="utf-8").write(text.replace(old, new, 1))
        line = text[: text.index(old)].count("\n") + 1
        r = build(site, os.path.join(tmp, "broken-out"))
        msg = r.stderr
        check(r.returncode == 1, "%s: exit code %d" % (expect, r.returncode))
        check(re.search(r"content/%s:%d:\d+: error: .*%s" % (re.escape(rel[len("content/"):]), line, expect), msg) is not None,
              "%s reported at %s:%d — got: %s" % (expect, rel, line, msg[:400]))
        check("hint:" in msg, "%s has a hint" % expect)
        return msg

    # Certificates of publication (docs/kinds.md, "Review and certificates"), worked out here.
    def without_review(text):
        lines = text.split("\n")
        out, skipping, in_front = [], False, False
        for k, line in enumerate(lines):
            if k == 0 and line == "---":
                in_front = True
            elif in_front and line == "---":
                in_front, skipping = False, False
            elif in_front and line.startswith("review:"):
                skipping = True
                continue
            elif skipping and re.match(r"[A-Za-z_\"']", line):
                skipping = False
            if not skipping:
                out.append(line)
        return "\n".join(out)

    def fingerprint(folder):
        listing = []
        for dirpath, _, files in os.walk(folder):
            for f in files:
                path = os.path.join(dirpath, f)
                data = open(path, "rb").read()
                if f.endswith(".md"):
                    data = without_review(data.decode("utf-8")).encode("utf-8")
                listing.append((os.path.relpath(path, folder), hashlib.sha256(data).hexdigest()))
        text = "".join("%s  %s\n" % (h, name) for name, h in sorted(listing))
        return hashlib.sha256(text.encode("utf-8")).hexdigest()

    approved = sorted((str(fm["review"]["date"]), os.path.relpath(p, os.path.join(REPO, "content")), p, fm)
                      for p, fm in materials.values() if (fm.get("review") or {}).get("status") == "approved")
    check(len(approved) >= 20, "approved materials in the example: %d" % len(approved))
    per_year = {}
    for date, rel_path, path, fm in approved:
        year = date[:4]
        per_year[year] = per_year.get(year, 0) + 1
        slug = "urk-%s-%03d" % (year, per_year[year])
        cert = page(out, "/certificates/%s/" % slug)
        check(cert != "", "certificate %s exists for %s" % (slug, rel_path))
        if not cert:
            continue
        check("«%s»" % fm["title"] in html.unescape(cert), "certificate %s is for %s" % (slug, fm["title"]))
        computed = fingerprint(os.path.dirname(path))
        recorded = str(fm["review"].get("fingerprint", "")).replace("sha256:", "")
        check(recorded == computed, "%s: recorded fingerprint %s, computed here %s" % (rel_path, recorded[:12], computed[:12]))
        check('data-state="matches">sha256:%s<' % computed in cert, "certificate %s shows the fingerprint computed here" % slug)
    register = page(out, "/certificates/")
    publication_rows = re.findall(r'<tr id="urk-\d{4}-\d{3}"', register)
    check(len(publication_rows) == len(approved), "the register lists every approved material once: %d rows" % len(publication_rows))

    mat_path, mat_fm = next(iter(sorted(materials.values())))
    rel = os.path.relpath(mat_path, REPO)
    author = authors(mat_fm)[0]
    msg = broken(rel, author, author + "x", "there is no member with the id")
    check("did you mean \"%s\"?" % author in msg, "a wrong author id suggests the right one")
    broken(rel, "date: %s" % mat_fm["date"], "date: 2026-02-30", "is not a real date")
    if isinstance(mat_fm.get("grade"), int):
        broken(rel, "grade: %d" % mat_fm["grade"], "grade: 12", "grade 12 does not exist")
    plan_path = next(p for p, fm in plans.values() if fm.get("items"))
    msg = broken(os.path.relpath(plan_path, REPO), "status: done", "status: finished", "\"finished\" is not a plan status")
finally:
    shutil.rmtree(tmp, ignore_errors=True)

print("portal kinds: %d passed, %d failed" % (passed, failed))
sys.exit(1 if failed else 0)
