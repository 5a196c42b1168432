#!/usr/bin/env python3
"""Incremental builds: a rebuild that takes unchanged pages from the build cache (.urker-cache/,
render/publish_page.h) publishes exactly the bytes a clean build does, after every kind of edit a
teacher or a webmaster makes. Each step edits the example portal, rebuilds into the same output
(with the cache), builds a fresh copy of the source (no cache) into a new folder, and compares the
two sites file by file. It also checks that the cache was used where it should be (a test of a
cache that never hits would prove nothing) and that the edit reached the site.

It also checks the record of memory a build leaves for the next one (core/heap_reserve.h): a
build that reserved none measures itself, one that reserved leaves the record as it was.

Usage: incremental_build.py URKER REPO [reserves-heap|no-heap-reserver]
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

urker, repo = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
# Whether this urker links the allocator that takes a reservation (CMakeLists.txt: mimalloc, not
# under the sanitizers).
reserves_heap = (sys.argv[3] if len(sys.argv) > 3 else "reserves-heap") == "reserves-heap"
work = tempfile.mkdtemp(prefix="urker-incremental-")
site = os.path.join(work, "site")
os.mkdir(site)
for entry in ("site.yaml", "content", "static", "themes", "templates", "i18n"):
    if os.path.exists(os.path.join(repo, entry)):
        (shutil.copytree if os.path.isdir(os.path.join(repo, entry)) else shutil.copy)(
            os.path.join(repo, entry), os.path.join(site, entry))
# The build cache trusts a Markdown file's identity (size, times, inode) only once it has been left
# alone for two seconds (content/known_files.h): past that, unchanged files are not read again.
time.sleep(2.1)
failures = []
last_search = {}  # the last build's search parts taken from the build before it, and all parts


def build(source, output, day="2026-12-01", lang="en"):
    """Builds; returns the number of pages taken from the cache."""
    run = subprocess.run([urker, "build", "--lang", lang, "--build-date", day, "--source", source, "--output", output],
                         capture_output=True, text=True)
    if run.returncode != 0:
        print(run.stdout, run.stderr)
        raise SystemExit(f"incremental: the build of {source} into {output} failed")
    # Nothing changed since the last build (site/up_to_date.h): nothing is built, nothing written.
    last_search["up to date"] = bool(re.search(r"^(Up to date|Сайт актуален|Сайт өзекті):", run.stdout, re.M))
    last_search["reserved"] = re.search(r"^  Memory: (\d+) MB asked for at once", run.stdout, re.M)
    found = re.search(r"([\d,]+) pages? made from the same values", run.stdout)
    kept = re.search(r"Search: ([\d,]+) of ([\d,]+) compressed parts", run.stdout)
    words = re.search(r"Search: the words of ([\d,]+) of ([\d,]+) documents", run.stdout)
    last_search["words"], last_search["documents"] = (int(words.group(1).replace(",", "")), int(words.group(2).replace(",", ""))) if words else (0, 0)
    last_search["kept"], last_search["parts"] = (int(kept.group(1).replace(",", "")), int(kept.group(2).replace(",", ""))) if kept else (0, 0)
    fragments = re.search(r"^  Templates: fragments .*: ([\d,]+)$", run.stdout, re.M)
    last_search["fragments"] = int(fragments.group(1).replace(",", "")) if fragments else 0
    known = re.search(r"Content: ([\d,]+) of ([\d,]+) Markdown files", run.stdout)
    last_search["known"], last_search["files"] = (int(known.group(1).replace(",", "")), int(known.group(2).replace(",", ""))) if known else (0, 0)
    return int(found.group(1).replace(",", "")) if found else 0


def tree(root):
    files = {}
    for folder, _, names in os.walk(root):
        for name in names:
            path = os.path.join(folder, name)
            with open(path, "rb") as f:
                files[os.path.relpath(path, root)] = f.read()
    return files


def folders(root):
    return sorted(os.path.relpath(folder, root) for folder, _, _ in os.walk(root))


def inodes(root):
    return {os.path.relpath(os.path.join(folder, name), root): os.lstat(os.path.join(folder, name)).st_ino
            for folder, _, names in os.walk(root) for name in names}


def page_count(root):
    """Pages and the catalogue's card files: what the build cache takes or renders."""
    return sum(1 for path in tree(root) if path.endswith("index.html") or path.endswith("cards.json"))


