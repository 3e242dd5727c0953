// The dashboard: views over the JSON API of `fardeau serve`, drawn with Apache ECharts. It
// knows only the API (api.js); every figure comes with the edition it is from. The state of
// the screen lives in the URL (state.js). Each view is a module of views/, loaded when first
// shown, with ECharts (charts.js): this module asks for the data as soon as it runs, while
// the first view and ECharts load beside it (docs/performance.md, the dashboard's first chart).
import { api, vintages, ticket, Stale } from './api.js';
import { state, t, fromQuery, remember, adopted, shareLink, toQuery, currentVintage, VIEWS } from './state.js';
import { $, charts, allyName, fillYears, loadCharts } from './ui.js';
import { fmtPct } from './i18n.js';
import { addDownloadButtons, labelDownloads, fillTables } from './tables.js';
import { TIMELINES, buildTimelines, fillTimeline, showYear, play, stop, labelTimelines, isPlaying } from './timeline.js';
import * as scenario from './views/scenario_controls.js';
import * as compare from './views/compare_controls.js';
import * as claim from './views/claim.js';

performance.mark('fardeau-script');

const MODULES = { year: () => import('./views/year.js'), map: () => import('./views/map.js'),
  ally: () => import('./views/ally.js'), shares: () => import('./views/shares.js'),
  gap: () => import('./views/gap.js'), scenario: () => import('./views/scenario.js'),
  claim: async () => claim, compare: () => import('./views/compare.js') };

// The first view starts loading now, beside the first API request (ECharts: render()).
const first = new URLSearchParams(location.search).get('view');
MODULES[VIEWS.includes(first) ? first : 'year']();

/// index.html showed the default screen's chart drawn at build time (web/prerender.mjs).
const prerendered = Boolean($('chart-year-prerender') && !$('chart-year-prerender').hidden);

/// The allies of the edition, for the views that list them (ally, compare): the others do
/// not wait for it.
let alliesReady = Promise.resolve();

function showError(e) {
  const el = $('error');
  if (!e) { el.hidden = true; el.textContent = ''; return; }
  el.hidden = false;
  el.textContent = t().error + e.message;
}

let pending = 0;
let ready = false;  // the page is set up (start): its controls answer

async function render() {
  const tk = ticket(state.view);
  pending++;
  document.body.dataset.loading = '1';
  let stale = false;
  try {
    const [view] = await Promise.all([MODULES[state.view](),
      state.view === 'ally' || state.view === 'compare' ? alliesReady : null]);
    if (!tk.current()) throw new Stale();
    // The view asks for its data first; ECharts is evaluated while the answer comes (its
    // 400 kB hold the page's thread for 50-100 ms: started before, they held the request).
    const drawing = view.render(tk);
    if (state.view !== 'claim') {
      await prerenderPainted();
      loadCharts();
    }
    await drawing;
    // The first chart: index.html's pre-rendered one when it showed it (its script marks it),
    // else this one.
    if (!prerendered && !performance.getEntriesByName('fardeau-first-chart').length) {
      performance.mark('fardeau-first-chart');
    }
    if (!performance.getEntriesByName('fardeau-live-chart').length) performance.mark('fardeau-live-chart');
    showError(null);
  } catch (e) {
    stale = e instanceof Stale;
    if (!stale) showError(e);
  } finally {
    pending--;
    // The first view, drawn before the rest of the page is set up: finished by start().
    if (!stale && ready) drawn();
    if (pending === 0) delete document.body.dataset.loading;
  }
}

/// Once index.html's pre-rendered chart, when it shows one, is on screen: evaluating ECharts
/// (50-100 ms of the page's thread) would otherwise hold its first paint.
function prerenderPainted() {
  const pre = $('chart-year-prerender');
  if (!pre || pre.hidden) return null;
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
}

