// Ally view: its % of GDP over time, its gap to a target, its equipment share.
import { api } from '../api.js';
import { state, t, currentVintage } from '../state.js';
import { $, chart, cite, allyName, COLORS, setCsvSource } from '../ui.js';
import { fmtPct, fmtUsdBn } from '../i18n.js';

// One ally's series over the years against a target line (dashed): the % of GDP chart
// (a line) and the equipment share chart (bars).
function seriesOption(title, pts, { type, name, target, digits }) {
  return {
    aria: { enabled: true },
    title: { text: title, left: 'center', textStyle: { fontSize: 14 } },
    tooltip: { trigger: 'axis', valueFormatter: (v) => fmtPct(state.lang, v) },
    grid: { left: 8, right: 48, top: 40, bottom: 24, containLabel: true },
    xAxis: { type: 'category', data: pts.map((p) => String(p.year) + (p.estimate ? 'e' : '')) },
    yAxis: { type: 'value', axisLabel: { formatter: (v) => fmtPct(state.lang, v, digits) } },
    series: [{ type, ...(name ? { name } : {}), ...(type === 'line' ? { symbolSize: 7 } : {}),
      data: pts.map((p) => p.value), itemStyle: { color: COLORS.bar },
      markLine: { symbol: 'none', silent: true, lineStyle: { type: 'dashed', color: COLORS.line },
        label: { formatter: (p) => fmtPct(state.lang, p.value, digits) }, data: [{ yAxis: target }] } }],
  };
}

export async function render(tk) {
  const tx = t();
  const s = await api('series', { ally: state.ally, indicator: 'pct_gdp' }, tk);
  const name = allyName(s.iso3, s.name);
  const pts = s.points.filter((p) => p.value != null);
  const last = pts[pts.length - 1];
  let gapText = '';
  if (last) {
    const g = await api('gap', { group: s.iso3, year: last.year, target: state.allyTarget }, tk);
    const row = g.rows.find((r) => r.iso3 === s.iso3);
    gapText = tx.allySummary(name, fmtPct(state.lang, last.value) + (last.estimate ? ' (e)' : ''), last.year,
      fmtPct(state.lang, Number(state.allyTarget)), row && row.gap_usd_m > 0 ? fmtUsdBn(state.lang, row.gap_usd_m) : '');
  }
  const hasEquipment = s.vintage.id.startsWith('nato') &&
    (currentVintage().indicators || []).includes('equipment_share_pct');
  const e = hasEquipment ? await api('series', { ally: state.ally, indicator: 'equipment_share' }, tk) : null;

  $('ally-summary').textContent = gapText;
  (await chart('chart-ally')).setOption(seriesOption(tx.allyChart(name), pts,
    { type: 'line', name: tx.cols.pct_gdp, target: Number(state.allyTarget), digits: 1 }), true);
  setCsvSource('chart-ally', s.vintage.id, ['series', { ally: s.iso3, indicator: 'pct_gdp' }]);
  $('chart-ally').dataset.state = `${s.vintage.id}|${s.iso3}|${pts.length}`;
  cite('cite-ally', s.vintage);

  const eqChart = await chart('chart-ally-eq');
  if (!e) {
    eqChart.clear();
    setCsvSource('chart-ally-eq', null);
    eqChart.setOption({ title: { text: tx.noEquipment, left: 'center', top: 'middle', textStyle: { fontSize: 13 } } });
    cite('cite-ally-eq', s.vintage);
    return;
  }
  const epts = e.points.filter((p) => p.value != null);
  eqChart.setOption(seriesOption(tx.allyEqChart(name), epts,
    { type: 'bar', name: tx.cols.equipment, target: 20, digits: 0 }), true);
  setCsvSource('chart-ally-eq', e.vintage.id, ['series', { ally: s.iso3, indicator: 'equipment_share' }]);
  cite('cite-ally-eq', e.vintage);
}
