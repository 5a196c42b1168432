#!/usr/bin/env bash
# Builds the example portal and checks every HTML page with the Nu Html Checker (vnu.jar).
set -euo pipefail
urker="$1"; repo="$2"; vnu="$3"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
"$urker" build --quiet --source "$repo" --output "$out/site"
mapfile -t pages < <(find "$out/site" -name '*.html' | sort)
echo "checking ${#pages[@]} pages with vnu"
java -jar "$vnu" --errors-only --format gnu "${pages[@]}"
echo "html: ${#pages[@]} passed, 0 failed"
