// The scenario view's controls: the presets of the edition (GET /api/v1/scenario?list=1),
// the target and the horizon; apart from the charts so that the page fills them without
// loading ECharts.
import { api } from '../api.js';
import { state, t, currentVintage } from '../state.js';
import { $ } from '../ui.js';
import { fmtPct } from '../i18n.js';

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

let ready = Promise.resolve();

/// The presets of the edition, loaded by loadPresets: the scenario view waits for them.
export const presetsReady = () => ready;

/// Asks for the edition's presets; `preset` (the URL's) is chosen when it is one of them.
export function loadPresets(preset) {
  const sel = $('sc-preset');
  sel.replaceChildren(new Option(t().custom, ''));
  state.presets = [];
  const vintage = state.vintage;
  ready = api('scenario', { list: 1 }).then((d) => d.presets, () => []).then((presets) => {
    if (state.vintage !== vintage) return;  // an older edition's answer
    state.presets = presets;  // none: the edition has no scenario, the view says why when opened
    for (const p of presets) sel.add(new Option(p.id, p.id));  // text and title: presetLabels
    presetLabels();
    choosePreset(presets.some((p) => p.id === preset) ? preset : '');
  });
  return ready;
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
