// The dashboard: six views over the JSON API of `fardeau serve`, drawn with Apache
// ECharts. It knows only the API; every figure comes with the edition it is from.
import * as echarts from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, TooltipComponent, LegendComponent, MarkLineComponent, TitleComponent,
  AriaComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import { TEXT, fmtPct, fmtUsdBn, fmtClaimValue, fmtInt } from './i18n.js';

echarts.use([BarChart, LineChart, GridComponent, TooltipComponent, LegendComponent,
  MarkLineComponent, TitleComponent, AriaComponent, CanvasRenderer]);

const $ = (id) => document.getElementById(id);
const state = { lang: 'en', view: 'year', vintage: '', vintages: [], names: {}, year: null,
  ally: 'FRA', allyTarget: '2', basis: 'current', gapYear: null, target: '3.5',
  presets: [], scPreset: '', scTarget: '3.5', scBy: null, claim: '' };
const charts = {};
const COLORS = { bar: '#1f4e96', estimate: '#9db4d8', us: '#b5342c', rest: '#1f4e96', line: '#222',
  baseline: '#8a94a3' };
// Claims from the July 2018 Brussels summit report (examples/otan-2018.claims).
const CLAIM_EXAMPLES = [
  'members(2018) = 29',
  'cumulative(defexp_usd_const, europe-canada, 2016..2018) ~ 41 milliards',
  'pct_gdp[USA, 2018] ~ 4 ±0.2',
  'count(meets(2018)) < members(2018) / 2',
];
const TARGET_LINES = [2, 3.5, 5];

const t = () => TEXT[state.lang];

// Every call names the page's language, so that an error (error.message) comes back in it;
// switching language re-renders, which fetches again and so re-words a displayed error.
async function api(path, params = {}) {
  const qs = new URLSearchParams({ vintage: state.vintage, lang: state.lang, ...params });
  const res = await fetch(`/api/v1/${path}?${qs}`);
  const body = await res.json();
  if (!res.ok) throw new Error(body.error ? body.error.message : res.statusText);
  return body;
}

function chart(id) {
  if (!charts[id]) charts[id] = echarts.init($(id), null, { renderer: 'canvas' });
  return charts[id];
}
window.fardeauCharts = charts;  // the browser tests read the charts' options

function allyName(iso3, fallback) {
  const n = state.names[iso3];
  return n ? (state.lang === 'fr' ? n.fr : n.en) : (fallback || iso3);
}

function cite(id, vintage) {
  $(id).textContent = `${t().source}: ${vintage.citation}`;
}

function showError(e) {
  const el = $('error');
  if (!e) { el.hidden = true; el.textContent = ''; return; }
  el.hidden = false;
  el.textContent = t().error + e.message;
}

function currentVintage() {
  return state.vintages.find((v) => v.id === state.vintage);
}

function fillYears(selectId, selected) {
  const v = currentVintage();
  const sel = $(selectId);
  sel.replaceChildren();
  for (let y = v.last_year; y >= v.first_year; y--) sel.add(new Option(String(y), String(y)));
  sel.value = String(selected && selected >= v.first_year && selected <= v.last_year ? selected : v.last_year);
  return Number(sel.value);
}

