#!/usr/bin/env python3
"""Check the example portal in content/ and site.yaml for broken references.

Verifies, with the Python standard library only:
  * every front matter parses (a small YAML subset reader; if PyYAML happens to be installed,
    each front matter is also parsed by it and the two readings must agree);
  * ids: members' school and groups, groups' leader and members, materials' author, plans'
    responsible (also in the CSV items file), news' author and school, events' organizer,
    school and place all name existing members / groups / schools;
  * membership is consistent: a member lists a group exactly when the group lists the member;
  * enumerated fields have allowed values (material_type, group_type, event_type, status,
    language, qualification is present, grade is 1-11 / list / "all" / "preschool");
  * every relative Markdown link (and every attachment link) in every body resolves to a file;
  * every translation (x.kk.md, index.kk.md) has its original beside it;
  * menu URLs of site.yaml point at existing sections or pages;
  * no word mixes Latin and Cyrillic letters (a common typo: Latin "a" inside a Russian word);
    pages in Kazakh contain Kazakh letters.
Prints counts (files per kind, words per language) and every problem; exits 1 on a problem.

Usage: python3 scripts/check_example_refs.py [--root .]
"""

import argparse
import csv
import os
import re
import sys
import urllib.parse

# ------------------------------------------------------------------------------------------
# A small YAML subset reader: block maps and lists by indentation, flow [..] and {..},
# plain / "double" / 'single' quoted scalars, comments, ints, floats, booleans, null.
# ------------------------------------------------------------------------------------------


class YamlError(Exception):
    pass


def strip_comment(line):
    out, q = [], None
    for i, c in enumerate(line):
        if q:
            if c == q and not (q == '"' and i and line[i - 1] == "\\"):
                q = None
        elif c in "\"'" and (i == 0 or line[i - 1] in " [{,:-"):
            q = c
        elif c == "#" and (i == 0 or line[i - 1] in " \t"):
            break
        out.append(c)
    return "".join(out).rstrip()


def plain_scalar(s):
    s = s.strip()
    if s in ("", "~", "null"):
        return None
    if s in ("true", "True"):
        return True
    if s in ("false", "False"):
        return False
    if re.fullmatch(r"[-+]?\d+", s):
        return int(s)
    if re.fullmatch(r"[-+]?\d+\.\d*", s):
        return float(s)
    return s


class Flow:
    def __init__(self, s):
        self.s, self.i = s, 0

    def ws(self):
        while self.i < len(self.s) and self.s[self.i] in " \t":
            self.i += 1

    def value(self, stops):
        self.ws()
        c = self.s[self.i] if self.i < len(self.s) else ""
        if c == "[":
            self.i += 1
            out = []
            self.ws()
            if self.s[self.i] == "]":
                self.i += 1
                return out
            while True:
                out.append(self.value(",]"))
                self.ws()
                ch = self.s[self.i]
                self.i += 1
                if ch == "]":
                    return out
                if ch != ",":
                    raise YamlError("expected , or ] in %r" % self.s)
        if c == "{":
            self.i += 1
            out = {}
            self.ws()
            if self.s[self.i] == "}":
                self.i += 1
                return out
            while True:
                self.ws()
                key = self.value(":")
                self.ws()
                if self.s[self.i] != ":":
                    raise YamlError("expected : in %r" % self.s)
                self.i += 1
                out[str(key)] = self.value(",}")
                self.ws()
                ch = self.s[self.i]
                self.i += 1
                if ch == "}":
                    return out
                if ch != ",":
                    raise YamlError("expected , or } in %r" % self.s)
        if c in "\"'":
            return self.quoted()
        start = self.i
        while self.i < len(self.s) and self.s[self.i] not in stops:
            if self.s[self.i] == ":" and ":" in stops and (self.i + 1 >= len(self.s) or self.s[self.i + 1] == " "):
                break
            self.i += 1
        return plain_scalar(self.s[start:self.i])

    def quoted(self):
        q = self.s[self.i]
        self.i += 1
        out = []
        while True:
            if self.i >= len(self.s):
                raise YamlError("unclosed quote in %r" % self.s)
            c = self.s[self.i]
            if q == '"' and c == "\\":
                nxt = self.s[self.i + 1]
                out.append({"n": "\n", "t": "\t", '"': '"', "\\": "\\", "/": "/"}.get(nxt, nxt))
                self.i += 2
                continue
            if c == q:
                if q == "'" and self.s[self.i + 1: self.i + 2] == "'":
                    out.append("'")
                    self.i += 2
                    continue
                self.i += 1
                return "".join(out)
            out.append(c)
            self.i += 1


