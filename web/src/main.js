// The dashboard: views over the JSON API of `fardeau serve`, drawn with Apache ECharts. It
// knows only the API (api.js); every figure comes with the edition it is from. The state of
// the screen lives in the URL (state.js); each view is a module of views/.
import { api, ticket, Stale } from './api.js';
import { state, t, fromQuery, remember, adopted, shareLink, toQuery } from './state.js';
import { $, charts, allyName, fillYears } from './ui.js';
import { fmtPct } from './i18n.js';
import { addDownloadButtons, labelDownloads, fillTables } from './download.js';
import * as year from './views/year.js';
import * as ally from './views/ally.js';
import * as map from './views/map.js';
import * as shares from './views/shares.js';
import * as gap from './views/gap.js';
import * as scenario from './views/scenario.js';
import * as claim from './views/claim.js';

const RENDER = { year: year.render, map: map.render, ally: ally.render, shares: shares.render, gap: gap.render,
  scenario: scenario.render, claim: claim.render };

function showError(e) {
  const el = $('error');
  if (!e) { el.hidden = true; el.textContent = ''; return; }
  el.hidden = false;
  el.textContent = t().error + e.message;
}

let pending = 0;

async function render() {
  const tk = ticket(state.view);
  pending++;
  document.body.dataset.loading = '1';
  let stale = false;
  try {
    await RENDER[state.view](tk);
    showError(null);
  } catch (e) {
    stale = e instanceof Stale;
    if (!stale) showError(e);
  } finally {
    pending--;
    if (!stale) {
      for (const c of Object.values(charts)) c.resize();
      findings();
      if (document.body.classList.contains('embed')) embedLink();
      fillTables();
      document.body.dataset.rendered = `${state.view}|${state.lang}|${state.vintage}`;
      if (!performance.getEntriesByName('fardeau-first-chart').length) performance.mark('fardeau-first-chart');
    }
    if (pending === 0) delete document.body.dataset.loading;
  }
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

/// A control changed the screen: a new history entry, then draw it.
function changed() {
  remember();
  render();
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
    'th-verdict': 'Verdict', 'th-value': tx.value, 'th-edition': tx.edition, 'copy-link': tx.copyLink };
  for (const [id, text] of Object.entries(labels)) $(id).textContent = text;
  $('basis').options[0].text = tx.current;
  $('basis').options[1].text = tx.constant;
  for (const sel of ['ally-target', 'target', 'sc-target'])
    for (const o of $(sel).options) o.text = fmtPct(state.lang, Number(o.value));
  const allySel = $('ally');
  for (const o of allySel.options) o.text = allyName(o.value);
  scenario.presetLabels();
  labelDownloads();
}

/// Shows the tabs and the controls as the state says (after a link or back/forward).
function showControls() {
  $('vintage').value = state.vintage;
  $('lang').value = state.lang;
  $('basis').value = state.basis;
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
  state.view = view;
  showControls();
  if (focus) $(`tab-${view}`).focus();
  changed();
}

/// Fills the lists that depend on the edition (years, allies, horizons, presets).
async function loadVintage() {
  state.year = fillYears('year', state.year);
  state.gapYear = fillYears('gap-year', state.gapYear);
  state.mapYear = fillYears('map-year', state.mapYear);
  const a = await api('allies', {});
  state.names = Object.fromEntries(a.rows.map((r) => [r.iso3, { en: r.name_en, fr: r.name_fr }]));
  const sel = $('ally');
  sel.replaceChildren();
  for (const r of a.rows.filter((r) => r.has_armed_forces && r.reporting))
    sel.add(new Option(allyName(r.iso3), r.iso3));
  if (![...sel.options].some((o) => o.value === state.ally)) state.ally = sel.options[0]?.value || '';
  sel.value = state.ally;
  const preset = state.scPreset;
  scenario.fillHorizons();
  await scenario.loadPresets();
  scenario.choosePreset(state.presets.some((p) => p.id === preset) ? preset : '');
  applyLabels();
}

/// Takes the state from the URL (first load, back/forward); loads the edition's lists when
/// it changed.
async function adoptUrl() {
  const before = state.vintage;
  const edition = fromQuery(location.search);
  state.vintage = state.vintages.some((v) => v.id === edition) ? edition : (before || state.defaultVintage);
  if (state.vintage !== before) await loadVintage();
  else {
    state.year = fillYears('year', state.year);
    state.gapYear = fillYears('gap-year', state.gapYear);
    state.mapYear = fillYears('map-year', state.mapYear);
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

async function start() {
  const v = await api('vintages', {});
  state.vintages = v.vintages;
  state.defaultVintage = v.default;
  const sel = $('vintage');
  for (const x of v.vintages) sel.add(new Option(`${x.id}: ${x.title}`, x.id));
  addDownloadButtons();
  await adoptUrl();
  remember(true);

  sel.addEventListener('change', async () => { state.vintage = sel.value; await loadVintage(); changed(); });
  $('lang').addEventListener('change', () => { state.lang = $('lang').value; applyLabels(); changed(); });
  $('year').addEventListener('change', () => { state.year = Number($('year').value); changed(); });
  $('gap-year').addEventListener('change', () => { state.gapYear = Number($('gap-year').value); changed(); });
  $('map-year').addEventListener('change', () => { state.mapYear = Number($('map-year').value); changed(); });
  $('target').addEventListener('change', () => { state.target = $('target').value; changed(); });
  $('ally').addEventListener('change', () => { state.ally = $('ally').value; changed(); });
  $('ally-target').addEventListener('change', () => { state.allyTarget = $('ally-target').value; changed(); });
  $('basis').addEventListener('change', () => { state.basis = $('basis').value; changed(); });
  $('sc-preset').addEventListener('change', () => { scenario.choosePreset($('sc-preset').value); changed(); });
  $('sc-target').addEventListener('change', () => { scenario.customScenario(); changed(); });
  $('sc-by').addEventListener('change', () => { scenario.customScenario(); changed(); });
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
  window.addEventListener('popstate', async () => {
    await adoptUrl();
    adopted();
    render();
  });
  window.addEventListener('resize', () => { for (const c of Object.values(charts)) c.resize(); });
  render();
}

start().catch(showError);
