// The API client: every call goes to /api/v1/ with the page's edition and language, checks
// the HTTP status before reading the body, and is dropped when a newer request for the same
// view has been made since (the answer of a slow request must not overwrite a newer one).
import { state, t } from './state.js';

/// An error the API answered (its message is in the page's language: every call sends lang).
export class ApiError extends Error {
  constructor(message, status) {
    super(message);
    this.status = status;
  }
}

/// Thrown instead of returning an answer that a newer request has superseded.
export class Stale extends Error {
  constructor() { super('stale'); }
}

const latest = new Map();  // view -> number of its latest request

/// A ticket for one rendering of a view: `current()` stays true until the view is asked
/// for again (or another view is shown).
export function ticket(view) {
  const n = (latest.get(view) || 0) + 1;
  latest.set(view, n);
  return { view, current: () => latest.get(view) === n && state.view === view };
}

/// The error of a failed answer: the API's own message (JSON error body) when it sent one,
/// else a sentence in the page's language naming the status.
async function failure(res) {
  let message = '';
  try {
    const body = JSON.parse(await res.text());
    message = body && body.error && body.error.message ? body.error.message : '';
  } catch {
    message = '';
  }
  return new ApiError(message || t().httpError(res.status, res.statusText), res.status);
}

async function read(res, tk) {
  if (!res.ok) {
    const e = await failure(res);
    if (tk && !tk.current()) throw new Stale();
    throw e;
  }
  const body = await res.json();
  if (tk && !tk.current()) throw new Stale();
  return body;
}

/// GET /api/v1/<path>?vintage=..&lang=..&<params>; tk: the view's ticket (or none).
export async function api(path, params = {}, tk = null) {
  // No edition yet (the first view, drawn as the page starts): the server's default.
  const given = Object.entries(params).filter(([, v]) => v != null);
  const qs = new URLSearchParams([...(state.vintage ? [['vintage', state.vintage]] : []), ['lang', state.lang], ...given]);
  return read(await fetch(`/api/v1/${path}?${qs}`), tk);
}

/// GET /api/v1/vintages, with no parameter: the same URL as the page's preload link
/// (index.html), so that the answer asked for with the page is the one used.
export async function vintages() {
  return read(await fetch('/api/v1/vintages'));
}

/// The text of GET /api/v1/<path>?<params> as sent (a CSV download: format=csv), the
/// parameters given whole (the edition and language the chart was drawn in).
export async function apiText(path, params) {
  const res = await fetch(`/api/v1/${path}?${new URLSearchParams(params)}`);
  if (!res.ok) throw await failure(res);
  return res.text();
}

/// POST /api/v1/check with the claim as the body.
export async function checkClaim(claim, tk = null) {
  const res = await fetch(`/api/v1/check?${new URLSearchParams({ lang: state.lang })}`,
    { method: 'POST', headers: { 'Content-Type': 'text/plain; charset=utf-8' }, body: claim });
  return read(res, tk);
}

/// POST an article (the text as the body) to /api/v1/extract or /api/v1/check-article.
export async function postArticle(path, text, params = {}, tk = null) {
  const qs = new URLSearchParams({ lang: state.lang, ...params });
  const res = await fetch(`/api/v1/${path}?${qs}`,
    { method: 'POST', headers: { 'Content-Type': 'text/plain; charset=utf-8' }, body: text });
  return read(res, tk);
}
