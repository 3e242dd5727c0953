#!/usr/bin/python3
"""Peer implementation of `fardeau simulate` in vectorised NumPy (Debian python3-numpy).

Same model, same inputs: the parameters file `fardeau simulate ... --export-params FILE`
writes (docs/methodology.md, "Monte Carlo"). Draws come from NumPy's generator, so the
figures agree with fardeau's statistically (within Monte Carlo error), not bit for bit.

    /usr/bin/python3 bench/peers/simulate_numpy.py PARAMS.json [PATHS] > result.json
"""
import json
import sys

import numpy as np

CHUNK = 20000  # paths per vectorised step (bounded memory: ~50 MB per array)


def main():
    params = json.load(open(sys.argv[1]))
    paths = int(sys.argv[2]) if len(sys.argv) > 2 else int(params["paths"])
    allies = params["allies"]
    n, h = len(allies), int(params["horizon_years"])
    pct0 = np.array([a["pct0"] for a in allies])
    spend0 = np.array([a["spend_current0_m"] for a in allies])
    mu_g = np.array([a["mean_growth"] for a in allies])
    sd_g = np.array([a["sd_growth"] for a in allies])
    mu_d = np.array([a["mean_deflator"] for a in allies])
    sd_d = np.array([a["sd_deflator"] for a in allies])
    plan = np.array([a["plan_pct"] for a in allies])  # (n, h + 1)
    k = np.arange(h + 1)
    trend = (1.0 + mu_g)[:, None] ** k[None, :]
    plan_real = trend * plan / pct0[:, None]
    trend, plan_real = trend[:, 1:], plan_real[:, 1:]
    rho_g, rho_d = params["rho_growth"], params["rho_deflator"]
    lg, ig, ld, idd = np.sqrt(rho_g), np.sqrt(1 - rho_g), np.sqrt(rho_d), np.sqrt(1 - rho_d)
    thr = params["target_pct"] - 0.005 - 1e-9
    fmin, fmax = params["factor_min"], params["factor_max"]
    us = params["us_index"]
    rng = np.random.default_rng(params["seed"])

    meet = np.zeros((n, h), dtype=np.int64)
    totals = np.empty((paths, h))
    shares = np.empty((paths, h)) if us >= 0 else None
    done = 0
    while done < paths:
        c = min(CHUNK, paths - done)
        fg = lg * rng.standard_normal((c, 1, h))
        fd = ld * rng.standard_normal((c, 1, h))
        x = np.clip(params["execution_mean"] + params["execution_sd"] * rng.standard_normal((c, n)),
                    0.0, params["execution_max"])
        g = mu_g[None, :, None] + sd_g[None, :, None] * (fg + ig * rng.standard_normal((c, n, h)))
        d = mu_d[None, :, None] + sd_d[None, :, None] * (fd + idd * rng.standard_normal((c, n, h)))
        real = np.cumprod(np.clip(1.0 + g, fmin, fmax), axis=2)
        price = np.cumprod(np.clip(1.0 + d, fmin, fmax), axis=2)
        spend_real = trend[None] + x[:, :, None] * (plan_real - trend)[None]
        pct = pct0[None, :, None] * spend_real / real
        meet += (pct >= thr).sum(axis=0)
        spend = spend0[None, :, None] * spend_real * price
        tot = spend.sum(axis=1)
        totals[done:done + c] = tot
        if us >= 0:
            shares[done:done + c] = spend[:, us, :] / tot * 100.0
        done += c

    qs = [5, 25, 50, 75, 95]
    years = []
    for j in range(h):
        y = {"year": params["base_year"] + j + 1,
             "total_usd_m": dict(zip(["p05", "p25", "p50", "p75", "p95"],
                                     np.percentile(totals[:, j], qs).round(3).tolist())),
             "mean_total_usd_m": round(float(totals[:, j].mean()), 3),
             "sd_total_usd_m": round(float(totals[:, j].std(ddof=1)), 3)}
        if us >= 0:
            y["us_share_pct"] = dict(zip(["p05", "p25", "p50", "p75", "p95"],
                                         np.percentile(shares[:, j], qs).round(4).tolist()))
        years.append(y)
    prob = meet / paths
    out = {"peer": "numpy " + np.__version__, "paths": paths, "seed": params["seed"],
           "years": years,
           "allies": [{"iso3": a["iso3"], "prob_meets": prob[i].round(6).tolist(),
                       "se": np.sqrt(prob[i] * (1 - prob[i]) / paths).round(6).tolist()}
                      for i, a in enumerate(allies)]}
    json.dump(out, sys.stdout, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
