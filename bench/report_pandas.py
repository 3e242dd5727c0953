#!/usr/bin/python3
"""The script an analyst would write with pandas for `fardeau report` (the headline
figures of one year of the nato-2026 edition): allies that year, how many meet 2% and 3.5%
of GDP and 20% on equipment (NATO's rule: the value rounded to two decimals), NATO's totals,
the US share, and the five highest and lowest % of GDP. It reads the same CSV that fardeau
embeds. A peer for bench/report_process.sh, not part of fardeau.

    /usr/bin/python3 bench/report_pandas.py [YEAR]      (Debian: apt-get install python3-pandas)
"""
import pathlib
import sys

import pandas as pd

DATA = pathlib.Path(__file__).resolve().parent.parent / "data"
year = int(sys.argv[1]) if len(sys.argv) > 1 else 2026

values = pd.read_csv(DATA / "nato_2026_edition_long.csv")
members = pd.read_csv(DATA / "nato_members.csv")
allies = members[members["accession_year"] <= year]

wide = values[values["year"] == year].pivot(index="iso3", columns="indicator", values="value")
reporting = wide.loc[wide.index.intersection(allies["iso3"])]
names = allies.set_index("iso3")["country"]
pct = reporting["defexp_pct_gdp"].dropna().round(2)


def meeting(series, target):
    hit = series[series.round(2) >= target].sort_values(ascending=False)
    return f"{len(hit)} of {len(series)}: " + (", ".join(names[hit.index]) or "none")


total = wide.loc["NATO_TOTAL"]
print(f"NATO burden-sharing report, {year} (nato-2026)")
print(f"Allies as of {year}: {len(allies)}; reporting: {len(pct)}")
print("2% of GDP:       ", meeting(pct, 2.0))
print("3.5% of GDP:     ", meeting(pct, 3.5))
print("20% on equipment:", meeting(reporting["equipment_share_pct"].dropna(), 20.0))
print(f"NATO total, current US$: ${total['defexp_usd_current_m'] / 1000:,.1f} bn")
print(f"US share (current US$): {100 * wide.loc['USA', 'defexp_usd_current_m'] / total['defexp_usd_current_m']:.1f}%")
ranked = pct.sort_values(ascending=False)
print("Highest % of GDP:", ", ".join(f"{names[k]} {v:.2f}" for k, v in ranked.head(5).items()))
print("Lowest % of GDP: ", ", ".join(f"{names[k]} {v:.2f}" for k, v in ranked.tail(5)[::-1].items()))
