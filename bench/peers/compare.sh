#!/bin/sh
# Whole-process comparison of `fardeau simulate` with the NumPy peer, same model and
# inputs: fardeau exports its parameters, both run PATHS paths, and this prints both
# wall times, paths per second and their ratio, and a few figures side by side.
#   bench/peers/compare.sh [PATHS] [THREADS] [SEED]   (default 1000000 paths, 2 threads, seed 1)
# Needs the release build (build/release/apps/cli/fardeau) and Debian's python3-numpy;
# the peer runs with /usr/bin/python3 (Debian's), not whatever python is on PATH.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
fardeau=${FARDEAU:-$root/build/release/apps/cli/fardeau}
paths=${1:-1000000}
threads=${2:-2}
seed=${3:-1}
args="--preset hague-2035 --by 2036 --seed $seed"  # 31 allies x 10 years
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

"$fardeau" simulate $args --paths 1000 --export-params "$tmp/params.json" --format json >/dev/null

/usr/bin/python3 - "$fardeau" "$here/simulate_numpy.py" "$tmp" "$paths" "$threads" "$args" <<'PY'
import json, resource, subprocess, sys, time
fardeau, peer, tmp, paths, threads, args = sys.argv[1:7]
paths = int(paths)

def run(cmd, out):
    """Wall time and CPU time (user + sys of the child) of one whole process."""
    r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.monotonic()
    with open(out, "w") as f:
        subprocess.run(cmd, stdout=f, check=True)
    wall = time.monotonic() - t0
    r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (r1.ru_utime - r0.ru_utime) + (r1.ru_stime - r0.ru_stime)

tf, cf = run([fardeau, "simulate", *args.split(), "--paths", str(paths), "--threads", threads,
              "--format", "json"], tmp + "/fardeau.json")
tn, cn = run(["/usr/bin/python3", peer, tmp + "/params.json", str(paths)], tmp + "/numpy.json")
f, n = json.load(open(tmp + "/fardeau.json")), json.load(open(tmp + "/numpy.json"))
print(f"paths: {paths}, allies: {len(f['allies'])}, years simulated: {len(f['years']) - 1}")
print(f"fardeau ({threads} threads): wall {tf:7.2f} s  cpu {cf:7.2f} s  {paths / tf:12,.0f} paths/s")
print(f"numpy ({n['peer']}):   wall {tn:7.2f} s  cpu {cn:7.2f} s  {paths / tn:12,.0f} paths/s")
print(f"ratio of paths per second (wall): {tn / tf:.1f}x;  of CPU time: {cn / cf:.1f}x")
fy, ny = f["years"][-1], n["years"][-1]
print(f"\nhorizon {fy['year']}            fardeau        numpy")
for q in ["p05", "p50", "p95"]:
    print(f"total {q} (US$ bn)   {fy['total_usd_m'][q] / 1000:10.1f}   {ny['total_usd_m'][q] / 1000:10.1f}")
for q in ["p05", "p50", "p95"]:
    print(f"US share {q} (%)     {fy['us_share_pct'][q]:10.2f}   {ny['us_share_pct'][q]:10.2f}")
# Agreement within Monte Carlo error: means of the total (standard error of the
# difference from NumPy's spread of the totals) and probabilities ally by ally.
m1, m2, sd = fy["total_usd_m"]["mean"], ny["mean_total_usd_m"], ny["sd_total_usd_m"]
print(f"total mean (US$ bn)  {m1 / 1000:10.1f}   {m2 / 1000:10.1f}"
      f"   ({(m1 - m2) / (sd * (2.0 / paths) ** 0.5):+.2f} standard errors)")
zs = []
for fa, na in zip(f["allies"], n["allies"]):
    p1, s1 = fa["years"][-1]["prob_meets"], fa["years"][-1]["se"]
    p2, s2 = na["prob_meets"][-1], na["se"][-1]
    se = (s1 * s1 + s2 * s2) ** 0.5
    if se > 0:
        zs.append((p1 - p2) / se)
print(f"P(meets) at the horizon, {len(zs)} allies with 0 < p < 1: largest gap "
      f"{max(map(abs, zs)):.2f} standard errors, sum of squared gaps {sum(z * z for z in zs):.1f} "
      f"(about {len(zs)} expected if they agree)")
PY
