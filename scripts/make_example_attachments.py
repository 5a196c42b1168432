#!/usr/bin/env python3
"""Generate the attachments (PDF, DOCX, XLSX, PPTX) of the example portal's materials.

The example portal in content/ is meant to show urker with real page bundles: a material's
folder holds index.md and the files a teacher would download. This script writes those files
from the material's own Markdown text, so that what a visitor downloads matches what the page
says. It uses the Python standard library only:

* PDF 1.4, written by hand: text is set in DejaVu Sans (package fonts-dejavu-core), embedded as
  a subset TrueType font (CIDFontType2, Identity-H, with a ToUnicode map) so that Russian and
  Kazakh text displays, prints, copies and is found by `pdftotext`;
* DOCX, XLSX and PPTX: minimal, valid Office Open XML packages (zip + XML).

Output is deterministic (no current time inside the files), so running the script twice gives
byte-identical files and Git sees no change.

Usage:  python3 scripts/make_example_attachments.py [--content content] [--check]
        --check  only verify that every generated file is up to date (exit 1 if not)
"""

import argparse
import hashlib
import io
import math
import os
import re
import struct
import sys
import zipfile
import zlib
from xml.sax.saxutils import escape as xml_escape

FONT_DIRS = [
    "/usr/share/fonts/truetype/dejavu",
    "/usr/share/fonts/dejavu",
    "/usr/local/share/fonts",
]
FONT_REGULAR = "DejaVuSans.ttf"
FONT_BOLD = "DejaVuSans-Bold.ttf"

SITE_URL = "urker.example.kz"

# --------------------------------------------------------------------------------------------
# What to generate. Each entry: material folder -> list of attachments.
#   file      output file name (its extension selects the writer)
#   include   headings (prefix match) whose sections are kept; default: the whole body
#   exclude   headings (prefix match) whose sections are dropped
#   title     title printed in the file (default: the material's title)
#   name_line print a "name / class / date" line for pupils
#   xlsx      for .xlsx: name of a workbook builder below
# --------------------------------------------------------------------------------------------
ATTACHMENTS = {
    "дроби-5-класс": [
        {"file": "plan-uroka-drobi.pdf"},
        {"file": "rabochiy-list-drobi.docx", "include": ["Рабочий лист"], "name_line": True,
         "title": "Рабочий лист. Сложение и вычитание дробей с одинаковыми знаменателями"},
    ],
    "formativnoe-otsenivanie-priemy": [{"file": "30-priemov-fo.pdf"}],
    "kvadratnye-uravneniya-test-8": [
        {"file": "test-kvadratnye-uravneniya.pdf", "include": ["Вариант 1", "Вариант 2"],
         "name_line": True},
        {"file": "test-kvadratnye-uravneniya.docx"},
    ],
    "funktsionalnaya-gramotnost-chtenie-7": [
        {"file": "rabochiy-list-raspisanie.docx", "include": ["Текст", "Задания"], "name_line": True},
    ],
    "prichastnyy-oborot-7": [{"file": "prichastnyy-oborot-plan.pdf"}],
    "pushkin-kapitanskaya-dochka-8": [{"file": "kapitanskaya-dochka.pptx"}],
    "zakon-oma-8": [{"file": "zakon-oma-plan.pdf"}],
    "laboratornaya-mayatnik-9": [
        {"file": "laboratornaya-mayatnik.pdf", "name_line": True},
        {"file": "mayatnik-raschet.xlsx", "xlsx": "pendulum"},
    ],
    "rastitelnaya-kletka-7": [
        {"file": "instruktivnaya-karta-kletka.docx", "include": ["3. Практическая работа"],
         "title": "Инструктивная карта. Приготовление микропрепарата кожицы лука", "name_line": True},
    ],
    "fotosintez-sor-8": [
        {"file": "sor-fotosintez.pdf", "include": ["Задания"], "name_line": True},
        {"file": "sor-fotosintez.docx"},
    ],
    "ekologicheskaya-tropa-kvest": [
        {"file": "marshrutnyy-list-kvest.pdf", "include": ["Станции маршрута", "Оценивание команд", "Безопасность"],
         "title": "Маршрутный лист команды. Экологический квест «Тропа Сарыарки»", "team_line": True},
    ],
    "kazakhskoe-khanstvo-7": [{"file": "kazakhskoe-khanstvo-plan.docx"}],
    "present-perfect-7": [{"file": "present-perfect-plan.pdf"}],
    "reading-test-karkaraly-10": [
        {"file": "reading-test-karkaraly.docx", "include": ["Text", "Tasks", "Answer key"],
         "name_line": "en"},
    ],
    "lisa-i-zhuravl-2": [{"file": "lisa-i-zhuravl-plan.pdf"}],
    "sostav-chisla-10-1": [{"file": "sostav-chisla-10.pdf", "include": ["Задания"], "name_line": True}],
    "nastavnichestvo-pamyatka": [{"file": "pamyatka-nastavnichestvo.docx"}],
    "polozhenie-o-soobshchestve": [{"file": "polozhenie-urker.pdf"}, {"file": "polozhenie-urker.docx"}],
    "abai-zhetinshi-soz-9": [{"file": "abai-zhetinshi-soz.pdf"}, {"file": "abai-zhetinshi-soz.docx"}],
    "septik-zhalgaulary-5": [
        {"file": "septik-zhalgaulary.docx", "include": ["Еске сақта", "Тапсырмалар"], "name_line": True},
    ],
    "zat-esim-bzhb-6": [{"file": "bzhb-zat-esim.pdf", "include": ["Тапсырмалар"], "name_line": True}],
    "a-dybysy-1": [{"file": "a-dybysy-sabaq-zhospary.pdf"}],
    "paiyz-5": [{"file": "paiyz-sabaq-zhospary.docx"}],
    "ushburyshtar-tendigi-test-7": [
        {"file": "test-ushburyshtar.pdf", "include": ["Тапсырмалар"], "name_line": True},
    ],
    "matematikalyq-sauattylyq-otbasy-budzheti": [
        {"file": "otbasy-budzheti-tapsyrmalar.docx", "include": ["Жағдаят", "Тапсырмалар"], "name_line": True},
        {"file": "otbasy-budzheti.xlsx", "xlsx": "budget"},
    ],
    "qalyptastyrushy-bagalau-keri-baylanys": [{"file": "keri-baylanys-zhadynama.pdf"}],
}

LABELS = {
    "ru": {"author": "Автор", "authors": "Авторы", "grade": "класс", "grades": "классы", "all": "все классы",
           "name_line": "Фамилия, имя: ________________________   Класс: ________   Дата: ____________",
           "team_line": "Команда: ____________________________   Капитан: ______________________",
           "community": "Сетевое сообщество учителей «Үркер»", "notes": "Примечания", "page": "стр."},
    "kk": {"author": "Авторы", "authors": "Авторлары", "grade": "сынып", "grades": "сыныптар", "all": "барлық сыныптар",
           "name_line": "Аты-жөні: ____________________________   Сыныбы: ________   Күні: ____________",
           "team_line": "Команда: ____________________________   Капитаны: _____________________",
           "community": "«Үркер» мұғалімдер желілік қауымдастығы", "notes": "Ескертпелер", "page": "бет"},
    "en": {"name_line": "Name: ________________________________   Class: ________   Date: ____________"},
}


# --------------------------------------------------------------------------------------------
# Front matter: a tiny reader for the top-level keys this script needs (scalars, flow lists).
# --------------------------------------------------------------------------------------------
def split_front_matter(text):
    if text.startswith("\ufeff"):
        text = text[1:]
    if not text.startswith("---"):
        return "", text
    end = re.search(r"^---\s*$", text[3:], re.M)
    if not end:
        raise ValueError("front matter is not closed")
    fm = text[3:3 + end.start()]
    body = text[3 + end.end():]
    return fm, body.lstrip("\n")


def yaml_scalar(v):
    v = v.strip()
    if len(v) >= 2 and v[0] == v[-1] and v[0] in "\"'":
        return v[1:-1]
    if re.fullmatch(r"-?\d+", v):
        return int(v)
    if v in ("true", "false"):
        return v == "true"
    return v


def simple_front_matter(fm):
    data = {}
    for line in fm.splitlines():
        m = re.match(r"^([A-Za-z_][\w-]*):\s*(.*)$", line)
        if not m:
            continue
        key, val = m.group(1), m.group(2).strip()
        if val.startswith("[") and val.endswith("]"):
            data[key] = [yaml_scalar(x) for x in val[1:-1].split(",") if x.strip()]
        elif val:
            data[key] = yaml_scalar(val)
    return data


def read_page(path):
    with open(path, encoding="utf-8") as f:
        fm, body = split_front_matter(f.read())
    return simple_front_matter(fm), body


# --------------------------------------------------------------------------------------------
# Markdown subset -> blocks
# --------------------------------------------------------------------------------------------
class Doc:
    def __init__(self):
        self.blocks = []      # ("h", level, text) ("p", text, bold) ("li", depth, marker, text)
        #                       ("quote", text) ("table", rows) ("code", text)
        self.footnotes = []   # (number, text)


def inline_text(s, fn_numbers):
    s = re.sub(r"\[\^([^\]]+)\]", lambda m: "[%d]" % fn_numbers.setdefault(m.group(1), len(fn_numbers) + 1), s)
    s = re.sub(r"!\[([^\]]*)\]\([^)]*\)", r"\1", s)
    s = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", s)
    s = re.sub(r"\*\*(.+?)\*\*", r"\1", s)
    s = re.sub(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])", r"\1", s)
    s = re.sub(r"~~(.+?)~~", r"\1", s)
    s = re.sub(r"`([^`]*)`", r"\1", s)
    s = s.replace("\\*", "*").replace("\\|", "|")
    return s.strip()


