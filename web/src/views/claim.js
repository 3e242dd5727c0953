// Claim box: POST the claim to /api/v1/check; the verdict, the figure, the readings tried
// with their values, and the editions cited.
import { checkClaim, postArticle, ApiError } from '../api.js';
import { state, t } from '../state.js';
import { $ } from '../ui.js';
import { fmtPct, fmtClaimValue } from '../i18n.js';

// Claims from the July 2018 Brussels summit report (examples/otan-2018.claims).
export const CLAIM_EXAMPLES = [
  'members(2018) = 29',
  'cumulative(defexp_usd_const, europe-canada, 2016..2018) ~ 41 milliards',
  'pct_gdp[USA, 2018] ~ 4 ±0.2',
  'count(meets(2018)) < members(2018) / 2',
];

// A reading in words, from its structured choices (JSON "choices" / "reading_choices"),
// in the page's language: open years, method, prices, edition, membership.
function readingLabel(c) {
  const rp = t().readingParts;
  const parts = c.years.map((y) => rp.years[y.role] + y.year);
  if (c.method) parts.push(rp.methods[c.method]);
  if (c.prices) parts.push(rp.prices[c.prices]);
  if (c.vintage) parts.push(c.vintage);
  if (c.membership) parts.push(rp.membership[c.membership]);
  return parts.length ? parts.join(', ') : rp.asWritten;
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

export function showClaimResult(d, err) {
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
  delete verdict.dataset.verdict;
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
    if (d.readings.length > 1 && d.reading) fact(tx.reading, readingLabel(d.reading_choices));
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
      const cells = [readingLabel(r.choices), tx.verdicts[r.verdict] || r.verdict,
        r.value != null ? fmtClaimValue(state.lang, r.value) : (r.reason || '–'),
        r.verdict === 'not checkable' ? '–' : editionsText(r.editions, r.uses_estimates)];
      for (const c of cells) tr.insertCell().textContent = c;
    }
  }
  $('cite-claim').textContent = d.editions.length
    ? d.editions.map((e) => `${tx.source}: ${e.citation}`).join('\n')
    : `${tx.source}: ${tx.membershipSource}`;
}

export async function render(tk) {
  labelArticle();
  // An article checked before a change of language is checked again in the new one.
  const article = articleText !== null ? checkArticle() : null;
  await renderClaim(tk);
  await article;
}

async function renderClaim(tk) {
  if ($('claim-input').value.trim() !== state.claim) $('claim-input').value = state.claim;
  if (!state.claim) { showClaimResult(null); return; }
  let body;
  try {
    body = await checkClaim(state.claim, tk);
  } catch (e) {
    // A claim that cannot be read: the message says where (column N).
    if (e instanceof ApiError) { showClaimResult(null, t().claimError + e.message); return; }
    throw e;
  }
  showClaimResult(body);
}

// ---------------------------------------------------------------------------------------
// The article box: POST the text to /api/v1/check-article; show the text with each
// statement marked by its verdict (a focusable mark with the verdict in words for screen
// readers, colour, border style and a numbered tag), then the list of statements with their
// claims, verdicts and readings. Enter on a mark goes to its item; each item leads back.

let articleText = null;  // the text last checked, and its month
let articleDate = '';
let articleSeq = 0;  // a newer check makes the answer of an older one stale

const SYMBOL = { true: '\u2713', false: '\u2717', 'true under some readings': '\u2248', mixed: '\u00b1',
  'not checkable': '?' };

function labelArticle() {
  const tx = t();
  const labels = { 'lbl-article': tx.articleHeading, 'lbl-article-input': tx.articleLabel,
    'article-hint': tx.articleHint, 'lbl-article-date': tx.articleDate, 'article-submit': tx.articleCheck,
    'lbl-article-list': tx.articleList };
  for (const [id, text] of Object.entries(labels)) $(id).textContent = text;
}

/// One verdict for a sentence: its claims' when they agree, "mixed" when they differ.
function sentenceVerdict(verdicts) {
  return verdicts.every((v) => v === verdicts[0]) ? verdicts[0] : 'mixed';
}

function el(tag, attrs = {}, text = null) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (text !== null) e.textContent = text;
  return e;
}

/// The statements (checked and not checkable) in the order of the text.
function statementsOf(d) {
  const checked = d.statements.map((s) => ({ ...s, verdicts: s.claims.map((c) => c.verdict || 'not checkable') }));
  const other = d.uncheckable.map((s) => ({ ...s, claims: [], verdicts: ['not checkable'] }));
  return [...checked, ...other].sort((a, b) => a.span.byte_begin - b.span.byte_begin);
}

function claimItem(c) {
  const tx = t();
  const [colon, semi] = state.lang === 'fr' ? [' : ', ' ; '] : [': ', '; '];
  const li = el('li');
  li.append(el('code', {}, c.claim), document.createTextNode(' \u2014 '));
  const v = c.verdict || 'not checkable';
  li.append(el('strong', { class: `claim-verdict v-${v.replace(/ /g, '-')}` }, tx.verdicts[v] || v));
  const bits = [];
  if (c.value != null) bits.push(`${tx.value}${colon}${fmtClaimValue(state.lang, c.value)} (${comparedText(c)})`);
  if (c.reading && c.readings && c.readings.length > 1) bits.push(`${tx.reading}${colon}${readingLabel(c.reading_choices)}`);
  if (c.error) bits.push(c.error.message);
  else if (c.value == null && c.readings && c.readings.length && c.readings[0].reason) bits.push(`${tx.why}${colon}${c.readings[0].reason}`);
  if (c.inferred && c.inferred.length) bits.push(`${tx.inferred}${colon}${c.inferred.join('; ')}`);
  if (bits.length) li.append(document.createTextNode(semi + bits.join(semi)));
  return li;
}