// ---- Year view: allies ranked by % of GDP, the 2%, 3.5% and 5% lines, estimates marked.
async function renderYear() {
  const d = await api('compliance', { year: state.year });
  const rows = d.rows.filter((r) => r.value_pct != null).reverse();  // highest on top
  const missing = d.rows.filter((r) => r.value_pct == null).map((r) => allyName(r.iso3, r.name));
  const tx = t();
  $('year-summary').textContent = tx.yearSummary(d.count_meeting, d.members, d.year,
    fmtPct(state.lang, d.target_pct)) + (missing.length ? tx.notReporting(missing.join(', ')) : '') +
    (rows.some((r) => r.estimate) ? ' ' + tx.estimateNote : '');
  const c = chart('chart-year');
  c.setOption({
    aria: { enabled: true },
    title: { text: tx.yearChart(d.year), left: 'center', textStyle: { fontSize: 14 } },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' },
      formatter: (p) => `${p[0].name}: ${fmtPct(state.lang, p[0].value)}` },
    grid: { left: 8, right: 40, top: 60, bottom: 24, containLabel: true },
    xAxis: { type: 'value', max: (v) => Math.max(5.5, Math.ceil(v.max)),
      axisLabel: { formatter: (v) => fmtPct(state.lang, v, 1) } },
    yAxis: { type: 'category', data: rows.map((r) => allyName(r.iso3, r.name) + (r.estimate ? ' (e)' : '')),
      axisLabel: { fontSize: 11 } },
    series: [{
      type: 'bar', name: '% GDP',
      data: rows.map((r) => ({ value: r.value_pct,
        itemStyle: { color: r.estimate ? COLORS.estimate : COLORS.bar } })),
      markLine: { symbol: 'none', silent: true, lineStyle: { type: 'dashed', color: COLORS.line },
        label: { formatter: (p) => fmtPct(state.lang, p.value, 1), position: 'end' },
        data: TARGET_LINES.map((x) => ({ xAxis: x })) },
    }],
  }, true);
  $('chart-year').dataset.state = `${d.vintage.id}|${d.year}|${rows.length}`;
  $('chart-year').setAttribute('aria-label', tx.yearChart(d.year));
  cite('cite-year', d.vintage);
}

// ---- Ally view: its % of GDP over time, its gap to a target, its equipment share.
async function renderAlly() {
  const tx = t();
  const s = await api('series', { ally: state.ally, indicator: 'pct_gdp' });
  const name = allyName(s.iso3, s.name);
  const pts = s.points.filter((p) => p.value != null);
  const last = pts[pts.length - 1];
  let gapText = '';
  if (last) {
    const g = await api('gap', { group: s.iso3, year: last.year, target: state.allyTarget });
    const row = g.rows.find((r) => r.iso3 === s.iso3);
    gapText = tx.allySummary(name, fmtPct(state.lang, last.value) + (last.estimate ? ' (e)' : ''), last.year,
      fmtPct(state.lang, Number(state.allyTarget)), row && row.gap_usd_m > 0 ? fmtUsdBn(state.lang, row.gap_usd_m) : '');
  }
  $('ally-summary').textContent = gapText;
  chart('chart-ally').setOption({
    aria: { enabled: true },
    title: { text: tx.allyChart(name), left: 'center', textStyle: { fontSize: 14 } },
    tooltip: { trigger: 'axis', valueFormatter: (v) => fmtPct(state.lang, v) },
    grid: { left: 8, right: 48, top: 40, bottom: 24, containLabel: true },
    xAxis: { type: 'category', data: pts.map((p) => String(p.year) + (p.estimate ? 'e' : '')) },
    yAxis: { type: 'value', axisLabel: { formatter: (v) => fmtPct(state.lang, v, 1) } },
    series: [{ type: 'line', name: '% GDP', data: pts.map((p) => p.value), symbolSize: 7,
      itemStyle: { color: COLORS.bar },
      markLine: { symbol: 'none', silent: true, lineStyle: { type: 'dashed', color: COLORS.line },
        label: { formatter: (p) => fmtPct(state.lang, p.value, 1) },
        data: [{ yAxis: Number(state.allyTarget) }] } }],
  }, true);
  $('chart-ally').dataset.state = `${s.vintage.id}|${s.iso3}|${pts.length}`;
  cite('cite-ally', s.vintage);

  const hasEquipment = s.vintage.id.startsWith('nato') &&
    (currentVintage().indicators || []).includes('equipment_share_pct');
  const eqChart = chart('chart-ally-eq');
  if (!hasEquipment) {
    eqChart.clear();
    eqChart.setOption({ title: { text: tx.noEquipment, left: 'center', top: 'middle', textStyle: { fontSize: 13 } } });
    $('cite-ally-eq').textContent = `${tx.source}: ${s.vintage.citation}`;
    return;
  }
  const e = await api('series', { ally: state.ally, indicator: 'equipment_share' });
  const epts = e.points.filter((p) => p.value != null);
  eqChart.setOption({
    aria: { enabled: true },
    title: { text: tx.allyEqChart(name), left: 'center', textStyle: { fontSize: 14 } },
    tooltip: { trigger: 'axis', valueFormatter: (v) => fmtPct(state.lang, v) },
    grid: { left: 8, right: 48, top: 40, bottom: 24, containLabel: true },
    xAxis: { type: 'category', data: epts.map((p) => String(p.year) + (p.estimate ? 'e' : '')) },
    yAxis: { type: 'value', axisLabel: { formatter: (v) => fmtPct(state.lang, v, 0) } },
    series: [{ type: 'bar', data: epts.map((p) => p.value), itemStyle: { color: COLORS.bar },
      markLine: { symbol: 'none', silent: true, lineStyle: { type: 'dashed', color: COLORS.line },
        label: { formatter: (p) => fmtPct(state.lang, p.value, 0) }, data: [{ yAxis: 20 }] } }],
  }, true);
  cite('cite-ally-eq', e.vintage);
}

