// Scenario: every ally on a path to a target by a horizon; the spending, the US share and
// the allies meeting the target year by year (GET /api/v1/scenario).
import { api, Stale } from '../api.js';
import { state, t, currentVintage } from '../state.js';
import { $, chart, cite, COLORS } from '../ui.js';
import { fmtPct, fmtUsdBn, fmtInt } from '../i18n.js';

function params() {
  return state.scPreset ? { preset: state.scPreset } : { target: state.scTarget, by: state.scBy };
}

export async function render(tk) {
  const tx = t();
  const main = chart('chart-scenario');
  const meet = chart('chart-scenario-meeting');
  let d;
  try {
    d = await api('scenario', params(), tk);
  } catch (e) {  // e.g. an edition without spending in dollars: say so, draw nothing
    if (!(e instanceof Stale)) {
      main.clear();
      meet.clear();
      $('scenario-summary').textContent = '';
      $('chart-scenario').dataset.state = `${state.vintage}|error`;
    }
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
export function fillHorizons() {
  const v = currentVintage();
  const sel = $('sc-by');
  sel.replaceChildren();
  for (let y = v.last_year + 1; y <= v.last_year + 30; y++) sel.add(new Option(String(y), String(y)));
  const keep = state.scBy && state.scBy > v.last_year && state.scBy <= v.last_year + 30;
  state.scBy = keep ? state.scBy : Math.max(v.last_year + 1, Math.min(2035, v.last_year + 30));
  sel.value = String(state.scBy);
}

export async function loadPresets() {
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
export function presetLabels() {
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

export function choosePreset(id) {
  state.scPreset = id;
  $('sc-preset').value = id;
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

export function customScenario() {
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
