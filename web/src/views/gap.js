// Gaps: the dollars each ally below a target would add that year.
import { api } from '../api.js';
import { state, t } from '../state.js';
import { $, chart, cite, allyName, COLORS, setCsvSource } from '../ui.js';
import { fmtPct, fmtUsdBn } from '../i18n.js';

export async function render(tk) {
  const tx = t();
  const d = await api('gap', { year: state.gapYear, target: state.target }, tk);
  const rows = d.rows.filter((r) => r.gap_usd_m > 0).sort((a, b) => a.gap_usd_m - b.gap_usd_m);
  const tgt = fmtPct(state.lang, d.target_pct);
  $('gap-summary').textContent = tx.gapSummary(d.count_below, fmtUsdBn(state.lang, d.total_gap_usd_m), tgt, d.year);
  (await chart('chart-gap')).setOption({
    aria: { enabled: true },
    title: { text: tx.gapChart(tgt, d.year), left: 'center', textStyle: { fontSize: 14 } },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v) => fmtUsdBn(state.lang, v) },
    grid: { left: 8, right: 40, top: 40, bottom: 24, containLabel: true },
    xAxis: { type: 'value', axisLabel: { formatter: (v) => fmtUsdBn(state.lang, v).replace(/[.,]0(?=\D*$)/, ''), rotate: 30 } },
    yAxis: { type: 'category', data: rows.map((r) => allyName(r.iso3, r.name) + (r.estimate ? ' (e)' : '')),
      axisLabel: { fontSize: 11 } },
    series: [{ type: 'bar', name: tx.cols.gap, data: rows.map((r) => ({ value: r.gap_usd_m,
      itemStyle: { color: r.estimate ? COLORS.estimate : COLORS.bar } })) }],
  }, true);
  setCsvSource('chart-gap', d.vintage.id, ['gap', { year: d.year, target: state.target }]);
  $('chart-gap').dataset.state = `${d.vintage.id}|${d.year}|${d.target_pct}|${rows.length}`;
  cite('cite-gap', d.vintage);
}
