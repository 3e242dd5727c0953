#!/usr/bin/python3
"""Reference values for fardeau's statistics kernels (src/analysis), computed with SciPy.

Run with Debian's interpreter, which has python3-scipy and python3-numpy:

    /usr/bin/python3 tests/reference/stats/make_reference.py

It writes tests/reference/stats/scipy_reference.json next to this file. The JSON is committed;
tests/unit/analysis/statistics_test.cpp reads it and checks every kernel against it. The file
records the SciPy and NumPy versions and the date it was generated.

Cases:
  (a) textbook examples, with ties and zero differences (SciPy documentation examples,
      Darwin's Zea mays data as used by Fisher 1935, and small synthetic sets labelled so);
  (b) real fardeau inputs from the embedded data (SIPRI Military Expenditure Database,
      1949-2024 edition, and the GDP and population implied by it): the NATO allies as of
      2014 and 2024 (members whose accession year is <= the year; Iceland excluded: it has no
      armed forces), GDP (gdp_usd_current_m_implied) vs burden (milex_pct_gdp), the
      Olson-Zeckhauser exploitation test; plus a small-n case (n = 8: the eight largest allied
      economies in 2024) where exact p-values apply.

What SciPy computes directly: spearmanr (t approximation), kendalltau ('exact' and
'asymptotic'), wilcoxon ('exact' and 'approx', with and without continuity correction),
permutation_test (exact Spearman permutation p-values for n <= 10), rankdata, and the t,
normal and chi-square distributions. What is written here with NumPy, following the formulas
in docs/methodology.md ("Statistics"): partial Spearman correlations, Kendall's W, HHI and Gini.
"""

import csv
import datetime
import itertools
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
OUT = HERE / "scipy_reference.json"

SPEARMAN_EXACT_MAX_N = 10   # same cutoff as fardeau::analysis::kSpearmanExactMaxN
KENDALL_EXACT_MAX_N = 33    # SciPy's 'auto' rule for kendalltau
WILCOXON_EXACT_MAX_N = 50   # SciPy's 'auto' rule for wilcoxon

ALTERNATIVES = ("greater", "less", "two-sided")
P_KEYS = {"greater": "greater", "less": "less", "two-sided": "two_sided"}


def floats(values):
    return [float(v) for v in values]


# --------------------------------------------------------------------------------------------
# Real inputs
# --------------------------------------------------------------------------------------------

