#!/usr/bin/env bash
# Search index benchmark: urker's writer against lunr.js on generated corpora.
#
#   bench/search_bench.sh [BUILD_DIR] [SIZE...]          (default: build 1000 10000)
#
# For each size N it generates a corpus with gen_corpus.py (N materials plus members, schools,
# news, events and plans; Russian and Kazakh), turns it into DOCS.json
# (tests/compat/corpus_docs.mjs), and builds the multi-language (en+ru) index with
#   * urker:    `urker_index_tool` (the `urker index` command: read DOCS.json, write the index),
#               best of 3 runs;
#   * lunr.js:  tests/compat/lunr_index.mjs under node (same documents, fields, pipeline), 1 run.
# It prints wall and CPU (user+sys) seconds of each whole command, the time spent inside the
# writer / inside lunr (JSON parsing of DOCS.json excluded), peak memory, the speed ratios, whether
# the two outputs are byte-identical, and the index size raw and gzipped.
#
# Needs: the build's urker_index_tool and urker_search_bench targets, node with the repository's
# node_modules, python3 with gen_corpus.py's dictionaries (hunspell-ru, hunspell-kk,
# hunspell-tools), GNU time (`time` package), gzip. Set URKER_CORPUS_GENERATOR to use another
# gen_corpus.py; corpora are kept in BUILD_DIR/bench-search/ and reused. URKER_BENCH_LUNR=0 skips
# lunr.js (about 4 minutes and 4 GB of memory at 10 000 materials).
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$repo/build}
shift || true
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000)
generator=${URKER_CORPUS_GENERATOR:-}
if [ -z "$generator" ]; then
  if [ -f "$repo/bench/gen_corpus.py" ]; then generator=$repo/bench/gen_corpus.py; else generator=$repo/../shared/bench/gen_corpus.py; fi
fi
work=$build/bench-search
mkdir -p "$work"
tool=$build/urker_index_tool
writer_bench=$build/urker_search_bench
for f in "$tool" "$writer_bench"; do
  [ -x "$f" ] || { echo "search_bench: $f not found; build the urker_index_tool and urker_search_bench targets" >&2; exit 2; }
done

# Runs a command under GNU time (its stderr goes to $work/last.log); prints "wall cpu maxrss_mb".
timed() {
  /usr/bin/time -o "$work/time.txt" -f '%e %U %S %M' "$@" >/dev/null 2>"$work/last.log" || {
    cat "$work/last.log" >&2
    return 1
  }
  awk '{ printf "%.2f %.2f %.0f\n", $1, $2 + $3, $4 / 1024 }' "$work/time.txt"
}

rows=()
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
for n in "${sizes[@]}"; do
  corpus=$work/corpus-$n
  docs=$work/docs-$n.json
  if [ ! -f "$docs" ]; then
    echo "== generating corpus of $n materials" >&2
    python3 "$generator" "$corpus" "$n" >&2
    node "$repo/tests/compat/corpus_docs.mjs" "$corpus" > "$docs"
  fi
  documents=$(node -e 'console.log(JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")).length)' "$docs")
  urker_out=$work/urker-$n.json
  lunr_out=$work/lunr-$n.json

  echo "== $n materials ($documents documents, $(du -mL "$docs" | cut -f1) MB DOCS.json): urker" >&2
  best=""
  for run in 1 2 3; do
    r=$(timed "$tool" --docs "$docs" --lang multi --output "$urker_out")
    echo "   run $run: wall cpu maxrss_mb = $r" >&2
    if [ -z "$best" ] || awk -v a="$r" -v b="$best" 'BEGIN { split(a, x, " "); split(b, y, " "); exit !(x[1] < y[1]) }'; then best=$r; fi
  done
  read -r u_wall u_cpu u_rss <<<"$best"
  inner=$("$writer_bench" "$docs" --lang multi --runs 3)
  echo "   $inner" >&2
  u_inner=$(sed -E 's/.*best of 3: ([0-9.]+) s.*/\1/' <<<"$inner")

  if [ "${URKER_BENCH_LUNR:-1}" = 0 ]; then
    l_wall=nan l_cpu=nan l_rss=nan l_inner=nan identical="not compared"
  else
    echo "== $n materials: lunr.js" >&2
    r=$(timed node --max-old-space-size=20000 "$repo/tests/compat/lunr_index.mjs" \
          --time --docs "$docs" --lang multi --output "$lunr_out")
    read -r l_wall l_cpu l_rss <<<"$r"
    l_inner=$(sed -nE 's/lunr.js: ([0-9]+) ms/\1/p' "$work/last.log" | awk '{ printf "%.2f", $1 / 1000 }')
    echo "   wall cpu maxrss_mb = $l_wall $l_cpu $l_rss; inside lunr $l_inner s" >&2
    identical=no
    cmp -s "$urker_out" "$lunr_out" && identical=yes
  fi
  raw=$(stat -c %s "$urker_out")
  gz=$(gzip -6 -c "$urker_out" | wc -c)
  ratio_wall=$(awk -v a="$l_wall" -v b="$u_wall" 'BEGIN { printf "%.1f", a / b }')
  ratio_inner=$(awk -v a="$l_inner" -v b="$u_inner" 'BEGIN { printf "%.1f", a / b }')
  ratio_cpu=$(awk -v a="$l_cpu" -v b="$u_cpu" 'BEGIN { printf "%.1f", a / b }')
  rows+=("| $n | $documents | $u_wall / $u_cpu | $l_wall / $l_cpu | **${ratio_wall}×** (CPU ${ratio_cpu}×) | $u_inner | $l_inner | ${ratio_inner}× | $u_rss / $l_rss | $(awk -v b="$raw" 'BEGIN { printf "%.1f", b / 1048576 }') / $(awk -v b="$gz" 'BEGIN { printf "%.1f", b / 1048576 }') | $identical |")
done

echo
echo "load average before: $load_before; after: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) CPUs"
echo "| materials | documents | urker wall / CPU s | lunr.js wall / CPU s | speed-up | urker writer s | lunr build s | speed-up (in-process) | peak MB urker / lunr | index MB raw / gzip | byte-identical |"
echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|:--:|"
for row in "${rows[@]}"; do echo "$row"; done
