// Map view: the allies coloured by their % of GDP in a year (classes at 2%, 3.5% and 5%),
// estimates outlined dashed, allies not yet members that year greyed, an ally publishing no
// figure (Iceland) marked as not reporting. The country shapes are Natural Earth 1:110m
// (world-atlas), bundled at build time: nothing is fetched but the API.
import { api } from '../api.js';
import { state, t } from '../state.js';
import { $, chart, cite, allyName, setCsvSource } from '../ui.js';
import { fmtPct } from '../i18n.js';
import { GUIDELINE_PCT } from '../palette.js';

/// The classes: below 2%, 2% to 3.5%, 3.5% to 5%, 5% and more (a bound belongs to the class above).
export const CLASSES = [
  { min: -Infinity, color: '#f2c9a0' },
  { min: GUIDELINE_PCT.floor, color: '#9fbbe0' },
  { min: GUIDELINE_PCT.core, color: '#3f6fb5' },
  { min: GUIDELINE_PCT.total, color: '#142f5e' },
];
export const GREY = { nonMember: '#c9cdd3', notReporting: '#ffffff', other: '#eef0f3' };

export function classOf(pct) {
  let k = 0;
  for (let i = 0; i < CLASSES.length; i++) if (pct >= CLASSES[i].min) k = i;
  return k;
}

export async function render(tk) {
  const tx = t();
  // The shapes (with ECharts) load while the data is asked for.
  const shapes = import('./map_shapes.js');
  const [c, a, { register }] = await Promise.all([
    api('compliance', { year: state.mapYear }, tk),
    api('allies', { year: state.mapYear, all: 1 }, tk),
    shapes,
  ]);
  register();
  const byIso = new Map(c.rows.map((r) => [r.iso3, r]));
  const data = [];
  let reporting = 0;
  for (const ally of a.rows) {
    const r = byIso.get(ally.iso3);
    const name = allyName(ally.iso3, ally.name_en);
    if (!ally.member) {
      data.push({ name: ally.iso3, status: 'non-member', label: name, tip: tx.mapNonMember(name, c.year),
        itemStyle: { areaColor: GREY.nonMember } });
    } else if (!r || r.value_pct == null) {
      data.push({ name: ally.iso3, status: 'not-reporting', label: name, tip: tx.mapNotReporting(name),
        itemStyle: { areaColor: GREY.notReporting, borderColor: '#5b6675' } });
    } else {
      reporting++;
      const k = classOf(r.value_pct);
      data.push({ name: ally.iso3, value: r.value_pct, estimate: Boolean(r.estimate), cls: k, label: name,
        tip: `${name}: ${fmtPct(state.lang, r.value_pct)}${r.estimate ? ` (${tx.estimate})` : ''}<br>${c.vintage.id}`,
        itemStyle: { areaColor: CLASSES[k].color,
          ...(r.estimate ? { borderType: 'dashed', borderColor: '#1d2733', borderWidth: 1 } : {}) } });
    }
  }
  const m = await chart('chart-map');
  m.setOption({
    aria: { enabled: true },
    title: { text: tx.mapChart(c.year), left: 'center', textStyle: { fontSize: 14 } },
    tooltip: { trigger: 'item', formatter: (p) => (p.data ? p.data.tip : '') },
    series: [{
      type: 'map', map: 'nato', roam: true, aspectScale: 0.7, left: 4, right: 4, top: 36, bottom: 4,
      itemStyle: { areaColor: GREY.other, borderColor: '#8a94a3', borderWidth: 0.5 },
      emphasis: { label: { show: false }, itemStyle: { areaColor: '#f0a202' } },
      select: { disabled: true },
      data,
    }],
  }, true);
  const counts = CLASSES.map((_, k) => data.filter((d) => d.cls === k).length);
  $('map-summary').textContent = tx.mapSummary(c.year, reporting, counts);
  const legend = $('map-legend');
  legend.replaceChildren();
  const labels = tx.mapClasses;
  const item = (color, text, dashed) => {
    const li = document.createElement('li');
    const sw = document.createElement('span');
    sw.className = 'swatch' + (dashed ? ' dashed' : '');
    sw.style.background = color;
    li.append(sw, text);
    legend.append(li);
  };
  CLASSES.forEach((k, i) => item(k.color, labels[i]));
  item('#fff', tx.estimate, true);
  item(GREY.nonMember, tx.mapNonMemberLegend);
  item(GREY.notReporting, tx.mapNotReportingLegend);
  setCsvSource('chart-map', c.vintage.id, ['compliance', { year: c.year }]);
  $('chart-map').dataset.state = `${c.vintage.id}|${c.year}|${reporting}`;
  $('chart-map').setAttribute('aria-label', tx.mapSummary(c.year, reporting, counts));
  cite('cite-map', c.vintage);
}
