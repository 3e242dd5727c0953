#!/bin/sh
# Whole-process comparison of `fardeau simulate` with the NumPy peer, same model and
# inputs: fardeau exports its parameters, both run PATHS paths, and this prints both
# wall times, paths per second and their ratio, and a few figures side by side.
#   bench/peers/compare.sh [PATHS] [THREADS]     (default 1000000 paths, 2 threads)
# Needs the release build (build/release/apps/cli/fardeau) and Debian's python3-numpy;
# the peer runs with /usr/bin/python3 (Debian's), not whatever python is on PATH.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
fardeau=${FARDEAU:-$root/build/release/apps/cli/fardeau}
paths=${1:-1000000}
threads=${2:-2}
args="--preset hague-2035 --seed 1"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

"$fardeau" simulate $args --paths 1000 --export-params "$tmp/params.json" --format json >/dev/null

now() { date +%s.%N; }
t0=$(now)
"$fardeau" simulate $args --paths "$paths" --threads "$threads" --format json >"$tmp/fardeau.json"
t1=$(now)
/usr/bin/python3 "$here/simulate_numpy.py" "$tmp/params.json" "$paths" >"$tmp/numpy.json"
t2=$(now)

/usr/bin/python3 - "$tmp/fardeau.json" "$tmp/numpy.json" "$t0" "$t1" "$t2" "$paths" "$threads" <<'PY'
import json, sys
f, n = json.load(open(sys.argv[1])), json.load(open(sys.argv[2]))
t0, t1, t2 = map(float, sys.argv[3:6])
paths, threads = int(sys.argv[6]), sys.argv[7]
tf, tn = t1 - t0, t2 - t1
print(f"paths: {paths}, allies: {len(f['allies'])}, years: {len(f['years']) - 1}")
print(f"fardeau ({threads} threads): {tf:8.2f} s  {paths / tf:12,.0f} paths/s")
print(f"numpy ({n['peer']}): {tn:8.2f} s  {paths / tn:12,.0f} paths/s")
print(f"ratio (fardeau / numpy paths per second): {tn / tf:.1f}x")
fy, ny = f["years"][-1], n["years"][-1]
print(f"\nhorizon {fy['year']}            fardeau        numpy")
for q in ["p05", "p50", "p95"]:
    print(f"total {q} (US$ bn)   {fy['total_usd_m'][q] / 1000:10.1f}   {ny['total_usd_m'][q] / 1000:10.1f}")
for q in ["p05", "p50", "p95"]:
    print(f"US share {q} (%)     {fy['us_share_pct'][q]:10.2f}   {ny['us_share_pct'][q]:10.2f}")
worst = 0.0
for fa, na in zip(f["allies"], n["allies"]):
    p1, s1 = fa["years"][-1]["prob_meets"], fa["years"][-1]["se"]
    p2, s2 = na["prob_meets"][-1], na["se"][-1]
    se = (s1 * s1 + s2 * s2) ** 0.5
    if se > 0:
        worst = max(worst, abs(p1 - p2) / se)
print(f"largest gap between the two P(meets) at the horizon: {worst:.2f} standard errors")
PY
