// Year view: allies ranked by % of GDP, the 2%, 3.5% and 5% lines, estimates marked.
import { api } from '../api.js';
import { state, t } from '../state.js';
import { $, chart, cite, allyName, COLORS, TARGET_LINES, setCsvSource } from '../ui.js';
import { fmtPct } from '../i18n.js';

export async function render(tk) {
  const d = await api('compliance', { year: state.year }, tk);
  const rows = d.rows.filter((r) => r.value_pct != null).reverse();  // highest on top
  const missing = d.rows.filter((r) => r.value_pct == null).map((r) => allyName(r.iso3, r.name));
  const tx = t();
  $('year-summary').textContent = tx.yearSummary(d.count_meeting, d.members, d.year,
    fmtPct(state.lang, d.target_pct)) + (missing.length ? tx.notReporting(missing.join(', ')) : '') +
    (rows.some((r) => r.estimate) ? ' ' + tx.estimateNote : '');
  const c = await chart('chart-year');
  c.setOption({
    aria: { enabled: true },
    title: { text: tx.yearChart(d.year), left: 'center', textStyle: { fontSize: 14 } },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' },
      formatter: (p) => `${p[0].name}: ${fmtPct(state.lang, p[0].value)}` },
    grid: { left: 8, right: 40, top: 60, bottom: 24, containLabel: true },
    xAxis: { type: 'value', max: (v) => Math.max(5.5, Math.ceil(v.max)),
      axisLabel: { formatter: (v) => fmtPct(state.lang, v, 1) } },
    yAxis: { type: 'category', data: rows.map((r) => allyName(r.iso3, r.name) + (r.estimate ? ' (e)' : '')),
      axisLabel: { fontSize: 11 } },
    series: [{
      type: 'bar', name: tx.cols.pct_gdp,
      data: rows.map((r) => ({ value: r.value_pct,
        itemStyle: { color: r.estimate ? COLORS.estimate : COLORS.bar } })),
      markLine: { symbol: 'none', silent: true, lineStyle: { type: 'dashed', color: COLORS.line },
        label: { formatter: (p) => fmtPct(state.lang, p.value, 1), position: 'end' },
        data: TARGET_LINES.map((x) => ({ xAxis: x })) },
    }],
  }, true);
  setCsvSource('chart-year', d.vintage.id, ['compliance', { year: d.year }]);
  $('chart-year').dataset.state = `${d.vintage.id}|${d.year}|${rows.length}`;
  $('chart-year').setAttribute('aria-label', tx.yearChart(d.year));
  cite('cite-year', d.vintage);
}
