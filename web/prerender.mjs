// The default screen's chart (year view, default edition, its last year, English), drawn at
// build time with ECharts' server-side SVG renderer from the same option the live view builds
// (src/views/year_option.js) and the data the built `fardeau compliance` gives (the API's
// answer: tests/cli checks CLI = API). index.html shows it at once when the URL asks for that
// screen on a wide window; the live chart replaces it (docs/performance.md, issue 15).
import { execFileSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as echarts from 'echarts/core';
import { install as BarChart } from 'echarts/lib/chart/bar/install.js';
import { install as GridComponent } from 'echarts/lib/component/grid/install.js';
import { install as MarkLineComponent } from 'echarts/lib/component/marker/installMarkLine.js';
import { install as TitleComponent } from 'echarts/lib/component/title/install.js';
import { install as TooltipComponent } from 'echarts/lib/component/tooltip/install.js';
import { install as AriaComponent } from 'echarts/lib/component/aria/install.js';
import { install as SVGRenderer } from 'echarts/lib/renderer/installSVGRenderer.js';
import { yearOption } from './src/views/year_option.js';

echarts.use([BarChart, GridComponent, TooltipComponent, MarkLineComponent, TitleComponent, AriaComponent, SVGRenderer]);

// The chart's box on a window at least MIN_WINDOW_PX wide: main's 1100 px less its padding
// (2 x 16) and the figure's (2 x 8) and border (2 x 1); `.chart.tall` is 640 px high. Below
// that width the live chart is narrower: no pre-render is shown.
const WIDTH_PX = 1050;
const HEIGHT_PX = 640;
const MIN_WINDOW_PX = 1120;

/// The built CLI: FARDEAU_BIN, else build/release's; null when there is none yet.
function cli() {
  const bin = process.env.FARDEAU_BIN ||
    path.join(path.dirname(fileURLToPath(import.meta.url)), '../build/release/apps/cli/fardeau');
  try {
    accessSync(bin, constants.X_OK);
    return bin;
  } catch {
    return null;
  }
}

const attr = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/// The HTML to put in place of the year chart's figure opening: the drawn chart (hidden) and
/// the script that shows it when the URL asks for the default screen. null without a CLI.
export function prerender() {
  const bin = cli();
  if (!bin) return null;
  const d = JSON.parse(execFileSync(bin, ['compliance', '--format', 'json', '--lang', 'en'], { encoding: 'utf8' }));
  const { rows, option } = yearOption(d, 'en', (iso3, fallback) => fallback || iso3);
  // ECharts' development build (the one Node loads) logs that `containLabel` wants the legacy
  // layout module; the page's production build says nothing and lays the labels out the same.
  const log = console.log;
  console.log = (...a) => { if (!String(a[0]).includes('containLabel')) log(...a); };
  let svg;
  try {
    const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: WIDTH_PX, height: HEIGHT_PX });
    chart.setOption({ ...option, animation: false });
    svg = chart.renderToSVGString();
    chart.dispose();
  } finally {
    console.log = log;
  }
  // What the chart shows, for the browser test that compares it with the API and the live chart.
  const drawn = { vintage: d.vintage.id, year: d.year, lang: 'en', title: option.title.text,
    labels: option.yAxis.data, values: rows.map((r) => r.value_pct) };
  // Shown only for the screen drawn: the view, edition, year and language absent from the
  // URL or equal to the drawn ones. Its mark (the page's first chart; the live one sets it on
  // any other screen) is when it is on screen: the first paint when that came after it was
  // shown, else the end of the next frame. Paint entries reach observers late, hence the
  // entry's own time.
  const script = `(()=>{const q=new URLSearchParams(location.search),e=document.getElementById('chart-year-prerender'),` +
    `is=(k,v)=>!q.has(k)||q.get(k)===v;if(!(is('view','year')&&is('edition',${JSON.stringify(d.vintage.id)})&&` +
    `is('year','${d.year}')&&is('lang','en')&&matchMedia('(min-width: ${MIN_WINDOW_PX}px)').matches))return;` +
    `e.hidden=false;const t=performance.now();let paint=null,frame=null;const settle=()=>{` +
    `if(paint===null||(paint<t&&frame===null)||performance.getEntriesByName('fardeau-first-chart').length)return;` +
    `performance.mark('fardeau-first-chart',{startTime:paint>=t?paint:frame})};` +
    `requestAnimationFrame(()=>setTimeout(()=>{frame=performance.now();settle()}));new PerformanceObserver((l,o)=>{` +
    `const p=l.getEntriesByName('first-contentful-paint')[0];if(p){o.disconnect();paint=p.startTime;settle()}})` +
    `.observe({type:'paint',buffered:true})})()`;
  return { drawn, html: `<div id="chart-year-prerender" class="prerender" hidden aria-hidden="true" ` +
    `data-drawn="${attr(JSON.stringify(drawn))}">${svg}</div><script>${script}</script>` };
}
