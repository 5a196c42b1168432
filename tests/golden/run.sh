#!/usr/bin/env bash
# Golden digests: the example portal and a generated corpus of 1 000 materials, built as of a fixed
# day, must give exactly the output recorded in tests/golden/*.digest (tests/golden/digest.py:
# per folder group, the number of files and a hash of their bytes). A refactoring that must not
# change the output (issue 10's typed model) is checked by it; a change that means to change the
# output updates the digests and says so in its commit:
#
#   tests/golden/run.sh build/urker . bench/gen_corpus.py            # check
#   tests/golden/run.sh build/urker . bench/gen_corpus.py --update   # record the current output
#
# The example is built from a copy outside any Git repository (so no page history from Git, which
# changes with every commit), both with --build-date 2026-12-01.
set -euo pipefail
urker="$(realpath "$1")"; repo="$(realpath "$2")"; generator="$3"; update="${4:-}"
[ -x "$urker" ] || { echo "golden: no urker binary at $1"; exit 1; }
[ -f "$generator" ] || { echo "golden: the corpus generator $generator is missing"; exit 1; }
here="$repo/tests/golden"
work="$(mktemp -d /tmp/urker-golden-XXXXXX)"
trap 'rm -rf "$work"' EXIT

mkdir "$work/example"
for entry in site.yaml content static themes templates; do
  [ -e "$repo/$entry" ] && cp -r "$repo/$entry" "$work/example/"
done
python3 "$generator" "$work/corpus-1000" 1000 >/dev/null
cp "$repo/bench/corpus-site.yaml" "$work/corpus-1000/site.yaml"

status=0
for site in example corpus-1000; do
  "$urker" build --quiet --build-date 2026-12-01 --source "$work/$site" --output "$work/out-$site" >"$work/$site.log" 2>&1 \
    || { echo "golden: the build of $site failed:"; tail -20 "$work/$site.log"; exit 1; }
  python3 "$here/digest.py" "$work/out-$site" > "$work/$site.digest"
  if [ "$update" = "--update" ]; then
    cp "$work/$site.digest" "$here/$site.digest"
    echo "golden: recorded $site ($(wc -l < "$here/$site.digest") groups)"
  elif ! diff -u "$here/$site.digest" "$work/$site.digest" > "$work/$site.diff"; then
    echo "golden: the output of $site differs from tests/golden/$site.digest in these groups:"
    grep '^[-+][^-+]' "$work/$site.diff" | sed 's/^/  /'
    echo "  If the change is meant, record it: tests/golden/run.sh build/urker . bench/gen_corpus.py --update"
    status=1
  else
    echo "golden: $site is as recorded ($(wc -l < "$here/$site.digest") groups)"
  fi
done
exit $status