// ---- Shares: the United States against the other allies over time.
async function renderShares() {
  const tx = t();
  const [us, all] = await Promise.all([
    api('trend', { group: 'USA', basis: state.basis }),
    api('trend', { group: 'nato', basis: state.basis }),
  ]);
  const byYear = new Map(us.points.map((p) => [p.year, p.defexp_usd_m]));
  const pts = all.points.filter((p) => p.defexp_usd_m != null && byYear.get(p.year) != null);
  const years = pts.map((p) => String(p.year) + (p.estimate ? 'e' : ''));
  const usVals = pts.map((p) => byYear.get(p.year));
  const restVals = pts.map((p, i) => p.defexp_usd_m - usVals[i]);
  const shareVals = pts.map((p, i) => 100 * usVals[i] / p.defexp_usd_m);
  const basisLabel = state.basis === 'current' ? tx.current
    : `${tx.constant}${all.price_base_year ? ' ' + all.price_base_year : ''}`;
  if (pts.length)
    $('shares-summary').textContent = tx.sharesSummary(pts[pts.length - 1].year,
      fmtPct(state.lang, shareVals[shareVals.length - 1], 1));
  chart('chart-shares').setOption({
    aria: { enabled: true },
    title: { text: tx.sharesChart(basisLabel), left: 'center', textStyle: { fontSize: 14 } },
    legend: { top: 30 },
    tooltip: { trigger: 'axis' },
    grid: { left: 8, right: 8, top: 70, bottom: 24, containLabel: true },
    xAxis: { type: 'category', data: years },
    yAxis: [{ type: 'value', axisLabel: { formatter: (v) => fmtUsdBn(state.lang, v).replace(/[.,]0(?=\D*$)/, '') } },
      { type: 'value', min: 0, max: 100, axisLabel: { formatter: (v) => fmtPct(state.lang, v, 0) } }],
    series: [
      { type: 'bar', stack: 'all', name: tx.us, data: usVals, itemStyle: { color: COLORS.us },
        tooltip: { valueFormatter: (v) => fmtUsdBn(state.lang, v) } },
      { type: 'bar', stack: 'all', name: tx.rest, data: restVals, itemStyle: { color: COLORS.rest },
        tooltip: { valueFormatter: (v) => fmtUsdBn(state.lang, v) } },
      { type: 'line', yAxisIndex: 1, name: tx.usShare, data: shareVals, itemStyle: { color: COLORS.line },
        tooltip: { valueFormatter: (v) => fmtPct(state.lang, v, 1) } },
    ],
  }, true);
  $('chart-shares').dataset.state = `${all.vintage.id}|${state.basis}|${pts.length}`;
  cite('cite-shares', all.vintage);
}

