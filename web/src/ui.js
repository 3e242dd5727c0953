// What the views share: the chart registry, colours, the citation line, ally names in the
// page's language, the year lists, the request behind each chart. No ECharts here (charts.js
// brings it), so that the page can ask for its data while ECharts loads.
import { state, t, currentVintage } from './state.js';

export const $ = (id) => document.getElementById(id);
export const charts = {};
window.fardeauCharts = charts;  // the browser tests read the charts' options

let echartsLoad = null;

/// Starts loading ECharts (charts.js), once: the page calls it as it starts, beside its first
/// requests, and chart() waits for it.
export function loadCharts() {
  echartsLoad ||= import('./charts.js');
  return echartsLoad;
}

/// The chart drawn in the element `id` (created on first use), once ECharts is loaded.
export async function chart(id) {
  return (await loadCharts()).init(id);
}

export { COLORS, GUIDELINE_PCT, TARGET_LINES } from './palette.js';

/// The API requests behind each chart, with the edition and language it was drawn in: its
/// CSV download is their `format=csv` answer (download.js).
export const csvSources = {};

/// setCsvSource(id, vintage, [path, params], ...); no request: the chart has no CSV.
export function setCsvSource(id, vintage, ...requests) {
  if (!requests.length) { delete csvSources[id]; return; }
  csvSources[id] = requests.map(([path, params]) => ({ path, params: { ...params, vintage, lang: state.lang } }));
}

export function allyName(iso3, fallback) {
  const n = state.names[iso3];
  return n ? (state.lang === 'fr' ? n.fr : n.en) : (fallback || iso3);
}

/// The edition's citation under a chart, in the page's language.
export function cite(id, vintage) {
  $(id).textContent = t().citation(vintage);
}

export function fillYears(selectId, selected) {
  const v = currentVintage();
  const sel = $(selectId);
  sel.replaceChildren();
  for (let y = v.last_year; y >= v.first_year; y--) sel.add(new Option(String(y), String(y)));
  sel.value = String(selected && selected >= v.first_year && selected <= v.last_year ? selected : v.last_year);
  return Number(sel.value);
}
