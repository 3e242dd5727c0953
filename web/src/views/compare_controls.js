// The compare view's controls: the allies picker (a checkbox an ally that reports, named
// and sorted in the page's language), the measure and the base year of the real change;
// apart from the chart so that the page fills them without loading ECharts.
import { state, t, currentVintage } from '../state.js';
import { $, allyName } from '../ui.js';

/// The picker: a checkbox an ally (those that report, with armed forces), named and sorted
/// in the page's language; its summary names the allies chosen.
export function fillPicker(rows) {
  const box = $('compare-allies');
  box.replaceChildren();
  const sorted = [...rows].sort((a, b) => allyName(a.iso3).localeCompare(allyName(b.iso3), state.lang));
  for (const r of sorted) {
    const label = document.createElement('label');
    label.className = 'check';
    const input = document.createElement('input');
    input.type = 'checkbox';
    input.value = r.iso3;
    input.checked = state.compare.includes(r.iso3);
    label.append(input, ` ${allyName(r.iso3)}`);
    box.append(label);
  }
  pickerSummary();
}

/// After a language change: the names again, in the new order.
export function relabelPicker() {
  const rows = [...$('compare-allies').querySelectorAll('input')].map((i) => ({ iso3: i.value }));
  if (rows.length) fillPicker(rows);
}

export function pickerSummary() {
  $('compare-picked').textContent = t().comparePicked(state.compare.map((a) => allyName(a)).join(', '));
}

/// The allies ticked, in the order they were first chosen (the URL's order); none: refused.
export function picked() {
  const on = [...$('compare-allies').querySelectorAll('input:checked')].map((i) => i.value);
  return [...state.compare.filter((a) => on.includes(a)), ...on.filter((a) => !state.compare.includes(a))];
}

/// The base years offered for the real change: the edition's years but the last.
export function fillBase() {
  const v = currentVintage();
  const sel = $('compare-base');
  sel.replaceChildren();
  for (let y = v.first_year; y < v.last_year; y++) sel.add(new Option(String(y), String(y)));
  if (!(state.compareBase >= v.first_year && state.compareBase < v.last_year)) state.compareBase = v.first_year;
  sel.value = String(state.compareBase);
  sel.disabled = state.compareIndicator !== 'real_change';
}