// ---- Gaps: the dollars each ally below a target would add that year.
async function renderGap() {
  const tx = t();
  const d = await api('gap', { year: state.gapYear, target: state.target });
  const rows = d.rows.filter((r) => r.gap_usd_m > 0).sort((a, b) => a.gap_usd_m - b.gap_usd_m);
  const tgt = fmtPct(state.lang, d.target_pct);
  $('gap-summary').textContent = tx.gapSummary(d.count_below, fmtUsdBn(state.lang, d.total_gap_usd_m), tgt, d.year);
  chart('chart-gap').setOption({
    aria: { enabled: true },
    title: { text: tx.gapChart(tgt, d.year), left: 'center', textStyle: { fontSize: 14 } },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v) => fmtUsdBn(state.lang, v) },
    grid: { left: 8, right: 40, top: 40, bottom: 24, containLabel: true },
    xAxis: { type: 'value', axisLabel: { formatter: (v) => fmtUsdBn(state.lang, v).replace(/[.,]0(?=\D*$)/, ''), rotate: 30 } },
    yAxis: { type: 'category', data: rows.map((r) => allyName(r.iso3, r.name) + (r.estimate ? ' (e)' : '')),
      axisLabel: { fontSize: 11 } },
    series: [{ type: 'bar', data: rows.map((r) => ({ value: r.gap_usd_m,
      itemStyle: { color: r.estimate ? COLORS.estimate : COLORS.bar } })) }],
  }, true);
  $('chart-gap').dataset.state = `${d.vintage.id}|${d.year}|${d.target_pct}|${rows.length}`;
  cite('cite-gap', d.vintage);
}

// ---- Scenario: every ally on a path to a target by a horizon; the spending, the US share
// and the allies meeting the target year by year (GET /api/v1/scenario).
function scenarioParams() {
  return state.scPreset ? { preset: state.scPreset } : { target: state.scTarget, by: state.scBy };
}

async function renderScenario() {
  const tx = t();
  const main = chart('chart-scenario');
  const meet = chart('chart-scenario-meeting');
  let d;
  try {
    d = await api('scenario', scenarioParams());
  } catch (e) {  // e.g. an edition without spending in dollars: say so, draw nothing
    main.clear();
    meet.clear();
    $('scenario-summary').textContent = '';
    $('chart-scenario').dataset.state = `${state.vintage}|error`;
    throw e;
  }
  const tgt = fmtPct(state.lang, d.target_pct);
  const years = d.years.map((y) => String(y.year));
  const first = d.years[0];
  const last = d.years[d.years.length - 1];
  $('scenario-summary').textContent = tx.scenarioSummary(tgt, d.by, d.from,
    fmtUsdBn(state.lang, last.cumulative_extra_usd_m), fmtPct(state.lang, first.us_share_pct, 1),
    fmtPct(state.lang, last.us_share_pct, 1), fmtInt(state.lang, last.allies_meeting), fmtInt(state.lang, last.allies));
  const usd = (v) => fmtUsdBn(state.lang, v);
  const narrow = $('chart-scenario').clientWidth < 560;  // title on two lines, legend on three
  main.setOption({
    aria: { enabled: true },
    title: { text: tx.scenarioChart(tgt, d.by), left: 'center',
      textStyle: { fontSize: 14, lineHeight: 20, width: Math.max(200, $('chart-scenario').clientWidth - 20),
        overflow: 'break' } },
    legend: { top: narrow ? 62 : 46 },
    tooltip: { trigger: 'axis' },
    grid: { left: 8, right: 8, top: narrow ? 140 : 96, bottom: 24, containLabel: true },
    xAxis: { type: 'category', data: years },
    yAxis: [{ type: 'value', axisLabel: { formatter: (v) => usd(v).replace(/[.,]0(?=\D*$)/, '') } },
      { type: 'value', min: 0, max: 100, axisLabel: { formatter: (v) => fmtPct(state.lang, v, 0) } }],
    series: [
      { type: 'bar', name: tx.spending, data: d.years.map((y) => y.total_usd_m), itemStyle: { color: COLORS.bar },
        tooltip: { valueFormatter: usd } },
      { type: 'line', name: tx.baseline, data: d.years.map((y) => y.baseline_usd_m), symbol: 'none',
        lineStyle: { type: 'dashed' }, itemStyle: { color: COLORS.baseline }, tooltip: { valueFormatter: usd } },
      { type: 'line', yAxisIndex: 1, name: tx.usShare, data: d.years.map((y) => y.us_share_pct),
        itemStyle: { color: COLORS.us }, tooltip: { valueFormatter: (v) => fmtPct(state.lang, v, 1) } },
    ],
  }, true);
  meet.setOption({
    aria: { enabled: true },
    title: { text: tx.meetingChart(tgt), left: 'center', textStyle: { fontSize: 14 } },
    legend: { top: 32 },
    tooltip: { trigger: 'axis', valueFormatter: (v) => fmtInt(state.lang, v) },
    grid: { left: 8, right: 8, top: 72, bottom: 24, containLabel: true },
    xAxis: { type: 'category', data: years },
    yAxis: { type: 'value', min: 0, minInterval: 1 },
    series: [
      { type: 'bar', name: tx.meeting, data: d.years.map((y) => y.allies_meeting), itemStyle: { color: COLORS.bar } },
      { type: 'line', name: tx.allAllies, data: d.years.map((y) => y.allies), symbol: 'none',
        lineStyle: { type: 'dashed' }, itemStyle: { color: COLORS.line } },
    ],
  }, true);
  $('chart-scenario').dataset.state = `${d.vintage.id}|${d.target_pct}|${d.by}|${d.years.length}`;
  $('chart-scenario').setAttribute('aria-label', tx.scenarioChart(tgt, d.by));
  $('chart-scenario-meeting').setAttribute('aria-label', tx.meetingChart(tgt));
  cite('cite-scenario', d.vintage);
  cite('cite-scenario-meeting', d.vintage);
}