/// After a view is drawn: chart sizes, labels and tables, the embed code, and the mark
/// (data-rendered) that the browser tests wait for.
function drawn() {
  for (const c of Object.values(charts)) c.resize();
  findings();
  if (document.body.classList.contains('embed')) embedLink();
  fillTables();
  if (!$('embed-box').hidden) $('embed-code').value = embedCode();
  document.body.dataset.rendered = `${state.view}|${state.lang}|${state.vintage}`;
}

/// Each chart of the view shown is labelled with its title and the view's finding (the
/// summary sentence above it), for screen readers.
function findings() {
  const section = $(`view-${state.view}`);
  const summary = section.querySelector('.summary')?.textContent || '';
  for (const el of section.querySelectorAll('.chart')) {
    const title = charts[el.id]?.getOption().title?.[0]?.text || '';
    el.setAttribute('aria-label', [title, summary].filter(Boolean).join('. '));
  }
}

/// In /embed: the link back to the same screen in the full dashboard.
function embedLink() {
  const a = $('embed-link');
  a.href = `/?${toQuery()}`;
  a.textContent = t().embedBack;
  a.target = '_top';
}

const attr = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/// The <iframe> of this screen's charts (/embed with the same query), as tall as they are.
function embedCode() {
  const section = $(`view-${state.view}`);
  const figures = [...section.querySelectorAll('figure')];
  const height = Math.ceil(figures.reduce((h, f) => h + f.offsetHeight + 8, 48));
  const chartId = section.querySelector('.chart')?.id;
  const title = (chartId && charts[chartId]?.getOption().title?.[0]?.text) || t().title;
  return `<iframe src="${location.origin}/embed?${attr(toQuery())}" title="${attr(t().embedTitle(title))}" ` +
    `width="100%" height="${height}" style="border:0" loading="lazy"></iframe>`;
}

async function showEmbedCode() {
  const box = $('embed-box');
  box.hidden = !box.hidden;
  $('embed-code-button').setAttribute('aria-expanded', String(!box.hidden));
  if (box.hidden) return;
  const code = $('embed-code');
  code.value = embedCode();
  code.focus();
  code.select();
  try {
    await navigator.clipboard.writeText(code.value);
    $('copy-status').textContent = t().embedCopied;
  } catch {  // no clipboard: the code stays selected in the box, to copy by hand
    $('copy-status').textContent = '';
  }
}

/// A control changed the screen: a new history entry, then draw it.
function changed() {
  remember();
  return render();
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
    'tab-year': tx.tabYear, 'tab-map': tx.tabMap, 'lbl-map-year': tx.year, 'tab-ally': tx.tabAlly, 'tab-shares': tx.tabShares, 'tab-gap': tx.tabGap,
    'tab-scenario': tx.tabScenario, 'tab-claim': tx.tabClaim, 'lbl-sc-preset': tx.preset,
    'lbl-sc-target': tx.target, 'lbl-sc-by': tx.horizon, 'lbl-claim': tx.claim, 'claim-submit': tx.check,
    'claim-hint': tx.claimHint, 'lbl-claim-examples': tx.examples, 'th-reading': tx.reading,
    'th-verdict': 'Verdict', 'th-value': tx.value, 'th-edition': tx.edition, 'copy-link': tx.copyLink,
    'tab-compare': tx.tabCompare, 'lbl-compare-allies': tx.allies, 'lbl-compare-measure': tx.measure,
    'lbl-compare-base': tx.baseYear, 'lbl-shares-year': tx.year, 'embed-code-button': tx.embed,
    'lbl-embed-code': tx.embedLabel };
  for (const [id, text] of Object.entries(labels)) $(id).textContent = text;
  $('basis').options[0].text = tx.current;
  $('basis').options[1].text = tx.constant;
  for (const o of $('compare-measure').options) o.text = tx.measures[o.value];
  for (const sel of ['ally-target', 'target', 'sc-target'])
    for (const o of $(sel).options) o.text = fmtPct(state.lang, Number(o.value));
  const allySel = $('ally');
  for (const o of allySel.options) o.text = allyName(o.value);
  compare.relabelPicker();
  scenario.presetLabels();
  labelDownloads();
  labelTimelines();
}

