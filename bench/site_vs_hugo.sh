#!/usr/bin/env bash
# urker vs Hugo on the same generated corpus (bench/gen_corpus.py; the Hugo site from ../shared/bench): same content/ folder, fresh output
# folders, one warm-up run then 3 timed runs each; prints wall time, user+sys and peak memory.
#
#   bench/site_vs_hugo.sh [N ...]        default: 1000
# Needs: build/urker (scripts/setup), hugo (apt-get install hugo), GNU time (apt-get install time),
# the corpus generator's dictionaries (apt-get install hunspell-ru hunspell-kk hunspell-tools).
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
shared="${URKER_SHARED:-$repo/../shared}"
work="${URKER_BENCH_DIR:-$repo/build/bench}"
urker="$repo/build/urker"
sizes=("$@"); [ ${#sizes[@]} -gt 0 ] || sizes=(1000)
command -v hugo >/dev/null || { echo "bench: hugo is not installed (apt-get install hugo)" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "bench: GNU time is not installed (apt-get install time)" >&2; exit 2; }
mkdir -p "$work"

measure() {  # label, command...: 1 warm-up + 3 runs; prints the median wall time and the runs
  local label="$1"; shift
  local walls=() rss=() cpu=()
  for run in 0 1 2 3; do
    rm -rf "$work/out"
    /usr/bin/time -f "%e %U %S %M" -o "$work/time.txt" "$@" >/dev/null 2>"$work/stderr.txt" || { cat "$work/stderr.txt"; exit 1; }
    read -r wall user sys maxrss < "$work/time.txt"
    [ $run = 0 ] && continue
    walls+=("$wall"); cpu+=("$(echo "$user + $sys" | bc)"); rss+=("$((maxrss / 1024))")
  done
  local median; median=$(printf '%s\n' "${walls[@]}" | sort -n | sed -n 2p)
  printf '%-8s wall %5ss (runs %s)  user+sys %ss  peak RSS %s MiB  files %s\n' "$label" "$median" "${walls[*]}" "${cpu[*]}" "${rss[*]}" \
    "$(find "$work/out" -type f | wc -l)"
  echo "$median"  > "$work/$label.median"
}

for n in "${sizes[@]}"; do
  corpus="$work/corpus-$n"
  if [ ! -d "$corpus/content" ]; then
    python3 "$repo/bench/gen_corpus.py" "$corpus" "$n" | tail -1
  fi
  # urker: the corpus as it is, with a minimal site.yaml and the default theme.
  cp "$repo/bench/corpus-site.yaml" "$corpus/site.yaml"
title: "Benchmark corpus"
base_url: "https://bench.example.kz/"
language: ru
languages: [ru, kk]
paginate: 50
taxonomies: [tags, subject]
kinds:
  member:
    extra_keys: [city]   # the corpus's members name their city
YAML
  rm -rf "$corpus/themes" && mkdir -p "$corpus/themes" && cp -r "$repo/themes/default" "$corpus/themes/"
  (cd "$corpus" && "$shared/bench/make_hugo_site.sh" "$corpus" >/dev/null 2>&1 || true)
  echo "== $n materials ($(find "$corpus/content" -name '*.md' | wc -l) content files)"
  measure urker "$urker" build --quiet --source "$corpus" --output "$work/out"
  measure hugo hugo --quiet -s "$corpus" -d "$work/out"
  u=$(cat "$work/urker.median"); h=$(cat "$work/hugo.median")
  echo "   ratio: Hugo / urker = $(echo "scale=2; $h / $u" | bc)"
done
