// The year view's chart as an ECharts option, from the API's compliance answer: no page
// needed, so that the web build draws the same chart in Node (build.mjs pre-renders the
// default view as SVG, shown until the live chart replaces it).
import { TEXT, fmtPct } from '../i18n.js';
import { COLORS, TARGET_LINES } from '../palette.js';

/// The rows drawn (reporting allies, highest on top) and the option; name(iso3, fallback):
/// the ally's name in `lang`.
export function yearOption(d, lang, name) {
  const rows = d.rows.filter((r) => r.value_pct != null).reverse();  // highest on top
  const tx = TEXT[lang];
  const option = {
    aria: { enabled: true },
    title: { text: tx.yearChart(d.year), left: 'center', textStyle: { fontSize: 14 } },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' },
      formatter: (p) => `${p[0].name}: ${fmtPct(lang, p[0].value)}` },
    grid: { left: 8, right: 40, top: 60, bottom: 24, containLabel: true },
    xAxis: { type: 'value', max: (v) => Math.max(5.5, Math.ceil(v.max)),
      axisLabel: { formatter: (v) => fmtPct(lang, v, 1) } },
    yAxis: { type: 'category', data: rows.map((r) => name(r.iso3, r.name) + (r.estimate ? ' (e)' : '')),
      axisLabel: { fontSize: 11 } },
    series: [{
      type: 'bar', name: tx.cols.pct_gdp,
      data: rows.map((r) => ({ value: r.value_pct,
        itemStyle: { color: r.estimate ? COLORS.estimate : COLORS.bar } })),
      markLine: { symbol: 'none', silent: true, lineStyle: { type: 'dashed', color: COLORS.line },
        label: { formatter: (p) => fmtPct(lang, p.value, 1), position: 'end' },
        data: TARGET_LINES.map((x) => ({ xAxis: x })) },
    }],
  };
  return { rows, option };
}
