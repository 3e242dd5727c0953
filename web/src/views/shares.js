// Shares: the United States against the other allies over time, up to the timeline's year
// (a trend needs two years: the slider starts at the edition's second).
import { api } from '../api.js';
import { state, t } from '../state.js';
import { $, chart, cite, COLORS, setCsvSource } from '../ui.js';
import { fmtPct, fmtUsdBn } from '../i18n.js';

export async function render(tk) {
  const tx = t();
  const nato = { group: 'nato', basis: state.basis, ...(state.sharesYear ? { to: state.sharesYear } : {}) };
  const usa = { ...nato, group: 'USA' };
  // The US spending and share come with each point of NATO's trend (computed by the engine).
  const all = await api('trend', nato, tk);
  const pts = all.points.filter((p) => p.defexp_usd_m != null && p.us_share_pct != null);
  const years = pts.map((p) => String(p.year) + (p.estimate ? 'e' : ''));
  const usVals = pts.map((p) => p.us_defexp_usd_m);
  const restVals = pts.map((p) => p.defexp_usd_m - p.us_defexp_usd_m);
  const shareVals = pts.map((p) => p.us_share_pct);
  const basisLabel = state.basis === 'current' ? tx.current
    : `${tx.constant}${all.price_base_year ? ' ' + all.price_base_year : ''}`;
  const narrow = $('chart-shares').clientWidth < 560;  // the title on two lines
  if (pts.length)
    $('shares-summary').textContent = tx.sharesSummary(pts[pts.length - 1].year,
      fmtPct(state.lang, shareVals[shareVals.length - 1], 1));
  (await chart('chart-shares')).setOption({
    aria: { enabled: true },
    title: { text: tx.sharesChart(basisLabel), left: 'center',
      textStyle: { fontSize: 14, width: Math.max(200, $('chart-shares').clientWidth - 20), overflow: 'break' } },
    legend: { top: narrow ? 50 : 30 },
    tooltip: { trigger: 'axis' },
    grid: { left: 8, right: 8, top: narrow ? 100 : 70, bottom: 24, containLabel: true },
    xAxis: { type: 'category', data: years },
    yAxis: [{ type: 'value', axisLabel: { formatter: (v) => fmtUsdBn(state.lang, v).replace(/[.,]0(?=\D*$)/, '') } },
      { type: 'value', min: 0, max: 100, axisLabel: { formatter: (v) => fmtPct(state.lang, v, 0) } }],
    series: [
      { type: 'bar', stack: 'all', name: tx.us, data: usVals, itemStyle: { color: COLORS.us },
        tooltip: { valueFormatter: (v) => fmtUsdBn(state.lang, v) } },
      { type: 'bar', stack: 'all', name: tx.rest, data: restVals, itemStyle: { color: COLORS.rest },
        tooltip: { valueFormatter: (v) => fmtUsdBn(state.lang, v) } },
      { type: 'line', yAxisIndex: 1, name: tx.usShare, data: shareVals, itemStyle: { color: COLORS.line },
        tooltip: { valueFormatter: (v) => fmtPct(state.lang, v, 1) } },
    ],
  }, true);
  // The download stays the two trends the chart shows (NATO's, then the United States').
  setCsvSource('chart-shares', all.vintage.id, ['trend', nato], ['trend', usa]);
  $('chart-shares').dataset.state = `${all.vintage.id}|${state.basis}|${pts.length}`;
  cite('cite-shares', all.vintage);
}
