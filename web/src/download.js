// Downloads under every chart: PNG and SVG of the chart as shown, with its title and the
// edition's citation written into the image, and CSV of the figures drawn (one row per
// category, one column per series, and the edition in a vintage column).
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { state, t } from './state.js';
import { $, charts } from './ui.js';

echarts.use([SVGRenderer]);

const SLUG = { 'chart-year': 'pct-gdp', 'chart-map': 'pct-gdp-map', 'chart-ally': 'pct-gdp',
  'chart-ally-eq': 'equipment-share', 'chart-shares': 'us-share', 'chart-gap': 'gap-usd',
  'chart-scenario': 'scenario', 'chart-scenario-meeting': 'scenario-meeting' };

/// "nato-2026_pct-gdp_2026", "nato-2026_pct-gdp_POL", "nato-2026_us-share_constant".
export function fileName(id) {
  const extra = { 'chart-year': state.year, 'chart-map': state.mapYear, 'chart-gap': state.gapYear,
    'chart-ally': state.ally, 'chart-ally-eq': state.ally, 'chart-shares': state.basis,
    'chart-scenario': state.scPreset || `${state.scTarget}-by-${state.scBy}`,
    'chart-scenario-meeting': state.scPreset || `${state.scTarget}-by-${state.scBy}` }[id];
  return [state.vintage, SLUG[id] || id.replace(/^chart-/, ''), extra].filter((x) => x != null && x !== '').join('_');
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

const csvCell = (v) => {
  const s = v == null ? '' : String(v);
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/// The figures drawn: the category axis, one column per series, and the edition.
export function tableData(id) {
  const o = charts[id].getOption();
  const seriesValues = (s) => s.data.map((d) => (d && typeof d === 'object' ? d.value : d));
  let header;
  let rows;
  if (o.series[0] && o.series[0].type === 'map') {
    const data = o.series[0].data.filter((d) => d.label);
    header = ['iso3', 'ally', 'pct_gdp', 'estimate', 'status'];
    rows = data.map((d) => [d.name, d.label, d.value ?? '', d.estimate ? 'true' : (d.value != null ? 'false' : ''),
      d.status || 'reporting']);
  } else {
    const cat = ((o.yAxis[0] && o.yAxis[0].type === 'category' ? o.yAxis[0] : o.xAxis[0]) || {}).data || [];
    header = ['category', ...o.series.map((s, i) => s.name || `series_${i + 1}`)];
    const cols = o.series.map(seriesValues);
    rows = cat.map((c, i) => [c, ...cols.map((col) => col[i])]);
  }
  return { header: [...header, 'vintage'], rows: rows.map((r) => [...r, state.vintage]) };
}

export function csv(id) {
  const { header, rows } = tableData(id);
  return [header, ...rows].map((r) => r.map(csvCell).join(',')).join('\n') + '\n';
}

/// The table of a chart: one row a category, columns sortable (a button in each header).
export function fillTable(id) {
  const table = $(`${id}-table`);
  if (!table || table.hidden || !charts[id]) return;
  const { header, rows } = tableData(id);
  const sort = table.dataset.sort ? JSON.parse(table.dataset.sort) : null;
  if (sort) {
    const num = rows.every((r) => r[sort.col] === '' || r[sort.col] == null || !Number.isNaN(Number(r[sort.col])));
    rows.sort((a, b) => {
      const x = a[sort.col];
      const y = b[sort.col];
      const c = num ? (Number(x) || 0) - (Number(y) || 0) : String(x).localeCompare(String(y), state.lang);
      return sort.dir === 'ascending' ? c : -c;
    });
  }
  table.replaceChildren();
  const cap = table.createCaption();
  cap.textContent = charts[id].getOption().title?.[0]?.text || '';
  const tr = table.createTHead().insertRow();
  header.forEach((h, i) => {
    const th = document.createElement('th');
    th.scope = 'col';
    if (sort && sort.col === i) th.setAttribute('aria-sort', sort.dir);
    const b = document.createElement('button');
    b.type = 'button';
    b.textContent = h;
    b.addEventListener('click', () => {
      const dir = sort && sort.col === i && sort.dir === 'ascending' ? 'descending' : 'ascending';
      table.dataset.sort = JSON.stringify({ col: i, dir });
      fillTable(id);
      table.querySelectorAll('th button')[i].focus();
    });
    th.append(b);
    tr.append(th);
  });
  const body = table.createTBody();
  for (const r of rows) {
    const row = body.insertRow();
    const estimate = /\(e\)$|^\d{4}e$/.test(String(r[0])) || (header[3] === 'estimate' && r[3] === 'true');
    if (estimate) row.className = 'estimate';
    for (const v of r) row.insertCell().textContent = typeof v === 'number' ? String(Math.round(v * 100) / 100) : String(v ?? '');
  }
}

export function fillTables() {
  for (const id of Object.keys(charts)) fillTable(id);
}

/// Adds the PNG, SVG and CSV buttons under every chart.
export function addDownloadButtons() {
  for (const el of document.querySelectorAll('.chart')) {
    const bar = document.createElement('div');
    bar.className = 'downloads';
    bar.setAttribute('role', 'group');
    for (const kind of ['png', 'svg', 'csv']) {
      const b = document.createElement('button');
      b.type = 'button';
      b.className = 'secondary small';
      b.dataset.download = kind;
      b.dataset.chart = el.id;
      b.textContent = kind.toUpperCase();
      b.addEventListener('click', async () => {
        if (!charts[el.id]) return;
        const name = `${fileName(el.id)}.${kind}`;
        if (kind === 'png') save(name, await png(el.id));
        else if (kind === 'svg') save(name, URL.createObjectURL(new Blob([svg(el.id)], { type: 'image/svg+xml' })));
        else save(name, URL.createObjectURL(new Blob([csv(el.id)], { type: 'text/csv;charset=utf-8' })));
      });
      bar.append(b);
    }
    const tb = document.createElement('button');
    tb.type = 'button';
    tb.className = 'secondary small';
    tb.dataset.tableFor = el.id;
    tb.setAttribute('aria-expanded', 'false');
    tb.setAttribute('aria-controls', `${el.id}-table`);
    tb.textContent = t().table;
    bar.append(tb);
    const wrapDiv = document.createElement('div');
    wrapDiv.className = 'table-scroll';
    const table = document.createElement('table');
    table.id = `${el.id}-table`;
    table.className = 'data';
    table.hidden = true;
    wrapDiv.append(table);
    tb.addEventListener('click', () => {
      table.hidden = !table.hidden;
      tb.setAttribute('aria-expanded', String(!table.hidden));
      fillTable(el.id);
    });
    el.closest('figure').append(bar, wrapDiv);
  }
  labelDownloads();
}

export function labelDownloads() {
  for (const b of document.querySelectorAll('[data-download]'))
    b.setAttribute('aria-label', t().download(b.dataset.download.toUpperCase()));
  for (const b of document.querySelectorAll('[data-table-for]')) b.textContent = t().table;
}
