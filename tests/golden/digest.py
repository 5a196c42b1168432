#!/usr/bin/env python3
"""A built site's digest for the golden tests (tests/golden/run.sh): one line per folder group
(the top-level folder, e.g. `materials`, or within a language's folder, e.g. `kk/materials`;
files at the top level are group `.`),
with the number of files and a SHA-256 over the group's files (path and bytes, in path order).
A change to any output byte changes its group's line, and the line says where to look.

    python3 tests/golden/digest.py OUTPUT
"""
import hashlib, os, sys

root = sys.argv[1]
groups = {}
for folder, _, files in os.walk(root):
    for name in files:
        path = os.path.relpath(os.path.join(folder, name), root).replace(os.sep, "/")
        parts = path.split("/")
        if len(parts) == 1:
            group = "."
        elif len(parts[0]) == 2 and len(parts) > 2:  # a language's folder: kk/materials
            group = "/".join(parts[:2])
        else:
            group = parts[0]
        groups.setdefault(group, []).append(path)
for group in sorted(groups):
    h = hashlib.sha256()
    for path in sorted(groups[group]):
        h.update(path.encode() + b"\0")
        with open(os.path.join(root, path), "rb") as f:
            h.update(hashlib.sha256(f.read()).digest())
    print(f"{group} {len(groups[group])} {h.hexdigest()[:32]}")
