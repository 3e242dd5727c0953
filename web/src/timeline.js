// The timeline of the year, map and shares views: a labelled year slider (arrow keys,
// Home/End, Page Up/Down) with the year it shows, and a play button that steps through the
// years, one render at a time, and stops at the last one (or when pressed again).
import { state, t } from './state.js';
import { $ } from './ui.js';

/// The views with a timeline: the slider's id, the play button's, and the state they set.
export const TIMELINES = {
  year: { slider: 'year', play: 'year-play', key: 'year' },
  map: { slider: 'map-year', play: 'map-year-play', key: 'mapYear' },
  shares: { slider: 'shares-year', play: 'shares-year-play', key: 'sharesYear' },
};

/// Pause between two years while playing, after the chart of the first is drawn.
export const STEP_MS = 700;

let playing = null;  // { view, timer } while a timeline plays

/// Fills each `<div class="timeline" data-slider=ID>` of the page: the play button (ID-play),
/// the labelled slider (ID, its label lbl-ID) and the year it shows (ID-value).
export function buildTimelines() {
  for (const box of document.querySelectorAll('.timeline[data-slider]')) {
    const id = box.dataset.slider;
    const button = document.createElement('button');
    Object.assign(button, { type: 'button', id: `${id}-play`, className: 'secondary play' });
    button.setAttribute('aria-pressed', 'false');
    button.setAttribute('aria-controls', id);
    const label = document.createElement('label');
    label.className = 'slider';
    const text = document.createElement('span');
    text.id = `lbl-${id}`;
    const slider = document.createElement('input');
    Object.assign(slider, { type: 'range', id, step: 1 });
    label.append(text, slider);
    const shown = document.createElement('output');
    shown.id = `${id}-value`;
    shown.htmlFor = id;
    shown.setAttribute('aria-hidden', 'true');  // the slider's aria-valuetext says it
    box.append(button, label, shown);
  }
}

/// The years of the edition on a slider, `selected` kept when inside them, else the last.
export function fillTimeline(id, first, last, selected) {
  const s = $(id);
  s.min = String(first);
  s.max = String(last);
  const y = selected && selected >= first && selected <= last ? selected : last;
  s.value = String(y);
  showYear(id);
  return y;
}

/// The year beside the slider, and what a screen reader announces for it.
export function showYear(id) {
  const s = $(id);
  s.setAttribute('aria-valuetext', s.value);
  $(`${id}-value`).textContent = s.value;
}

export function isPlaying(view = state.view) {
  return Boolean(playing && playing.view === view);
}

function label(view) {
  const b = $(TIMELINES[view].play);
  const on = isPlaying(view);
  b.setAttribute('aria-pressed', String(on));
  b.textContent = on ? t().pause : t().play;
}

export function labelTimelines() {
  for (const view of Object.keys(TIMELINES)) label(view);
}

export function stop() {
  if (!playing) return;
  clearTimeout(playing.timer);
  const { view } = playing;
  playing = null;
  label(view);
}

/// Plays the view's timeline: `step(year)` sets the year and draws it (a promise); from the
/// first year when the slider is at the last.
export function play(view, step) {
  if (isPlaying(view)) { stop(); return; }
  stop();
  const s = $(TIMELINES[view].slider);
  const last = Number(s.max);
  playing = { view, timer: null };
  label(view);
  const run = async (year) => {
    if (!isPlaying(view)) return;
    s.value = String(year);
    showYear(s.id);
    await step(year);
    if (!isPlaying(view)) return;
    if (year >= last) { stop(); return; }
    playing.timer = setTimeout(() => run(year + 1), STEP_MS);
  };
  run(Number(s.value) >= last ? Number(s.min) : Number(s.value) + 1);
}
