// The table under every chart (the same figures as an accessible HTML table: sortable
// columns, estimates marked, headers in the page's language) and the download buttons,
// whose work download.js does when first asked.
import { state, t } from './state.js';
import { $, charts, csvSources } from './ui.js';

/// Whose rows are allies (the rest are years).
const BY_ALLY = new Set(['chart-year', 'chart-gap', 'chart-map']);

/// The figures drawn, headed in the page's language: the category axis, one column per series
/// and the edition; `estimates[i]` says whether row i is an estimate.
export function tableData(id) {
  const tx = t();
  const o = charts[id].getOption();
  const value = (d) => (d && typeof d === 'object' ? d.value : d);
  let header;
  let rows;
  let estimates;
  if (o.series[0] && o.series[0].type === 'map') {
    const data = o.series[0].data.filter((d) => d.label);
    header = [tx.cols.iso3, tx.cols.ally, tx.cols.pct_gdp, tx.cols.estimate, tx.cols.status];
    rows = data.map((d) => [d.name, d.label, d.value ?? '', d.value != null ? (d.estimate ? tx.yes : tx.no) : '',
      tx.statuses[d.status || 'reporting']]);
    estimates = data.map((d) => Boolean(d.estimate));
  } else {
    const cat = ((o.yAxis[0] && o.yAxis[0].type === 'category' ? o.yAxis[0] : o.xAxis[0]) || {}).data || [];
    header = [BY_ALLY.has(id) ? tx.cols.ally : tx.cols.year, ...o.series.map((s, i) => s.name || String(i + 1))];
    rows = cat.map((c, i) => [c, ...o.series.map((s) => value(s.data[i]))]);
    // "Poland (e)" or "2026e" on the axis; in a comparison, a point flagged estimate.
    estimates = cat.map((c, i) => /\(e\)$|^\d{4}e$/.test(String(c)) ||
      o.series.some((s) => s.data[i] && s.data[i].estimate));
  }
  return { header: [...header, tx.cols.vintage], rows: rows.map((r) => [...r, state.vintage]), estimates };
}

/// The table of a chart: one row a category, columns sortable (a button in each header).
export function fillTable(id) {
  const table = $(`${id}-table`);
  if (!table || table.hidden || !charts[id]) return;
  const data = tableData(id);
  const { header } = data;
  const rows = data.rows.map((r, i) => ({ cells: r, estimate: data.estimates[i] }));
  const sort = table.dataset.sort ? JSON.parse(table.dataset.sort) : null;
  if (sort) {
    const num = rows.every(({ cells: r }) => r[sort.col] === '' || r[sort.col] == null || !Number.isNaN(Number(r[sort.col])));
    rows.sort((a, b) => {
      const x = a.cells[sort.col];
      const y = b.cells[sort.col];
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
    if (r.estimate) row.className = 'estimate';
    for (const v of r.cells) row.insertCell().textContent = typeof v === 'number' ? String(Math.round(v * 100) / 100) : String(v ?? '');
  }
}

export function fillTables() {
  for (const id of Object.keys(charts)) fillTable(id);
}

/// Adds the PNG, SVG and CSV buttons under every chart; a failed download goes to `onError`.
export function addDownloadButtons(onError) {
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
        if (!charts[el.id] || (kind === 'csv' && !csvSources[el.id])) return;
        try {
          await (await import('./download.js')).download(el.id, kind);
        } catch (e) {
          onError(e);
        }
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
