#!/usr/bin/env bash
# Whole-process timing of `fardeau import` (a new process and a new store each run): the
# real SIPRI workbook and a NATO-layout workbook generated from the embedded 2026 edition
# (written by store_cli_test into the build tree). Needs hyperfine.
#   bench/import_process.sh [path/to/fardeau]
set -euo pipefail
bin=${1:-build/release/apps/cli/fardeau}
sipri=tests/fixtures/raw/SIPRI-Milex-data-1949-2024_2.xlsx
nato=build/release/tests/store/def-exp-2026-en.generated.xlsx
db=$(mktemp -u /tmp/fardeau-import-bench-XXXXXX.sqlite)
command -v hyperfine >/dev/null || { echo "install hyperfine (apt-get install hyperfine)" >&2; exit 1; }
[ -f "$nato" ] || { echo "run store_cli_test first (it writes $nato)" >&2; exit 1; }
hyperfine -N --warmup 2 --runs 20 --prepare "rm -f $db" --export-markdown /dev/stdout \
  "$bin import $sipri --db $db" \
  "$bin import $nato --db $db" \
  "$bin import $sipri --db $db --source sipri"
# The same file again (already in the store: read, hash, parse, no write).
"$bin" import "$sipri" --db "$db" >/dev/null
hyperfine -N --warmup 2 --runs 20 --export-markdown /dev/stdout "$bin import $sipri --db $db"
rm -f "$db"
