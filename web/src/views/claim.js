// Claim box: POST the claim to /api/v1/check; the verdict, the figure, the readings tried
// with their values, and the editions cited.
import { checkClaim, ApiError } from '../api.js';
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

function readingLabel(label) {
  const parts = t().readingParts;
  return label.split(', ').map((p) => parts[p] || p).join(', ');
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
    if (d.readings.length > 1 && d.reading) fact(tx.reading, readingLabel(d.reading));
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
      const cells = [readingLabel(r.label), tx.verdicts[r.verdict] || r.verdict,
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