export function showArticle(d, text) {
  const tx = t();
  const box = $('article-text');
  const list = $('article-statements');
  const legend = $('article-legend');
  box.replaceChildren();
  list.replaceChildren();
  legend.replaceChildren();
  const statements = d ? statementsOf(d) : [];
  box.hidden = !d;
  legend.hidden = !statements.length;
  $('lbl-article-list').hidden = !statements.length;
  if (!d) return;
  const claims = d.statements.flatMap((s) => s.claims);
  $('article-summary').textContent = statements.length
    ? tx.articleSummary(statements.length, claims.length,
      claims.filter((c) => c.verdict === 'true' || c.verdict === 'true under some readings').length,
      claims.filter((c) => c.verdict === 'false').length)
    : tx.articleNone;
  for (const v of ['true', 'true under some readings', 'false', 'mixed', 'not checkable']) {
    const item = el('li');
    item.append(el('mark', { class: `v-${v.replace(/ /g, '-')}` }, SYMBOL[v]), document.createTextNode(' ' + tx.sentenceVerdicts[v]));
    legend.append(item);
  }
  // The spans are byte offsets of the UTF-8 text the server read: cut the same bytes.
  const bytes = new TextEncoder().encode(text);
  const dec = new TextDecoder();
  let at = 0;
  statements.forEach((s, i) => {
    const n = i + 1;
    const verdict = s.claims.length ? sentenceVerdict(s.verdicts) : 'not checkable';
    const words = s.claims.length ? tx.sentenceVerdicts[verdict] : tx.recognised;
    if (s.span.byte_begin > at) box.append(document.createTextNode(dec.decode(bytes.subarray(at, s.span.byte_begin))));
    const mark = el('mark', { id: `hl-${n}`, class: `v-${verdict.replace(/ /g, '-')}`, tabindex: '0',
      'data-statement': String(n), 'data-verdict': verdict, 'data-verdicts': s.verdicts.join('|') });
    mark.append(el('span', { class: 'hl-text' }, dec.decode(bytes.subarray(s.span.byte_begin, s.span.byte_end))),
      el('span', { class: 'sr-only' }, ` (${tx.statementLabel(n, words)})`));
    const go = () => { const item = $(`stmt-${n}`); item.focus(); item.scrollIntoView({ block: 'nearest' }); };
    mark.addEventListener('click', go);
    mark.addEventListener('keydown', (e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); go(); } });
    box.append(mark, el('sup', { class: 'hl-tag', 'aria-hidden': 'true' }, `${n}${SYMBOL[verdict]}`));
    at = s.span.byte_end;

    const item = el('li', { id: `stmt-${n}`, tabindex: '-1', 'data-verdict': verdict });
    const head = el('p', { class: 'stmt-where' });
    head.append(document.createTextNode(`${tx.statementWhere(s.span.line, s.span.column)} \u00b7 `),
      el('strong', { class: `stmt-verdict v-${verdict.replace(/ /g, '-')}` }, words));
    item.append(head, el('blockquote', {}, s.sentence));
    if (s.claims.length) {
      const ul = el('ul');
      for (const c of s.claims) ul.append(claimItem(c));
      item.append(ul);
    } else if (s.reason) {
      item.append(el('p', { class: 'hint' }, s.reason));
    }
    const back = el('button', { type: 'button', class: 'secondary small' }, tx.backToText);
    back.addEventListener('click', () => mark.focus());
    item.append(back);
    list.append(item);
  });
  if (at < bytes.length) box.append(document.createTextNode(dec.decode(bytes.subarray(at))));
}

/// Checks the text last submitted, in the page's language; drops an answer a newer check
/// has superseded.
async function checkArticle() {
  const seq = ++articleSeq;
  const params = articleDate ? { date: articleDate } : {};
  let d;
  try {
    d = await postArticle('check-article', articleText, params);
  } catch (e) {
    if (seq !== articleSeq) return;
    if (!(e instanceof ApiError)) throw e;
    showArticle(null);
    $('article-summary').textContent = t().articleError + e.message;
    $('article-result').dataset.rendered = `error|${state.lang}|${seq}`;
    return;
  }
  if (seq !== articleSeq) return;
  showArticle(d, articleText);
  $('article-result').dataset.rendered = `${state.lang}|${seq}`;
}

/// The form: Enter in the month field or the button checks the article.
export function setupArticle() {
  $('article-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const text = $('article-input').value;
    if (!text.trim()) {
      articleText = null;
      showArticle(null);
      $('article-summary').textContent = t().articleEmpty;
      return;
    }
    articleText = text;
    articleDate = $('article-date').value.trim();
    checkArticle().catch((err) => { $('article-summary').textContent = t().articleError + err.message; });
  });
}