def parse_markdown(body, include=None, exclude=None):
    """Parse the Markdown subset used by the example content into blocks.

    include/exclude select sections by heading text (prefix match). Text before the first
    heading (the page's introduction, which talks about the files themselves) is dropped."""
    lines = body.splitlines()
    fn_numbers = {}
    fn_defs = {}
    doc = Doc()
    keep_stack = []  # (level, keep)
    keep = False if include else True
    seen_heading = False
    para = []

    def flush_para():
        if para:
            text = " ".join(x.strip() for x in para)
            bold = bool(re.fullmatch(r"\*\*[^*]+\*\*[.:]?", text))
            if current_keep():
                doc.blocks.append(("p", inline_text(text, fn_numbers), bold))
            para.clear()

    def current_keep():
        return seen_heading and keep

    i = 0
    while i < len(lines):
        line = lines[i]
        stripped = line.strip()
        m = re.match(r"^(#{1,6})\s+(.*)$", line)
        fd = re.match(r"^\[\^([^\]]+)\]:\s*(.*)$", line)
        if fd:
            flush_para()
            fn_defs[fd.group(1)] = fd.group(2)
            i += 1
            continue
        if m:
            flush_para()
            level, title = len(m.group(1)), m.group(2).strip()
            seen_heading = True
            while keep_stack and keep_stack[-1][0] >= level:
                keep_stack.pop()
            parent_keep = keep_stack[-1][1] if keep_stack else (False if include else True)
            k = parent_keep
            if include and any(title.startswith(x) for x in include):
                k = True
            if exclude and any(title.startswith(x) for x in exclude):
                k = False
            keep_stack.append((level, k))
            keep = k
            if keep:
                doc.blocks.append(("h", level, inline_text(title, fn_numbers)))
            i += 1
            continue
        if stripped.startswith("```"):
            flush_para()
            code = []
            i += 1
            while i < len(lines) and not lines[i].strip().startswith("```"):
                code.append(lines[i])
                i += 1
            i += 1
            if current_keep():
                doc.blocks.append(("code", "\n".join(code)))
            continue
        if stripped.startswith("|"):
            flush_para()
            rows = []
            while i < len(lines) and lines[i].strip().startswith("|"):
                cells = [c.strip() for c in re.split(r"(?<!\\)\|", lines[i].strip().strip("|"))]
                if not all(re.fullmatch(r":?-+:?", c) for c in cells if c):
                    rows.append([inline_text(c, fn_numbers) for c in cells])
                i += 1
            if current_keep():
                doc.blocks.append(("table", rows))
            continue
        if stripped.startswith(">"):
            flush_para()
            quote = []
            while i < len(lines) and lines[i].strip().startswith(">"):
                quote.append(lines[i].strip()[1:].strip())
                i += 1
            if current_keep():
                paras = " ".join(q if q else "\n" for q in quote).split("\n")
                for q in paras:
                    if q.strip():
                        doc.blocks.append(("quote", inline_text(q, fn_numbers)))
            continue
        lm = re.match(r"^(\s*)([-*+]|\d+[.)])\s+(.*)$", line)
        if lm:
            flush_para()
            depth = len(lm.group(1)) // 2
            marker = lm.group(2)
            text = lm.group(3)
            task = re.match(r"^\[([ xX])\]\s+(.*)$", text)
            if task:
                marker = "\u2611" if task.group(1) in "xX" else "\u2610"
                text = task.group(2)
            elif marker in "-*+":
                marker = "\u2022" if depth == 0 else "\u2013"
            i += 1
            # continuation lines (indented, not a new list item)
            while i < len(lines) and lines[i].startswith("   ") and lines[i].strip() and \
                    not re.match(r"^\s*([-*+]|\d+[.)])\s+", lines[i]):
                text += "\n" + lines[i].strip()
                i += 1
            if current_keep():
                doc.blocks.append(("li", depth, marker, "\n".join(inline_text(t, fn_numbers) for t in text.split("\n"))))
            continue
        if not stripped:
            flush_para()
            i += 1
            continue
        if stripped.startswith("\\*"):
            para.append(stripped)
            i += 1
            continue
        para.append(line)
        i += 1
    flush_para()
    for key, num in sorted(fn_numbers.items(), key=lambda kv: kv[1]):
        if key in fn_defs:
            doc.footnotes.append((num, inline_text(fn_defs[key], {})))
    return doc


# --------------------------------------------------------------------------------------------
# TrueType subsetting (glyphs renumbered, hinting dropped) for embedding in PDF
# --------------------------------------------------------------------------------------------
def find_font(name):
    for d in FONT_DIRS:
        p = os.path.join(d, name)
        if os.path.exists(p):
            return p
    sys.exit("error: font %s not found (install the Debian package fonts-dejavu-core)" % name)