/// Shows the tabs and the controls as the state says (after a link or back/forward).
function showControls() {
  $('vintage').value = state.vintage;
  $('lang').value = state.lang;
  $('basis').value = state.basis;
  $('compare-measure').value = state.compareIndicator;
  for (const [id, v] of [['ally-target', state.allyTarget], ['target', state.target], ['sc-target', state.scTarget]])
    if ([...$(id).options].some((o) => o.value === v)) $(id).value = v;
  for (const b of document.querySelectorAll('[role=tab]')) {
    const on = b.dataset.view === state.view;
    b.setAttribute('aria-selected', String(on));
    b.tabIndex = on ? 0 : -1;
    $(b.getAttribute('aria-controls')).hidden = !on;
  }
}

function selectView(view, focus = false) {
  stop();
  state.view = view;
  showControls();
  if (focus) $(`tab-${view}`).focus();
  changed();
}

/// The year lists and sliders of the edition (a trend needs two years: shares starts at
/// the second).
function fillYearLists() {
  const v = currentVintage();
  state.year = fillTimeline('year', v.first_year, v.last_year, state.year);
  state.mapYear = fillTimeline('map-year', v.first_year, v.last_year, state.mapYear);
  state.sharesYear = fillTimeline('shares-year', Math.min(v.first_year + 1, v.last_year), v.last_year, state.sharesYear);
  state.gapYear = fillYears('gap-year', state.gapYear);
  compare.fillBase();
}

/// The allies of the edition: the ally list and the compare picker.
async function loadAllies() {
  const a = await api('allies', {});
  state.names = Object.fromEntries(a.rows.map((r) => [r.iso3, { en: r.name_en, fr: r.name_fr }]));
  const listed = a.rows.filter((r) => r.has_armed_forces && r.reporting);
  const sel = $('ally');
  sel.replaceChildren();
  for (const r of listed) sel.add(new Option(allyName(r.iso3), r.iso3));
  if (![...sel.options].some((o) => o.value === state.ally)) state.ally = sel.options[0]?.value || '';
  sel.value = state.ally;
  const known = new Set(listed.map((r) => r.iso3));
  const kept = state.compare.filter((x) => known.has(x));
  state.compare = kept.length ? kept : listed.slice(0, 3).map((r) => r.iso3);
  compare.fillPicker(listed);
  applyLabels();
}

/// Fills the lists that depend on the edition (years, allies, horizons, presets). The years
/// are there at once; the allies and presets when they arrive (alliesReady, the scenario's
/// own wait), so that the first chart does not wait for them.
function loadVintage() {
  fillYearLists();
  const preset = state.scPreset;
  scenario.fillHorizons();
  scenario.loadPresets(preset);
  alliesReady = loadAllies();
  alliesReady.catch(showError);
  applyLabels();
}

/// Takes the state from the URL (first load, back/forward); loads the edition's lists when
/// it changed.
function adoptUrl() {
  stop();
  const before = state.vintage;
  const edition = fromQuery(location.search);
  state.vintage = state.vintages.some((v) => v.id === edition) ? edition : (before || state.defaultVintage);
  if (state.vintage !== before) loadVintage();
  else {
    fillYearLists();
    if ([...$('ally').options].some((o) => o.value === state.ally)) $('ally').value = state.ally;
    scenario.choosePreset(state.presets.some((p) => p.id === state.scPreset) ? state.scPreset : '');
    applyLabels();
  }
  showControls();
  $('claim-input').value = state.claim;
}

async function copyLink() {
  const link = shareLink();
  const status = $('copy-status');
  try {
    await navigator.clipboard.writeText(link);
    status.textContent = t().linkCopied;
  } catch {  // no clipboard (an insecure origin, a refusal): show the link to copy by hand
    status.textContent = link;
  }
  $('copy-link').dataset.link = link;
}

