// Year view: allies ranked by % of GDP, the 2%, 3.5% and 5% lines, estimates marked.
import { api } from '../api.js';
import { state, t } from '../state.js';
import { $, chart, cite, allyName, setCsvSource } from '../ui.js';
import { fmtPct } from '../i18n.js';
import { yearOption } from './year_option.js';

export async function render(tk) {
  const d = await api('compliance', { year: state.year }, tk);
  const { rows, option } = yearOption(d, state.lang, allyName);
  const missing = d.rows.filter((r) => r.value_pct == null).map((r) => allyName(r.iso3, r.name));
  const tx = t();
  $('year-summary').textContent = tx.yearSummary(d.count_meeting, d.members, d.year,
    fmtPct(state.lang, d.target_pct)) + (missing.length ? tx.notReporting(missing.join(', ')) : '') +
    (rows.some((r) => r.estimate) ? ' ' + tx.estimateNote : '');
  const c = await chart('chart-year');
  c.setOption(option, true);
  // The chart the web build drew for the default screen (index.html), until now in its place.
  $('chart-year-prerender')?.remove();
  setCsvSource('chart-year', d.vintage.id, ['compliance', { year: d.year }]);
  $('chart-year').dataset.state = `${d.vintage.id}|${d.year}|${rows.length}`;
  $('chart-year').setAttribute('aria-label', tx.yearChart(d.year));
  cite('cite-year', d.vintage);
}
