#!/usr/bin/env bash
# Whole-process timing of `fardeau report` from a cold start (a new process each run),
# for several years and editions. Needs hyperfine (Debian package `hyperfine`).
#   bench/report_process.sh [path/to/fardeau]
set -euo pipefail
bin=${1:-build/release/apps/cli/fardeau}
command -v hyperfine >/dev/null || { echo "install hyperfine (apt-get install hyperfine)" >&2; exit 1; }
hyperfine -N --warmup 5 --runs 50 --export-markdown /dev/stdout \
  "$bin report" \
  "$bin report --year 2018 --lang fr" \
  "$bin report --vintage nato-2019 --year 2019 --format json" \
  "$bin report --vintage sipri-2025 --year 2024" \
  "$bin trend --vintage nato-2019 --from 2016 --to 2018"
