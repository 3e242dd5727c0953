// The page's state and its URL: what a screen shows (view, edition, year, allies, target,
// prices, language, claim) is written into the query string, so that a link reopens the same
// screen and the browser's back and forward buttons move between screens.
import { TEXT } from './i18n.js';
import { GUIDELINE_PCT } from './palette.js';

export const VIEWS = ['year', 'map', 'ally', 'shares', 'gap', 'scenario', 'claim', 'compare'];

export const state = { lang: 'en', view: 'year', vintage: '', vintages: [], names: {}, year: null,
  ally: 'FRA', allyTarget: String(GUIDELINE_PCT.floor), basis: 'current', gapYear: null,
  target: String(GUIDELINE_PCT.core),
  presets: [], scPreset: '', scTarget: String(GUIDELINE_PCT.core), scBy: null, claim: '',
  mapYear: null, compare: ['FRA', 'DEU', 'GBR', 'POL'], compareIndicator: 'pct_gdp', compareBase: null,
  sharesYear: null };

export const t = () => TEXT[state.lang];

export function currentVintage() {
  return state.vintages.find((v) => v.id === state.vintage);
}

/// The query string of the current screen: the view, edition and language, and the
/// controls of that view only.
export function toQuery() {
  const q = new URLSearchParams({ view: state.view, edition: state.vintage, lang: state.lang });
  switch (state.view) {
    case 'year': if (state.year) q.set('year', state.year); break;
    case 'map': if (state.mapYear) q.set('year', state.mapYear); break;
    case 'ally': q.set('allies', state.ally); q.set('target', state.allyTarget); break;
    case 'compare':
      q.set('allies', state.compare.join(','));
      q.set('indicator', state.compareIndicator);
      if (state.compareIndicator === 'real_change' && state.compareBase) q.set('base', state.compareBase);
      break;
    case 'shares': q.set('indicator', state.basis); if (state.sharesYear) q.set('year', state.sharesYear); break;
    case 'gap': if (state.gapYear) q.set('year', state.gapYear); q.set('target', state.target); break;
    case 'scenario':
      if (state.scPreset) q.set('preset', state.scPreset);
      else { q.set('target', state.scTarget); if (state.scBy) q.set('by', state.scBy); }
      break;
    case 'claim': if (state.claim) q.set('claim', state.claim); break;
    default: break;
  }
  return q.toString();
}

const num = (s) => (s != null && /^\d{4}$/.test(s) ? Number(s) : null);
const pct = (s) => (s != null && /^\d+(\.\d+)?$/.test(s) ? s : null);

/// Reads a query string into the state (unknown or malformed values are left as they are);
/// returns the edition it names, if any, for the caller to check against the list.
export function fromQuery(search) {
  const q = new URLSearchParams(search);
  const view = q.get('view');
  if (VIEWS.includes(view)) state.view = view;
  const lang = q.get('lang');
  if (lang === 'en' || lang === 'fr') state.lang = lang;
  const year = num(q.get('year'));
  const target = pct(q.get('target'));
  const allies = (q.get('allies') || '').split(',').filter((a) => /^[A-Z]{3}$/.test(a));
  const indicator = q.get('indicator');
  switch (state.view) {
    case 'year': if (year) state.year = year; break;
    case 'map': if (year) state.mapYear = year; break;
    case 'ally':
      if (allies.length) state.ally = allies[0];
      if (target) state.allyTarget = target;
      break;
    case 'compare':
      if (allies.length) state.compare = [...new Set(allies)];
      if (['pct_gdp', 'current', 'constant', 'real_change'].includes(indicator)) state.compareIndicator = indicator;
      if (num(q.get('base'))) state.compareBase = num(q.get('base'));
      break;
    case 'shares':
      if (indicator === 'current' || indicator === 'constant') state.basis = indicator;
      if (year) state.sharesYear = year;
      break;
    case 'gap':
      if (year) state.gapYear = year;
      if (target) state.target = target;
      break;
    case 'scenario':
      state.scPreset = q.get('preset') || '';
      if (target) state.scTarget = target;
      if (num(q.get('by'))) state.scBy = num(q.get('by'));
      break;
    case 'claim': state.claim = (q.get('claim') || '').trim(); break;
    default: break;
  }
  return q.get('edition');
}

let lastQuery = null;

/// Records the current screen in the history: a new entry when it changed (pushState), none
/// when it is the same; `replace` rewrites the current entry (the first screen).
export function remember(replace = false) {
  const qs = toQuery();
  if (qs === lastQuery) return;
  lastQuery = qs;
  const url = `${location.pathname}?${qs}`;
  if (replace) history.replaceState(null, '', url);
  else history.pushState(null, '', url);
}

/// After popstate: the URL is already the screen's, nothing to push.
export function adopted() {
  lastQuery = toQuery();
}

/// The link to this screen, absolute (for the copy-link button).
export function shareLink() {
  return `${location.origin}${location.pathname}?${toQuery()}`;
}