def compare(step, incremental, clean):
    a, b = tree(incremental), tree(clean)
    only_incremental = sorted(set(a) - set(b))
    only_clean = sorted(set(b) - set(a))
    differ = sorted(p for p in set(a) & set(b) if a[p] != b[p])
    if only_incremental or only_clean or differ:
        failures.append(f"{step}: the rebuild differs from a clean build: {len(differ)} files differ {differ[:5]}, "
                        f"{len(only_incremental)} only in the rebuild {only_incremental[:5]}, {len(only_clean)} only in the clean build {only_clean[:5]}")
    # No folder left behind empty by a page that went (nor one missing).
    if folders(incremental) != folders(clean):
        extra = sorted(set(folders(incremental)) ^ set(folders(clean)))
        failures.append(f"{step}: the rebuild's folders differ from a clean build's: {extra[:5]}")
    return a


def edit(path, old, new):
    full = os.path.join(site, path)
    with open(full, encoding="utf-8") as f:
        text = f.read()
    if old not in text:
        raise SystemExit(f"incremental: {path} no longer holds {old!r}: update the test")
    with open(full, "w", encoding="utf-8") as f:
        f.write(text.replace(old, new, 1))


output = os.path.join(work, "public")
# The source was copied a moment ago: every file is recent (site/up_to_date.h), kept by its text.
first = build(site, output)
if last_search["up to date"]:
    failures.append("first build: reported up to date")
if first != 0:
    failures.append(f"first build: {first} pages came from a cache that should be empty")
pages = page_count(output)


def heap_record():
    """The record of memory in the build cache: (bytes, inputs), or None."""
    cache = os.path.join(site, ".urker-cache")
    names = [name for name in os.listdir(cache) if name.endswith(".heap")]
    if len(names) != 1:
        failures.append(f"heap record: {len(names)} records in the build cache, not one: {names}")
        return None
    with open(os.path.join(cache, names[0]), encoding="utf-8") as f:
        text = f.read()
    found = re.fullmatch(r"urker heap record 1\n(\d+) (\d+) 0\n", text)
    if not found:
        failures.append(f"heap record: not in its form: {text!r}")
        return None
    return int(found.group(1)), int(found.group(2)), os.path.join(cache, names[0])


