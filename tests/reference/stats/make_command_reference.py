#!/usr/bin/python3
"""Reference values for `fardeau stats ...` (src/service/stats.cpp), computed with SciPy from
the data files directly, independently of fardeau's loaders and kernels.

Run with Debian's interpreter, which has python3-scipy and python3-numpy:

    /usr/bin/python3 tests/reference/stats/make_command_reference.py

It writes tests/reference/stats/command_reference.json next to this file; the JSON is committed
and tests/unit/service/stats_test.cpp checks the service against it (one golden CLI case,
tests/cli/cases/stats_exploitation_sipri_2014_json, shows the same figures).

Inputs, as the commands define them (docs/methodology.md, "Statistics"):
  * allies: NATO members as of the year (accession year <= year), Iceland excluded (no armed
    forces), and any member without the values needed;
  * sipri-2025: GDP = gdp_usd_current_m_implied, burden = milex_pct_gdp (SIPRI's published
    share), spending = milex_usd_current_m, population (thousands) = 1000 x
    population_m_implied;
  * nato-2026: GDP = gdp_usd_current_m (Table 5, current prices), burden = defexp_pct_gdp
    (Table 3, as published), spending = defexp_usd_current_m (Table 2), population
    (thousands) = gdp_usd_const2021_m / gdp_per_capita_const2021_kusd (Tables 5 and 6);
  * GDP per capita (US$) = GDP / population x 1000.

Tests: Spearman rho (exact permutation p for n <= 10, else spearmanr's t), Kendall tau-b
(kendalltau method='auto'), partial Spearman rho holding GDP per capita constant (t test with
n - 3 df), Wilcoxon signed-rank of spending shares against benefit shares (exact when no ties,
no zeros and n <= 50, else the normal approximation without continuity correction), Kendall's
W of the two rankings, HHI and Gini of spending, share ratios.
"""

import csv
import datetime
import json
import math
import platform
import sys
import warnings
from pathlib import Path

import numpy as np
import scipy
from scipy import stats

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
DATA = ROOT / "data"
OUT = HERE / "command_reference.json"
sys.path.insert(0, str(HERE))
from make_reference import spearman_exact_scipy  # noqa: E402  (same exact permutation test)

MIN_ALLIES = 5

EDITIONS = {
    "sipri-2025": {
        "files": ["sipri_milex_1949_2024_long.csv", "sipri_implied_gdp_population_nato.csv"],
        "gdp": "gdp_usd_current_m_implied", "burden": "milex_pct_gdp",
        "spending": "milex_usd_current_m",
        "source": "SIPRI Military Expenditure Database 1949-2024 (sipri_milex_1949_2024_long.csv) "
                  "and the GDP and population implied by it "
                  "(sipri_implied_gdp_population_nato.csv)",
    },
    "nato-2026": {
        "files": ["nato_2026_edition_long.csv"],
        "gdp": "gdp_usd_current_m", "burden": "defexp_pct_gdp",
        "spending": "defexp_usd_current_m",
        "source": "NATO, Defence Investment of NATO Countries (2014-2026), July 2026 edition "
                  "(nato_2026_edition_long.csv): Tables 2, 3, 5 and 6",
    },
}


def load(edition):
    values = {}
    for name in EDITIONS[edition]["files"]:
        with open(DATA / name, newline="", encoding="utf-8") as f:
            for row in csv.DictReader(f):
                if row["value"] not in ("", None):
                    values[(row["iso3"], int(row["year"]), row["indicator"])] = float(row["value"])
    return values


def population_k(edition, values, iso3, year):
    if edition == "sipri-2025":
        p = values.get((iso3, year, "population_m_implied"))
        return None if p is None else p * 1000.0
    g = values.get((iso3, year, "gdp_usd_const2021_m"))
    pc = values.get((iso3, year, "gdp_per_capita_const2021_kusd"))
    return None if g is None or not pc else g / pc