/// The horizons offered: the years after the edition's last one (the scenario's base).
function fillHorizons() {
  const v = currentVintage();
  const sel = $('sc-by');
  sel.replaceChildren();
  for (let y = v.last_year + 1; y <= v.last_year + 30; y++) sel.add(new Option(String(y), String(y)));
  const keep = state.scBy && state.scBy > v.last_year && state.scBy <= v.last_year + 30;
  state.scBy = keep ? state.scBy : Math.max(v.last_year + 1, Math.min(2035, v.last_year + 30));
  sel.value = String(state.scBy);
}

async function loadPresets() {
  const sel = $('sc-preset');
  sel.replaceChildren(new Option(t().custom, ''));
  try {
    state.presets = (await api('scenario', { list: 1 })).presets;
  } catch {
    state.presets = [];  // the edition has no scenario: the view says why when opened
  }
  for (const p of state.presets) {
    sel.add(new Option(p.id, p.id));  // text and title: presetLabels, in the page's language
  }
  if (!state.presets.some((p) => p.id === state.scPreset)) state.scPreset = '';
  sel.value = state.scPreset;
  presetLabels();
}

/// "hague-2035: 3.5% by 2035" / "hague-2035 : 3,5 % en 2035".
function presetLabels() {
  const sel = $('sc-preset');
  sel.options[0].text = t().custom;
  for (const o of [...sel.options].slice(1)) {
    const p = state.presets.find((x) => x.id === o.value);
    const by = p.immediate ? `${p.by}` : (state.lang === 'fr' ? `en ${p.by}` : `by ${p.by}`);
    o.text = `${p.id}${state.lang === 'fr' ? ' : ' : ': '}${fmtPct(state.lang, p.target_pct)} ${by}`;
    o.title = (state.lang === 'fr' && p.description_fr) || p.description;
  }
}

