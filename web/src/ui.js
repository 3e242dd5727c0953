// What the views share: the ECharts set-up and the chart registry, colours, the citation
// line, ally names in the page's language, the year lists.
import * as echarts from 'echarts/core';
import { BarChart, LineChart, MapChart } from 'echarts/charts';
import { GridComponent, TooltipComponent, LegendComponent, MarkLineComponent, TitleComponent,
  AriaComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import { state, t, currentVintage } from './state.js';

echarts.use([BarChart, LineChart, MapChart, GridComponent, TooltipComponent, LegendComponent,
  MarkLineComponent, TitleComponent, AriaComponent, CanvasRenderer]);

export const $ = (id) => document.getElementById(id);
export const charts = {};
window.fardeauCharts = charts;  // the browser tests read the charts' options

export const COLORS = { bar: '#1f4e96', estimate: '#9db4d8', us: '#b5342c', rest: '#1f4e96', line: '#222',
  baseline: '#8a94a3' };
export const TARGET_LINES = [2, 3.5, 5];

export function chart(id) {
  if (!charts[id]) charts[id] = echarts.init($(id), null, { renderer: 'canvas' });
  return charts[id];
}

export function allyName(iso3, fallback) {
  const n = state.names[iso3];
  return n ? (state.lang === 'fr' ? n.fr : n.en) : (fallback || iso3);
}

export function cite(id, vintage) {
  $(id).textContent = `${t().source}: ${vintage.citation}`;
}

export function fillYears(selectId, selected) {
  const v = currentVintage();
  const sel = $(selectId);
  sel.replaceChildren();
  for (let y = v.last_year; y >= v.first_year; y--) sel.add(new Option(String(y), String(y)));
  sel.value = String(selected && selected >= v.first_year && selected <= v.last_year ? selected : v.last_year);
  return Number(sel.value);
}
