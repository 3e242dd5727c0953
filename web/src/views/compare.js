// Compare allies: several allies' series on one chart (GET /api/v1/series with the allies
// separated by commas), in % of GDP with the 2% and 3.5% lines, in current or constant
// dollars, or as the real change since a base year (constant dollars, change_from).
import { api } from '../api.js';
import { state, t, currentVintage } from '../state.js';
import { $, chart, cite, allyName, setCsvSource, GUIDELINE_PCT } from '../ui.js';
import { fmtPct, fmtUsdBn } from '../i18n.js';

/// The toggle's measures: the series' indicator, and the change from a base year or not.
export const MEASURES = {
  pct_gdp: { indicator: 'pct_gdp' },
  current: { indicator: 'defexp_usd_current' },
  constant: { indicator: 'defexp_usd_const' },
  real_change: { indicator: 'defexp_usd_const', change: true },
};

const PALETTE = ['#1f4e96', '#b5342c', '#2a8a4a', '#d08b00', '#6b3fa0', '#0f8a9d', '#8a5a2b', '#c2185b',
  '#5b6675', '#7cb342'];

function format(measure) {
  if (measure === 'pct_gdp') return (v) => fmtPct(state.lang, v);
  if (measure === 'real_change') return (v) => (v > 0 ? '+' : '') + fmtPct(state.lang, v, 1);
  return (v) => fmtUsdBn(state.lang, v);
}

function axisFormat(measure) {
  if (measure === 'pct_gdp' || measure === 'real_change') return (v) => fmtPct(state.lang, v, 1);
  return (v) => fmtUsdBn(state.lang, v).replace(/[.,]0(?=\D*$)/, '');
}

export async function render(tk) {
  const tx = t();
  const m = MEASURES[state.compareIndicator];
  const params = { ally: state.compare.join(','), indicator: m.indicator,
    ...(m.change ? { change_from: state.compareBase } : {}) };
  const d = await api('series', params, tk);
  // One ally gives the one-series shape, several the list (docs/cli.md, series).
  const lines = d.series || [{ iso3: d.iso3, name: d.name, points: d.points }];
  const value = (p) => (m.change ? p.change_pct : p.value);
  const years = [...new Set(lines.flatMap((l) => l.points.map((p) => p.year)))].sort((a, b) => a - b);
  const fmt = format(state.compareIndicator);
  const basisLabel = state.compareIndicator === 'constant' || m.change
    ? `${tx.constant}${currentVintage().base_year ? ' ' + currentVintage().base_year : ''}` : tx.current;
  const title = state.compareIndicator === 'pct_gdp' ? tx.compareChartPct
    : m.change ? tx.compareChartChange(state.compareBase) : tx.compareChartUsd(basisLabel);
  const targets = state.compareIndicator === 'pct_gdp' ? [GUIDELINE_PCT.floor, GUIDELINE_PCT.core]
    : m.change ? [0] : [];
  const series = lines.map((l, i) => {
    const byYear = new Map(l.points.map((p) => [p.year, p]));
    return {
      type: 'line', name: allyName(l.iso3, l.name), symbolSize: 6,
      itemStyle: { color: PALETTE[i % PALETTE.length] },
      tooltip: { valueFormatter: fmt },
      data: years.map((y) => {
        const p = byYear.get(y);
        if (!p) return null;
        // Estimates: a hollow point.
        return { value: value(p), estimate: p.estimate, symbol: p.estimate ? 'emptyCircle' : 'circle' };
      }),
      ...(i === 0 && targets.length ? { markLine: { symbol: 'none', silent: true,
        lineStyle: { type: 'dashed', color: '#222' },
        label: { formatter: (p) => fmtPct(state.lang, p.value, 1), position: 'end' },
        data: targets.map((y) => ({ yAxis: y })) } } : {}),
    };
  });
  const last = years[years.length - 1];
  $('compare-summary').textContent = tx.compareSummary(last, lines.map((l) => {
    const p = l.points.find((x) => x.year === last);
    return `${allyName(l.iso3, l.name)} ${p ? fmt(value(p)) + (p.estimate ? ' (e)' : '') : '–'}`;
  }).join(', '));
  const narrow = $('chart-compare').clientWidth < 560;
  (await chart('chart-compare')).setOption({
    aria: { enabled: true },
    title: { text: title, left: 'center', textStyle: { fontSize: 14, width: Math.max(200, $('chart-compare').clientWidth - 20),
      overflow: 'break' } },
    legend: { top: narrow ? 44 : 28, type: 'scroll' },
    tooltip: { trigger: 'axis' },
    grid: { left: 8, right: 56, top: narrow ? 84 : 64, bottom: 24, containLabel: true },
    xAxis: { type: 'category', data: years.map(String) },
    yAxis: { type: 'value', scale: state.compareIndicator !== 'pct_gdp', axisLabel: { formatter: axisFormat(state.compareIndicator) } },
    series,
  }, true);
  setCsvSource('chart-compare', d.vintage.id, ['series', params]);
  $('chart-compare').dataset.state = `${d.vintage.id}|${state.compareIndicator}|${lines.map((l) => l.iso3).join(',')}`;
  cite('cite-compare', d.vintage);
}
