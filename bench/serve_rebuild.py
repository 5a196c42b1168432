#!/usr/bin/env python3
"""How long `urker serve` takes to rebuild a whole site after a material's text is saved, and how
much memory the server holds.

    bench/serve_rebuild.py [--urker build/urker] [--site SITE] [--runs 3]

Copies the site (site.yaml, content/, static/, themes/ if any: a corpus of bench/gen_corpus.py,
say) to a temporary folder, starts `urker serve` on a free port with no page open (so no quick
preview comes first: the whole site is rebuilt), waits for the first build, and then, run after
run, adds a word to the first paragraph of a material (the card the lists and the catalogue show
changes with it) and reads the rebuild's time from the server's own line. Prints each time, the
median, and the server's peak and final resident memory (VmHWM, VmRSS). bench/serve_reload.py
measures the other case, a page open in a browser.
"""
import argparse
import glob
import os
import re
import shutil
import statistics
import subprocess
import sys

from site_copy import copy_site

parser = argparse.ArgumentParser()
parser.add_argument('--urker', default='build/urker')
parser.add_argument('--site', default='.')
parser.add_argument('--page', default=None,
                    help='the Markdown file to edit, relative to the site (default: the middle material)')
parser.add_argument('--runs', type=int, default=3)
args = parser.parse_args()


def memory(pid):
    values = {}
    with open(f'/proc/{pid}/status') as f:
        for line in f:
            key, _, rest = line.partition(':')
            if key in ('VmHWM', 'VmRSS'):
                values[key] = int(rest.split()[0]) // 1024
    return values


work = copy_site(args.site, 'urker-serve-rebuild-')
try:
    page = args.page
    if page is None:
        materials = sorted(glob.glob(os.path.join(work, 'content', 'materials', '*.md')))
        materials = [m for m in materials if not os.path.basename(m).startswith('_')]
        if not materials:
            sys.exit('no content/materials/*.md to edit: pass --page')
        page = os.path.relpath(materials[len(materials) // 2], work)
    path = os.path.join(work, page)

    server = subprocess.Popen([os.path.abspath(args.urker), 'serve', '--port', '0', '--lang', 'en', '--source', work],
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    built = re.compile(r'^(First build|.* changed): built ([\d ,]+) pages? in ([\d ,]+) ms\.')

    def next_build():
        for line in server.stdout:
            m = built.match(line.strip())
            if m:
                return int(re.sub(r'\D', '', m.group(2))), int(re.sub(r'\D', '', m.group(3)))
        sys.exit('urker serve stopped')

    pages, first = next_build()
    print(f'{page}: first build {pages} pages in {first} ms, server at {memory(server.pid)["VmRSS"]} MiB')
    times = []
    for run in range(args.runs):
        with open(path, encoding='utf-8') as f:
            text = f.read()
        body = text.index('\n---\n', 4) + 5
        word_end = text.index(' ', body + 1)
        with open(path, 'w', encoding='utf-8') as f:
            f.write(text[:word_end] + f' правка{run + 1}' + text[word_end:])
        _, ms = next_build()
        times.append(ms)
        print(f'run {run + 1}: rebuilt in {ms} ms')
    held = memory(server.pid)
    print(f'median {statistics.median(times):.0f} ms over {len(times)} runs; '
          f'server memory peak {held["VmHWM"]} MiB, now {held["VmRSS"]} MiB')
    server.terminate()
    server.wait(timeout=30)
finally:
    shutil.rmtree(work, ignore_errors=True)
