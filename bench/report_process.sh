#!/usr/bin/env bash
# Whole-process timing of fardeau from a cold start (a new process each run), side by
# side with /usr/bin/true (the cost of starting any program) and with the pandas script an
# analyst would write (bench/report_pandas.py, Debian python3-pandas). Needs hyperfine
# (Debian package `hyperfine`). Targets (issue 16): `report` at most 2x /usr/bin/true and at
# least 100x faster than pandas; `report --vintage sipri-2025` at most 3x /usr/bin/true;
# 416 `compliance` calls in a shell loop at most 2x the same loop of /usr/bin/true.
# Prints, for each command, mean ± sd, median, min and median / the first command's median.
#   bench/report_process.sh [path/to/fardeau]
set -euo pipefail
bin=${1:-build/release/apps/cli/fardeau}
here=$(dirname "$0")
command -v hyperfine >/dev/null || { echo "install hyperfine (apt-get install hyperfine)" >&2; exit 1; }
json=$(mktemp)
trap 'rm -f "$json"' EXIT

table() {  # hyperfine's JSON -> a Markdown table relative to the first command
  /usr/bin/python3 - "$json" <<'PY'
import json, sys
rows = json.load(open(sys.argv[1]))["results"]
base = rows[0]["median"]
print("| command | mean ± σ (ms) | median (ms) | min (ms) | median / first |")
print("|---|---:|---:|---:|---:|")
for r in rows:
    print(f"| `{r['command']}` | {r['mean']*1e3:.2f} ± {r['stddev']*1e3:.2f} | "
          f"{r['median']*1e3:.2f} | {r['min']*1e3:.2f} | {r['median']/base:.2f} |")
PY
}

pandas=()
if /usr/bin/python3 -c 'import pandas' 2>/dev/null; then
  pandas=("/usr/bin/python3 $here/report_pandas.py")
else
  echo "python3-pandas is not installed: the pandas peer is left out" >&2
fi
date -u; uptime
hyperfine -N --style none --warmup 5 --runs 50 --export-json "$json" \
  "/usr/bin/true" \
  "$bin --version" \
  "$bin report" \
  "$bin report --year 2018 --lang fr" \
  "$bin report --vintage nato-2019 --year 2019 --format json" \
  "$bin report --vintage sipri-2025 --year 2024" \
  "$bin trend --vintage nato-2019 --from 2016 --to 2018" \
  "${pandas[@]}" >/dev/null
table
uptime
# 416 calls per run: fewer runs.
hyperfine -N --style none --warmup 1 --runs 10 --export-json "$json" \
  "bash $here/compliance_loop.sh /usr/bin/true" \
  "bash $here/compliance_loop.sh $bin" >/dev/null
table
uptime
