// Downloads under every chart: PNG and SVG of the chart as shown, with its title and the
// edition's citation written into the image, and CSV: the API's own CSV (format=csv) of the
// requests the chart was drawn from, with its vintage column. Loaded on the first download
// (the SVG renderer is not needed before).
import { install as SVGRenderer } from 'echarts/lib/renderer/installSVGRenderer.js';
import { echarts } from './charts.js';
import { apiText } from './api.js';
import { state } from './state.js';
import { $, charts, csvSources } from './ui.js';

echarts.use([SVGRenderer]);

const COMPARE_SLUG = { pct_gdp: 'pct-gdp', current: 'usd-current', constant: 'usd-constant', real_change: 'real-change' };

function slug(id) {
  return { 'chart-year': 'pct-gdp', 'chart-map': 'pct-gdp-map', 'chart-ally': 'pct-gdp',
    'chart-ally-eq': 'equipment-share', 'chart-shares': 'us-share', 'chart-gap': 'gap-usd',
    'chart-scenario': 'scenario', 'chart-scenario-meeting': 'scenario-meeting',
    'chart-compare': `compare-${COMPARE_SLUG[state.compareIndicator]}` }[id] || id.replace(/^chart-/, '');
}

/// "nato-2026_pct-gdp_2026", "nato-2026_pct-gdp_POL", "nato-2026_us-share_constant_2026",
/// "nato-2026_compare-real-change_POL-DEU-USA_2014".
export function fileName(id) {
  const extra = { 'chart-year': [state.year], 'chart-map': [state.mapYear], 'chart-gap': [state.gapYear],
    'chart-ally': [state.ally], 'chart-ally-eq': [state.ally], 'chart-shares': [state.basis, state.sharesYear],
    'chart-scenario': [state.scPreset || `${state.scTarget}-by-${state.scBy}`],
    'chart-scenario-meeting': [state.scPreset || `${state.scTarget}-by-${state.scBy}`],
    'chart-compare': [state.compare.join('-'), state.compareIndicator === 'real_change' ? state.compareBase : null] }[id] || [];
  return [state.vintage, slug(id), ...extra].filter((x) => x != null && x !== '').join('_');
}

function citation(id) {
  return $(id).closest('figure').querySelector('.cite').textContent;
}

function save(name, href) {
  const a = document.createElement('a');
  a.href = href;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
}

function wrap(ctx, text, width) {
  const lines = [];
  let line = '';
  for (const w of text.split(' ')) {
    const next = line ? `${line} ${w}` : w;
    if (ctx.measureText(next).width > width && line) { lines.push(line); line = w; } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/// The chart as a PNG, the citation written below it.
export async function png(id) {
  const c = charts[id];
  const img = new Image();
  img.src = c.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#fff' });
  await img.decode();
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d');
  ctx.font = '22px system-ui, sans-serif';
  const lines = wrap(ctx, citation(id), img.width - 32);
  canvas.width = img.width;
  canvas.height = img.height + 16 + lines.length * 30;
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.drawImage(img, 0, 0);
  ctx.fillStyle = '#5b6675';
  ctx.font = '22px system-ui, sans-serif';
  lines.forEach((l, i) => ctx.fillText(l, 16, img.height + 30 + i * 30));
  return canvas.toDataURL('image/png');
}

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/// The chart drawn again by the SVG renderer, the citation as a text line below it.
export function svg(id) {
  const c = charts[id];
  const w = c.getWidth();
  const h = c.getHeight();
  const box = document.createElement('div');
  box.style.cssText = `position:absolute;left:-10000px;width:${w}px;height:${h}px`;
  document.body.append(box);
  const s = echarts.init(box, null, { renderer: 'svg', width: w, height: h });
  const option = c.getOption();
  option.animation = false;
  s.setOption(option);
  let out = s.renderToSVGString();
  s.dispose();
  box.remove();
  const cite = esc(citation(id));
  out = out.replace(/height="(\d+(\.\d+)?)"/, `height="${h + 28}"`)
    .replace(/viewBox="0 0 (\S+) (\S+)"/, `viewBox="0 0 $1 ${h + 28}"`)
    .replace(/<\/svg>\s*$/, `<rect x="0" y="${h}" width="${w}" height="28" fill="#fff"/>` +
      `<text x="8" y="${h + 18}" font-size="11" font-family="sans-serif" fill="#5b6675">${cite}</text></svg>`);
  return out;
}

/// The API's CSV of the chart's requests, as sent; a second request's rows follow the first's
/// under its header (the shares chart: NATO, then the United States).
export async function csv(id) {
  const texts = await Promise.all((csvSources[id] || []).map((s) => apiText(s.path, { ...s.params, format: 'csv' })));
  return texts.map((x, i) => (i ? x.slice(x.indexOf('\n') + 1) : x)).join('');
}

/// Saves the chart `id` as png, svg or csv under its file name.
export async function download(id, kind) {
  const name = `${fileName(id)}.${kind}`;
  if (kind === 'png') save(name, await png(id));
  else if (kind === 'svg') save(name, URL.createObjectURL(new Blob([svg(id)], { type: 'image/svg+xml' })));
  else save(name, URL.createObjectURL(new Blob([await csv(id)], { type: 'text/csv;charset=utf-8' })));
}
