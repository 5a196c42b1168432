#!/usr/bin/env bash
# urker vs Hugo on the same generated corpus (bench/gen_corpus.py; the Hugo site from ../shared/bench):
# the same content/ folder, a fresh output folder for every run. One warm-up run of each, then
# PAIRS pairs (default 3) run alternately — urker, Hugo, urker, Hugo… — so both meet the same
# machine; prints each tool's median wall time, median CPU (user + sys), largest peak memory and
# the files written, then Hugo / urker for each.
#
#   bench/site_vs_hugo.sh [N ...]        default: 1000
#   PAIRS=5 URKER_BENCH_DIR=/tmp/bench bench/site_vs_hugo.sh 1000 10000
#
# The sites are written to a folder in memory (URKER_BENCH_OUT, default /dev/shm/urker-bench where
# /dev/shm exists). On a disk, each run deletes the last run's files and makes as many new ones, and
# what that costs depends on the file system rather than the tool: ext4 without a journal (this
# project's VMs) passes over every inode freed in the last 12 hours when it picks one for a new
# file, so the system time of a build grew with every run before it, from 3 to 27 s for the same
# urker build at 10 000 materials (docs/benchmarks.md). Set URKER_BENCH_OUT to a disk folder to
# measure that too.
# Needs: build/urker (scripts/setup), hugo (apt-get install hugo), GNU time (apt-get install time),
# bc, the corpus generator's dictionaries (apt-get install hunspell-ru hunspell-kk hunspell-tools).
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
shared="${URKER_SHARED:-$repo/../shared}"
work="${URKER_BENCH_DIR:-$repo/build/bench}"
urker="$repo/build/urker"
pairs="${PAIRS:-3}"
out_root="${URKER_BENCH_OUT:-}"
if [ -z "$out_root" ]; then
  if [ -d /dev/shm ] && [ -w /dev/shm ]; then out_root=/dev/shm/urker-bench; else out_root="$work"; fi
fi
out="$out_root/out"
sizes=("$@"); [ ${#sizes[@]} -gt 0 ] || sizes=(1000)
command -v hugo >/dev/null || { echo "bench: hugo is not installed (apt-get install hugo)" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "bench: GNU time is not installed (apt-get install time)" >&2; exit 2; }
mkdir -p "$work" "$out_root"

run_once() {  # label, command…: one run into a fresh $out; appends "wall cpu rss_mib" to $work/label.runs
  local label="$1"; shift
  rm -rf "$out"
  # A cold build: nothing from urker's build cache (an earlier run's words of the documents would
  # spare its tokenizer, which no first build of a site has).
  [ "$label" = urker ] && rm -rf "$corpus/.urker-cache"
  /usr/bin/time -f "%e %U %S %M" -o "$work/time.txt" "$@" >/dev/null 2>"$work/stderr.txt" || { cat "$work/stderr.txt"; exit 1; }
  read -r wall user sys maxrss < "$work/time.txt"
  echo "$wall $(echo "$user + $sys" | bc) $((maxrss / 1024))" >> "$work/$label.runs"
  find "$out" -type f | wc -l > "$work/$label.files"
}

median() { sort -n | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }

report() {  # label: prints the runs and sets <label>_wall, _cpu, _rss
  local label="$1" runs="$work/$1.runs"
  local wall cpu rss
  wall=$(cut -d' ' -f1 "$runs" | median); cpu=$(cut -d' ' -f2 "$runs" | median); rss=$(cut -d' ' -f3 "$runs" | sort -n | tail -1)
  printf '%-6s wall %6ss  CPU %6ss  peak RSS %5s MiB  files %6s   (runs: %s)\n' "$label" "$wall" "$cpu" "$rss" "$(cat "$work/$label.files")" \
    "$(cut -d' ' -f1 "$runs" | tr '\n' ' ')"
  printf -v "${label}_wall" '%s' "$wall"; printf -v "${label}_cpu" '%s' "$cpu"; printf -v "${label}_rss" '%s' "$rss"
}

for n in "${sizes[@]}"; do
  corpus="$work/corpus-$n"
  if [ ! -d "$corpus/content" ]; then
    python3 "$repo/bench/gen_corpus.py" "$corpus" "$n" | tail -1
  fi
  # urker: the corpus as it is, with the benchmark's site.yaml and the default theme.
  cp "$repo/bench/corpus-site.yaml" "$corpus/site.yaml"
  rm -rf "$corpus/themes" && mkdir -p "$corpus/themes" && cp -r "$repo/themes/default" "$corpus/themes/"
  (cd "$corpus" && "$shared/bench/make_hugo_site.sh" "$corpus" >/dev/null 2>&1 || true)
  echo "== $n materials ($(find "$corpus/content" -name '*.md' | wc -l) content files), $pairs pairs after a warm-up, sites written to $out_root"
  urker_cmd=("$urker" build --quiet --source "$corpus" --output "$out")
  hugo_cmd=(hugo --quiet -s "$corpus" -d "$out")
  rm -f "$work/urker.runs" "$work/hugo.runs"
  run_once urker "${urker_cmd[@]}"; run_once hugo "${hugo_cmd[@]}"   # warm-up: the file cache
  rm -f "$work/urker.runs" "$work/hugo.runs"
  for ((k = 0; k < pairs; k++)); do
    run_once urker "${urker_cmd[@]}"
    run_once hugo "${hugo_cmd[@]}"
  done
  report urker; report hugo
  echo "   Hugo / urker: wall $(echo "scale=2; $hugo_wall / $urker_wall" | bc)×, CPU $(echo "scale=2; $hugo_cpu / $urker_cpu" | bc)×," \
       "peak memory $(echo "scale=2; $hugo_rss / $urker_rss" | bc)×"
done
rm -rf "$out"
