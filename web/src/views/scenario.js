// Scenario: every ally on a path to a target by a horizon; the spending, the US share and
// the allies meeting the target year by year (GET /api/v1/scenario).
import { api, Stale } from '../api.js';
import { state, t } from '../state.js';
import { $, chart, cite, COLORS, setCsvSource } from '../ui.js';
import { fmtPct, fmtUsdBn, fmtInt } from '../i18n.js';
import { presetsReady } from './scenario_controls.js';

function params() {
  return state.scPreset ? { preset: state.scPreset } : { target: state.scTarget, by: state.scBy };
}

export async function render(tk) {
  const tx = t();
  // A preset named in the URL is chosen once the presets are in; the charts load meanwhile.
  const answer = presetsReady().then(() => api('scenario', params(), tk));
  answer.catch(() => {});  // handled below, once the charts are there
  const main = await chart('chart-scenario');
  const meet = await chart('chart-scenario-meeting');
  let d;
  try {
    d = await answer;
  } catch (e) {  // e.g. an edition without spending in dollars: say so, draw nothing
    if (!(e instanceof Stale)) {
      main.clear();
      meet.clear();
      setCsvSource('chart-scenario', null);
      setCsvSource('chart-scenario-meeting', null);
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
  setCsvSource('chart-scenario', d.vintage.id, ['scenario', params()]);
  setCsvSource('chart-scenario-meeting', d.vintage.id, ['scenario', params()]);
  $('chart-scenario').dataset.state = `${d.vintage.id}|${d.target_pct}|${d.by}|${d.years.length}`;
  $('chart-scenario').setAttribute('aria-label', tx.scenarioChart(tgt, d.by));
  $('chart-scenario-meeting').setAttribute('aria-label', tx.meetingChart(tgt));
  cite('cite-scenario', d.vintage);
  cite('cite-scenario-meeting', d.vintage);
}
