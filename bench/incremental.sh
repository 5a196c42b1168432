#!/usr/bin/env bash
# Rebuilds with the build cache (.urker-cache/, docs/benchmarks.md "Incremental builds"): a generated
# corpus (bench/gen_corpus.py, seed 1) is built from a cold cache into a fresh folder (REPS times, the
# median printed), then edited the ways teachers and webmasters edit a portal and rebuilt into the
# same folder after each edit, as `urker build` is run day to day. Each kind of edit is made REPS
# times (default 3, each on another material) and the median rebuild time is printed beside the full
# build's. At the end the site is built afresh from a copy of the edited source (no cache) and
# compared with the rebuilt one, file by file: the numbers mean nothing if the rebuilt site is not
# the same.
#
#   bench/incremental.sh [N ...]          default: 1000
#   REPS=5 URKER_BENCH_DIR=/tmp/bench bench/incremental.sh 1000 10000
#
# The sites are written to a folder in memory (URKER_BENCH_OUT, default /dev/shm/urker-bench), as
# bench/site_vs_hugo.sh does and for the same reason: the full builds delete and make tens of
# thousands of files, whose cost on this project's disks grows with every run before.
# Needs: build/urker (scripts/setup), GNU time, bc, the corpus generator's dictionaries.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="${URKER_BENCH_DIR:-$repo/build/bench}"
urker="$repo/build/urker"
reps="${REPS:-3}"
sizes=("$@"); [ ${#sizes[@]} -gt 0 ] || sizes=(1000)
[ -x /usr/bin/time ] || { echo "bench: GNU time is not installed (apt-get install time)" >&2; exit 2; }
out_root="${URKER_BENCH_OUT:-}"
if [ -z "$out_root" ]; then
  if [ -d /dev/shm ] && [ -w /dev/shm ]; then out_root=/dev/shm/urker-bench; else out_root="$work"; fi
fi
mkdir -p "$work" "$out_root"

median() { sort -n | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }

build() {  # prints "wall pages_from_cache pages" (the pages of this build: the edits add and remove some)
  /usr/bin/time -f "%e" -o "$work/time.txt" "$urker" build --lang en --build-date 2026-12-01 --source "$src" --output "$out" \
    >"$work/log.txt" 2>"$work/stderr.txt" || { tail -20 "$work/stderr.txt"; exit 1; }
  local cached pages
  cached=$(grep -o '[0-9,]* pages\? made from the same values' "$work/log.txt" | tr -d ',' | cut -d' ' -f1 || true)
  pages=$(grep -o 'Built [0-9,]* pages' "$work/log.txt" | tr -d ',' | cut -d' ' -f2 || true)
  # Nothing changed since the last build (site/up_to_date.h): every page stays, none is looked at.
  grep -q '^Up to date:' "$work/log.txt" && cached=all
  echo "$(tail -1 "$work/time.txt") ${cached:-0} ${pages:-?}"
}

material() { ls "$src/content/materials" | grep -v '^_index' | sed -n "$1p"; }

for n in "${sizes[@]}"; do
  corpus="$work/corpus-$n"
  if [ ! -d "$corpus/content" ]; then
    python3 "$repo/bench/gen_corpus.py" "$corpus" "$n" | tail -1
  fi
  here="$work/incremental-$n"
  src="$here/src"; out="$out_root/incremental-$n/public"; fresh_out="$out_root/incremental-$n/fresh-public"
  rm -rf "$here" "$out_root/incremental-$n" && mkdir -p "$src" "$out_root/incremental-$n"
  cp -r "$corpus/content" "$src/"
  cp "$repo/bench/corpus-site.yaml" "$src/site.yaml"
  mkdir -p "$src/themes" && cp -r "$repo/themes/default" "$src/themes/"
  pages_total=0
  echo "== $n materials ($(find "$src/content" -name '*.md' | wc -l) content files), $reps edits of each kind"
  # The full build REPS times too, each cold (no cache, a fresh folder): on a VM the first build
  # after a pause pays for the host handing memory back, and one run would make every share small.
  rm -f "$work/edit.runs"
  for ((k = 1; k <= reps; k++)); do
    rm -rf "$out" "$src/.urker-cache"
    read -r wall cached pages < <(build)
    echo "$wall" >> "$work/edit.runs"
  done
  full=$(median < "$work/edit.runs")
  pages_total=$(grep -o 'Built [0-9,]* pages' "$work/log.txt" | tr -d ',' | cut -d' ' -f2)
  printf '%-34s %7ss   %s pages   (runs: %s)\n' "full build (cold cache)" "$full" "$pages_total" "$(tr '\n' ' ' < "$work/edit.runs")"

  edit_body()     { echo "Дополнение после обсуждения на семинаре, правка $1." >> "$src/content/materials/$(material "$((10 + $1))")"; }
  edit_title()    { sed -i "0,/^title: \"/s//title: \"Исправлено $1: /" "$src/content/materials/$(material "$((20 + $1))")"; }
  # A new material is written the day it is added (the build's date); one added with an old date
  # (a teacher's earlier work put online) is a kind of its own: the search numbers its documents in
  # date order (render/search_index.cpp), so it renumbers those after it, as a deletion does.
  edit_new()      { sed -e "0,/^title: \"/s//title: \"Новый материал $1: /" -e "0,/^date: .*/s//date: 2026-12-01/" \
                      "$src/content/materials/$(material "$((30 + $1))")" > "$src/content/materials/zz-new-$1.md"; }
  edit_new_dated_back() { sed "0,/^title: \"/s//title: \"Старый материал $1: /" "$src/content/materials/$(material "$((35 + $1))")" \
                      > "$src/content/materials/zz-old-$1.md"; }
  edit_delete()   { rm "$src/content/materials/$(material "$((40 + $1))")"; }
  # A page depends on the templates it used: the material page's template renders the materials'
  # pages again (20 000 at 10 000 materials, with their Kazakh views), base.html every page.
  edit_template() { sed -i "0,/<div class=\"container\"[^>]*>/s//<div class=\"container\" data-edit=\"$1\">/" \
                      "$src/themes/default/templates/materials/page.html"; }
  edit_base_template() { sed -i "s/<body \(data-edit=\"[0-9]*\" \)\?class=\"/<body data-edit=\"$1\" class=\"/" \
                           "$src/themes/default/templates/base.html"; }
  edit_none()     { :; }

  for kind in none body title new new_dated_back delete template base_template; do
    rm -f "$work/edit.runs"
    for ((k = 1; k <= reps; k++)); do
      "edit_$kind" "$k"
      read -r wall cached pages < <(build)
      echo "$wall $cached $pages" >> "$work/edit.runs"
    done
    wall=$(cut -d' ' -f1 "$work/edit.runs" | median)
    # The most common count, with the pages of the build it came from.
    read -r cached pages < <(cut -d' ' -f2,3 "$work/edit.runs" | sort | uniq -c | sort -rn | head -1 | awk '{print $2, $3}')
    [ "$cached" = all ] && pages=$pages_total
    printf '%-34s %7ss   %5.1f %% of the full build, %s of %s pages from the cache   (runs: %s)\n' "rebuild after: $kind" "$wall" \
      "$(echo "100 * $wall / $full" | bc -l)" "$cached" "$pages" "$(cut -d' ' -f1 "$work/edit.runs" | tr '\n' ' ')"
  done

  # The rebuilt site must be the site a clean build makes of the same source.
  rm -rf "$here/fresh-src" "$fresh_out"
  cp -r "$src" "$here/fresh-src" && rm -rf "$here/fresh-src/.urker-cache"
  "$urker" build --quiet --build-date 2026-12-01 --source "$here/fresh-src" --output "$fresh_out" >/dev/null 2>&1
  if diff -r -q "$out" "$fresh_out" >"$work/diff.txt"; then
    echo "identical to a clean build of the edited source: yes"
  else
    echo "identical to a clean build of the edited source: NO"; head "$work/diff.txt"; exit 1
  fi
  rm -rf "$out_root/incremental-$n"
done
