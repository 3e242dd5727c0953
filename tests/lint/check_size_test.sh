#!/usr/bin/env bash
# Test of scripts/check-size itself: a tree with a 500-line file passes; one line more fails
# and names the file.
#   tests/lint/check_size_test.sh path/to/check-size
set -euo pipefail
checker=$(realpath "$1")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/src/render"
seq 500 > "$tmp/src/render/long_view.cpp"
"$checker" "$tmp" > "$tmp/out" || { echo "FAIL: 500 lines rejected"; cat "$tmp/out"; exit 1; }
echo 501 >> "$tmp/src/render/long_view.cpp"
if "$checker" "$tmp" > "$tmp/out"; then echo "FAIL: 501 lines accepted"; exit 1; fi
grep -q "src/render/long_view.cpp: 501 lines" "$tmp/out" || { echo "FAIL: offender not named"; cat "$tmp/out"; exit 1; }
echo "check-size self-test: ok"