function listen() {
  const sel = $('vintage');
  sel.addEventListener('change', () => { stop(); state.vintage = sel.value; loadVintage(); changed(); });
  $('lang').addEventListener('change', () => { state.lang = $('lang').value; applyLabels(); changed(); });
  $('gap-year').addEventListener('change', () => { state.gapYear = Number($('gap-year').value); changed(); });
  $('target').addEventListener('change', () => { state.target = $('target').value; changed(); });
  $('ally').addEventListener('change', () => { state.ally = $('ally').value; changed(); });
  $('ally-target').addEventListener('change', () => { state.allyTarget = $('ally-target').value; changed(); });
  $('basis').addEventListener('change', () => { state.basis = $('basis').value; changed(); });
  $('sc-preset').addEventListener('change', () => { scenario.choosePreset($('sc-preset').value); changed(); });
  $('sc-target').addEventListener('change', () => { scenario.customScenario(); changed(); });
  $('sc-by').addEventListener('change', () => { scenario.customScenario(); changed(); });
  for (const [view, tl] of Object.entries(TIMELINES)) {
    const slider = $(tl.slider);
    slider.addEventListener('input', () => showYear(tl.slider));
    slider.addEventListener('change', () => {
      if (isPlaying(view)) stop();
      state[tl.key] = Number(slider.value);
      changed();
    });
    // Playing: the first year a new history entry, the next ones replace it.
    $(tl.play).addEventListener('click', () => {
      let entry = false;
      play(view, (y) => {
        state[tl.key] = y;
        remember(entry);
        entry = true;
        return render();
      });
    });
  }
  $('compare-allies').addEventListener('change', (e) => {
    const list = compare.picked();
    if (!list.length) {  // at least one ally: the last one stays ticked
      e.target.checked = true;
      $('copy-status').textContent = t().compareNone;
      return;
    }
    state.compare = list;
    compare.pickerSummary();
    changed();
  });
  $('compare-measure').addEventListener('change', () => {
    state.compareIndicator = $('compare-measure').value;
    compare.fillBase();
    changed();
  });
  $('compare-base').addEventListener('change', () => { state.compareBase = Number($('compare-base').value); changed(); });
  const examples = document.querySelector('.examples');
  for (const c of claim.CLAIM_EXAMPLES) {
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
    if (!state.claim) { claim.showClaimResult(null, t().emptyClaim); return; }
    changed();
  });
  claim.setupArticle();
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
  $('copy-link').addEventListener('click', copyLink);
  $('embed-code-button').addEventListener('click', showEmbedCode);
  window.addEventListener('popstate', () => {
    adoptUrl();
    adopted();
    render();
  });
  window.addEventListener('resize', () => { for (const c of Object.values(charts)) c.resize(); });
}

/// The views that can be drawn before the list of editions arrives: they need no list, and
/// their requests name the URL's edition (or none: the server's default) and year (or none:
/// the edition's last).
const EARLY = new Set(['year', 'map', 'shares', 'gap']);

/// The page set up from the list of editions: the lists and labels of every view, the
/// download buttons, the controls' listeners.
function setUp(v, edition) {
  state.vintages = v.vintages;
  state.defaultVintage = v.default;
  const sel = $('vintage');
  for (const x of v.vintages) sel.add(new Option(`${x.id}: ${x.title}`, x.id));
  addDownloadButtons(showError);
  state.vintage = '';  // adoptUrl: checks the URL's edition and loads its lists
  adoptUrl();
  remember(true);
  listen();
  ready = true;
  return (edition || state.defaultVintage) === state.vintage;
}

async function start() {
  // The first chart first: its request goes out beside the editions' (no waterfall), ECharts
  // loads while it is answered, and the rest of the page is set up once it is drawn.
  const edition = fromQuery(location.search);
  state.vintage = edition || '';
  buildTimelines();
  showControls();
  const listed = vintages();
  const early = EARLY.has(state.view) ? render() : null;
  const v = await listed;
  if (early) await early;
  if (setUp(v, edition) && early) drawn();  // drawn as the URL says
  else await render();  // not drawn yet, or in an edition the URL named wrongly
}

start().catch(showError);