def inline_value(s):
    s = s.strip()
    if not s:
        return None
    if s[0] in "[{\"'":
        f = Flow(s)
        v = f.value("")
        f.ws()
        if f.i != len(s):
            raise YamlError("unexpected text after value: %r" % s)
        return v
    return plain_scalar(s)


def parse_yaml(text):
    lines = []
    for n, raw in enumerate(text.splitlines(), 1):
        if "\t" in raw[: len(raw) - len(raw.lstrip())]:
            raise YamlError("line %d: tab in indentation" % n)
        line = strip_comment(raw)
        if line.strip():
            lines.append((len(line) - len(line.lstrip(" ")), line.strip(), n))
    pos = [0]

    def block(indent):
        if pos[0] >= len(lines):
            return None
        ind, text, n = lines[pos[0]]
        if text.startswith("- ") or text == "-":
            return seq(ind)
        return mapping(ind)

    def mapping(indent, first=None):
        out = {}
        while pos[0] < len(lines) or first:
            if first:
                text, n = first
                first = None
            else:
                ind, text, n = lines[pos[0]]
                if ind < indent:
                    break
                if ind > indent:
                    raise YamlError("line %d: unexpected indentation" % n)
                pos[0] += 1
            m = re.match(r"^(\"[^\"]*\"|'[^']*'|[^:]+?):(\s+(.*))?$", text)
            if not m:
                raise YamlError("line %d: expected 'key: value', got %r" % (n, text))
            key = m.group(1).strip("\"'")
            if key in out:
                raise YamlError("line %d: duplicate key %r" % (n, key))
            rest = (m.group(3) or "").strip()
            if rest:
                out[key] = inline_value(rest)
            else:
                if pos[0] < len(lines) and (lines[pos[0]][0] > indent or
                                            (lines[pos[0]][0] == indent and lines[pos[0]][1].startswith("-"))):
                    out[key] = block(lines[pos[0]][0])
                else:
                    out[key] = None
        return out

    def seq(indent):
        out = []
        while pos[0] < len(lines):
            ind, text, n = lines[pos[0]]
            if ind != indent or not text.startswith("-"):
                if ind > indent:
                    raise YamlError("line %d: unexpected indentation" % n)
                break
            pos[0] += 1
            item = text[1:].strip()
            if not item:
                out.append(block(lines[pos[0]][0]) if pos[0] < len(lines) and lines[pos[0]][0] > indent else None)
            elif re.match(r"^[^\"'\[{][^:]*:(\s|$)", item):
                child_indent = ind + (len(text) - len(item))
                out.append(mapping(child_indent, first=(item, n)))
            else:
                out.append(inline_value(item))
        return out

    if not lines:
        return {}
    result = block(lines[0][0])
    if pos[0] != len(lines):
        raise YamlError("line %d: could not parse" % lines[pos[0]][2])
    return result


def split_front_matter(text):
    if text.startswith("\ufeff"):
        text = text[1:]
    if not text.startswith("---\n"):
        return None, text, 0
    m = re.search(r"^---[ \t]*$", text[4:], re.M)
    if not m:
        raise YamlError("front matter is not closed with ---")
    fm = text[4:4 + m.start()]
    body = text[4 + m.end():]
    return fm, body, fm.count("\n") + 2


# ------------------------------------------------------------------------------------------
MATERIAL_TYPES = {"lesson-plan", "presentation", "test", "methodical", "worksheet", "extracurricular",
                  "normative", "digital-resource", "external-link", "video"}
URL_TYPES = {"digital-resource", "external-link", "video"}
GROUP_TYPES = {"steering", "coordinating", "research", "mentoring", "methodical-association", "working"}
EVENT_TYPES = {"seminar", "webinar", "coaching", "mentoring", "open-lesson", "conference", "master-class", "meeting"}
STATUSES = {"planned", "in_progress", "done", "postponed", "cancelled"}
LANGS = {"ru", "kk"}
PLAN_FIELDS = ["what", "when", "responsible", "participants", "place", "goal", "result", "status"]
KAZAKH_LETTERS = set("әғқңөұүһіӘҒҚҢӨҰҮҺІ")
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
DT_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$")


