#!/usr/bin/env bash
# One call per ally-year, as an analyst's shell loop would: `fardeau compliance --year Y
# --group ISO3` for the 32 allies x 13 years (2014-2026) of nato-2026, i.e. 416 calls.
# With any other program as the first argument the same loop runs it with the same
# arguments (bench/report_process.sh runs it with /usr/bin/true, for the cost of the loop).
#   bench/compliance_loop.sh [path/to/fardeau]
set -euo pipefail
bin=${1:-build/release/apps/cli/fardeau}
here=$(dirname "$0")
mapfile -t allies < <(tail -n +2 "$here/../data/nato_members.csv" | cut -d, -f1)
for iso3 in "${allies[@]}"; do
  for year in {2014..2026}; do
    "$bin" compliance --year "$year" --group "$iso3" >/dev/null
  done
done