/// Adds an option the list lacks (a preset's target or horizon), in order.
function ensureOption(sel, value, text) {
  if ([...sel.options].some((o) => o.value === value)) return;
  const before = [...sel.options].find((o) => Number(o.value) > Number(value));
  sel.add(new Option(text, value), before || null);
}

function choosePreset(id) {
  state.scPreset = id;
  const p = state.presets.find((x) => x.id === id);
  if (p) {  // show what the preset sets; changing either control leaves the preset
    ensureOption($('sc-target'), String(p.target_pct), fmtPct(state.lang, p.target_pct));
    $('sc-target').value = String(p.target_pct);
    const by = $('sc-by');
    ensureOption(by, String(p.by), String(p.by));
    by.value = String(p.by);
  } else {
    fillHorizons();
    $('sc-target').value = state.scTarget;
  }
}

function customScenario() {
  state.scTarget = $('sc-target').value;
  if (state.scPreset) {
    state.scPreset = '';
    $('sc-preset').value = '';
    const by = Number($('sc-by').value);
    fillHorizons();
    if (by > currentVintage().last_year) { state.scBy = by; $('sc-by').value = String(by); }
  }
  state.scBy = Number($('sc-by').value);
}

// ---- Claim box: POST the claim to /api/v1/check; the verdict, the figure, the readings
// tried with their values, and the editions cited.
function readingLabel(label) {
  const parts = t().readingParts;
  return label.split(', ').map((p) => parts[p] || p).join(', ');
}

function editionsText(ids, estimates) {
  if (!ids || !ids.length) return t().noEdition;
  return ids.join(', ') + (estimates ? t().includesEstimates : '');
}

/// A figure as the speaker gave it: "41 bn", not "41.000 bn" (the CLI's claim_figure).
function claimFigure(v) {
  const s = fmtClaimValue(state.lang, v);
  const mark = state.lang === 'fr' ? ',' : '.';
  const at = s.indexOf(mark);
  if (at < 0) return s;
  let end = at + 1;
  while (end < s.length && s[end] >= '0' && s[end] <= '9') end++;
  let cut = end;
  while (cut > at + 1 && s[cut - 1] === '0') cut--;
  if (cut === at + 1) cut = at;
  return s.slice(0, cut) + s.slice(end);
}

/// "~ 41 bn ±5% (default: ±2.05 bn)", "= 29", "~ 4 ±0.2".
function comparedText(d) {
  if (d.operator == null) return '–';
  let s = `${d.operator} ${claimFigure(d.compared_with)}`;
  const tol = d.tolerance;
  if (tol && tol.kind === 'relative')
    s += ` ±${fmtPct(state.lang, tol.amount)} (${tol.default ? t().defaultTolerance : ''}±${claimFigure(tol.band)})`;
  else if (tol)
    s += ` ±${claimFigure(tol.band)}`;
  return s;
}

