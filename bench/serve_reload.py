#!/usr/bin/env python3
"""How long `urker serve` takes from saving a file to telling the open page to reload.

    bench/serve_reload.py [--urker build/urker] [--site .] [--runs 10]

Copies the site (site.yaml, content/, static/, themes/ if any) to a temporary folder, starts
`urker serve` on a free port, opens a page as a browser would (the page, then its live-reload
event stream), and then, run after run, appends a blank line to the page's Markdown file and
measures the time until the reload event arrives. Prints each time and the median. Issue 8's
target is under 300 ms at the example portal's size; measure on an idle machine.
"""
import argparse
import http.client
import os
import re
import shutil
import statistics
import subprocess
import sys
import threading
import time

from site_copy import copy_site

parser = argparse.ArgumentParser()
parser.add_argument('--urker', default='build/urker')
parser.add_argument('--site', default='.')
parser.add_argument('--page', default='content/materials/дроби-5-класс/index.md',
                    help='the Markdown file to edit (relative to the site)')
parser.add_argument('--url', default='/materials/drobi-5-klass/', help='the page it makes')
parser.add_argument('--runs', type=int, default=10)
args = parser.parse_args()

work = copy_site(args.site, 'urker-serve-bench-')
try:
    server = subprocess.Popen([os.path.abspath(args.urker), 'serve', '--port', '0', '--source', work],
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    port = None
    for line in server.stdout:
        m = re.search(r'http://127\.0\.0\.1:(\d+)/', line)
        if m:
            port = int(m.group(1))
            break
    if port is None:
        sys.exit('urker serve did not start')
    # The server's messages are read and dropped from here on: a site with many warnings prints
    # them after every build, and a full pipe would stop the server in the middle of writing them.
    threading.Thread(target=lambda: [None for _ in server.stdout], daemon=True).start()

    page = http.client.HTTPConnection('127.0.0.1', port, timeout=10)
    page.request('GET', args.url)
    response = page.getresponse()
    response.read()
    if response.status != 200:
        sys.exit(f'{args.url} answered {response.status}')

    events = http.client.HTTPConnection('127.0.0.1', port, timeout=30)
    events.request('GET', '/__urker/events')
    stream = events.getresponse()

    def next_build_event():
        while True:
            line = stream.fp.readline().decode()
            if not line:
                sys.exit('the event stream ended')
            if line.startswith('event: build'):
                return

    next_build_event()  # the state at connection time
    times = []
    for run in range(args.runs):
        time.sleep(1.5)  # let the previous full build finish
        with open(os.path.join(work, args.page), 'a', encoding='utf-8') as f:
            started = time.perf_counter()
            f.write('\n')
        next_build_event()
        times.append((time.perf_counter() - started) * 1000)
        print(f'run {run + 1}: reload after {times[-1]:.0f} ms')
    print(f'median {statistics.median(times):.0f} ms, max {max(times):.0f} ms over {len(times)} runs')
    server.terminate()
    server.wait(timeout=10)
finally:
    shutil.rmtree(work, ignore_errors=True)
