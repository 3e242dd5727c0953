// Map view: the allies coloured by their % of GDP in a year (classes at 2%, 3.5% and 5%),
// estimates outlined dashed, allies not yet members that year greyed, an ally publishing no
// figure (Iceland) marked as not reporting. The country shapes are Natural Earth 1:110m
// (world-atlas), bundled at build time: nothing is fetched but the API.
import * as echarts from 'echarts/core';
import { feature } from 'topojson-client';
import world from 'world-atlas/countries-110m.json';
import { api } from '../api.js';
import { state, t } from '../state.js';
import { $, chart, cite, allyName } from '../ui.js';
import { fmtPct } from '../i18n.js';

/// ISO 3166 numeric codes (world-atlas ids) of the 32 allies.
const NUMERIC = { '008': 'ALB', '056': 'BEL', '100': 'BGR', '124': 'CAN', '191': 'HRV', '203': 'CZE',
  '208': 'DNK', '233': 'EST', '246': 'FIN', '250': 'FRA', '276': 'DEU', '300': 'GRC', '348': 'HUN',
  '352': 'ISL', '380': 'ITA', '428': 'LVA', '440': 'LTU', '442': 'LUX', '499': 'MNE', '528': 'NLD',
  '807': 'MKD', '578': 'NOR', '616': 'POL', '620': 'PRT', '642': 'ROU', '703': 'SVK', '705': 'SVN',
  '724': 'ESP', '752': 'SWE', '792': 'TUR', '826': 'GBR', '840': 'USA' };

/// The classes: below 2%, 2% to 3.5%, 3.5% to 5%, 5% and more (a bound belongs to the class above).
export const CLASSES = [
  { min: -Infinity, color: '#f2c9a0' },
  { min: 2, color: '#9fbbe0' },
  { min: 3.5, color: '#3f6fb5' },
  { min: 5, color: '#142f5e' },
];
export const GREY = { nonMember: '#c9cdd3', notReporting: '#ffffff', other: '#eef0f3' };

export function classOf(pct) {
  let k = 0;
  for (let i = 0; i < CLASSES.length; i++) if (pct >= CLASSES[i].min) k = i;
  return k;
}

/// Without the parts south of 24°N (Hawaii, French Guiana): the map shows the North Atlantic.
function north(g) {
  if (g.type !== 'MultiPolygon') return g;
  const parts = g.coordinates.filter((p) => p[0].some(([, y]) => y > 24));
  return { type: 'MultiPolygon', coordinates: parts.length ? parts : g.coordinates };
}

let registered = false;
function register() {
  if (registered) return;
  // Europe, North America and around: the allies and their neighbours, not the world.
  const all = feature(world, world.objects.countries).features;
  const features = all.filter((f) => {
    if (NUMERIC[f.id]) return true;
    const ring = f.geometry.type === 'Polygon' ? f.geometry.coordinates[0] : f.geometry.coordinates[0][0];
    const [x, y] = ring[0];
    return x > -30 && x < 45 && y > 30 && y < 72;
  }).map((f) => ({ ...f, geometry: north(f.geometry), properties: { name: NUMERIC[f.id] || f.properties.name } }));
  echarts.registerMap('nato', { type: 'FeatureCollection', features });
  registered = true;
}

export async function render(tk) {
  register();
  const tx = t();
  const [c, a] = await Promise.all([
    api('compliance', { year: state.mapYear }, tk),
    api('allies', { year: state.mapYear, all: 1 }, tk),
  ]);
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
  const m = chart('chart-map');
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
  $('chart-map').dataset.state = `${c.vintage.id}|${c.year}|${reporting}`;
  $('chart-map').setAttribute('aria-label', tx.mapSummary(c.year, reporting, counts));
  cite('cite-map', c.vintage);
}