function showClaimResult(d, err) {
  const tx = t();
  const verdict = $('claim-verdict');
  const facts = $('claim-facts');
  const table = $('claim-readings');
  facts.replaceChildren();
  table.tBodies[0].replaceChildren();
  verdict.hidden = !d && !err;
  table.hidden = true;
  $('cite-claim').textContent = '';
  if (err) {
    verdict.className = 'verdict error';
    verdict.textContent = err;
    verdict.dataset.verdict = 'error';
    return;
  }
  if (!d) return;
  verdict.className = `verdict v-${d.verdict.replace(/ /g, '-')}`;
  verdict.dataset.verdict = d.verdict;
  verdict.textContent = tx.verdictLine(tx.verdicts[d.verdict] || d.verdict);
  const fact = (k, v) => {
    const dt = document.createElement('dt'); dt.textContent = k;
    const dd = document.createElement('dd'); dd.textContent = v;
    facts.append(dt, dd);
  };
  if (d.value != null) {
    let value = fmtClaimValue(state.lang, d.value);
    if (d.difference_pct != null)
      value += ` (${d.difference_pct > 0 ? '+' : ''}${fmtPct(state.lang, d.difference_pct, 1)} ${tx.fromClaim})`;
    fact(tx.value, value);
    fact(tx.comparedWith, comparedText(d));
    if (d.readings.length > 1 && d.reading) fact(tx.reading, readingLabel(d.reading));
    const fig = d.readings.find((r) => r.label === d.reading);
    fact(tx.edition, editionsText(fig ? fig.editions : d.editions.map((e) => e.id), d.uses_estimates));
  } else if (d.readings.length && d.readings[0].reason) {
    fact(tx.why, d.readings[0].reason);
  }
  if (d.readings.length > 1) {
    table.hidden = false;
    $('claim-readings-caption').textContent = tx.readingsCaption(d.readings_holding, d.readings_checkable);
    for (const r of d.readings) {
      const tr = table.tBodies[0].insertRow();
      tr.className = `v-${r.verdict.replace(/ /g, '-')}`;
      const cells = [readingLabel(r.label), tx.verdicts[r.verdict] || r.verdict,
        r.value != null ? fmtClaimValue(state.lang, r.value) : (r.reason || '–'),
        r.verdict === 'not checkable' ? '–' : editionsText(r.editions, r.uses_estimates)];
      for (const c of cells) tr.insertCell().textContent = c;
    }
  }
  $('cite-claim').textContent = d.editions.length
    ? d.editions.map((e) => `${tx.source}: ${e.citation}`).join('\n')
    : `${tx.source}: ${tx.membershipSource}`;
}

async function renderClaim() {
  if (!state.claim) { showClaimResult(null); return; }
  const res = await fetch(`/api/v1/check?${new URLSearchParams({ lang: state.lang })}`,
    { method: 'POST', headers: { 'Content-Type': 'text/plain; charset=utf-8' }, body: state.claim });
  const body = await res.json();
  if (!res.ok) {  // a claim that cannot be read: the message says where (column N)
    showClaimResult(null, t().claimError + (body.error ? body.error.message : res.statusText));
    return;
  }
  showClaimResult(body);
}

const RENDER = { year: renderYear, ally: renderAlly, shares: renderShares, gap: renderGap,
  scenario: renderScenario, claim: renderClaim };

async function render() {
  document.body.dataset.loading = '1';
  try {
    await RENDER[state.view]();
    showError(null);
  } catch (e) {
    showError(e);
  } finally {
    for (const c of Object.values(charts)) c.resize();
    delete document.body.dataset.loading;
    document.body.dataset.rendered = `${state.view}|${state.lang}|${state.vintage}`;
  }
}

function applyLabels() {
  const tx = t();
  document.documentElement.lang = state.lang;
  document.title = tx.title;
  $('title').textContent = tx.title;
  $('subtitle').textContent = tx.subtitle;
  $('footer').textContent = tx.footer;
  const labels = { 'lbl-vintage': tx.vintage, 'lbl-lang': tx.lang, 'lbl-year': tx.year, 'lbl-ally': tx.ally,
    'lbl-ally-target': tx.target, 'lbl-basis': tx.basis, 'lbl-gap-year': tx.year, 'lbl-target': tx.target,
    'tab-year': tx.tabYear, 'tab-ally': tx.tabAlly, 'tab-shares': tx.tabShares, 'tab-gap': tx.tabGap,
    'tab-scenario': tx.tabScenario, 'tab-claim': tx.tabClaim, 'lbl-sc-preset': tx.preset,
    'lbl-sc-target': tx.target, 'lbl-sc-by': tx.horizon, 'lbl-claim': tx.claim, 'claim-submit': tx.check,
    'claim-hint': tx.claimHint, 'lbl-claim-examples': tx.examples, 'th-reading': tx.reading,
    'th-verdict': 'Verdict', 'th-value': tx.value, 'th-edition': tx.edition };
  for (const [id, text] of Object.entries(labels)) $(id).textContent = text;
  $('basis').options[0].text = tx.current;
  $('basis').options[1].text = tx.constant;
  for (const sel of ['ally-target', 'target', 'sc-target'])
    for (const o of $(sel).options) o.text = fmtPct(state.lang, Number(o.value));
  const allySel = $('ally');
  for (const o of allySel.options) o.text = allyName(o.value);
  presetLabels();
}