def checksum(data):
    data += b"\0" * (-len(data) % 4)
    return sum(struct.unpack(">%dI" % (len(data) // 4), data)) & 0xFFFFFFFF


class TrueType:
    def __init__(self, path):
        with open(path, "rb") as f:
            self.data = f.read()
        num_tables = struct.unpack(">H", self.data[4:6])[0]
        self.tables = {}
        for k in range(num_tables):
            tag, _, off, length = struct.unpack(">4sIII", self.data[12 + 16 * k: 28 + 16 * k])
            self.tables[tag.decode("latin-1")] = self.data[off: off + length]
        head = self.tables["head"]
        self.units_per_em = struct.unpack(">H", head[18:20])[0]
        self.bbox = struct.unpack(">hhhh", head[36:44])
        loc_format = struct.unpack(">h", head[50:52])[0]
        self.num_glyphs = struct.unpack(">H", self.tables["maxp"][4:6])[0]
        hhea = self.tables["hhea"]
        self.ascent, self.descent = struct.unpack(">hh", hhea[4:8])
        n_hm = struct.unpack(">H", hhea[34:36])[0]
        hmtx = self.tables["hmtx"]
        self.advance, self.lsb = [], []
        for g in range(self.num_glyphs):
            if g < n_hm:
                a, l = struct.unpack(">Hh", hmtx[4 * g: 4 * g + 4])
            else:
                a = self.advance[-1]
                l = struct.unpack(">h", hmtx[4 * n_hm + 2 * (g - n_hm): 4 * n_hm + 2 * (g - n_hm) + 2])[0]
            self.advance.append(a)
            self.lsb.append(l)
        loca = self.tables["loca"]
        if loc_format == 0:
            self.loca = [2 * x for x in struct.unpack(">%dH" % (self.num_glyphs + 1), loca[: 2 * (self.num_glyphs + 1)])]
        else:
            self.loca = list(struct.unpack(">%dI" % (self.num_glyphs + 1), loca[: 4 * (self.num_glyphs + 1)]))
        self.cmap = self._read_cmap()
        os2 = self.tables.get("OS/2")
        self.cap_height = struct.unpack(">h", os2[88:90])[0] if os2 and len(os2) >= 90 else self.ascent

    def _read_cmap(self):
        cmap = self.tables["cmap"]
        n = struct.unpack(">H", cmap[2:4])[0]
        subtables = {}
        for k in range(n):
            pid, eid, off = struct.unpack(">HHI", cmap[4 + 8 * k: 12 + 8 * k])
            subtables[(pid, eid)] = off
        result = {}
        off = subtables.get((3, 10))
        if off is not None and struct.unpack(">H", cmap[off:off + 2])[0] == 12:
            ngroups = struct.unpack(">I", cmap[off + 12: off + 16])[0]
            for g in range(ngroups):
                start, end, gid = struct.unpack(">III", cmap[off + 16 + 12 * g: off + 28 + 12 * g])
                for c in range(start, end + 1):
                    result[c] = gid + c - start
            return result
        off = subtables.get((3, 1))
        fmt = struct.unpack(">H", cmap[off:off + 2])[0]
        assert fmt == 4, "unsupported cmap format %d" % fmt
        segx2 = struct.unpack(">H", cmap[off + 6: off + 8])[0]
        seg = segx2 // 2
        ends = struct.unpack(">%dH" % seg, cmap[off + 14: off + 14 + segx2])
        starts = struct.unpack(">%dH" % seg, cmap[off + 16 + segx2: off + 16 + 2 * segx2])
        deltas = struct.unpack(">%dh" % seg, cmap[off + 16 + 2 * segx2: off + 16 + 3 * segx2])
        ro_pos = off + 16 + 3 * segx2
        ranges = struct.unpack(">%dH" % seg, cmap[ro_pos: ro_pos + segx2])
        for s in range(seg):
            for c in range(starts[s], ends[s] + 1):
                if c == 0xFFFF:
                    continue
                if ranges[s] == 0:
                    gid = (c + deltas[s]) & 0xFFFF
                else:
                    p = ro_pos + 2 * s + ranges[s] + 2 * (c - starts[s])
                    gid = struct.unpack(">H", cmap[p:p + 2])[0]
                    if gid:
                        gid = (gid + deltas[s]) & 0xFFFF
                if gid:
                    result[c] = gid
        return result

    def glyph(self, gid):
        return self.tables["glyf"][self.loca[gid]: self.loca[gid + 1]]

    @staticmethod
    def components(data):
        """Yield (offset of glyph index, glyph index, flags) of a composite glyph."""
        pos = 10
        while True:
            flags, gi = struct.unpack(">HH", data[pos: pos + 4])
            yield pos + 2, gi, flags
            pos += 4 + (4 if flags & 0x1 else 2)
            if flags & 0x8:
                pos += 2
            elif flags & 0x40:
                pos += 4
            elif flags & 0x80:
                pos += 8
            if not flags & 0x20:
                return

    def subset(self, chars):
        """Return (font bytes, {char: new gid}, [advance of new gid], font name tag)."""
        used = {0}
        cmap_new = {}
        for ch in chars:
            g = self.cmap.get(ord(ch))
            if g:
                used.add(g)
        stack = list(used)
        while stack:
            g = stack.pop()
            d = self.glyph(g)
            if len(d) >= 10 and struct.unpack(">h", d[:2])[0] < 0:
                for _, gi, _ in self.components(d):
                    if gi not in used:
                        used.add(gi)
                        stack.append(gi)
        order = sorted(used)
        new_id = {g: k for k, g in enumerate(order)}
        for ch in chars:
            g = self.cmap.get(ord(ch))
            if g:
                cmap_new[ch] = new_id[g]
        glyf = bytearray()
        loca = []
        for g in order:
            loca.append(len(glyf))
            d = bytearray(self.glyph(g))
            if len(d) >= 10:
                nc = struct.unpack(">h", d[:2])[0]
                if nc >= 0:
                    ilen_pos = 10 + 2 * nc
                    ilen = struct.unpack(">H", d[ilen_pos: ilen_pos + 2])[0]
                    d = d[:ilen_pos] + b"\0\0" + d[ilen_pos + 2 + ilen:]
                else:
                    last_end = None
                    for pos, gi, flags in list(self.components(bytes(d))):
                        struct.pack_into(">H", d, pos, new_id[gi])
                        struct.pack_into(">H", d, pos - 2, flags & ~0x100)
                        end = pos + 2 + (4 if flags & 0x1 else 2)
                        end += 2 if flags & 0x8 else 4 if flags & 0x40 else 8 if flags & 0x80 else 0
                        last_end = end
                    d = d[:last_end]
            glyf += d
            glyf += b"\0" * (-len(glyf) % 4)
        loca.append(len(glyf))
        n = len(order)
        head = bytearray(self.tables["head"])
        struct.pack_into(">I", head, 8, 0)
        struct.pack_into(">h", head, 50, 1)
        hhea = bytearray(self.tables["hhea"])
        struct.pack_into(">H", hhea, 34, n)
        maxp = bytearray(self.tables["maxp"])
        struct.pack_into(">H", maxp, 4, n)
        if len(maxp) >= 28:
            struct.pack_into(">H", maxp, 26, 0)  # maxSizeOfInstructions
        hmtx = b"".join(struct.pack(">Hh", self.advance[g], self.lsb[g]) for g in order)
        post = bytearray(self.tables["post"][:32])
        struct.pack_into(">I", post, 0, 0x00030000)
        tables = {
            "head": bytes(head), "hhea": bytes(hhea), "maxp": bytes(maxp), "hmtx": hmtx,
            "loca": struct.pack(">%dI" % len(loca), *loca), "glyf": bytes(glyf),
            "cmap": self._build_cmap(cmap_new), "post": bytes(post),
            "name": self._build_name(), "OS/2": self.tables["OS/2"],
        }
        font = self._assemble(tables)
        tag = "".join(chr(65 + b % 26) for b in hashlib.sha1(font).digest()[:6])
        return font, cmap_new, [self.advance[g] for g in order], tag

    @staticmethod
    def _build_cmap(mapping):
        pairs = sorted((ord(c), g) for c, g in mapping.items() if ord(c) < 0xFFFF)
        segs = [(c, c, (g - c) & 0xFFFF) for c, g in pairs] + [(0xFFFF, 0xFFFF, 1)]
        segx2 = 2 * len(segs)
        sr = 2 * (2 ** int(math.log2(len(segs))))
        sub = struct.pack(">HHHHHHH", 4, 0, 0, segx2, sr, int(math.log2(sr // 2)), segx2 - sr)
        sub += struct.pack(">%dH" % len(segs), *[s[1] for s in segs]) + b"\0\0"
        sub += struct.pack(">%dH" % len(segs), *[s[0] for s in segs])
        sub += struct.pack(">%dH" % len(segs), *[s[2] for s in segs])
        sub += b"\0\0" * len(segs)
        sub = sub[:2] + struct.pack(">H", len(sub)) + sub[4:]
        return struct.pack(">HHHHI", 0, 1, 3, 1, 12) + sub

    def _build_name(self):
        weight = struct.unpack(">H", self.tables["OS/2"][4:6])[0]
        sub = "Bold" if weight >= 700 else "Book"
        ps = "DejaVuSans-Bold" if weight >= 700 else "DejaVuSans"
        full = "DejaVu Sans Bold" if weight >= 700 else "DejaVu Sans"
        records = [
            (0, "Copyright (c) 2003 by Bitstream, Inc. DejaVu changes are in public domain. Subset."),
            (1, "DejaVu Sans"), (2, sub), (3, ps + " subset"), (4, full), (6, ps),
        ]
        strings = b""
        recs = b""
        for nid, s in records:
            enc = s.encode("utf-16-be")
            recs += struct.pack(">HHHHHH", 3, 1, 0x409, nid, len(enc), len(strings))
            strings += enc
        return struct.pack(">HHH", 0, len(records), 6 + len(recs)) + recs + strings

    @staticmethod
    def _assemble(tables):
        tags = sorted(tables)
        n = len(tags)
        es = int(math.log2(n))
        sr = 16 * (2 ** es)
        header = struct.pack(">IHHHH", 0x00010000, n, sr, es, 16 * n - sr)
        offset = 12 + 16 * n
        directory = b""
        body = b""
        for t in tags:
            data = tables[t]
            directory += struct.pack(">4sIII", t.encode("latin-1"), checksum(data), offset + len(body), len(data))
            body += data + b"\0" * (-len(data) % 4)
        font = bytearray(header + directory + body)
        adj = (0xB1B0AFBA - checksum(bytes(font))) & 0xFFFFFFFF
        head_off = offset + sum(len(tables[t]) + (-len(tables[t]) % 4) for t in tags[: tags.index("head")])
        struct.pack_into(">I", font, head_off + 8, adj)
        return bytes(font)


# --------------------------------------------------------------------------------------------
# PDF writer
# --------------------------------------------------------------------------------------------
FALLBACK = {"\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u00ad": ""}


class PdfFont:
    def __init__(self, tt, key):
        self.tt = tt
        self.key = key
        self.chars = set()

    def width(self, text, size):
        cm = self.tt.cmap
        return sum(self.tt.advance[cm.get(ord(c), 0)] for c in text) * size / self.tt.units_per_em


def pdf_string(s):
    """A PDF text string (for the Info dictionary): UTF-16BE with BOM, as hex."""
    return "<FEFF" + s.encode("utf-16-be").hex().upper() + ">"


class PdfLayout:
    W, H = 595.28, 841.89
    ML, MR, MT, MB = 56.7, 56.7, 56.7, 62.0

    def __init__(self, regular, bold):
        self.fonts = {"R": regular, "B": bold}
        self.pages = []
        self.new_page()

    def new_page(self):
        self.ops = []
        self.pages.append(self.ops)
        self.y = self.H - self.MT

    @property
    def width(self):
        return self.W - self.ML - self.MR

    def ensure(self, h):
        if self.y - h < self.MB:
            self.new_page()

    def text(self, x, y, s, font="R", size=10.5, gray=0.0):
        f = self.fonts[font]
        s = "".join(FALLBACK.get(c, c) for c in s)
        f.chars.update(s)
        self.ops.append(("text", x, y, s, font, size, gray))

    def line(self, x1, y1, x2, y2, w=0.5, gray=0.0):
        self.ops.append(("line", x1, y1, x2, y2, w, gray))

    def rect(self, x, y, w, h, gray):
        self.ops.append(("rect", x, y, w, h, gray))

    def wrap(self, text, font, size, width):
        f = self.fonts[font]
        out = []
        for para in text.split("\n"):
            words = para.split(" ")
            line = ""
            for w in words:
                cand = (line + " " + w) if line else w
                if f.width(cand, size) <= width or not line:
                    line = cand
                    while f.width(line, size) > width and len(line) > 1:  # a word longer than the line
                        k = len(line)
                        while k > 1 and f.width(line[:k], size) > width:
                            k -= 1
                        out.append(line[:k])
                        line = line[k:]
                else:
                    out.append(line)
                    line = w
            out.append(line)
        return out

    def paragraph(self, text, font="R", size=10.5, indent=0.0, first_prefix=None, space_after=5.0, leading=1.38):
        lh = size * leading
        prefix_w = 0.0
        if first_prefix:
            prefix_w = max(self.fonts[font].width(first_prefix + " ", size), 14.0)
        lines = self.wrap(text, font, size, self.width - indent - prefix_w)
        for k, ln in enumerate(lines):
            self.ensure(lh)
            self.y -= lh
            if k == 0 and first_prefix:
                self.text(self.ML + indent, self.y + size * 0.25, first_prefix, font, size)
            self.text(self.ML + indent + prefix_w, self.y + size * 0.25, ln, font, size)
        self.y -= space_after

    def heading(self, text, level):
        size = {1: 16.0, 2: 13.0, 3: 11.5}.get(level, 11.0)
        self.ensure(size * 4)  # keep a heading with what follows
        self.y -= 6 if level >= 3 else 10
        self.paragraph(text, "B", size, space_after=3.0, leading=1.3)

    def quote(self, text):
        top = self.y
        page = len(self.pages)
        self.paragraph(text, "R", 10.5, indent=16, space_after=2.0)
        if page == len(self.pages):
            self.line(self.ML + 6, top - 3, self.ML + 6, self.y + 3, 2.0, 0.6)
        self.y -= 4

    def code(self, text):
        size = 9.5
        lh = size * 1.35
        for ln in text.split("\n"):
            self.ensure(lh)
            self.y -= lh
            self.rect(self.ML, self.y - 2, self.width, lh, 0.94)
            self.text(self.ML + 8, self.y + size * 0.25, ln.replace("\t", "    "), "R", size)
        self.y -= 6

    def table(self, rows, size=9.3):
        if not rows:
            return
        ncol = max(len(r) for r in rows)
        rows = [r + [""] * (ncol - len(r)) for r in rows]
        pad = 3.5
        f = self.fonts["R"]
        natural = [max(f.width(r[c], size) for r in rows) + 2 * pad for c in range(ncol)]
        minimal = [max(max((f.width(w, size) for w in r[c].split()), default=0) for r in rows) + 2 * pad
                   for c in range(ncol)]
        total = self.width
        if sum(natural) <= total:
            widths = [n * total / sum(natural) for n in natural]
        else:
            widths = list(minimal)
            rest = total - sum(widths)
            extra = [max(n - m, 0) for n, m in zip(natural, minimal)]
            if rest > 0 and sum(extra) > 0:
                widths = [w + rest * e / sum(extra) for w, e in zip(widths, extra)]
            elif sum(widths) > total:
                widths = [w * total / sum(widths) for w in widths]
        lh = size * 1.3

        def draw_row(r, header):
            font = "B" if header else "R"
            cell_lines = [self.wrap(r[c], font, size, widths[c] - 2 * pad) for c in range(ncol)]
            h = max(len(cl) for cl in cell_lines) * lh + 2 * pad
            return cell_lines, h, font

        header = rows[0]
        self.y -= 2
        for idx, r in enumerate(rows):
            is_header = idx == 0
            cell_lines, h, font = draw_row(r, is_header)
            if self.y - h < self.MB:
                self.new_page()
                if not is_header:  # repeat the header row on the new page
                    hl, hh, hf = draw_row(header, True)
                    self._row(hl, hh, hf, widths, pad, lh, size, True)
            self._row(cell_lines, h, font, widths, pad, lh, size, is_header)
        self.y -= 8

    def _row(self, cell_lines, h, font, widths, pad, lh, size, shade):
        top = self.y
        if shade:
            self.rect(self.ML, top - h, sum(widths), h, 0.92)
        x = self.ML
        for c, cl in enumerate(cell_lines):
            yy = top - pad
            for ln in cl:
                yy -= lh
                self.text(x + pad, yy + size * 0.28, ln, font, size)
            x += widths[c]
        x = self.ML
        self.line(self.ML, top, self.ML + sum(widths), top, 0.5, 0.35)
        self.line(self.ML, top - h, self.ML + sum(widths), top - h, 0.5, 0.35)
        for w in [0] + widths:
            x += w
            self.line(x, top, x, top - h, 0.5, 0.35)
        self.y = top - h


def render_pdf(doc, meta):
    regular = PdfFont(TrueType(find_font(FONT_REGULAR)), "R")
    bold = PdfFont(TrueType(find_font(FONT_BOLD)), "B")
    lay = PdfLayout(regular, bold)
    lab = LABELS[meta["lang"]]
    lay.text(lay.ML, lay.H - 40, lab["community"] + " \u00b7 " + SITE_URL, "R", 8.5, 0.4)
    lay.line(lay.ML, lay.H - 45, lay.W - lay.MR, lay.H - 45, 0.6, 0.6)
    lay.y = lay.H - lay.MT - 6
    lay.paragraph(meta["title"], "B", 16.0, space_after=2.0, leading=1.25)
    lay.paragraph(meta["meta_line"], "R", 9.0, space_after=6.0)
    if meta.get("name_line"):
        lay.paragraph(meta["name_line"], "R", 10.0, space_after=8.0)
    prev = None
    for b in doc.blocks:
        kind = b[0]
        if prev == "li" and kind != "li":
            lay.y -= 4
        prev = kind
        if kind == "h":
            lay.heading(b[2], b[1])
        elif kind == "p":
            lay.paragraph(b[1], "B" if b[2] else "R")
        elif kind == "li":
            _, depth, marker, text = b
            lay.paragraph(text, "R", 10.5, indent=12 + 16 * depth, first_prefix=marker, space_after=2.5)
        elif kind == "quote":
            lay.quote(b[1])
        elif kind == "table":
            lay.table(b[1])
        elif kind == "code":
            lay.code(b[1])
    if doc.footnotes:
        lay.y -= 6
        lay.ensure(30)
        lay.line(lay.ML, lay.y, lay.ML + 120, lay.y, 0.5, 0.5)
        lay.y -= 2
        for num, text in doc.footnotes:
            lay.paragraph(text, "R", 8.5, indent=4, first_prefix="[%d]" % num, space_after=1.5)
    total = len(lay.pages)
    for k, ops in enumerate(lay.pages):
        lay.ops = ops
        footer = "CC BY-SA 4.0 \u00b7 %s \u00b7 %d / %d" % (SITE_URL, k + 1, total)
        lay.text(lay.ML, 34, meta["short"], "R", 8, 0.45)
        lay.text(lay.W - lay.MR - regular.width(footer, 8), 34, footer, "R", 8, 0.45)
    return write_pdf(lay, meta)


def write_pdf(lay, meta):
    objs = []

    def add(content):
        objs.append(content)
        return len(objs)

    def stream(dict_entries, data, compress=True):
        if compress:
            data = zlib.compress(data, 9)
            dict_entries += " /Filter /FlateDecode"
        return ("<< %s /Length %d >>\nstream\n" % (dict_entries, len(data))).encode() + data + b"\nendstream"

    font_refs = {}
    glyph_maps = {}
    for key, pf in lay.fonts.items():
        if not pf.chars:
            continue
        chars = sorted(pf.chars)
        missing = [c for c in chars if ord(c) not in pf.tt.cmap and c not in "\n"]
        if missing:
            raise SystemExit("error: no glyph in DejaVu Sans for %r (%s)" % ("".join(missing), meta["file"]))
        data, cmap, adv, tag = pf.tt.subset(chars)
        glyph_maps[key] = cmap
        upem = pf.tt.units_per_em
        sc = 1000.0 / upem
        ps_name = "%s+%s" % (tag, "DejaVuSans-Bold" if key == "B" else "DejaVuSans")
        ff = add(stream("/Length1 %d" % len(data), data))
        bbox = " ".join(str(int(round(v * sc))) for v in pf.tt.bbox)
        fd = add(("<< /Type /FontDescriptor /FontName /%s /Flags 32 /FontBBox [%s] /ItalicAngle 0 "
                  "/Ascent %d /Descent %d /CapHeight %d /StemV %d /FontFile2 %d 0 R >>" % (
                      ps_name, bbox, round(pf.tt.ascent * sc), round(pf.tt.descent * sc),
                      round(pf.tt.cap_height * sc), 120 if key == "B" else 80, ff)).encode())
        widths = " ".join(str(int(round(a * sc))) for a in adv)
        cid = add(("<< /Type /Font /Subtype /CIDFontType2 /BaseFont /%s /CIDSystemInfo << /Registry (Adobe) "
                   "/Ordering (Identity) /Supplement 0 >> /FontDescriptor %d 0 R /DW 1000 /W [0 [%s]] "
                   "/CIDToGIDMap /Identity >>" % (ps_name, fd, widths)).encode())
        n_entries = len(cmap)
        chunks = []
        items = sorted(cmap.items(), key=lambda kv: kv[1])
        for s in range(0, n_entries, 100):
            part = items[s: s + 100]
            chunks.append("%d beginbfchar\n%s\nendbfchar" % (len(part), "\n".join(
                "<%04X> <%s>" % (g, c.encode("utf-16-be").hex().upper()) for c, g in part)))
        cmap_text = ("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                     "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                     "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
                     "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n%s\n"
                     "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend" % "\n".join(chunks))
        tu = add(stream("", cmap_text.encode("ascii")))
        font_refs[key] = add(("<< /Type /Font /Subtype /Type0 /BaseFont /%s /Encoding /Identity-H "
                              "/DescendantFonts [%d 0 R] /ToUnicode %d 0 R >>" % (ps_name, cid, tu)).encode())

    pages_id = add(b"")  # placeholder, filled below
    page_ids = []
    font_res = " ".join("/F%s %d 0 R" % (k, v) for k, v in font_refs.items())
    for ops in lay.pages:
        out = []
        for op in ops:
            if op[0] == "text":
                _, x, y, s, font, size, gray = op
                cm = glyph_maps[font]
                hexs = "".join("%04X" % cm[c] for c in s)
                out.append("BT %.3g g /F%s %.4g Tf 1 0 0 1 %.2f %.2f Tm <%s> Tj ET" % (gray, font, size, x, y, hexs))
            elif op[0] == "line":
                _, x1, y1, x2, y2, w, gray = op
                out.append("%.3g G %.3g w %.2f %.2f m %.2f %.2f l S" % (gray, w, x1, y1, x2, y2))
            elif op[0] == "rect":
                _, x, y, w, h, gray = op
                out.append("%.3g g %.2f %.2f %.2f %.2f re f" % (gray, x, y, w, h))
        content = add(stream("", ("\n".join(out) + "\n").encode("ascii")))
        page_ids.append(add(("<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %.2f %.2f] /Resources << /Font << %s >> "
                             ">> /Contents %d 0 R >>" % (pages_id, lay.W, lay.H, font_res, content)).encode()))
    objs[pages_id - 1] = ("<< /Type /Pages /Kids [%s] /Count %d >>" % (
        " ".join("%d 0 R" % p for p in page_ids), len(page_ids))).encode()
    lang = {"ru": "ru-RU", "kk": "kk-KZ"}.get(meta["lang"], "ru-RU")
    catalog = add(("<< /Type /Catalog /Pages %d 0 R /Lang (%s) >>" % (pages_id, lang)).encode())
    d = meta["date"].replace("-", "")
    info = add(("<< /Title %s /Author %s /Subject %s /Keywords %s /Creator %s /Producer %s "
                "/CreationDate (D:%s090000+05'00') /ModDate (D:%s090000+05'00') >>" % (
                    pdf_string(meta["title"]), pdf_string(meta["authors_full"]), pdf_string(meta["meta_line"]),
                    pdf_string(", ".join(meta["tags"])), pdf_string("urker: scripts/make_example_attachments.py"),
                    pdf_string("urker example portal"), d, d)).encode())
    buf = io.BytesIO()
    buf.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for k, o in enumerate(objs):
        offsets.append(buf.tell())
        buf.write(b"%d 0 obj\n" % (k + 1))
        buf.write(o)
        buf.write(b"\nendobj\n")
    xref = buf.tell()
    buf.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for off in offsets:
        buf.write(b"%010d 00000 n \n" % off)
    fid = hashlib.md5(meta["file"].encode("utf-8") + meta["title"].encode("utf-8")).hexdigest().upper()
    buf.write(b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R /ID [<%s> <%s>] >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objs) + 1, catalog, info, fid.encode(), fid.encode(), xref))
    return buf.getvalue()


# --------------------------------------------------------------------------------------------
# Office Open XML helpers
# --------------------------------------------------------------------------------------------
def zip_bytes(files, date):
    y, m, d = (int(x) for x in date.split("-"))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(y, m, d, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data.encode("utf-8") if isinstance(data, str) else data)
    return buf.getvalue()


def x(s):
    return xml_escape(s, {'"': "&quot;"})


XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'


def core_props(meta):
    return (XML_HEAD +
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:title>%s</dc:title><dc:subject>%s</dc:subject><dc:creator>%s</dc:creator>'
            '<cp:keywords>%s</cp:keywords><dc:language>%s</dc:language>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">%sT09:00:00Z</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">%sT09:00:00Z</dcterms:modified>'
            '</cp:coreProperties>' % (x(meta["title"]), x(meta["meta_line"]), x(meta["authors_full"]),
                                      x(", ".join(meta["tags"])), {"ru": "ru-RU", "kk": "kk-KZ"}[meta["lang"]],
                                      meta["date"], meta["date"]))


def app_props(app):
    return (XML_HEAD + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
            '<Application>%s</Application></Properties>' % app)


# ---------- DOCX ----------
def docx_run(text, bold=False, size=None, color=None, font=None):
    props = ""
    if font:
        props += '<w:rFonts w:ascii="%s" w:hAnsi="%s" w:cs="%s"/>' % (font, font, font)
    if bold:
        props += "<w:b/>"
    if color:
        props += '<w:color w:val="%s"/>' % color
    if size:
        props += '<w:sz w:val="%d"/><w:szCs w:val="%d"/>' % (size, size)
    parts = text.split("\n")
    inner = '<w:br/>'.join('<w:t xml:space="preserve">%s</w:t>' % x(p) for p in parts)
    return "<w:r>%s%s</w:r>" % ("<w:rPr>%s</w:rPr>" % props if props else "", inner)


def docx_par(runs, style=None, indent=None, hanging=None, after=None, keep_next=False, shade=None):
    ppr = ""
    if style:
        ppr += '<w:pStyle w:val="%s"/>' % style
    if keep_next:
        ppr += "<w:keepNext/>"
    if shade:
        ppr += '<w:shd w:val="clear" w:color="auto" w:fill="%s"/>' % shade
    if after is not None:
        ppr += '<w:spacing w:after="%d"/>' % after
    if indent is not None:
        ppr += '<w:ind w:left="%d"%s/>' % (indent, ' w:hanging="%d"' % hanging if hanging else "")
    return "<w:p>%s%s</w:p>" % ("<w:pPr>%s</w:pPr>" % ppr if ppr else "", "".join(runs))


def docx_table(rows):
    ncol = max(len(r) for r in rows)
    total = 9638  # A4 text width in twentieths of a point (2 cm margins)
    lens = [max(len(r[c]) if c < len(r) else 0 for r in rows) + 4 for c in range(ncol)]
    widths = [max(int(total * l / sum(lens)), 900) for l in lens]
    scale = total / sum(widths)
    widths = [int(w * scale) for w in widths]
    out = ['<w:tbl><w:tblPr><w:tblStyle w:val="UrkerTable"/><w:tblW w:w="%d" w:type="dxa"/>'
           '<w:tblBorders>%s</w:tblBorders><w:tblLayout w:type="fixed"/>'
           '<w:tblCellMar><w:left w:w="80" w:type="dxa"/><w:right w:w="80" w:type="dxa"/></w:tblCellMar>'
           '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" '
           'w:noHBand="0" w:noVBand="1"/></w:tblPr>' % (total, "".join(
               '<w:%s w:val="single" w:sz="4" w:space="0" w:color="808080"/>' % b
               for b in ("top", "left", "bottom", "right", "insideH", "insideV")))]
    out.append("<w:tblGrid>%s</w:tblGrid>" % "".join('<w:gridCol w:w="%d"/>' % w for w in widths))
    for k, r in enumerate(rows):
        r = r + [""] * (ncol - len(r))
        trpr = "<w:trPr><w:tblHeader/><w:cantSplit/></w:trPr>" if k == 0 else "<w:trPr><w:cantSplit/></w:trPr>"
        cells = []
        for c, text in enumerate(r):
            shade = '<w:shd w:val="clear" w:color="auto" w:fill="E7ECF5"/>' if k == 0 else ""
            cells.append('<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/>%s</w:tcPr>%s</w:tc>' % (
                widths[c], shade, docx_par([docx_run(text, bold=(k == 0), size=20)], after=0)))
        out.append("<w:tr>%s%s</w:tr>" % (trpr, "".join(cells)))
    out.append("</w:tbl>")
    out.append(docx_par([], after=0))
    return "".join(out)


DOCX_STYLES = XML_HEAD + """<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="Times New Roman" w:cs="Times New Roman"/><w:sz w:val="24"/><w:szCs w:val="24"/><w:lang w:val="%(lang)s" w:eastAsia="%(lang)s" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>
<w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="60"/></w:pPr><w:rPr><w:b/><w:sz w:val="32"/><w:szCs w:val="32"/><w:color w:val="1F3A68"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="80"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="30"/><w:szCs w:val="30"/><w:color w:val="1F3A68"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="80"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="27"/><w:szCs w:val="27"/><w:color w:val="1F3A68"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="heading 3"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="160" w:after="60"/><w:outlineLvl w:val="2"/></w:pPr><w:rPr><w:b/><w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Quote"><w:name w:val="Quote"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:pBdr><w:left w:val="single" w:sz="18" w:space="8" w:color="9AA8C0"/></w:pBdr><w:ind w:left="400"/></w:pPr><w:rPr><w:i/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Meta"><w:name w:val="Meta"/><w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/><w:color w:val="555555"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/><w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr></w:style>
<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
<w:style w:type="table" w:styleId="UrkerTable"><w:name w:val="Urker Table"/><w:basedOn w:val="TableNormal"/></w:style>
</w:styles>"""


def render_docx(doc, meta):
    body = [docx_par([docx_run(meta["title"])], style="Title"),
            docx_par([docx_run(meta["meta_line"])], style="Meta")]
    if meta.get("name_line"):
        body.append(docx_par([docx_run(meta["name_line"])], after=240))
    for b in doc.blocks:
        kind = b[0]
        if kind == "h":
            body.append(docx_par([docx_run(b[2])], style="Heading%d" % min(max(b[1] - 1, 1), 3)))
        elif kind == "p":
            body.append(docx_par([docx_run(b[1], bold=b[2])], keep_next=b[2]))
        elif kind == "li":
            _, depth, marker, text = b
            ind = 360 + 360 * depth
            body.append(docx_par([docx_run(marker + "\t" + text.replace("\n", "\n"))], indent=ind, hanging=360, after=60))
        elif kind == "quote":
            body.append(docx_par([docx_run(b[1])], style="Quote"))
        elif kind == "table":
            body.append(docx_table(b[1]))
        elif kind == "code":
            body.append(docx_par([docx_run(b[1], font="Courier New", size=20)], shade="F2F2F2"))
    if doc.footnotes:
        body.append(docx_par([docx_run(LABELS[meta["lang"]]["notes"], bold=True)], keep_next=True))
        for num, text in doc.footnotes:
            body.append(docx_par([docx_run("[%d] %s" % (num, text))], style="FootnoteText"))
    footer_text = "%s · %s · CC BY-SA 4.0" % (LABELS[meta["lang"]]["community"], SITE_URL)
    sect = ('<w:sectPr><w:footerReference w:type="default" r:id="rIdFooter"/>'
            '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" '
            'w:left="1134" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr>')
    document = (XML_HEAD + '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
                'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>%s%s'
                '</w:body></w:document>' % ("".join(body), sect))
    footer = (XML_HEAD + '<w:ftr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
              'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">%s</w:ftr>' % docx_par(
                  [docx_run(footer_text + " · ", size=16, color="777777"),
                   '<w:r><w:rPr><w:sz w:val="16"/><w:color w:val="777777"/></w:rPr><w:fldChar w:fldCharType="begin"/></w:r>',
                   '<w:r><w:rPr><w:sz w:val="16"/><w:color w:val="777777"/></w:rPr><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>',
                   '<w:r><w:rPr><w:sz w:val="16"/><w:color w:val="777777"/></w:rPr><w:fldChar w:fldCharType="separate"/></w:r>',
                   docx_run("1", size=16, color="777777"),
                   '<w:r><w:rPr><w:sz w:val="16"/><w:color w:val="777777"/></w:rPr><w:fldChar w:fldCharType="end"/></w:r>'],
                  after=0))
    files = [
        ("[Content_Types].xml", XML_HEAD +
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
         '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
         '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>'
         '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
         '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
         '</Types>'),
        ("_rels/.rels", XML_HEAD +
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
         '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
         '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
         '</Relationships>'),
        ("word/_rels/document.xml.rels", XML_HEAD +
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
         '<Relationship Id="rIdFooter" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>'
         '</Relationships>'),
        ("word/document.xml", document),
        ("word/styles.xml", DOCX_STYLES % {"lang": {"ru": "ru-RU", "kk": "kk-KZ"}[meta["lang"]]}),
        ("word/footer1.xml", footer),
        ("docProps/core.xml", core_props(meta)),
        ("docProps/app.xml", app_props("urker make_example_attachments.py")),
    ]
    return zip_bytes(files, meta["date"])


# ---------- XLSX ----------
def col_name(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


class Sheet:
    def __init__(self, name, widths):
        self.name = name
        self.widths = widths
        self.rows = []  # list of list of cells; cell = None | str | number | (formula, value, style)

    def add(self, *cells):
        self.rows.append(list(cells))
        return len(self.rows)


def cell_xml(ref, cell):
    if cell is None:
        return ""
    style = 0
    if isinstance(cell, tuple) and cell[0] == "b":  # bold text
        return '<c r="%s" t="inlineStr" s="1"><is><t xml:space="preserve">%s</t></is></c>' % (ref, x(cell[1]))
    if isinstance(cell, tuple) and cell[0] == "=":
        _, formula, value, style = cell
        return '<c r="%s" s="%d"><f>%s</f><v>%s</v></c>' % (ref, style, x(formula), repr(float(value)) if not float(value).is_integer() else int(value))
    if isinstance(cell, tuple) and cell[0] == "n":
        _, value, style = cell
        return '<c r="%s" s="%d"><v>%s</v></c>' % (ref, style, value)
    if isinstance(cell, (int, float)):
        return '<c r="%s"><v>%s</v></c>' % (ref, cell)
    return '<c r="%s" t="inlineStr" s="%d"><is><t xml:space="preserve">%s</t></is></c>' % (ref, style, x(cell))


XLSX_STYLES = XML_HEAD + """<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<numFmts count="2"><numFmt numFmtId="164" formatCode="0.000"/><numFmt numFmtId="165" formatCode="#,##0"/></numFmts>
<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>
<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFE7ECF5"/><bgColor indexed="64"/></patternFill></fill></fills>
<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="6">
<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>
<xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1"/>
<xf numFmtId="2" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="10" fontId="1" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1"/>
</cellXfs>
<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>
</styleSheet>"""

ST_BOLD, ST_2DEC, ST_3DEC, ST_INT, ST_PCT = 1, 2, 3, 4, 5


def render_xlsx(sheets, meta):
    files = []
    sheet_entries = []
    rels = []
    overrides = []
    for k, sh in enumerate(sheets, 1):
        rows_xml = []
        for r, row in enumerate(sh.rows, 1):
            cells = "".join(cell_xml("%s%d" % (col_name(c), r), cell) for c, cell in enumerate(row))
            rows_xml.append('<row r="%d">%s</row>' % (r, cells))
        cols = "".join('<col min="%d" max="%d" width="%g" customWidth="1"/>' % (i + 1, i + 1, w)
                       for i, w in enumerate(sh.widths))
        xml = (XML_HEAD + '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
               'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
               '<sheetViews><sheetView workbookViewId="0"%s/></sheetViews><sheetFormatPr defaultRowHeight="15"/>'
               '<cols>%s</cols><sheetData>%s</sheetData></worksheet>' % (
                   ' tabSelected="1"' if k == 1 else "", cols, "".join(rows_xml)))
        files.append(("xl/worksheets/sheet%d.xml" % k, xml))
        sheet_entries.append('<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (x(sh.name), k, k))
        rels.append('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet%d.xml"/>' % (k, k))
        overrides.append('<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' % k)
    n = len(sheets)
    rels.append('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' % (n + 1))
    files = [
        ("[Content_Types].xml", XML_HEAD +
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
         '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
         + "".join(overrides) +
         '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
         '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
         '</Types>'),
        ("_rels/.rels", XML_HEAD +
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
         '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
         '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
         '</Relationships>'),
        ("xl/workbook.xml", XML_HEAD +
         '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
         'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
         '<bookViews><workbookView/></bookViews><sheets>%s</sheets><calcPr calcId="191029" fullCalcOnLoad="1"/></workbook>' % "".join(sheet_entries)),
        ("xl/_rels/workbook.xml.rels", XML_HEAD +
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">%s</Relationships>' % "".join(rels)),
        ("xl/styles.xml", XLSX_STYLES),
    ] + files + [
        ("docProps/core.xml", core_props(meta)),
        ("docProps/app.xml", app_props("urker make_example_attachments.py")),
    ]
    return zip_bytes(files, meta["date"])


def workbook_pendulum(meta):
    data = [(0.20, 8.9), (0.40, 12.7), (0.60, 15.6), (0.80, 17.9), (1.00, 20.1)]
    sh = Sheet("Измерения", [5, 10, 22, 10, 20, 12])
    sh.add(("b", "№"), ("b", "l, м"), ("b", "t (10 колебаний), с"), ("b", "T, с"), ("b", "T², с²"), ("b", "g, м/с²"))
    gs = []
    for k, (l, t) in enumerate(data, 1):
        r = k + 1
        T = t / 10
        g = 4 * math.pi ** 2 * l / T ** 2
        gs.append(g)
        sh.add(k, ("n", l, ST_2DEC), ("n", t, 0), ("=", "C%d/10" % r, round(T, 6), ST_2DEC),
               ("=", "D%d^2" % r, round(T * T, 6), ST_3DEC), ("=", "4*PI()^2*B%d/E%d" % (r, r), round(g, 6), ST_2DEC))
    sh.add()
    sh.add(None, None, None, None, ("b", "Среднее g:"), ("=", "AVERAGE(F2:F6)", round(sum(gs) / len(gs), 6), ST_2DEC))
    sh.add(None, None, None, None, ("b", "Отклонение от 9,81:"),
           ("=", "ABS(F8-9.81)/9.81", round(abs(sum(gs) / len(gs) - 9.81) / 9.81, 6), ST_PCT))
    info = Sheet("Инструкция", [100])
    for line in [
        ("b", "Лабораторная работа «Исследование колебаний математического маятника», 9 класс"),
        "1. Внесите в столбец C время десяти полных колебаний для каждой длины нити (столбец B).",
        "2. Столбцы D, E и F вычисляются автоматически: период T = t/10, квадрат периода T², g = 4π²l/T².",
        "3. Постройте диаграмму: по оси X — длина l, по оси Y — T². Убедитесь, что точки лежат на прямой.",
        "4. Сравните среднее значение g с табличным (9,81 м/с²) и назовите источники погрешности.",
        "Авторы: Т. Е. Баймуханов, Е. М. Жаксылыков. Сетевое сообщество учителей «Үркер», " + SITE_URL,
    ]:
        info.add(line)
    return render_xlsx([sh, info], meta)


def workbook_budget(meta):
    sh = Sheet("Бюджет", [38, 16, 14])
    sh.add(("b", "Отбасы бюджеті (бір ай)"), ("b", "Сомасы, теңге"), ("b", "Үлесі"))
    sh.add(("b", "Кірістер"))
    sh.add("Әкесінің жалақысы", ("n", 320000, ST_INT))
    sh.add("Анасының жалақысы", ("n", 260000, ST_INT))
    sh.add(("b", "Барлық табыс"), ("=", "SUM(B3:B4)", 580000, ST_INT))
    sh.add()
    sh.add(("b", "Шығыстар"))
    expenses = [("Коммуналдық төлемдер", 45000), ("Азық-түлік", 180000), ("Көлік (жанармай, автобус)", 30000),
                ("Байланыс және интернет", 12000), ("Балалардың үйірмелері", 40000), ("Киім-кешек", 50000),
                ("Несие төлемі", 85000)]
    for k, (name, v) in enumerate(expenses):
        r = 8 + k
        sh.add(name, ("n", v, ST_INT), ("=", "B%d/$B$5" % r, round(v / 580000, 6), ST_PCT))
    total = sum(v for _, v in expenses)
    sh.add(("b", "Барлық шығыс"), ("=", "SUM(B8:B14)", total, ST_INT), ("=", "B15/$B$5", round(total / 580000, 6), ST_PCT))
    sh.add()
    sh.add(("b", "Ай соңындағы қалдық"), ("=", "B5-B15", 580000 - total, ST_INT))
    sh.add(("b", "Ноутбук бағасы"), ("n", 350000, ST_INT))
    sh.add(("b", "Жинауға қажет айлар саны"), ("=", "ROUNDUP(B18/B17,0)", 3, 0))
    info = Sheet("Нұсқаулық", [100])
    for line in [
        ("b", "Математикалық сауаттылық: «Отбасы бюджеті» (8–9-сыныптар)"),
        "В бағанындағы сомаларды өзгертіп көріңіз: жалпы табыс, шығыс, қалдық пен үлестер автоматты түрде қайта есептеледі.",
        "1. Коммуналдық төлемдерді 10 %-ға арттырыңыз (45 000 → 49 500). Қалдық қалай өзгерді?",
        "2. Айына 20 000 теңге үнемдеу үшін қай шығысты азайтуға болады? Ұсынысыңызды кестеде тексеріңіз.",
        "Авторы: Б. А. Қуандықова. «Үркер» мұғалімдер желілік қауымдастығы, " + SITE_URL,
    ]:
        info.add(line)
    return render_xlsx([sh, info], meta)


WORKBOOKS = {"pendulum": workbook_pendulum, "budget": workbook_budget}


# ---------- PPTX ----------
EMU = 12700  # per point
SLIDE_W, SLIDE_H = 9144000, 5143500  # 16:9, 10in x 5.625in

PPTX_THEME = XML_HEAD + """<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Urker">
<a:themeElements>
<a:clrScheme name="Urker"><a:dk1><a:srgbClr val="1A1A1A"/></a:dk1><a:lt1><a:srgbClr val="FFFFFF"/></a:lt1><a:dk2><a:srgbClr val="0E1B3D"/></a:dk2><a:lt2><a:srgbClr val="EEF2F8"/></a:lt2><a:accent1><a:srgbClr val="23407A"/></a:accent1><a:accent2><a:srgbClr val="C9A227"/></a:accent2><a:accent3><a:srgbClr val="4E8C6A"/></a:accent3><a:accent4><a:srgbClr val="9FC3FF"/></a:accent4><a:accent5><a:srgbClr val="B5503C"/></a:accent5><a:accent6><a:srgbClr val="6B6B6B"/></a:accent6><a:hlink><a:srgbClr val="23407A"/></a:hlink><a:folHlink><a:srgbClr val="6B4E9B"/></a:folHlink></a:clrScheme>
<a:fontScheme name="Urker"><a:majorFont><a:latin typeface="Arial"/><a:ea typeface=""/><a:cs typeface=""/></a:majorFont><a:minorFont><a:latin typeface="Arial"/><a:ea typeface=""/><a:cs typeface=""/></a:minorFont></a:fontScheme>
<a:fmtScheme name="Urker"><a:fillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:fillStyleLst>
<a:lnStyleLst><a:ln w="9525"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln><a:ln w="25400"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln><a:ln w="38100"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln></a:lnStyleLst>
<a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle></a:effectStyleLst>
<a:bgFillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:bgFillStyleLst></a:fmtScheme>
</a:themeElements><a:objectDefaults/><a:extraClrSchemeLst/></a:theme>"""

NS_P = ('xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
        'xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"')

PPTX_MASTER = XML_HEAD + """<p:sldMaster %s><p:cSld><p:bg><p:bgPr><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:effectLst/></p:bgPr></p:bg><p:spTree><p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/><a:chOff x="0" y="0"/><a:chExt cx="0" cy="0"/></a:xfrm></p:grpSpPr></p:spTree></p:cSld>
<p:clrMap bg1="lt1" tx1="dk1" bg2="lt2" tx2="dk2" accent1="accent1" accent2="accent2" accent3="accent3" accent4="accent4" accent5="accent5" accent6="accent6" hlink="hlink" folHlink="folHlink"/>
<p:sldLayoutIdLst><p:sldLayoutId id="2147483649" r:id="rId1"/></p:sldLayoutIdLst>
<p:txStyles><p:titleStyle><a:lvl1pPr><a:defRPr sz="3000" b="1"><a:solidFill><a:schemeClr val="accent1"/></a:solidFill><a:latin typeface="+mj-lt"/></a:defRPr></a:lvl1pPr></p:titleStyle><p:bodyStyle><a:lvl1pPr><a:defRPr sz="1800"><a:solidFill><a:schemeClr val="tx1"/></a:solidFill><a:latin typeface="+mn-lt"/></a:defRPr></a:lvl1pPr></p:bodyStyle><p:otherStyle><a:lvl1pPr><a:defRPr sz="1800"/></a:lvl1pPr></p:otherStyle></p:txStyles></p:sldMaster>""" % NS_P

PPTX_LAYOUT = XML_HEAD + """<p:sldLayout %s type="blank" preserve="1"><p:cSld name="Blank"><p:spTree><p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/><a:chOff x="0" y="0"/><a:chExt cx="0" cy="0"/></a:xfrm></p:grpSpPr></p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sldLayout>""" % NS_P


def pptx_textbox(sid, name, x0, y0, w, h, paragraphs, fill=None):
    """paragraphs: list of (text, size_pt, bold, color, bullet)."""
    ps = []
    for text, size, bold, color, bullet in paragraphs:
        space = '<a:spcBef><a:spcPts val="%d"/></a:spcBef>' % (600 if size < 24 else 0)
        ppr = ('<a:pPr marL="285750" indent="-285750">%s<a:buFont typeface="Arial"/><a:buChar char="•"/></a:pPr>' % space
               if bullet else '<a:pPr>%s<a:buNone/></a:pPr>' % space)
        ps.append('<a:p>%s<a:r><a:rPr lang="ru-RU" sz="%d"%s dirty="0"><a:solidFill><a:srgbClr val="%s"/></a:solidFill></a:rPr>'
                  '<a:t>%s</a:t></a:r></a:p>' % (ppr, int(size * 100), ' b="1"' if bold else "", color, x(text)))
    sp_fill = '<a:solidFill><a:srgbClr val="%s"/></a:solidFill>' % fill if fill else "<a:noFill/>"
    return ('<p:sp><p:nvSpPr><p:cNvPr id="%d" name="%s"/><p:cNvSpPr txBox="1"/><p:nvPr/></p:nvSpPr>'
            '<p:spPr><a:xfrm><a:off x="%d" y="%d"/><a:ext cx="%d" cy="%d"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>%s</p:spPr>'
            '<p:txBody><a:bodyPr wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720"><a:normAutofit/></a:bodyPr><a:lstStyle/>%s</p:txBody></p:sp>'
            % (sid, name, x0, y0, w, h, sp_fill, "".join(ps)))


def pptx_table(sid, x0, y0, w, rows):
    ncol = max(len(r) for r in rows)
    colw = [w // ncol] * ncol
    if ncol == 3:
        colw = [int(w * 0.26), int(w * 0.37), w - int(w * 0.26) - int(w * 0.37)]
    rh = 370840
    trs = []
    for k, r in enumerate(rows):
        r = r + [""] * (ncol - len(r))
        tcs = []
        for c, text in enumerate(r):
            fill = "E7ECF5" if k == 0 or c == 0 else "FFFFFF"
            tcs.append('<a:tc><a:txBody><a:bodyPr/><a:lstStyle/><a:p><a:r><a:rPr lang="ru-RU" sz="1300"%s dirty="0"/>'
                       '<a:t>%s</a:t></a:r></a:p></a:txBody><a:tcPr>%s<a:solidFill><a:srgbClr val="%s"/></a:solidFill></a:tcPr></a:tc>'
                       % (' b="1"' if k == 0 or c == 0 else "", x(text),
                          "".join('<a:%s w="9525"><a:solidFill><a:srgbClr val="9AA8C0"/></a:solidFill></a:%s>' % (b, b)
                                  for b in ("lnL", "lnR", "lnT", "lnB")), fill))
        trs.append('<a:tr h="%d">%s</a:tr>' % (rh, "".join(tcs)))
    grid = "".join('<a:gridCol w="%d"/>' % cw for cw in colw)
    return ('<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id="%d" name="Table %d"/><p:cNvGraphicFramePr><a:graphicFrameLocks noGrp="1"/></p:cNvGraphicFramePr><p:nvPr/></p:nvGraphicFramePr>'
            '<p:xfrm><a:off x="%d" y="%d"/><a:ext cx="%d" cy="%d"/></p:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/table">'
            '<a:tbl><a:tblPr firstRow="1"/><a:tblGrid>%s</a:tblGrid>%s</a:tbl></a:graphicData></a:graphic></p:graphicFrame>'
            % (sid, sid, x0, y0, w, rh * len(rows), grid, "".join(trs)))


def render_pptx(doc, meta):
    # one slide per level-3 heading; the heading "Слайд N. Title" gives the slide title
    slides = []
    for b in doc.blocks:
        if b[0] == "h" and b[1] >= 3:
            title = re.sub(r"^Слайд\s+\d+\.\s*", "", b[2])
            slides.append({"title": title, "items": []})
        elif slides and b[0] in ("p", "li", "quote", "table"):
            slides[-1]["items"].append(b)
    out_slides = []
    margin = 457200
    for n, s in enumerate(slides, 1):
        shapes = [
            '<p:sp><p:nvSpPr><p:cNvPr id="2" name="Band"/><p:cNvSpPr/><p:nvPr/></p:nvSpPr><p:spPr><a:xfrm><a:off x="0" y="0"/>'
            '<a:ext cx="%d" cy="91440"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="23407A"/></a:solidFill>'
            '<a:ln><a:noFill/></a:ln></p:spPr></p:sp>' % SLIDE_W,
        ]
        if n == 1:
            body = [(t[1], 20, False, "333333", False) for t in s["items"] if t[0] == "p"]
            shapes.append(pptx_textbox(3, "Title", margin, 1500000, SLIDE_W - 2 * margin, 1100000,
                                       [(s["title"], 40, True, "23407A", False)]))
            shapes.append(pptx_textbox(4, "Subtitle", margin, 2650000, SLIDE_W - 2 * margin, 900000, body))
            shapes.append(pptx_textbox(5, "Author", margin, 4300000, SLIDE_W - 2 * margin, 450000,
                                       [(meta["authors_short"] + " · " + LABELS[meta["lang"]]["community"], 12, False, "6B6B6B", False)]))
        else:
            shapes.append(pptx_textbox(3, "Title", margin, 250000, SLIDE_W - 2 * margin, 700000,
                                       [(s["title"], 28, True, "23407A", False)]))
            paras = []
            table = None
            for it in s["items"]:
                if it[0] == "p":
                    paras.append((it[1], 17, it[2], "1A1A1A", False))
                elif it[0] == "quote":
                    paras.append((it[1], 17, False, "444444", False))
                elif it[0] == "li":
                    marker = it[2]
                    text = it[3] if marker in ("\u2022", "\u2013") else marker + " " + it[3]
                    paras.append((text, 17, False, "1A1A1A", marker in ("\u2022", "\u2013")))
                elif it[0] == "table":
                    table = it[1]
            if table:
                shapes.append(pptx_table(4, margin, 1050000, SLIDE_W - 2 * margin, table))
            else:
                shapes.append(pptx_textbox(4, "Body", margin, 1000000, SLIDE_W - 2 * margin, 3700000, paras))
        shapes.append(pptx_textbox(9, "Footer", margin, 4750000, SLIDE_W - 2 * margin, 300000,
                                   [("«Үркер» · %s · %d" % (SITE_URL, n), 10, False, "8A8A8A", False)]))
        xml = (XML_HEAD + '<p:sld %s><p:cSld><p:spTree><p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr>'
               '<p:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/><a:chOff x="0" y="0"/><a:chExt cx="0" cy="0"/></a:xfrm></p:grpSpPr>'
               '%s</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sld>' % (NS_P, "".join(shapes)))
        out_slides.append(xml)
    n = len(out_slides)
    rel_slide = ('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                 '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/slideLayout" Target="../slideLayouts/slideLayout1.xml"/></Relationships>')
    files = [
        ("[Content_Types].xml", XML_HEAD +
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/ppt/presentation.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"/>'
         '<Override PartName="/ppt/slideMasters/slideMaster1.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.slideMaster+xml"/>'
         '<Override PartName="/ppt/slideLayouts/slideLayout1.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.slideLayout+xml"/>'
         '<Override PartName="/ppt/theme/theme1.xml" ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/>'
         '<Override PartName="/ppt/presProps.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.presProps+xml"/>'
         '<Override PartName="/ppt/viewProps.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.viewProps+xml"/>'
         '<Override PartName="/ppt/tableStyles.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.tableStyles+xml"/>'
         + "".join('<Override PartName="/ppt/slides/slide%d.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.slide+xml"/>' % k
                   for k in range(1, n + 1)) +
         '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
         '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
         '</Types>'),
        ("_rels/.rels", XML_HEAD +
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="ppt/presentation.xml"/>'
         '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
         '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
         '</Relationships>'),
        ("ppt/presentation.xml", XML_HEAD +
         '<p:presentation %s saveSubsetFonts="1"><p:sldMasterIdLst><p:sldMasterId id="2147483648" r:id="rId1"/></p:sldMasterIdLst>'
         '<p:sldIdLst>%s</p:sldIdLst><p:sldSz cx="%d" cy="%d"/><p:notesSz cx="6858000" cy="9144000"/>'
         '<p:defaultTextStyle><a:lvl1pPr><a:defRPr sz="1800"/></a:lvl1pPr></p:defaultTextStyle></p:presentation>'
         % (NS_P, "".join('<p:sldId id="%d" r:id="rId%d"/>' % (255 + k, 10 + k) for k in range(1, n + 1)), SLIDE_W, SLIDE_H)),
        ("ppt/_rels/presentation.xml.rels", XML_HEAD +
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/slideMaster" Target="slideMasters/slideMaster1.xml"/>'
         '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme" Target="theme/theme1.xml"/>'
         '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/presProps" Target="presProps.xml"/>'
         '<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/viewProps" Target="viewProps.xml"/>'
         '<Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/tableStyles" Target="tableStyles.xml"/>'
         + "".join('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/slide" Target="slides/slide%d.xml"/>' % (10 + k, k)
                   for k in range(1, n + 1)) + '</Relationships>'),
        ("ppt/presProps.xml", XML_HEAD + '<p:presentationPr %s/>' % NS_P),
        ("ppt/viewProps.xml", XML_HEAD + '<p:viewPr %s><p:normalViewPr><p:restoredLeft sz="15620"/><p:restoredTop sz="94660"/></p:normalViewPr><p:gridSpacing cx="76200" cy="76200"/></p:viewPr>' % NS_P),
        ("ppt/tableStyles.xml", XML_HEAD + '<a:tblStyleLst xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" def="{5C22544A-7EE6-4342-B048-85BDC9FD1C3A}"/>'),
        ("ppt/slideMasters/slideMaster1.xml", PPTX_MASTER),
        ("ppt/slideMasters/_rels/slideMaster1.xml.rels", XML_HEAD +
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/slideLayout" Target="../slideLayouts/slideLayout1.xml"/>'
         '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme" Target="../theme/theme1.xml"/>'
         '</Relationships>'),
        ("ppt/slideLayouts/slideLayout1.xml", PPTX_LAYOUT),
        ("ppt/slideLayouts/_rels/slideLayout1.xml.rels", XML_HEAD +
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/slideMaster" Target="../slideMasters/slideMaster1.xml"/>'
         '</Relationships>'),
        ("ppt/theme/theme1.xml", PPTX_THEME),
    ]
    for k, xml in enumerate(out_slides, 1):
        files.append(("ppt/slides/slide%d.xml" % k, xml))
        files.append(("ppt/slides/_rels/slide%d.xml.rels" % k, XML_HEAD + rel_slide))
    files += [("docProps/core.xml", core_props(meta)),
              ("docProps/app.xml", app_props("urker make_example_attachments.py"))]
    return zip_bytes(files, meta["date"])


# --------------------------------------------------------------------------------------------
# Driver
# --------------------------------------------------------------------------------------------
def initials_name(full):
    parts = full.split()
    if len(parts) >= 3:
        return "%s. %s. %s" % (parts[1][0], parts[2][0], parts[0])
    return full


def grade_text(grade, lang):
    lab = LABELS[lang]
    if grade in ("all", None, ""):
        return lab["all"]
    if isinstance(grade, list):
        g = "–".join(str(v) for v in (grade[0], grade[-1])) if len(grade) > 1 else str(grade[0])
        return ("%s %s" % (g, lab["grades"])) if lang == "ru" else ("%s-%s" % (g, lab["grades"]))
    return ("%s %s" % (grade, lab["grade"])) if lang == "ru" else ("%s-%s" % (grade, lab["grade"]))


def build_meta(content, folder, fm, spec, members, schools):
    lang = fm.get("language", "ru")
    authors = fm.get("author")
    authors = authors if isinstance(authors, list) else [authors]
    full, short = [], []
    for a in authors:
        m = members.get(a)
        if not m:
            sys.exit("error: %s: unknown author %r" % (folder, a))
        school = schools.get(m.get("school"), {}).get("short_title", "")
        full.append("%s (%s)" % (m["title"], school))
        short.append(initials_name(m["title"]))
    lab = LABELS[lang]
    date = str(fm.get("date"))
    y, mo, d = date.split("-")
    meta_line = "%s: %s · %s · %s · %s.%s.%s" % (
        lab["authors"] if len(authors) > 1 else lab["author"], ", ".join(short), fm.get("subject", ""),
        grade_text(fm.get("grade"), lang), d, mo, y)
    nl = spec.get("name_line")
    name_line = None
    if nl:
        name_line = LABELS["en" if nl == "en" else lang]["name_line"]
    if spec.get("team_line"):
        name_line = lab["team_line"]
    title = spec.get("title") or fm.get("title")
    return {
        "lang": lang, "title": title, "short": title if len(title) < 70 else title[:67] + "…",
        "meta_line": meta_line, "authors_full": "; ".join(full), "authors_short": ", ".join(short),
        "date": date, "tags": fm.get("tags") or [], "name_line": name_line, "file": spec["file"],
    }


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--content", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "content"))
    ap.add_argument("--check", action="store_true", help="only check that the files are up to date")
    args = ap.parse_args()
    content = os.path.normpath(args.content)
    members = {}
    for name in sorted(os.listdir(os.path.join(content, "members"))):
        if name.endswith(".md") and not name.startswith("_"):
            fm, _ = read_page(os.path.join(content, "members", name))
            members[fm.get("id") or name[:-3]] = fm
    schools = {}
    for name in sorted(os.listdir(os.path.join(content, "schools"))):
        if name.endswith(".md") and not name.startswith("_"):
            fm, _ = read_page(os.path.join(content, "schools", name))
            schools[fm.get("id") or name[:-3]] = fm
    stale = []
    total = 0
    for folder, specs in ATTACHMENTS.items():
        index = os.path.join(content, "materials", folder, "index.md")
        fm, body = read_page(index)
        for spec in specs:
            meta = build_meta(content, folder, fm, spec, members, schools)
            doc = parse_markdown(body, spec.get("include"), spec.get("exclude"))
            ext = spec["file"].rsplit(".", 1)[1]
            if ext == "pdf":
                data = render_pdf(doc, meta)
            elif ext == "docx":
                data = render_docx(doc, meta)
            elif ext == "pptx":
                data = render_pptx(doc, meta)
            elif ext == "xlsx":
                data = WORKBOOKS[spec["xlsx"]](meta)
            else:
                sys.exit("error: unknown attachment type %s" % spec["file"])
            out = os.path.join(content, "materials", folder, spec["file"])
            if len(data) > 60 * 1024:
                sys.exit("error: %s is %d bytes, more than 60 KB" % (out, len(data)))
            old = None
            if os.path.exists(out):
                with open(out, "rb") as f:
                    old = f.read()
            if old != data:
                stale.append(out)
                if not args.check:
                    with open(out, "wb") as f:
                        f.write(data)
            total += 1
            print("%-8s %7d  %s" % ("stale" if old != data and args.check else "ok", len(data),
                                    os.path.relpath(out, os.path.dirname(content))))
    if args.check and stale:
        print("%d of %d attachments are out of date; run scripts/make_example_attachments.py" % (len(stale), total))
        return 1
    print("%d attachments, %d written" % (total, 0 if args.check else len(stale)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