# The first build measured itself: some megabytes held, as many inputs as the source has files
# and folders (give or take the few the stamp leaves out).
record = heap_record()
source_entries = sum(len(names) + len(dirs) for _, dirs, names in os.walk(site))
if record and not (4 << 20 < record[0] < 4 << 30 and source_entries // 2 < record[1] <= source_entries):
    failures.append(f"heap record: {record[0]} bytes for {record[1]} inputs after the first build ({source_entries} entries in the source)")
# The example portal is too small to reserve for (under 128 MiB): its record is made larger, so
# every rebuild below reserves some 200 MiB and builds in that memory, and the rebuilds stay
# identical to clean builds. Its count of inputs is made larger too (by less than a quarter): a
# build that reserved keeps the record's and counts itself, one that measured itself writes its
# own. The rename's record says nine builds reserved by it: that build is measured again.
fake_inputs = record[1] + record[1] // 8 if record else 1


def fake_record(reserved_builds):
    return f"urker heap record 1\n{256 << 20} {fake_inputs} {reserved_builds}\n"

material = "content/materials/fotosintez-sor-8/index.md"
steps = [
    ("nothing changed", lambda: None, "", "up to date"),
    ("body", lambda: edit(material, "Задания суммативного оценивания за раздел (СОР)",
                          "Задания суммативного оценивания за раздел (СОР), дополненные после семинара,"), "дополненные после семинара", "most"),
    ("title", lambda: edit(material, 'title: "Суммативное оценивание за раздел',
                           'title: "Проверочная работа: суммативное оценивание за раздел'), "Проверочная работа: суммативное", "most"),
    # A card shows its authors' names, which are other pages' titles: the cards of her materials
    # change, the others are taken as the last build rendered them (render/fragment_memo.h).
    ("author's name", lambda: edit("content/members/smagulova-zh.md", 'title: "Смагулова Жанар Кайратовна"',
                                   'title: "Смагулова-Ахметова Жанар Кайратовна"'), "Смагулова-Ахметова", "any"),
    ("author", lambda: edit(material, "author: [smagulova-zh, ismailova-l]", "author: [ismailova-l]"), "", "most"),
    ("date", lambda: edit(material, "date: 2026-02-26", "date: 2026-04-14"), "2026-04-14", "most"),
    ("delete", lambda: os.remove(os.path.join(site, "content/news/ashyq-sabaq-abenova.md")), "", "most"),
    ("rename", lambda: os.rename(os.path.join(site, "content/news/konferentsiya-urker-2027-priem-zayavok.kk.md"),
                                 os.path.join(site, "content/news/konferentsiya-2027-otinim.kk.md")), "konferentsiya-2027-otinim", "most"),
    ("new page", lambda: open(os.path.join(site, "content/news/aaa-zametka.md"), "w", encoding="utf-8").write(
        '---\ntitle: "Заметка для проверки пересборки"\ndate: 2026-12-01\n---\n\nКороткая заметка.\n'), "Заметка для проверки пересборки", "most"),
    # The work plan's text is unchanged, but its link to the mentoring plan now leads to another
    # address: its Markdown must be rendered again, not taken from the cache.
    ("slug", lambda: edit("content/plans/mentoring-2026-2027.md", "id: mentoring-2026-2027\n",
                          "id: mentoring-2026-2027\nslug: shkola-molodogo-uchitelya\n"), "/plans/shkola-molodogo-uchitelya/", "most"),
    ("site.yaml", lambda: edit("site.yaml", 'ru: "Сетевое сообщество учителей «Үркер»"', 'ru: "Сетевое сообщество педагогов «Үркер»"'),
     "Сетевое сообщество педагогов", "any"),
    ("template", lambda: edit("themes/default/templates/page.html", '<div class="container">\n<article',
                              '<div class="container" data-rebuild-test>\n<article'), "data-rebuild-test", "most"),
    # A page depends on the templates it used (template/globals_trace.h's kTemplateReads), not on
    # every template: the A–Z index's template is used by its two pages only, ...
    ("A–Z template", lambda: edit("themes/default/templates/az.html", '<ul class="item-list az-list">',
                                  '<ul class="item-list az-list" data-az-test>'), "data-az-test", "most"),
    # ... a list's card is rendered once and kept ({% cache %}), and a page that took it from
    # another page depends on its template all the same, ...
    ("card template", lambda: edit("themes/default/templates/partials/page-card.html", '<article class="card card-',
                                   '<article data-card-test class="card card-'), "data-card-test", "any"),
    # ... and on the macros the card called from a module imported outside it.
    ("macro", lambda: edit("themes/default/templates/macros.html",
                           '{% set lang_value = params.language | default(fallback_lang) %}\n<ul class="chips">',
                           '{% set lang_value = params.language | default(fallback_lang) %}\n<ul class="chips" data-facets-test>'),
     "data-facets-test", "any"),
]
for step, apply, expect_text, expect_cache in steps:
    if record:
        with open(record[2], "w", encoding="utf-8") as f:
            f.write(fake_record(9 if step == "rename" else 4))
    before, before_inodes = tree(output), inodes(output)
    apply()
    from_cache = build(site, output)
    fragments_taken = last_search["fragments"]
    reserved_line = last_search["reserved"]
    if last_search["up to date"] != (expect_cache == "up to date"):
        failures.append(f"{step}: the rebuild {'said' if last_search['up to date'] else 'did not say'} the site was up to date")
    kept, parts = last_search["kept"], last_search["parts"]
    words, documents = last_search["words"], last_search["documents"]
    known, markdown_files = last_search["known"], last_search["files"]
    # A file whose bytes did not change is the very same file (same inode: not rewritten, its
    # date kept), so rsync and object-store syncs upload only what changed.
    after_inodes = inodes(output)
    rewritten = sorted(path for path, data in tree(output).items()
                       if path != ".urker-output" and before.get(path) == data and before_inodes[path] != after_inodes[path])
    if rewritten:
        failures.append(f"{step}: {len(rewritten)} files with unchanged bytes were written again: {rewritten[:5]}")
    clean_source = os.path.join(work, "clean-" + re.sub(r"\W", "-", step))
    shutil.copytree(site, clean_source, ignore=shutil.ignore_patterns(".urker-cache"))
    clean_output = os.path.join(work, "clean-public-" + re.sub(r"\W", "-", step))
    if build(clean_source, clean_output) != 0:
        failures.append(f"{step}: the clean build took pages from a cache")
    # A text edit changes the search shards of the terms it touches: the other shards and the other
    # documents' result texts keep their compressed bytes (render/range_bundle.h).
    if step in ("body", "title") and not 0 < kept < parts:
        failures.append(f"{step}: {kept} of {parts} compressed search parts kept; most, not all, should be")
    # A page written today is the last document in the index's order (render/search_index.cpp),
    # wherever its file is: it renumbers no other, so only the shards of its own words change.
    # Its words are a few (five in its title and text, and its section's): at most eight parts
    # change, its words' shards and its result text. In the order of their files the documents
    # after it were renumbered, and 24 of the 124 changed.
    if step == "new page" and not 0 < parts - kept <= 8:
        failures.append(f"{step}: {kept} of {parts} compressed search parts kept; all but its own words' shards and text should be")
    # A material's new title renders again the lists it is on and the catalogue's card files: their
    # other cards are taken from the build cache (render/fragment_memo.h), not rendered again.
    if step in ("title", "author's name") and fragments_taken < 20:
        failures.append(f"{step}: {fragments_taken} cards taken from the build cache; the lists' other cards should be")
    # ... only the edited file is read again (content/known_files.h): the others were left alone
    # since the last build, which read them ...
    if step == "body" and known != markdown_files - 1:
        failures.append(f"body: {known} of {markdown_files} Markdown files taken unread from the cache, not all but one")
    # ... and only the edited document goes through the tokenizer and the stemmers again.
    if step in ("body", "title") and words != documents - 1:
        failures.append(f"{step}: the words of {words} of {documents} documents came from the cache, not all but one")
    files = compare(step, output, clean_output)
    if record and expect_cache != "up to date":
        with open(record[2], encoding="utf-8") as f:
            after = f.read()
        # core/heap_reserve.h: at most half of the free memory, nothing under 128 MiB.
        with open("/proc/meminfo", encoding="utf-8") as f:
            available = int(re.search(r"^MemAvailable:\s+(\d+) kB", f.read(), re.M).group(1)) * 1024
        reserves = reserves_heap and step != "rename" and min(256 << 20, available // 2) >= 128 << 20
        measured = re.fullmatch(r"urker heap record 1\n(\d+) (\d+) 0\n", after)
        if reserves and after != fake_record(5):
            failures.append(f"{step}: the rebuild reserved no memory, or did not count itself in the record: {after!r}")
        # The summary says so: 256 MiB × 0.9 × (inputs now / the record's), in 32 MiB blocks.
        if reserves != bool(reserved_line) or (reserves and int(reserved_line.group(1)) not in (160, 192, 224)):
            failures.append(f"{step}: the summary's line on the memory asked for at once: {reserved_line and reserved_line.group(0)!r}")
        # (Its own count of inputs; its bytes are whatever it held: under the sanitizers, their
        # shadow memory too.)
        if not reserves and not (measured and int(measured.group(2)) != fake_inputs):
            failures.append(f"{step}: a build that reserved no memory did not measure itself: {after!r}")
    total = page_count(output)
    print(f"incremental: {step}: {from_cache} of {total} pages from the cache, {kept} of {parts} search parts kept, words of {words} of {documents} documents kept, {fragments_taken} fragments taken")
    # After a content edit most pages are as they were; a site.yaml or template edit may change them all.
    if expect_cache == "up to date" and before_inodes != after_inodes:
        failures.append(f"{step}: an up-to-date site's files were written again")
    if expect_cache == "all" and from_cache != total:
        failures.append(f"{step}: {from_cache} of {total} pages came from the cache, not all")
    if expect_cache == "most" and from_cache < total // 2:
        failures.append(f"{step}: only {from_cache} of {total} pages came from the cache")
    if step == "A–Z template" and total - from_cache != 2:
        failures.append(f"{step}: {total - from_cache} pages rendered again, not the A–Z index's two")
    if expect_cache == "most" and from_cache >= total:
        failures.append(f"{step}: every page came from the cache, the edit changed none")
    if expect_text and not any(expect_text.encode() in data for path, data in files.items() if path.endswith(".html")):
        failures.append(f"{step}: no page shows {expect_text!r}")
    # The rebuild recorded the output as it left it (for a rebuild in place, from the walk before
    # it and the paths it changed, site/up_to_date.h's relist): built again, the site is up to date.
    if expect_cache != "up to date":
        build(site, output)
        if not last_search["up to date"]:
            failures.append(f"{step}: a build right after the rebuild, with nothing changed, was not up to date")
    shutil.rmtree(clean_source)
    shutil.rmtree(clean_output)

# The up-to-date check (site/up_to_date.h) must see every change the site depends on. Each case
# starts from a recorded, up-to-date site, changes one thing, and the build must do its work.
def settle(**options):
    build(site, output, **options)
    build(site, output, **options)
    if not last_search["up to date"]:
        failures.append(f"up to date: a second build with nothing changed ({options or 'the usual options'}) was not up to date")


def same_size_edit():
    """A letter changed for another of the same size, the file's modification time put back."""
    path = os.path.join(site, material)
    times = os.stat(path)
    edit(material, "дополненные после семинара", "дополненные после семинарА")
    os.utime(path, ns=(times.st_atime_ns, times.st_mtime_ns))


news_page = os.path.join(output, "news", "index.html")
cases = [
    ("an output file deleted", lambda: os.remove(news_page), {}),
    ("a same-size edit with its old time", same_size_edit, {}),
    ("another build date", lambda: None, {"day": "2026-12-02"}),
    ("another message language", lambda: None, {"lang": "ru"}),
]
for case, change, options in cases:
    settle()
    change()
    build(site, output, **options)
    if last_search["up to date"]:
        failures.append(f"up to date: {case}: the build said the site was up to date")
if not os.path.exists(news_page):
    failures.append("up to date: the deleted page was not published again")

# A folder as the last build left it is urker's without a second walk (OutputRequest::as_last_left);
# a file someone else put in it since must still stop the build, and be left where it is. One build
# with the usual options records the folder as it leaves it.
build(site, output)
foreign = os.path.join(output, "news", "notes-of-the-webmaster.txt")
with open(foreign, "w", encoding="utf-8") as f:
    f.write("not urker's\n")
run = subprocess.run([urker, "build", "--lang", "en", "--build-date", "2026-12-01", "--source", site, "--output", output],
                     capture_output=True, text=True)
if run.returncode == 0 or re.search(r"^Up to date:", run.stdout, re.M):
    failures.append("up to date: a file someone else put in the output did not stop the build")
if "notes-of-the-webmaster.txt" not in run.stderr:
    failures.append(f"up to date: the refusal does not name the file someone else put in the output: {run.stderr.strip()[:300]}")
if not os.path.exists(foreign):
    failures.append("up to date: the file someone else put in the output was removed")
os.remove(foreign)
if not any("дополненные после семинарА".encode() in data for path, data in tree(output).items() if path.endswith(".html")):
    failures.append("up to date: the same-size edit did not reach the site")

shutil.rmtree(work)
for f in failures:
    print("FAIL:", f)
if failures:
    sys.exit(1)
print(f"incremental: {len(steps)} kinds of edit, every rebuild identical to a clean build ({pages} pages at first)")