def members(year):
    with open(DATA / "nato_members.csv", newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    return sorted((r["iso3"], r["has_armed_forces"] == "1") for r in rows
                  if int(r["accession_year"]) <= year)


def t_tails(rho, df):
    t = rho * math.sqrt(df / ((1 + rho) * (1 - rho)))
    return {"greater": float(stats.t.sf(t, df)), "two_sided": float(2 * stats.t.sf(abs(t), df))}


def exploitation(edition, values, year):
    ed = EDITIONS[edition]
    kept, excluded = [], []
    for iso3, forces in members(year):
        g = values.get((iso3, year, ed["gdp"]))
        b = values.get((iso3, year, ed["burden"]))
        if not forces or g is None or b is None or g <= 0:
            excluded.append(iso3)
            continue
        p = population_k(edition, values, iso3, year)
        kept.append((iso3, g, b, None if p is None or p <= 0 else g / p * 1000.0))
    n = len(kept)
    assert n >= MIN_ALLIES, (edition, year, n)
    gdp = [k[1] for k in kept]
    burden = [k[2] for k in kept]
    rho = float(stats.spearmanr(gdp, burden).statistic)
    if n <= 10:
        exact = spearman_exact_scipy(gdp, burden)
        rho_p = {"greater": exact["greater"], "two_sided": exact["two_sided"]}
        rho_method = "exact"
    else:
        rho_p = {"greater": float(stats.spearmanr(gdp, burden, alternative="greater").pvalue),
                 "two_sided": float(stats.spearmanr(gdp, burden).pvalue)}
        rho_method = "t"
    ties = len(set(gdp)) < n or len(set(burden)) < n
    tau = stats.kendalltau(gdp, burden, alternative="greater", method="auto")
    tau2 = stats.kendalltau(gdp, burden, alternative="two-sided", method="auto")
    case = {
        "vintage": edition, "year": year, "source": ed["source"],
        "iso3": [k[0] for k in kept], "excluded": excluded, "n": n,
        "rho": rho, "rho_p_one_sided": rho_p["greater"], "rho_p_two_sided": rho_p["two_sided"],
        "rho_method": rho_method,
        "tau": float(tau.statistic), "tau_p_one_sided": float(tau.pvalue),
        "tau_p_two_sided": float(tau2.pvalue),
        "tau_method": "exact" if (not ties and n <= 33) else "normal",
    }
    # Partial rho_12.3: GDP (1), burden (2), GDP per capita (3), on the allies with population.
    part = [k for k in kept if k[3] is not None]
    case["partial_excluded"] = [k[0] for k in kept if k[3] is None]
    if len(part) >= MIN_ALLIES:
        x, y, z = ([k[i] for k in part] for i in (1, 2, 3))
        r12 = stats.spearmanr(x, y).statistic
        r13 = stats.spearmanr(x, z).statistic
        r23 = stats.spearmanr(y, z).statistic
        pr = float((r12 - r13 * r23) / math.sqrt((1 - r13 ** 2) * (1 - r23 ** 2)))
        tails = t_tails(pr, len(part) - 3)
        case["partial"] = {"n": len(part), "df": len(part) - 3, "rho": pr,
                           "p_one_sided": tails["greater"], "p_two_sided": tails["two_sided"]}
    else:
        case["partial"] = None
    return case


def shares_pct(v):
    v = np.asarray(v, dtype=float)
    return [float(x) for x in v / v.sum() * 100.0]


def concordance(edition, values, year, benefit):
    ed = EDITIONS[edition]
    need_gdp = benefit != "population"
    need_pop = benefit != "gdp"
    kept, excluded = [], []
    for iso3, forces in members(year):
        s = values.get((iso3, year, ed["spending"]))
        g = values.get((iso3, year, ed["gdp"]))
        p = population_k(edition, values, iso3, year)
        if (not forces or s is None or (need_gdp and (g is None or g <= 0))
                or (need_pop and (p is None or p <= 0))):
            excluded.append(iso3)
            continue
        kept.append((iso3, s, g, p))
    spend = shares_pct([k[1] for k in kept])
    gdp = shares_pct([k[2] for k in kept]) if need_gdp else None
    pop = shares_pct([k[3] for k in kept]) if need_pop else None
    ben = gdp if benefit == "gdp" else pop if benefit == "population" else \
        [(a + b) / 2.0 for a, b in zip(gdp, pop)]
    d = np.asarray(spend) - np.asarray(ben)
    nz = d[d != 0]
    ties = len(set(np.abs(nz))) < len(nz)
    exact = (len(nz) == len(d)) and not ties and len(nz) <= 50
    method = "exact" if exact else "approx"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        w1 = stats.wilcoxon(spend, ben, alternative="greater", method=method)
        w2 = stats.wilcoxon(spend, ben, alternative="two-sided", method=method)
    r = stats.rankdata(np.abs(nz))
    # Kendall's W of m = 2 rankings (spending shares, benefit shares), tie-corrected.
    a = np.vstack([stats.rankdata(spend), stats.rankdata(ben)])
    m, n = a.shape
    col = a.sum(axis=0)
    s_ = float(np.sum((col - col.mean()) ** 2))
    tcorr = 0.0
    for row in (spend, ben):
        _, counts = np.unique(np.asarray(row), return_counts=True)
        tcorr += float(np.sum(counts ** 3 - counts))
    w = 12.0 * s_ / (m ** 2 * (n ** 3 - n) - m * tcorr)
    chi2 = m * (n - 1) * w
    return {"vintage": edition, "year": year, "benefit": benefit, "source": ed["source"],
            "iso3": [k[0] for k in kept], "excluded": excluded, "n": len(kept),
            "defexp_share_pct": dict(zip([k[0] for k in kept], spend)),
            "benefit_share_pct": dict(zip([k[0] for k in kept], ben)),
            "r_plus": float(np.sum(r[nz > 0])), "r_minus": float(np.sum(r[nz < 0])),
            "wilcoxon_p_one_sided": float(w1.pvalue), "wilcoxon_p_two_sided": float(w2.pvalue),
            "wilcoxon_method": "exact" if exact else "normal",
            "kendall_w": w, "chi_square": chi2, "kendall_w_p": float(stats.chi2.sf(chi2, n - 1)),
            "count_above": int(np.sum(d > 0))}


def concentration(edition, values, year):
    ed = EDITIONS[edition]
    kept = [(iso3, values[(iso3, year, ed["spending"])]) for iso3, forces in members(year)
            if forces and (iso3, year, ed["spending"]) in values]
    v = np.asarray([k[1] for k in kept])
    n = len(v)
    s = v / v.sum()
    gini = float(np.abs(v[:, None] - v[None, :]).sum() / (2.0 * n * n * v.mean()))
    us = [100.0 * x for (iso3, _), x in zip(kept, s) if iso3 == "USA"]
    return {"vintage": edition, "year": year, "source": ed["source"], "n": n,
            "hhi_points": float(np.sum((100.0 * s) ** 2)), "gini": gini,
            "us_share_pct": us[0] if us else None}


def fair_share(edition, values, year, by):
    ed = EDITIONS[edition]
    kept = []
    for iso3, forces in members(year):
        s = values.get((iso3, year, ed["spending"]))
        b = values.get((iso3, year, ed["gdp"])) if by == "gdp" else \
            population_k(edition, values, iso3, year)
        if forces and s is not None and b is not None:
            kept.append((iso3, s, b))
    sp = shares_pct([k[1] for k in kept])
    bs = shares_pct([k[2] for k in kept])
    return {"vintage": edition, "year": year, "by": by, "source": ed["source"], "n": len(kept),
            "ratio": {k[0]: a / b for k, a, b in zip(kept, sp, bs)}}


def main():
    warnings.simplefilter("error", RuntimeWarning)
    data = {e: load(e) for e in EDITIONS}
    ref = {
        "generator": "tests/reference/stats/make_command_reference.py",
        "generated_on": datetime.date.today().isoformat(),
        "python_version": platform.python_version(),
        "scipy_version": scipy.__version__,
        "numpy_version": np.__version__,
        "exploitation": [exploitation("sipri-2025", data["sipri-2025"], y)
                         for y in (1951, 1970, 2014, 2024)] +
                        [exploitation("nato-2026", data["nato-2026"], y) for y in (2014, 2024)],
        "concordance": [concordance(e, data[e], 2024, b)
                        for e in ("sipri-2025", "nato-2026")
                        for b in ("gdp", "population", "mixed")],
        "concentration": [concentration("sipri-2025", data["sipri-2025"], y) for y in (1970, 2024)]
                         + [concentration("nato-2026", data["nato-2026"], 2024)],
        "fair_share": [fair_share("nato-2026", data["nato-2026"], 2024, "gdp"),
                       fair_share("sipri-2025", data["sipri-2025"], 2024, "population")],
    }
    OUT.write_text(json.dumps(ref, indent=1, allow_nan=False) + "\n", encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}: scipy {scipy.__version__}, numpy {np.__version__}")
    for c in ref["exploitation"]:
        part = c["partial"]
        print(f"  exploitation {c['vintage']} {c['year']}: n={c['n']} rho={c['rho']:.4f} "
              f"p={c['rho_p_one_sided']:.4f} ({c['rho_method']}) tau={c['tau']:.4f} "
              f"p={c['tau_p_one_sided']:.4f} partial="
              + (f"{part['rho']:.4f} p={part['p_one_sided']:.4f} n={part['n']}" if part else "-"))
    for c in ref["concordance"]:
        print(f"  concordance {c['vintage']} {c['year']} {c['benefit']}: n={c['n']} "
              f"R+={c['r_plus']} p1={c['wilcoxon_p_one_sided']:.4g} "
              f"p2={c['wilcoxon_p_two_sided']:.4g} W={c['kendall_w']:.4f}")


if __name__ == "__main__":
    main()
