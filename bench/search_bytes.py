#!/usr/bin/env python3
"""Where a sharded search's bytes go: reads a built site's search/ folder and prints, gzipped as
a static host serves them, the manifest's parts (shard boundaries, bundle size tables, facets,
the rest), engine.js (lunr and the manifest, the first download), the index shards (median, 90th
percentile, largest) and what their JSON is made of (field vectors, postings), the store entries,
and the number of files. No browser: bench/search_transfer.mjs measures a query's downloads;
this says what they consist of.

    python3 bench/search_bytes.py OUTPUT
"""
import gzip, json, os, statistics, sys

DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"


def gz(data):
    return len(gzip.compress(data if isinstance(data, bytes) else data.encode(), 9))


def kb(n):
    return f"{n / 1024:.1f} KB"


def compact(value):
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def layout(d):
    """[(file, offset, length)] per part of a bundle (src/render/range_bundle.h)."""
    parts, file, offset, width = [], -1, 0, d["width"]
    for k in range(len(d["sizes"]) // width):
        while file + 1 < len(d["starts"]) and d["starts"][file + 1] == k:
            file, offset = file + 1, 0
        units = 0
        for c in d["sizes"][k * width:(k + 1) * width]:
            units = units * 64 + DIGITS.index(c)
        parts.append((d["files"][file], offset, units * d["unit"]))
        offset += units * d["unit"]
    return parts


def percentile(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, int(p * len(values)))]


out = sys.argv[1]
search = os.path.join(out, "search")
manifest_text = open(os.path.join(search, "index.json"), encoding="utf-8").read()
manifest = json.loads(manifest_text)
print(f"documents {manifest['documents']}, index shards {len(manifest['shards'])}")
print(f"engine.js (lunr and the manifest): {kb(os.path.getsize(os.path.join(search, 'engine.js.gz')))} gzip")
print(f"manifest: {kb(len(manifest_text.encode()))} raw, {kb(gz(manifest_text))} gzip")
for key in ("shards", "index", "store", "facets", "filterOptions", "addOrder"):
    if key in manifest:
        part = compact(manifest[key])
        print(f"  {key}: {kb(len(part.encode()))} raw, {kb(gz(part))} gzip")

files = {}
index_parts = layout(manifest["index"])
sizes = [length for _, _, length in index_parts]
print(f"index shards: {len(sizes)} in {len(manifest['index']['files'])} bundle files, gzip median {kb(statistics.median(sizes))}, "
      f"90th percentile {kb(percentile(sizes, 0.9))}, largest {kb(max(sizes))}")
terms, entries = [], []
step = max(1, len(index_parts) // 200)  # a sample
for file, offset, length in index_parts[::step]:
    data = files.setdefault(file, open(os.path.join(search, file), "rb").read())
    shard = json.loads(gzip.decompress(data[offset:offset + length]))
    terms.append(len(shard["invertedIndex"]))
    entries.append(sum(len(refs) for entry in shard["invertedIndex"] for refs in entry[3].values()))
print(f"  of a sample of {len(terms)}: {statistics.mean(terms):.0f} terms and {statistics.mean(entries):.0f} posting entries per shard (mean)")
store = [length for _, _, length in layout(manifest["store"])]
print(f"store entries: {len(store)} in {len(manifest['store']['files'])} bundle files, mean {statistics.mean(store):.0f} bytes gzip")
for name in ("terms.json.gz", "filters.json.gz"):
    print(f"{name[:-3]}: {kb(os.path.getsize(os.path.join(search, name)))} gzip")
print(f"files in search/: {len(os.listdir(search))}")
total = sum(len(fs) for _, _, fs in os.walk(out))
print(f"files in the whole site: {total}")