class Checker:
    def __init__(self, root):
        self.root = root
        self.content = os.path.join(root, "content")
        self.errors = []
        self.warnings = []
        self.pages = {}  # relpath -> (fm, body, body_line)
        self.yaml_mod = None
        try:
            import yaml  # optional cross-check
            self.yaml_mod = yaml
        except ImportError:
            pass

    def err(self, where, msg):
        self.errors.append("%s: %s" % (where, msg))

    def load(self):
        for dirpath, dirnames, filenames in os.walk(self.content):
            dirnames.sort()
            for fn in sorted(filenames):
                if not fn.endswith(".md"):
                    continue
                path = os.path.join(dirpath, fn)
                rel = os.path.relpath(path, self.content)
                with open(path, encoding="utf-8") as f:
                    text = f.read()
                try:
                    fm_text, body, body_line = split_front_matter(text)
                    fm = parse_yaml(fm_text) if fm_text is not None else {}
                except YamlError as e:
                    self.err(rel, "front matter: %s" % e)
                    continue
                if not isinstance(fm, dict):
                    self.err(rel, "front matter is not a map")
                    continue
                if self.yaml_mod and fm_text is not None:
                    self.cross_check(rel, fm_text, fm)
                self.pages[rel] = (fm, body, body_line)

    def cross_check(self, rel, fm_text, fm):
        try:
            other = self.yaml_mod.safe_load(fm_text)
        except Exception as e:  # noqa: BLE001 - report any PyYAML failure
            self.err(rel, "PyYAML cannot parse the front matter: %s" % e)
            return

        def norm(v):
            if isinstance(v, dict):
                return {str(k): norm(x) for k, x in v.items()}
            if isinstance(v, list):
                return [norm(x) for x in v]
            if hasattr(v, "isoformat"):
                return v.isoformat()
            return v
        if norm(other) != norm(fm):
            self.err(rel, "the small YAML reader and PyYAML disagree on this front matter")

    def section(self, name):
        out = {}
        for rel, (fm, body, bl) in self.pages.items():
            parts = rel.split(os.sep)
            if parts[0] != name or os.path.basename(rel).startswith("_"):
                continue
            if re.search(r"\.[a-z]{2}\.md$", rel):  # translation
                continue
            out[rel] = fm
        return out

    def run(self):
        self.load()
        schools = {}
        for rel, fm in self.section("schools").items():
            sid = fm.get("id") or os.path.basename(rel)[:-3]
            if sid != os.path.basename(rel)[:-3]:
                self.err(rel, "id %r differs from the file name" % sid)
            for k in ("title", "short_title", "city", "address"):
                if not fm.get(k):
                    self.err(rel, "missing %s" % k)
            schools[sid] = rel
        groups, members = {}, {}
        for rel, fm in self.section("groups").items():
            groups[fm.get("id") or os.path.basename(rel)[:-3]] = (rel, fm)
        for rel, fm in self.section("members").items():
            mid = fm.get("id") or os.path.basename(rel)[:-3]
            if mid != os.path.basename(rel)[:-3]:
                self.err(rel, "id %r differs from the file name" % mid)
            if not re.fullmatch(r"[a-z0-9-]+", mid):
                self.err(rel, "member id %r is not ASCII lower-case" % mid)
            members[mid] = (rel, fm)
        self.schools, self.groups, self.members = schools, groups, members

        for mid, (rel, fm) in members.items():
            if fm.get("school") not in schools:
                self.err(rel, "school %r does not exist" % fm.get("school"))
            for k in ("title", "position", "qualification", "experience", "subjects"):
                if fm.get(k) in (None, "", []):
                    self.err(rel, "missing %s" % k)
            for g in fm.get("groups") or []:
                if g not in groups:
                    self.err(rel, "group %r does not exist" % g)
                elif mid not in (groups[g][1].get("members") or []):
                    self.err(rel, "lists group %r, but the group does not list this member" % g)
            for a in fm.get("achievements") or []:
                if not isinstance(a, dict) or not isinstance(a.get("year"), int) or not a.get("title"):
                    self.err(rel, "achievement must be {year: 2025, title: ...}: %r" % (a,))
            for link in fm.get("links") or []:
                if not isinstance(link, dict) or not link.get("title") or not str(link.get("url", "")).startswith("http"):
                    self.err(rel, "link must be {title, url}: %r" % (link,))
        for gid, (rel, fm) in groups.items():
            if fm.get("group_type") not in GROUP_TYPES:
                self.err(rel, "group_type %r is not one of %s" % (fm.get("group_type"), sorted(GROUP_TYPES)))
            if fm.get("leader") not in members:
                self.err(rel, "leader %r is not a member" % fm.get("leader"))
            elif fm.get("leader") not in (fm.get("members") or []):
                self.err(rel, "leader %r is not in the group's members" % fm.get("leader"))
            for m in fm.get("members") or []:
                if m not in members:
                    self.err(rel, "member %r does not exist" % m)
                elif gid not in (members[m][1].get("groups") or []):
                    self.err(rel, "lists member %r, whose page does not list this group" % m)

        ids = set(members) | set(groups)
        self.check_materials()
        self.check_plans(ids)
        self.check_news()
        self.check_events()
        self.check_common()
        self.check_links()
        self.check_site()

    def check_who(self, rel, field, value, allowed, what):
        vals = value if isinstance(value, list) else [value]
        if not vals or vals == [None]:
            self.err(rel, "missing %s" % field)
        for v in vals:
            if v not in allowed:
                self.err(rel, "%s %r is not an existing %s" % (field, v, what))

    def check_materials(self):
        slugs = {}
        self.material_count = 0
        self.attachments = []
        for rel, fm in self.section("materials").items():
            self.material_count += 1
            if os.path.basename(rel) != "index.md":
                self.err(rel, "a material should be a page bundle: materials/<name>/index.md")
            for k in ("title", "date", "author", "subject", "grade", "material_type", "summary"):
                if fm.get(k) in (None, "", []):
                    self.err(rel, "missing %s" % k)
            self.check_who(rel, "author", fm.get("author"), self.members, "member")
            mt = fm.get("material_type")
            if mt not in MATERIAL_TYPES:
                self.err(rel, "material_type %r is not one of %s" % (mt, sorted(MATERIAL_TYPES)))
            if mt in URL_TYPES and not str(fm.get("external_url", "")).startswith("http"):
                self.err(rel, "material_type %s needs external_url" % mt)
            g = fm.get("grade")
            gl = g if isinstance(g, list) else [g]
            if not all((isinstance(v, int) and 1 <= v <= 11) or v in ("all", "preschool") for v in gl):
                self.err(rel, "grade %r must be 1-11, a list of them, \"all\" or \"preschool\"" % (g,))
            slug = fm.get("slug") or os.path.basename(os.path.dirname(rel))
            if slug in slugs:
                self.err(rel, "slug %r is also used by %s" % (slug, slugs[slug]))
            slugs[slug] = rel
            folder = os.path.join(self.content, os.path.dirname(rel))
            for fn in sorted(os.listdir(folder)):
                if not fn.endswith(".md"):
                    self.attachments.append((os.path.join(os.path.dirname(rel), fn),
                                             os.path.getsize(os.path.join(folder, fn))))

    def check_plan_item(self, where, item, ids):
        for k in ("what", "when", "responsible", "status"):
            if item.get(k) in (None, "", []):
                self.err(where, "missing %s" % k)
        if item.get("status") not in STATUSES:
            self.err(where, "status %r is not one of %s" % (item.get("status"), sorted(STATUSES)))
        for r in item.get("responsible") or []:
            if r not in ids:
                self.err(where, "responsible %r is neither a member nor a group" % r)
        place = item.get("place")
        if isinstance(place, str) and re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", place) and place != "online" \
                and place not in self.schools:
            self.err(where, "place %r looks like an id but is no school" % place)

    def check_plans(self, ids):
        self.plan_items = {}
        for rel, fm in self.section("plans").items():
            items = fm.get("items")
            if fm.get("items_file"):
                path = os.path.join(self.content, os.path.dirname(rel), fm["items_file"])
                if not os.path.exists(path):
                    self.err(rel, "items_file %s does not exist" % fm["items_file"])
                    continue
                with open(path, encoding="utf-8", newline="") as f:
                    reader = csv.DictReader(f)
                    if reader.fieldnames != PLAN_FIELDS:
                        self.err(rel, "CSV header %r should be %r" % (reader.fieldnames, PLAN_FIELDS))
                    items = []
                    for row in reader:
                        row = dict(row)
                        row["responsible"] = [x.strip() for x in (row.get("responsible") or "").split(";") if x.strip()]
                        items.append(row)
                where_base = os.path.join(os.path.dirname(rel), fm["items_file"])
            else:
                where_base = rel
            if not items:
                self.err(rel, "a plan needs items or items_file")
                continue
            for k, item in enumerate(items, 1):
                self.check_plan_item("%s item %d" % (where_base, k), item, ids)
            self.plan_items[rel] = items

    def check_news(self):
        self.pinned = 0
        for rel, (fm, body, bl) in self.pages.items():
            if not rel.startswith("news" + os.sep) or os.path.basename(rel).startswith("_"):
                continue
            if fm.get("author") not in self.members:
                self.err(rel, "author %r is not a member" % fm.get("author"))
            if fm.get("school") is not None and fm.get("school") not in self.schools:
                self.err(rel, "school %r does not exist" % fm.get("school"))
            if not isinstance(fm.get("pinned", False), bool):
                self.err(rel, "pinned must be true or false")
            if fm.get("pinned") is True and not re.search(r"\.[a-z]{2}\.md$", rel):
                self.pinned += 1

    def check_events(self):
        for rel, (fm, body, bl) in self.pages.items():
            if not rel.startswith("events" + os.sep) or os.path.basename(rel).startswith("_"):
                continue
            if fm.get("event_type") not in EVENT_TYPES:
                self.err(rel, "event_type %r is not one of %s" % (fm.get("event_type"), sorted(EVENT_TYPES)))
            for k in ("start", "end"):
                if not DT_RE.match(str(fm.get(k, ""))):
                    self.err(rel, "%s %r must be YYYY-MM-DDTHH:MM:SS+05:00" % (k, fm.get(k)))
            if str(fm.get("end", "")) <= str(fm.get("start", "")):
                self.err(rel, "end is not after start")
            self.check_who(rel, "organizer", fm.get("organizer"), self.members, "member")
            if fm.get("school") not in self.schools:
                self.err(rel, "school %r does not exist" % fm.get("school"))
            place = fm.get("place")
            if place == "online":
                if not str(fm.get("online_url", "")).startswith("https://"):
                    self.err(rel, "an online event needs online_url")
            elif place not in self.schools:
                self.err(rel, "place %r is neither a school nor \"online\"" % place)

    def check_common(self):
        for rel, (fm, body, bl) in self.pages.items():
            lang = fm.get("language", "ru")
            if lang not in LANGS:
                self.err(rel, "language %r is not one of %s" % (lang, sorted(LANGS)))
            m = re.search(r"\.([a-z]{2})\.md$", rel)
            if m:
                if m.group(1) != lang:
                    self.err(rel, "file name says %s but language is %r" % (m.group(1), lang))
                original = rel[: -len(m.group(0))] + ".md"
                if original not in self.pages:
                    self.err(rel, "translation without an original %s" % original)
            for k in ("date", "updated"):
                if k in fm and not DATE_RE.match(str(fm[k])):
                    self.err(rel, "%s %r must be YYYY-MM-DD" % (k, fm[k]))
            if not fm.get("title"):
                self.err(rel, "missing title")
            if fm.get("draft") not in (None, True, False):
                self.err(rel, "draft must be true or false")
            text = body + " " + " ".join(str(v) for v in fm.values() if isinstance(v, str))
            text = re.sub(r"```.*?```", " ", text, flags=re.S)
            for word in set(re.findall(r"[\w\u0400-\u04ff]+", text)):
                if re.search(r"[A-Za-z]", word) and re.search(r"[\u0400-\u04ff]", word):
                    self.err(rel, "word mixes Latin and Cyrillic letters: %r" % word)
            if lang == "kk" and not (set(body) & KAZAKH_LETTERS):
                self.err(rel, "language is kk but the text has no Kazakh letters")

    def check_links(self):
        self.link_count = 0
        for rel, (fm, body, bl) in self.pages.items():
            clean = re.sub(r"```.*?```", lambda m: "\n" * m.group(0).count("\n"), body, flags=re.S)
            clean = re.sub(r"`[^`\n]*`", "", clean)
            for n, line in enumerate(clean.split("\n"), bl):
                for m in re.finditer(r"!?\[(?:[^\]\[]|\[[^\]]*\])*\]\(([^)\s]+)(?:\s+\"[^\"]*\")?\)", line):
                    target = m.group(1)
                    if re.match(r"^[a-z][a-z0-9+.-]*:", target) or target.startswith("#"):
                        continue
                    self.link_count += 1
                    path = urllib.parse.unquote(target.split("#")[0].split("?")[0])
                    if path.startswith("/"):
                        self.err("%s:%d" % (rel, n), "absolute link %r: use a relative link to the file" % target)
                        continue
                    full = os.path.normpath(os.path.join(self.content, os.path.dirname(rel), path))
                    if not full.startswith(self.content) or not os.path.exists(full):
                        self.err("%s:%d" % (rel, n), "link target %r does not exist" % target)

    def check_site(self):
        path = os.path.join(self.root, "site.yaml")
        try:
            with open(path, encoding="utf-8") as f:
                text = f.read()
            site = parse_yaml(text)
        except (OSError, YamlError) as e:
            self.err("site.yaml", str(e))
            return
        if self.yaml_mod:
            if self.yaml_mod.safe_load(text) != site:
                self.err("site.yaml", "the small YAML reader and PyYAML disagree")
        for k in ("title", "base_url", "language", "languages", "menus", "taxonomies"):
            if k not in site:
                self.err("site.yaml", "missing %s" % k)
        for name, items in (site.get("menus") or {}).items():
            for it in items:
                url = it.get("url", "")
                p = url.strip("/")
                if not (os.path.exists(os.path.join(self.content, p, "_index.md"))
                        or os.path.exists(os.path.join(self.content, p + ".md"))):
                    self.err("site.yaml", "menu %s: %s has no section or page in content/" % (name, url))
                if not isinstance(it.get("name"), (str, dict)):
                    self.err("site.yaml", "menu %s: item without name" % name)
        coord = (site.get("params") or {}).get("coordinator")
        if coord and coord not in self.members:
            self.err("site.yaml", "params.coordinator %r is not a member" % coord)

    def report(self):
        kinds = {}
        words = {"ru": 0, "kk": 0}
        for rel, (fm, body, bl) in self.pages.items():
            kind = rel.split(os.sep)[0] if os.sep in rel else "pages"
            kinds[kind] = kinds.get(kind, 0) + 1
            lang = fm.get("language", "ru")
            text = re.sub(r"```.*?```", " ", body, flags=re.S)
            text += " " + str(fm.get("title", "")) + " " + str(fm.get("summary", ""))
            for item in fm.get("items") or []:
                text += " " + " ".join(str(item.get(k, "")) for k in ("what", "participants", "goal", "result"))
            words[lang] = words.get(lang, 0) + len(re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", text))
        csv_words = 0
        for rel, items in self.plan_items.items():
            if self.pages[rel][0].get("items_file"):
                for item in items:
                    csv_words += len(re.findall(r"[^\W\d_]+", " ".join(str(item.get(k, "")) for k in ("what", "participants", "goal", "result"))))
        words["ru"] += csv_words
        langs = {"ru": 0, "kk": 0}
        for rel, fm in self.section("materials").items():
            langs[fm.get("language", "ru")] += 1
        print("Markdown files: %d" % len(self.pages))
        for k in sorted(kinds):
            print("  %-10s %3d" % (k, kinds[k]))
        print("schools %d, members %d, groups %d, materials %d (ru %d, kk %d), plans %d (%s items)" % (
            len(self.schools), len(self.members), len(self.groups), self.material_count, langs["ru"], langs["kk"],
            len(self.plan_items), " + ".join(str(len(v)) for v in self.plan_items.values())))
        statuses = {}
        for items in self.plan_items.values():
            for it in items:
                statuses[it.get("status")] = statuses.get(it.get("status"), 0) + 1
        print("plan item statuses: %s" % ", ".join("%s %d" % kv for kv in sorted(statuses.items())))
        print("pinned news: %d" % self.pinned)
        print("words: ru %d, kk %d" % (words["ru"], words["kk"]))
        print("relative links checked: %d" % self.link_count)
        print("attachments: %d files, %d bytes" % (len(self.attachments), sum(s for _, s in self.attachments)))
        print("YAML cross-check with PyYAML: %s" % ("yes" if self.yaml_mod else "no (PyYAML not installed)"))
        for e in self.errors:
            print("ERROR " + e)
        print("OK: no problems found" if not self.errors else "%d problems found" % len(self.errors))
        return 1 if self.errors else 0


def main():
    ap = argparse.ArgumentParser(description="Check references in the example portal.")
    ap.add_argument("--root", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
    args = ap.parse_args()
    c = Checker(os.path.normpath(args.root))
    c.run()
    return c.report()


if __name__ == "__main__":
    sys.exit(main())