def load_long_csv(path, indicators):
    out = {}
    with open(path, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if row["indicator"] in indicators and row["value"] not in ("", None):
                out[(row["iso3"], int(row["year"]), row["indicator"])] = float(row["value"])
    return out


def load_members():
    with open(DATA / "nato_members.csv", newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def allies_as_of(members, year):
    """As-of NATO members with armed forces (Iceland excluded), sorted by ISO3 code."""
    return sorted(m["iso3"] for m in members
                  if int(m["accession_year"]) <= year and m["has_armed_forces"] == "1")


def real_inputs(year, members, milex, implied):
    codes = allies_as_of(members, year)
    rows = []
    for c in codes:
        rows.append({
            "iso3": c,
            "gdp_usd_current_m": implied[(c, year, "gdp_usd_current_m_implied")],
            # SIPRI publishes no per-capita figure for Turkiye, hence no implied population.
            "population_m": implied.get((c, year, "population_m_implied")),
            "milex_pct_gdp": milex[(c, year, "milex_pct_gdp")],
            "milex_usd_current_m": milex[(c, year, "milex_usd_current_m")],
            "accession_year": float(next(int(m["accession_year"]) for m in members
                                         if m["iso3"] == c)),
        })
    return rows


def column(rows, key):
    return [r[key] for r in rows]


def shares(values):
    v = np.asarray(values, dtype=float)
    return floats(v / v.sum())


# --------------------------------------------------------------------------------------------
# Kernels computed with SciPy / NumPy
# --------------------------------------------------------------------------------------------

def has_ties(v):
    return len(set(v)) != len(v)


def tie_groups(v):
    _, counts = np.unique(np.asarray(v, dtype=float), return_counts=True)
    return [int(c) for c in counts if c > 1]


def ranks_case(name, source, x):
    return {"name": name, "source": source, "x": floats(x),
            "ranks": floats(stats.rankdata(x)), "tie_group_sizes": tie_groups(x)}


def spearman_exact_enumeration(x, y):
    """All n! pairings, by brute force (cross-check of permutation_test for n <= 8)."""
    rx = stats.rankdata(x)
    ry = stats.rankdata(y)
    obs = float(np.dot(rx, ry))
    perms = np.array(list(itertools.permutations(range(len(y)))), dtype=np.int8)
    s = (ry[perms] * rx).sum(axis=1)
    tol = 1e-9
    ge = np.count_nonzero(s >= obs - tol) / len(s)
    le = np.count_nonzero(s <= obs + tol) / len(s)
    return {"greater": ge, "less": le, "two_sided": min(1.0, 2 * min(ge, le))}


def spearman_exact_scipy(x, y):
    """SciPy's exact permutation test (all n! pairings) on Spearman's rho.

    Ranking commutes with permuting, so the ranks of x are permuted and the statistic is
    Pearson's r of those with the (fixed) ranks of y: that is Spearman's rho of each pairing.
    """
    rx = stats.rankdata(x)
    ry = stats.rankdata(y)
    ryc = ry - ry.mean()

    def statistic(rxp, axis):
        rxc = rxp - rxp.mean(axis=axis, keepdims=True)
        return (rxc * ryc).sum(axis=axis) / np.sqrt((rxc ** 2).sum(axis=axis) * (ryc ** 2).sum())

    out = {}
    for alt in ALTERNATIVES:
        res = stats.permutation_test((rx,), statistic, permutation_type="pairings",
                                     vectorized=True, n_resamples=np.inf, alternative=alt,
                                     batch=400000)
        out[P_KEYS[alt]] = float(res.pvalue)
    return out


def spearman_case(name, source, x, y):
    x, y = floats(x), floats(y)
    n = len(x)
    case = {"name": name, "source": source, "x": x, "y": y, "n": n,
            "rho": float(stats.spearmanr(x, y).statistic),
            "p_t": {P_KEYS[a]: float(stats.spearmanr(x, y, alternative=a).pvalue)
                    for a in ALTERNATIVES}}
    if n <= SPEARMAN_EXACT_MAX_N:
        exact = spearman_exact_scipy(x, y)
        if n <= 8:
            brute = spearman_exact_enumeration(x, y)
            for k in exact:
                assert abs(exact[k] - brute[k]) < 1e-12, (name, k, exact[k], brute[k])
        case["p_exact"] = exact
        case["auto_method"] = "exact"
    else:
        case["auto_method"] = "t"
    return case


def kendall_case(name, source, x, y):
    x, y = floats(x), floats(y)
    n = len(x)
    tau = float(stats.kendalltau(x, y).statistic)
    case = {"name": name, "source": source, "x": x, "y": y, "n": n, "tau": tau,
            "p_asymptotic": {P_KEYS[a]: float(stats.kendalltau(x, y, method="asymptotic",
                                                               alternative=a).pvalue)
                             for a in ALTERNATIVES}}
    ties = has_ties(x) or has_ties(y)
    if not ties:
        case["p_exact"] = {P_KEYS[a]: float(stats.kendalltau(x, y, method="exact",
                                                             alternative=a).pvalue)
                           for a in ALTERNATIVES}
    # SciPy's 'auto' rule: exact without ties when n <= 33 (or the observed count is extreme).
    auto = {P_KEYS[a]: float(stats.kendalltau(x, y, method="auto", alternative=a).pvalue)
            for a in ALTERNATIVES}
    if not ties and n <= KENDALL_EXACT_MAX_N:
        case["auto_method"] = "exact"
        assert auto == case["p_exact"], name
    else:
        case["auto_method"] = "normal"
        assert ties or auto == case["p_asymptotic"], name
    return case


def partial_spearman_case(name, source, x, y, controls):
    """rho_12.3... by the recursive formula on Spearman rhos; t with n - 2 - k df."""
    x, y = floats(x), floats(y)
    controls = [floats(c) for c in controls]
    variables = [x, y] + controls
    m = len(variables)
    r = np.empty((m, m))
    for i in range(m):
        for j in range(m):
            r[i, j] = 1.0 if i == j else stats.spearmanr(variables[i], variables[j]).statistic

    def partial(i, j, given):
        if not given:
            return r[i, j]
        z, rest = given[-1], given[:-1]
        rij, riz, rjz = partial(i, j, rest), partial(i, z, rest), partial(j, z, rest)
        return (rij - riz * rjz) / math.sqrt((1 - riz ** 2) * (1 - rjz ** 2))

    k = len(controls)
    n = len(x)
    rho = partial(0, 1, list(range(2, m)))
    df = n - 2 - k
    t = rho * math.sqrt(df / ((1 + rho) * (1 - rho)))
    return {"name": name, "source": source, "x": x, "y": y, "controls": controls, "n": n,
            "k": k, "df": df, "rho": float(rho), "t": float(t),
            "rho_zero_order": float(r[0, 1]),
            "p_t": {"greater": float(stats.t.sf(t, df)), "less": float(stats.t.cdf(t, df)),
                    "two_sided": float(2 * stats.t.sf(abs(t), df))}}


def wilcoxon_case(name, source, x, y):
    x, y = floats(x), floats(y)
    d = np.asarray(x) - np.asarray(y)
    nz = d[d != 0]
    n_zero = int(np.sum(d == 0))
    count = int(len(nz))
    r = stats.rankdata(np.abs(nz))
    r_plus = float(np.sum(r[nz > 0]))
    r_minus = float(np.sum(r[nz < 0]))
    ties = has_ties(list(np.abs(nz)))
    case = {"name": name, "source": source, "x": x, "y": y, "n": len(x), "n_nonzero": count,
            "n_zero": n_zero, "has_ties": ties, "r_plus": r_plus, "r_minus": r_minus,
            "statistic": min(r_plus, r_minus)}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for corr in (False, True):
            key = "p_normal_corrected" if corr else "p_normal"
            case[key] = {}
            for a in ALTERNATIVES:
                res = stats.wilcoxon(x, y, zero_method="wilcox", correction=corr,
                                     alternative=a, method="approx")
                case[key][P_KEYS[a]] = float(res.pvalue)
                if a == "two-sided":
                    assert res.statistic == case["statistic"], name
                else:
                    assert res.statistic == r_plus, name
        if n_zero == 0 and not ties and count <= WILCOXON_EXACT_MAX_N:
            case["p_exact"] = {P_KEYS[a]: float(stats.wilcoxon(x, y, alternative=a,
                                                                method="exact").pvalue)
                               for a in ALTERNATIVES}
            case["auto_method"] = "exact"
        else:
            # Note: SciPy 1.10's method='auto' keeps the exact distribution when there are ties
            # but no zeros (and truncates r_plus to an integer). fardeau switches to the normal
            # approximation with tie correction instead, so the reference is method='approx'.
            case["auto_method"] = "normal"
    return case


def kendall_w_case(name, source, ratings):
    """Kendall's W with the tie correction; chi-square = m (n - 1) W with n - 1 df."""
    ratings = [floats(r) for r in ratings]
    a = np.asarray(ratings)
    m, n = a.shape
    ranks = np.vstack([stats.rankdata(row) for row in a])
    col = ranks.sum(axis=0)
    s = float(np.sum((col - col.mean()) ** 2))
    t = 0.0
    for row in a:
        _, counts = np.unique(row, return_counts=True)
        t += float(np.sum(counts ** 3 - counts))
    w = 12.0 * s / (m ** 2 * (n ** 3 - n) - m * t)
    chi2 = m * (n - 1) * w
    return {"name": name, "source": source, "ratings": ratings, "m": m, "n": n,
            "w": w, "chi_square": chi2, "df": n - 1,
            "p_value": float(stats.chi2.sf(chi2, n - 1))}


def concentration_case(name, source, values):
    v = np.asarray(floats(values))
    n = len(v)
    s = v / v.sum()
    hhi = float(np.sum(s ** 2))
    # Gini: mean absolute difference over all ordered pairs / (2 * mean).
    gini = float(np.abs(v[:, None] - v[None, :]).sum() / (2.0 * n * n * v.mean()))
    return {"name": name, "source": source, "values": floats(v), "n": n,
            "hhi": hhi, "hhi_points": float(np.sum((100.0 * s) ** 2)),
            "hhi_normalized": (hhi - 1.0 / n) / (1.0 - 1.0 / n),
            "equivalent_number": 1.0 / hhi,
            "gini": gini, "gini_corrected": gini * n / (n - 1)}


# --------------------------------------------------------------------------------------------

def main():
    warnings.simplefilter("error", RuntimeWarning)
    members = load_members()
    milex = load_long_csv(DATA / "sipri_milex_1949_2024_long.csv",
                          {"milex_pct_gdp", "milex_usd_current_m"})
    implied = load_long_csv(DATA / "sipri_implied_gdp_population_nato.csv",
                            {"gdp_usd_current_m_implied", "population_m_implied"})

    sipri = ("SIPRI Military Expenditure Database 1949-2024 (data/sipri_milex_1949_2024_long.csv)"
             " and implied GDP/population (data/sipri_implied_gdp_population_nato.csv)")
    real = {y: real_inputs(y, members, milex, implied) for y in (2014, 2024)}
    top8 = sorted(sorted(real[2024], key=lambda r: -r["gdp_usd_current_m"])[:8],
                  key=lambda r: r["iso3"])
    assert len(real[2014]) == 27 and len(real[2024]) == 31 and len(top8) == 8

    ref = {
        "generator": "tests/reference/stats/make_reference.py",
        "generated_on": datetime.date.today().isoformat(),
        "python_version": platform.python_version(),
        "scipy_version": scipy.__version__,
        "numpy_version": np.__version__,
        "notes": ("p-value keys: greater = H1 positive association (or x > y), less = H1 "
                  "negative, two_sided = min(1, 2 min(greater, less)) for exact "
                  "distributions, 2 P(|Z| >= |z|) for t/normal approximations."),
        "real_inputs": {str(y): {"iso3": column(rows, "iso3"),
                                 "source": sipri + f", NATO allies as of {y}, Iceland excluded"}
                        for y, rows in real.items()},
        "ranks": [], "spearman": [], "kendall": [], "partial_spearman": [],
        "wilcoxon": [], "kendall_w": [], "concentration": [],
    }
    ref["real_inputs"]["top8_2024"] = {
        "iso3": column(top8, "iso3"),
        "source": sipri + ", the eight largest allied economies in 2024 (implied GDP)"}

    # ---- ranks ------------------------------------------------------------------------------
    ref["ranks"] += [
        ranks_case("no ties", "synthetic", [3.5, -1.0, 2.0, 10.0, 0.0]),
        ranks_case("ties", "synthetic", [2, 7, 2, 5, 7, 7, 1, 5, 0.5, 2]),
        ranks_case("all equal", "synthetic", [4, 4, 4, 4]),
        ranks_case("burden 2024", "SIPRI 2024", column(real[2024], "milex_pct_gdp")),
    ]

    # ---- Spearman --------------------------------------------------------------------------
    ref["spearman"] += [
        spearman_case("scipy docs (tie in y)",
                      "SciPy 1.10 spearmanr documentation example",
                      [1, 2, 3, 4, 5], [5, 6, 7, 8, 7]),
        spearman_case("ties in x and y, n=10", "synthetic",
                      [1, 2, 2, 4, 5, 5, 5, 8, 9, 10], [2, 1, 4, 4, 3, 7, 6, 9, 9, 8]),
        spearman_case("no ties, n=9, negative", "synthetic",
                      [3.1, 0.2, 5.5, 4.4, 1.0, 9.9, 7.7, 2.2, 6.6],
                      [5.0, 9.0, 2.0, 4.0, 8.0, 0.5, 1.0, 7.0, 3.5]),
        spearman_case("ties, n=14", "synthetic",
                      [1, 1, 2, 3, 3, 3, 4, 5, 6, 6, 7, 8, 9, 10],
                      [2, 3, 1, 5, 5, 4, 7, 6, 9, 8, 8, 10, 12, 11]),
    ]
    for y, rows in real.items():
        ref["spearman"].append(spearman_case(
            f"SIPRI {y}: GDP vs milex % GDP (n={len(rows)})",
            ref["real_inputs"][str(y)]["source"],
            column(rows, "gdp_usd_current_m"), column(rows, "milex_pct_gdp")))
    ref["spearman"].append(spearman_case(
        "SIPRI 2024 top-8 economies: GDP vs milex % GDP (n=8)",
        ref["real_inputs"]["top8_2024"]["source"],
        column(top8, "gdp_usd_current_m"), column(top8, "milex_pct_gdp")))

    # ---- Kendall ---------------------------------------------------------------------------
    ref["kendall"] += [
        kendall_case("scipy docs (ties in x and y)",
                     "SciPy 1.10 kendalltau documentation example",
                     [12, 2, 1, 12, 2], [1, 4, 7, 1, 0]),
        kendall_case("no ties, n=10", "synthetic",
                     [3.1, 0.2, 5.5, 4.4, 1.0, 9.9, 7.7, 2.2, 6.6, 8.8],
                     [5.0, 9.0, 2.0, 4.0, 8.0, 0.5, 1.0, 7.0, 3.5, 6.0]),
        kendall_case("ties, n=14", "synthetic",
                     [1, 1, 2, 3, 3, 3, 4, 5, 6, 6, 7, 8, 9, 10],
                     [2, 3, 1, 5, 5, 4, 7, 6, 9, 8, 8, 10, 12, 11]),
        kendall_case("perfect concordance, n=6", "synthetic",
                     [1, 2, 3, 4, 5, 6], [10, 20, 30, 40, 50, 60]),
    ]
    for y, rows in real.items():
        ref["kendall"].append(kendall_case(
            f"SIPRI {y}: GDP vs milex % GDP (n={len(rows)})",
            ref["real_inputs"][str(y)]["source"],
            column(rows, "gdp_usd_current_m"), column(rows, "milex_pct_gdp")))
    ref["kendall"].append(kendall_case(
        "SIPRI 2024 top-8 economies: GDP vs milex % GDP (n=8)",
        ref["real_inputs"]["top8_2024"]["source"],
        column(top8, "gdp_usd_current_m"), column(top8, "milex_pct_gdp")))
    # n > 33 without ties: SciPy and fardeau use the normal approximation.
    rng = np.random.default_rng(20140905)  # Wales summit date as a seed
    xs = rng.permutation(40).astype(float) + 0.5
    ys = xs + rng.normal(0.0, 12.0, 40)
    ref["kendall"].append(kendall_case("no ties, n=40", "synthetic (seeded)", xs, ys))

    # ---- partial Spearman ------------------------------------------------------------------
    # Controls in the spirit of Sandler & Murdoch (2000): GDP per capita, then also the
    # accession year (a crude stand-in for their exposed-border variable; it has many ties).
    # Only allies with an implied population (all but Turkiye) enter.
    for y, rows in real.items():
        rows = [r for r in rows if r["population_m"] is not None]
        gdp = column(rows, "gdp_usd_current_m")
        burden = column(rows, "milex_pct_gdp")
        gdp_pc = [g / p for g, p in zip(gdp, column(rows, "population_m"))]
        accession = column(rows, "accession_year")
        src = ref["real_inputs"][str(y)]["source"] + "; Turkiye excluded (no population)"
        ref["partial_spearman"].append(partial_spearman_case(
            f"SIPRI {y}: GDP vs milex % GDP | GDP per capita (n={len(rows)})", src, gdp,
            burden, [gdp_pc]))
        ref["partial_spearman"].append(partial_spearman_case(
            f"SIPRI {y}: GDP vs milex % GDP | GDP per capita, accession year (n={len(rows)})",
            src, gdp, burden, [gdp_pc, accession]))
    ref["partial_spearman"].append(partial_spearman_case(
        "ties, n=10, one control", "synthetic",
        [1, 2, 2, 4, 5, 5, 5, 8, 9, 10], [2, 1, 4, 4, 3, 7, 6, 9, 9, 8],
        [[3, 1, 2, 2, 6, 5, 4, 9, 7, 8]]))

    # ---- Wilcoxon --------------------------------------------------------------------------
    darwin = [6, 8, 14, 16, 23, 24, 28, 29, 41, -48, 49, 56, 60, -67, 75]
    ref["wilcoxon"] += [
        wilcoxon_case("Darwin Zea mays (n=15)",
                      "Darwin (1876) via Fisher (1935) Design of Experiments; height "
                      "differences cross- minus self-fertilised, eighths of an inch; the "
                      "SciPy 1.10 wilcoxon documentation example", darwin, [0] * len(darwin)),
        wilcoxon_case("zeros and ties (n=14)", "synthetic",
                      [10, 12, 9, 14, 11, 15, 13, 8, 16, 12, 10, 17, 11, 9],
                      [10, 10, 11, 11, 11, 12, 10, 11, 12, 10, 12, 12, 10, 12]),
        wilcoxon_case("ties, no zeros (n=9)", "synthetic",
                      [1.5, 2.0, 3.0, 2.5, 4.0, 1.0, 3.5, 5.0, 2.0],
                      [1.0, 1.0, 2.0, 3.0, 3.0, 2.0, 2.5, 3.0, 4.0]),
    ]
    for label, rows in (("2014", real[2014]), ("2024", real[2024]), ("top8_2024", top8)):
        me_share = shares(column(rows, "milex_usd_current_m"))
        gdp_share = shares(column(rows, "gdp_usd_current_m"))
        ref["wilcoxon"].append(wilcoxon_case(
            f"SIPRI {label}: share of allied milex vs share of allied GDP (n={len(rows)})",
            ref["real_inputs"][label]["source"], me_share, gdp_share))

    # ---- Kendall's W -----------------------------------------------------------------------
    ref["kendall_w"] += [
        kendall_w_case("3 raters x 6 objects, ties", "synthetic",
                       [[1, 2, 3, 4, 5, 6], [2, 1, 3, 3, 6, 5], [1, 3, 2, 5, 4, 4]]),
        kendall_w_case("4 raters x 5 objects, no ties", "synthetic",
                       [[5, 4, 3, 2, 1], [4, 5, 3, 1, 2], [5, 3, 4, 2, 1], [1, 2, 3, 4, 5]]),
    ]
    for label, rows in (("2014", real[2014]), ("2024", real[2024])):
        src = ref["real_inputs"][label]["source"]
        ref["kendall_w"].append(kendall_w_case(
            f"SIPRI {label}: shares of milex and GDP (m=2, n={len(rows)})", src,
            [shares(column(rows, "milex_usd_current_m")),
             shares(column(rows, "gdp_usd_current_m"))]))
        rows = [r for r in rows if r["population_m"] is not None]
        ref["kendall_w"].append(kendall_w_case(
            f"SIPRI {label}: shares of milex, GDP, population (m=3, n={len(rows)})",
            src + "; Turkiye excluded (no population)",
            [shares(column(rows, "milex_usd_current_m")),
             shares(column(rows, "gdp_usd_current_m")),
             shares(column(rows, "population_m"))]))

    # ---- concentration ---------------------------------------------------------------------
    ref["concentration"] += [
        concentration_case("1..5", "synthetic", [1, 2, 3, 4, 5]),
        concentration_case("equal shares", "synthetic", [25, 25, 25, 25]),
        concentration_case("one holds all", "synthetic", [0, 0, 0, 7]),
    ]
    for label, rows in (("2014", real[2014]), ("2024", real[2024])):
        src = ref["real_inputs"][label]["source"]
        ref["concentration"].append(concentration_case(
            f"SIPRI {label}: milex current USD m (n={len(rows)})", src,
            column(rows, "milex_usd_current_m")))
        ref["concentration"].append(concentration_case(
            f"SIPRI {label}: milex % GDP (n={len(rows)})", src, column(rows, "milex_pct_gdp")))

    text = json.dumps(ref, indent=1, allow_nan=False)
    OUT.write_text(text + "\n", encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}: scipy {scipy.__version__}, numpy {np.__version__}, "
          f"python {platform.python_version()} ({sys.executable})")
    for key in ("ranks", "spearman", "kendall", "partial_spearman", "wilcoxon", "kendall_w",
                "concentration"):
        print(f"  {key}: {len(ref[key])} cases")


if __name__ == "__main__":
    main()