function selectView(view, focus = false) {
  state.view = view;
  for (const b of document.querySelectorAll('[role=tab]')) {
    const on = b.dataset.view === view;
    b.setAttribute('aria-selected', String(on));
    b.tabIndex = on ? 0 : -1;
    $(b.getAttribute('aria-controls')).hidden = !on;
    if (on && focus) b.focus();
  }
  render();
}

async function loadVintage() {
  state.year = fillYears('year', state.year);
  state.gapYear = fillYears('gap-year', state.gapYear);
  const a = await api('allies', {});
  state.names = Object.fromEntries(a.rows.map((r) => [r.iso3, { en: r.name_en, fr: r.name_fr }]));
  const sel = $('ally');
  sel.replaceChildren();
  for (const r of a.rows.filter((r) => r.has_armed_forces && r.reporting))
    sel.add(new Option(allyName(r.iso3), r.iso3));
  if (![...sel.options].some((o) => o.value === state.ally)) state.ally = sel.options[0]?.value || '';
  sel.value = state.ally;
  fillHorizons();
  await loadPresets();
  choosePreset(state.scPreset);
  applyLabels();
}

async function start() {
  const v = await api('vintages', {});
  state.vintages = v.vintages;
  state.vintage = v.default;
  const sel = $('vintage');
  for (const x of v.vintages) sel.add(new Option(`${x.id}: ${x.title}`, x.id));
  sel.value = state.vintage;
  await loadVintage();

  sel.addEventListener('change', async () => { state.vintage = sel.value; await loadVintage(); render(); });
  $('lang').addEventListener('change', () => { state.lang = $('lang').value; applyLabels(); render(); });
  $('year').addEventListener('change', () => { state.year = Number($('year').value); render(); });
  $('gap-year').addEventListener('change', () => { state.gapYear = Number($('gap-year').value); render(); });
  $('target').addEventListener('change', () => { state.target = $('target').value; render(); });
  $('ally').addEventListener('change', () => { state.ally = $('ally').value; render(); });
  $('ally-target').addEventListener('change', () => { state.allyTarget = $('ally-target').value; render(); });
  $('basis').addEventListener('change', () => { state.basis = $('basis').value; render(); });
  $('sc-preset').addEventListener('change', () => { choosePreset($('sc-preset').value); render(); });
  $('sc-target').addEventListener('change', () => { customScenario(); render(); });
  $('sc-by').addEventListener('change', () => { customScenario(); render(); });
  const examples = document.querySelector('.examples');
  for (const c of CLAIM_EXAMPLES) {
    const b = document.createElement('button');
    b.type = 'button';
    b.className = 'example';
    b.textContent = c;
    b.addEventListener('click', () => { $('claim-input').value = c; $('claim-form').requestSubmit(); });
    examples.append(b);
  }
  $('claim-form').addEventListener('submit', (e) => {
    e.preventDefault();
    state.claim = $('claim-input').value.trim();
    if (!state.claim) { showClaimResult(null, t().emptyClaim); return; }
    render();
  });
  const tabs = [...document.querySelectorAll('[role=tab]')];
  for (const b of tabs) {
    b.addEventListener('click', () => selectView(b.dataset.view));
    b.addEventListener('keydown', (e) => {  // arrow keys move between tabs (WAI-ARIA tabs)
      const i = tabs.indexOf(b);
      const next = e.key === 'ArrowRight' ? tabs[(i + 1) % tabs.length]
        : e.key === 'ArrowLeft' ? tabs[(i + tabs.length - 1) % tabs.length] : null;
      if (next) { e.preventDefault(); selectView(next.dataset.view, true); }
    });
  }
  window.addEventListener('resize', () => { for (const c of Object.values(charts)) c.resize(); });
  selectView('year');
}

start().catch(showError);
