#!/usr/bin/env python3
"""Where a sharded search's bytes go: reads a built site's search/ folder and prints, gzipped as
a static host serves them, the manifest's parts (shard boundaries, filter values, the rest), the
index shards (mean, largest) and what their JSON is made of (field vectors, postings), the store
shards, and the number of files. No browser: bench/search_transfer.mjs measures a query's
downloads; this says what they consist of.

    python3 bench/search_bytes.py OUTPUT
"""
import gzip, json, os, sys, statistics

def gz(data):
    return len(gzip.compress(data if isinstance(data, bytes) else data.encode(), 9))

def kb(n):
    return f"{n / 1024:.1f} KB"

out = sys.argv[1]
search = os.path.join(out, "search")
manifest_text = open(os.path.join(search, "index.json"), encoding="utf-8").read()
manifest = json.loads(manifest_text)
print(f"documents {manifest['documents']}, index shards {len(manifest['shards'])}, store size {manifest.get('storeSize')}")
print(f"manifest: {kb(len(manifest_text.encode()))} raw, {kb(gz(manifest_text))} gzip")
for key in ("shards", "facets", "addOrder"):
    if key in manifest:
        part = json.dumps(manifest[key], ensure_ascii=False, separators=(",", ":"))
        print(f"  {key}: {kb(len(part.encode()))} raw, {kb(gz(part))} gzip")

shards = os.path.join(search, "shards")
index_sizes, index_gz, vectors_gz, inverted_gz = [], [], [], []
store_gz = []
files = 0
for name in sorted(os.listdir(shards)):
    files += 1
    path = os.path.join(shards, name)
    if name.endswith(".gz"):
        if name.startswith("i"):
            index_gz.append(os.path.getsize(path))
        elif name.startswith("s"):
            store_gz.append(os.path.getsize(path))
        continue
    if name.startswith("i") and len(index_sizes) < 200:  # a sample for the split
        text = open(path, encoding="utf-8").read()
        index_sizes.append(len(text.encode()))
        shard = json.loads(text)
        vectors_gz.append(gz(json.dumps(shard["fieldVectors"], ensure_ascii=False, separators=(",", ":"))))
        inverted_gz.append(gz(json.dumps(shard["invertedIndex"], ensure_ascii=False, separators=(",", ":"))))
print(f"index shards: {len(index_gz)} files, gzip mean {kb(statistics.mean(index_gz))}, max {kb(max(index_gz))}")
print(f"  of a sample of {len(vectors_gz)}: fieldVectors {kb(statistics.mean(vectors_gz))}, invertedIndex {kb(statistics.mean(inverted_gz))} gzip (mean)")
print(f"store shards: {len(store_gz)} files, gzip mean {kb(statistics.mean(store_gz))}")
terms = os.path.join(shards, "terms.json.gz")
print(f"terms.json: {kb(os.path.getsize(terms))} gzip; files in search/: {files + len(os.listdir(search)) - 1}")
total = sum(len(fs) for _, _, fs in os.walk(out))
print(f"files in the whole site: {total}")
