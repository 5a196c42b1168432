#!/usr/bin/env python3
"""How well urker's Kazakh stemmer groups the forms of a word (docs/search.md#kazakh-stemming).

    python3 bench/kk_stemmer_quality.py build/urker_stem_tool [/usr/share/hunspell]

Expands hunspell-kk's kk_KZ.dic with its kk_KZ.aff (`unmunch`, hunspell-tools; a sentinel line
before every entry tells the entries' forms apart) and runs every form through
  * urker's Kazakh stemmer (`stemmer-kk`, fold-kk included),
  * what a Kazakh page got before it: the multi-kk pipeline (fold-kk, then lunr's English and
    Russian stemmers: Snowball's Russian on Kazakh words),
  * no stemming (the word as it is), and fold-kk alone.
Forms with anything but letters (hunspell-kk's affix file writes some with "[...]") are left out,
and so are entries with fewer than two distinct forms for the conflation figures.

Figures, per treatment:
  conflation   share of dictionary entries whose forms all get one stem (higher is better)
  stems/entry  distinct stems per entry, on average (1 is best)
  to headword  share of forms whose stem is their entry's headword's (unmunch writes the headword
               first), over entries with two forms or more
  over-stem    share of distinct stems given to forms of more than one entry (lower is better;
               not zero without stemming either: hunspell-kk has homonyms and shared forms)
"""
import os
import re
import subprocess
import sys
import tempfile
from collections import defaultdict

SENTINEL = "zzsentinel"


def entries(hunspell):
    dic = open(os.path.join(hunspell, "kk_KZ.dic"), encoding="utf-8-sig").read().replace("\r", "").split("\n")
    lines = [l for l in dic[1:] if l.strip()]
    with tempfile.NamedTemporaryFile("w", suffix=".dic", encoding="utf-8", delete=False) as f:
        f.write(f"{2 * len(lines)}\n")
        for l in lines:
            f.write(f"{SENTINEL}\n{l}\n")
        tagged = f.name
    try:
        out = subprocess.run(["unmunch", tagged, os.path.join(hunspell, "kk_KZ.aff")], capture_output=True,
                             check=True).stdout.decode("utf-8")
    finally:
        os.unlink(tagged)
    groups, current = [], None
    word = re.compile(r"^[^\W\d_]+$")
    for form in out.split("\n"):
        form = form.strip()
        if form == SENTINEL:
            current = []
            groups.append(current)
        elif current is not None and word.match(form):
            form = form.lower()
            if form not in current:
                current.append(form)
    return [g for g in groups if g]


def run_tool(tool, mode, words):
    out = subprocess.run([tool, mode], input="\n".join(words) + "\n", capture_output=True, check=True,
                         text=True).stdout.split("\n")
    return out[: len(words)]


def figures(groups, stem_of):
    multi = [g for g in groups if len(g) > 1]
    conflated = sum(1 for g in multi if len({stem_of[w] for w in g}) == 1)
    stems_per_entry = sum(len({stem_of[w] for w in g}) for g in multi) / len(multi)
    forms = sum(len(g) - 1 for g in multi)
    to_headword = sum(1 for g in multi for w in g[1:] if stem_of[w] == stem_of[g[0]]) / forms
    owners = defaultdict(set)
    for i, g in enumerate(groups):
        for w in g:
            owners[stem_of[w]].add(i)
    shared = sum(1 for s in owners.values() if len(s) > 1)
    return conflated / len(multi), stems_per_entry, to_headword, shared / len(owners), len(owners)


def main():
    if len(sys.argv) < 2:
        print(__doc__)
        return 2
    tool = sys.argv[1]
    hunspell = sys.argv[2] if len(sys.argv) > 2 else "/usr/share/hunspell"
    groups = entries(hunspell)
    words = sorted({w for g in groups for w in g})
    print(f"hunspell-kk: {len(groups)} entries, {sum(len(g) for g in groups)} forms "
          f"({len(words)} distinct), {sum(1 for g in groups if len(g) > 1)} entries with two forms or more")
    treatments = [
        ("no stemming", dict(zip(words, words))),
        ("fold-kk only", dict(zip(words, run_tool(tool, "pipeline-multi-kk", words)))),
        ("multi-kk before (fold-kk + Russian stemmer)", dict(zip(words, run_tool(tool, "pipeline-multi-kk", words)))),
        ("stemmer-kk (urker)", dict(zip(words, run_tool(tool, "stemmer-kk", words)))),
    ]
    # fold-kk alone: the folding without the stemmers.
    fold = str.maketrans("ңқүұөғәіһё", "нкууогаихе")
    treatments[1] = ("fold-kk only", {w: w.translate(fold) for w in words})
    print("| treatment | conflation | stems per entry | forms meeting their headword | over-stemming | distinct stems |")
    print("|---|---:|---:|---:|---:|---:|")
    for name, stem_of in treatments:
        c, spe, h, o, n = figures(groups, stem_of)
        print(f"| {name} | {100 * c:.1f} % | {spe:.2f} | {100 * h:.1f} % | {100 * o:.1f} % | {n} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
