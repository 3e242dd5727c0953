// The dashboard in a real browser: Debian's chromium, headless, driven by playwright-core,
// against the real `fardeau serve` on a free loopback port. Screenshots of every view
// (English, French, phone width) are saved under the build folder as artefacts.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readFileSync } from 'node:fs';

const webDir = process.env.FARDEAU_WEB_DIR;
const bin = process.env.FARDEAU_BIN;
const shots = process.env.SCREENSHOT_DIR || path.join(tmpdir(), 'fardeau-web-screenshots');
const require = createRequire(path.join(webDir, 'package.json'));
const { chromium } = require('playwright-core');

let server, base, browser, profile;

function startServer() {
  return new Promise((resolve, reject) => {
    const p = spawn(bin, ['serve', '--port', '0', '--quiet', '--web-root', path.join(webDir, 'dist')],
      { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    const timer = setTimeout(() => reject(new Error('server did not start: ' + out)), 20000);
    p.stdout.on('data', (d) => {
      out += d;
      const m = out.match(/127\.0\.0\.1:(\d+)/);
      if (m) { clearTimeout(timer); resolve({ proc: p, port: Number(m[1]) }); }
    });
    p.on('exit', (code) => reject(new Error(`server exited with ${code}: ${out}`)));
  });
}

before(async () => {
  const s = await startServer();
  server = s.proc;
  base = `http://127.0.0.1:${s.port}`;
  mkdirSync(shots, { recursive: true });
  profile = mkdtempSync(path.join(tmpdir(), 'fardeau-chromium-'));
  // A fresh profile folder each run (Playwright takes it as userDataDir, not as a flag).
  browser = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
});

after(async () => {
  await browser?.close();
  server?.kill('SIGTERM');
  if (profile) rmSync(profile, { recursive: true, force: true });
});

/// A new page of `viewport`'s size, its console errors collected.
async function newPage(viewport) {
  const page = await browser.newPage();
  await page.setViewportSize(viewport);
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  return { page, errors };
}

/// A page with its console errors collected; waits for the first chart.
async function open(viewport = { width: 1200, height: 1000 }) {
  const { page, errors } = await newPage(viewport);
  await page.goto(base + '/');
  await page.waitForFunction(() => document.body.dataset.rendered && !document.body.dataset.loading);
  return { page, errors };
}

async function settled(page) {
  await page.waitForFunction(() => !document.body.dataset.loading);
  await page.waitForTimeout(300);  // ECharts' animation, for the screenshots
}

/// Moves a timeline's slider to `year` as a pointer would (input while dragging, change on
/// release); the keyboard is tested apart.
const setYear = (page, id, year) => page.$eval(`#${id}`, (el, y) => {
  el.value = String(y);
  el.dispatchEvent(new Event('input', { bubbles: true }));
  el.dispatchEvent(new Event('change', { bubbles: true }));
}, year);

const chartState = (page, id) => page.$eval(`#${id}`, (el) => el.dataset.state);
const chartOption = (page, id) => page.evaluate((i) => {
  const o = window.fardeauCharts[i].getOption();
  return { categories: o.yAxis[0].data || o.xAxis[0].data, values: o.series[0].data.map((d) => d.value ?? d) };
}, id);

test('the page loads with no console errors and shows the year view', async () => {
  const { page, errors } = await open();
  await settled(page);
  const state = await chartState(page, 'chart-year');
  assert.match(state, /^nato-2026\|2026\|\d+$/);
  const cite = await page.textContent('#cite-year');
  assert.match(cite, /Source: .*\[nato-2026\]/);
  const opt = await chartOption(page, 'chart-year');
  assert.ok(opt.categories.length >= 30, `members of 2026: ${opt.categories.length}`);
  await page.screenshot({ path: path.join(shots, 'year-en.png'), fullPage: true });
  assert.deepEqual(errors, []);
  await page.close();
});

/// A page opened at `url` whose year-view data (compliance) is held back until release():
/// what the page shows before the live chart can be drawn.
async function openHeld(url, viewport = { width: 1200, height: 1000 }) {
  const { page, errors } = await newPage(viewport);
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route('**/api/v1/compliance?*', async (route) => { await held; await route.continue(); });
  await page.goto(base + url);
  return { page, errors, release };
}

const marks = (page, name) => page.evaluate((n) => performance.getEntriesByName(n).length, name);

test('the default screen shows its chart drawn at build time at once: the API\'s figures, then the live chart in its place', async () => {
  const { page, errors, release } = await openHeld('/');
  const pre = page.locator('#chart-year-prerender');
  assert.equal(await pre.count(), 1, 'web/dist has no pre-rendered chart: build the CLI, then scripts/build-web');
  await pre.waitFor({ state: 'visible' });
  await page.waitForFunction(() => performance.getEntriesByName('fardeau-first-chart').length);
  assert.equal(await marks(page, 'fardeau-live-chart'), 0);  // its data is still held back
  const drawn = JSON.parse(await pre.getAttribute('data-drawn'));
  // What it says it draws is the API's answer: edition, year, allies in order, values.
  const api = await (await fetch(`${base}/api/v1/compliance?lang=en`)).json();
  const rows = api.rows.filter((r) => r.value_pct != null).reverse();
  assert.equal(drawn.vintage, api.vintage.id);
  assert.equal(drawn.year, api.year);
  assert.equal(drawn.lang, 'en');
  assert.deepEqual(drawn.labels, rows.map((r) => r.name + (r.estimate ? ' (e)' : '')));
  assert.deepEqual(drawn.values, rows.map((r) => r.value_pct));
  // And the picture draws it: the title and every ally's label, one bar per ally whose length
  // is proportional to its value, lighter when an estimate.
  const texts = await page.$$eval('#chart-year-prerender svg text', (els) => els.map((e) => e.textContent));
  for (const s of [drawn.title, ...drawn.labels]) assert.ok(texts.includes(s), `${s} in the SVG`);
  const bars = await page.$$eval('#chart-year-prerender svg path[ecmeta_data_index]', (els) => els
    .filter((e) => ['#1f4e96', '#9db4d8'].includes(e.getAttribute('fill')))
    .map((e) => ({ i: Number(e.getAttribute('ecmeta_data_index')), width: e.getBBox().width, fill: e.getAttribute('fill') })));
  assert.equal(bars.length, rows.length);
  const pxPerPct = Math.max(...bars.map((b) => b.width)) / Math.max(...drawn.values);
  for (const b of bars) {
    assert.ok(Math.abs(b.width - rows[b.i].value_pct * pxPerPct) < 1, `${rows[b.i].iso3}: ${b.width} px`);
    assert.equal(b.fill, rows[b.i].estimate ? '#9db4d8' : '#1f4e96', rows[b.i].iso3);
  }
  // The live chart replaces it, with the same figures.
  release();
  await page.waitForFunction(() => document.body.dataset.rendered && !document.body.dataset.loading);
  assert.equal(await pre.count(), 0);
  const live = await chartOption(page, 'chart-year');
  assert.deepEqual(live.categories, drawn.labels);
  assert.deepEqual(live.values, drawn.values);
  assert.equal(await page.evaluate(() => window.fardeauCharts['chart-year'].getOption().title[0].text), drawn.title);
  assert.deepEqual(errors, []);
  await page.close();
});

test('any other screen (language, view, year, edition, narrow window, embed) gets no pre-rendered chart', async () => {
  const phone = { width: 390, height: 800 };
  for (const [url, viewport] of [['/?lang=fr'], ['/?view=map'], ['/?year=2020'], ['/?edition=nato-2025'],
    ['/?view=year&edition=nato-2026&year=2026&lang=fr'], ['/', phone]]) {
    const { page, errors, release } = await openHeld(url, viewport);
    assert.equal(await page.$eval('#chart-year-prerender', (e) => e.hidden), true, url);
    assert.equal(await marks(page, 'fardeau-first-chart'), 0, url);
    release();
    await page.waitForFunction(() => document.body.dataset.rendered && !document.body.dataset.loading);
    assert.equal(await marks(page, 'fardeau-first-chart'), 1, url);  // the live chart's
    assert.deepEqual(errors, [], url);
    await page.close();
  }
  const embed = await openHeld('/embed?view=year');
  assert.equal(await embed.page.$('#chart-year-prerender'), null);
  embed.release();
  await embed.page.close();
  // A link to the default screen that names it shows it.
  const link = await openHeld('/?view=year&edition=nato-2026&year=2026&lang=en');
  await link.page.locator('#chart-year-prerender').waitFor({ state: 'visible' });
  link.release();
  await link.page.waitForFunction(() => document.body.dataset.rendered && !document.body.dataset.loading);
  assert.deepEqual(link.errors, []);
  await link.page.close();
});

// NATO Table 3, every edition: 2014, three allies at 2% (GBR, GRC, USA); 28 members then
// (Iceland reports no defence expenditure, so 27 bars).
// The page's lines and map classes are the guidelines of core/target_rule.cpp, which the
// report's JSON lists: the page keeps its own copy (web/src/palette.js) so that the build can
// draw the default chart, and this holds the two equal.
test('the page\'s guideline lines are the report\'s guidelines', async () => {
  const { GUIDELINE_PCT, TARGET_LINES } = await import(path.join(webDir, 'src', 'palette.js'));
  const report = await (await fetch(`${base}/api/v1/report`)).json();
  const pct = (id) => report.guidelines.find((g) => g.id === id);
  assert.equal(pct('two-pct-gdp').measure, 'defexp_pct_gdp');
  assert.equal(pct('two-pct-gdp').target_pct, GUIDELINE_PCT.floor);
  assert.equal(pct('hague-core-3.5').measure, 'defexp_pct_gdp');
  assert.equal(pct('hague-core-3.5').target_pct, GUIDELINE_PCT.core);
  assert.deepEqual(TARGET_LINES, [2, 3.5, 5]);
  // Every guideline on GDP the report lists is drawn.
  for (const g of report.guidelines.filter((x) => x.measure === 'defexp_pct_gdp'))
    assert.ok(TARGET_LINES.includes(g.target_pct), g.id);
});

test('changing the year and the edition updates the chart and the citation', async () => {
  const { page, errors } = await open();
  await setYear(page, 'year', 2014);
  await page.waitForFunction(() => document.getElementById('chart-year').dataset.state.includes('|2014|'));
  await settled(page);
  const opt = await chartOption(page, 'chart-year');
  assert.equal(opt.categories.length, 27);
  assert.match(await page.textContent('#year-summary'), /^3 of 28 allies/);
  await page.selectOption('#vintage', 'nato-2019');
  await page.waitForFunction(() => document.getElementById('chart-year').dataset.state.startsWith('nato-2019|'));
  await settled(page);
  assert.match(await page.textContent('#cite-year'), /\[nato-2019\]/);
  await page.screenshot({ path: path.join(shots, 'year-2014-nato2019-en.png'), fullPage: true });
  assert.deepEqual(errors, []);
  await page.close();
});

test('every view renders, cites its edition, and works with the keyboard', async () => {
  const { page, errors } = await open();
  await page.focus('#tab-year');
  for (const [view, chartId] of [['ally', 'chart-ally'], ['shares', 'chart-shares'], ['gap', 'chart-gap']]) {
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction((v) => document.body.dataset.rendered?.startsWith(v + '|'), view);
    await settled(page);
    assert.equal(await page.evaluate(() => document.activeElement.dataset.view), view);
    assert.ok(await page.isVisible(`#${chartId}`));
    assert.match(await page.textContent(`#cite-${view}`), /\[nato-2026\]/);
    await page.screenshot({ path: path.join(shots, `${view}-en.png`), fullPage: true });
  }
  // Shares in constant dollars: a different basis, the same years.
  await page.click('#tab-shares');
  await settled(page);
  await page.selectOption('#basis', 'constant');
  await page.waitForFunction(() => document.getElementById('chart-shares').dataset.state.includes('|constant|'));
  await settled(page);
  await page.screenshot({ path: path.join(shots, 'shares-constant-en.png'), fullPage: true });
  assert.deepEqual(errors, []);
  await page.close();
});

test('French changes the labels and the number formats', async () => {
  const { page, errors } = await open();
  await page.selectOption('#lang', 'fr');
  await page.waitForFunction(() => document.body.dataset.rendered?.includes('|fr|'));
  await settled(page);
  assert.equal(await page.textContent('#lbl-year'), 'Année');
  assert.equal(await page.getAttribute('html', 'lang'), 'fr');
  assert.match(await page.textContent('#year-summary'), /Alliés sur/);
  await page.screenshot({ path: path.join(shots, 'year-fr.png'), fullPage: true });
  await page.click('#tab-gap');
  await page.waitForFunction(() => document.body.dataset.rendered?.startsWith('gap|fr|'));
  await settled(page);
  // "1 506,1 Md$": a comma for decimals, a (narrow) space between thousands, Md$.
  const summary = await page.textContent('#gap-summary');
  assert.match(summary, /\d,\d Md\$/);
  assert.match(summary, /3,5 %/);
  await page.screenshot({ path: path.join(shots, 'gap-fr.png'), fullPage: true });
  await page.click('#tab-ally');
  await page.waitForFunction(() => document.body.dataset.rendered?.startsWith('ally|fr|'));
  await settled(page);
  assert.match(await page.textContent('#ally-summary'), /^France : .*du PIB/);
  await page.screenshot({ path: path.join(shots, 'ally-fr.png'), fullPage: true });
  await page.selectOption('#lang', 'en');
  await page.waitForFunction(() => document.body.dataset.rendered?.startsWith('ally|en|'));
  assert.match(await page.textContent('#ally-summary'), /^France: .*of GDP/);
  assert.deepEqual(errors, []);
  await page.close();
});

test('readable at phone width', async () => {
  const { page, errors } = await open({ width: 390, height: 844 });
  await settled(page);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `horizontal overflow of ${overflow}px`);
  await page.screenshot({ path: path.join(shots, 'year-phone.png'), fullPage: true });
  assert.deepEqual(errors, []);
  await page.close();
});

// "une réunion extraordinaire entre les 29 Etats membres" and "41 milliards de dollars"
// (examples/otan-2018.claims): typed in the box, checked by POST /api/v1/check.
test('a claim typed in the box gets its verdict, readings and edition', async () => {
  const { page, errors } = await open();
  await page.click('#tab-claim');
  await page.waitForFunction(() => document.body.dataset.rendered?.startsWith('claim|'));
  await page.fill('#claim-input', 'members(2018) = 29');
  await page.press('#claim-input', 'Enter');
  await page.waitForFunction(() => document.getElementById('claim-verdict').dataset.verdict);
  assert.equal(await page.textContent('#claim-verdict'), 'Verdict: true');
  assert.match(await page.textContent('#claim-facts'), /Value29/);

  await page.fill('#claim-input', 'cumulative(defexp_usd_const, europe-canada, 2016..2018) ~ 41 milliards');
  await page.click('#claim-submit');
  await page.waitForFunction(() =>
    document.getElementById('claim-verdict').dataset.verdict === 'true under some readings');
  await settled(page);
  assert.equal(await page.textContent('#claim-verdict'), 'Verdict: true under some readings');
  const facts = await page.textContent('#claim-facts');
  assert.match(facts, /41\.712 bn \(\+1\.7% from the claim\)/);
  assert.match(facts, /Compared with~ 41 bn ±5% \(default: ±2\.05 bn\)/);
  assert.match(facts, /cumulative over the base year, constant prices, nato-2019/);
  assert.match(await page.textContent('#cite-claim'), /\[nato-2019\]/);
  const rows = await page.$$eval('#claim-readings tbody tr', (trs) => trs.map((tr) => tr.textContent));
  assert.ok(rows.length >= 24, `readings: ${rows.length}`);
  assert.ok(rows.some((r) => /level difference, constant prices, nato-2019.*false.*26\.455 bn/.test(r)), rows.join('\n'));
  assert.match(await page.textContent('#claim-readings caption'), /^9 of 32 readings/);
  await page.screenshot({ path: path.join(shots, 'claim-en.png'), fullPage: true });

  // French: the labels, the verdict and the numbers (41,712 Md).
  await page.selectOption('#lang', 'fr');
  await page.waitForFunction(() => document.body.dataset.rendered?.startsWith('claim|fr|'));
  await settled(page);
  assert.equal(await page.textContent('#claim-verdict'), 'Verdict : vraie selon certaines lectures');
  assert.equal(await page.textContent('#lbl-claim'), 'Affirmation');
  assert.equal(await page.textContent('#claim-submit'), 'Vérifier');
  assert.equal(await page.textContent('#tab-claim'), 'Vérifier une affirmation');
  assert.match(await page.textContent('#claim-facts'), /41,712\u202fMd \(\+1,7 % par rapport à l'affirmation\)/);
  assert.match(await page.textContent('#claim-facts'), /cumul au-dessus de l'année de base, prix constants/);
  assert.match(await page.textContent('#claim-facts'), /~ 41\u202fMd ±5 % \(par défaut : ±2,05\u202fMd\)/);
  assert.match(await page.textContent('#claim-readings caption'), /^9 lectures sur 32/);
  await page.screenshot({ path: path.join(shots, 'claim-fr.png'), fullPage: true });

  // A claim that cannot be read: the message, in French in the French view, names the
  // column; the page stays usable.
  await page.fill('#claim-input', 'members(2018 = 29');
  await page.press('#claim-input', 'Enter');
  await page.waitForFunction(() => document.getElementById('claim-verdict').dataset.verdict === 'error');
  assert.equal(await page.textContent('#claim-verdict'),
    "Affirmation illisible : appel non terminé\u00a0: ')' attendu pour fermer 'members(' de la colonne 8");
  assert.equal(await page.isHidden('#claim-readings'), true);
  // Switching language re-words the error shown.
  await page.selectOption('#lang', 'en');
  await page.waitForFunction(() => document.body.dataset.rendered?.startsWith('claim|en|'));
  await page.waitForFunction(() => /unterminated/.test(document.getElementById('claim-verdict').textContent));
  assert.match(await page.textContent('#claim-verdict'),
    /: unterminated call: expected '\)' to close 'members\(' at column 8$/);
  await page.selectOption('#lang', 'fr');
  await page.waitForFunction(() => document.body.dataset.rendered?.startsWith('claim|fr|'));
  await page.waitForFunction(() => /non terminé/.test(document.getElementById('claim-verdict').textContent));
  assert.deepEqual(errors.filter((e) => !/status of 400/.test(e)), []);
  await page.close();
});

test('the claim box works from the keyboard alone', async () => {
  const { page, errors } = await open();
  await page.focus('#tab-year');
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
  await page.waitForFunction(() => document.body.dataset.rendered?.startsWith('claim|'));
  assert.equal(await page.evaluate(() => document.activeElement.dataset.view), 'claim');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'claim-input');
  await page.keyboard.type('pct_gdp[USA, 2018] ~ 4 ±0.2');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.getElementById('claim-verdict').dataset.verdict);
  // The United States spent about 3.3% of GDP in 2018, not 4%.
  assert.equal(await page.textContent('#claim-verdict'), 'Verdict: false');
  assert.match(await page.textContent('#claim-facts'), /Value3\.\d+/);
  assert.deepEqual(errors, []);
  await page.close();
});

const scenarioState = (page) => chartState(page, 'chart-scenario');
const scenarioOption = (page) => page.evaluate(() => {
  const o = window.fardeauCharts['chart-scenario'].getOption();
  const m = window.fardeauCharts['chart-scenario-meeting'].getOption();
  return { years: o.xAxis[0].data, total: o.series[0].data, us: o.series[2].data,
    meeting: m.series[0].data, title: o.title[0].text, legend: o.series.map((s) => s.name) };
});

test('the scenario controls update the charts when the target, horizon or preset change', async () => {
  const { page, errors } = await open();
  await page.click('#tab-scenario');
  await page.waitForFunction(() => document.body.dataset.rendered?.startsWith('scenario|'));
  await settled(page);
  // Default: 3.5% by 2035 from the edition's last year (2026).
  assert.equal(await scenarioState(page), 'nato-2026|3.5|2035|10');
  const a = await scenarioOption(page);
  assert.deepEqual(a.years, ['2026', '2027', '2028', '2029', '2030', '2031', '2032', '2033', '2034', '2035']);
  assert.ok(a.total[9] > a.total[0], 'spending rises towards the target');
  assert.equal(a.meeting[9], Math.max(...a.meeting), 'every ally on a path meets it at the horizon');
  assert.match(await page.textContent('#cite-scenario'), /\[nato-2026\]/);
  assert.match(await page.textContent('#scenario-summary'), /^To reach 3\.5% of GDP by 2035 \(from 2026\)/);
  await page.screenshot({ path: path.join(shots, 'scenario-en.png'), fullPage: true });

  // A higher target costs more at the same horizon.
  await page.selectOption('#sc-target', '5');
  await page.waitForFunction(() => document.getElementById('chart-scenario').dataset.state === 'nato-2026|5|2035|10');
  await settled(page);
  const b = await scenarioOption(page);
  assert.ok(b.total[9] > a.total[9], `${b.total[9]} > ${a.total[9]}`);
  assert.match(b.title, /5% of GDP by 2035/);

  // A nearer horizon: fewer years.
  await page.selectOption('#sc-by', '2030');
  await page.waitForFunction(() => document.getElementById('chart-scenario').dataset.state === 'nato-2026|5|2030|5');
  await settled(page);
  assert.equal((await scenarioOption(page)).years.at(-1), '2030');

  // A preset sets both controls (its target and horizon, from the presets endpoint).
  const hague = await page.evaluate(async () =>
    (await (await fetch('/api/v1/scenario?list=1')).json()).presets.find((p) => p.id === 'hague-2035'));
  await page.selectOption('#sc-preset', 'hague-2035');
  await page.waitForFunction((h) => document.getElementById('chart-scenario').dataset.state
    .startsWith(`nato-2026|${h.target_pct}|${h.by}|`), hague);
  await settled(page);
  assert.equal(await page.inputValue('#sc-by'), String(hague.by));
  assert.equal(Number(await page.inputValue('#sc-target')), hague.target_pct);
  await page.screenshot({ path: path.join(shots, 'scenario-hague-en.png'), fullPage: true });
  assert.deepEqual(errors, []);

  // SIPRI publishes no constant-dollar GDP: the page says why and draws nothing; the 2019
  // edition has what a scenario needs, from its last year (2019).
  await page.selectOption('#vintage', 'sipri-2025');
  await page.waitForFunction(() => document.getElementById('chart-scenario').dataset.state === 'sipri-2025|error');
  assert.match(await page.textContent('#error'), /sipri-2025 publishes no gdp_usd_const_m, which scenarios need/);
  await page.selectOption('#vintage', 'nato-2019');
  await page.waitForFunction(() => document.getElementById('chart-scenario').dataset.state.startsWith('nato-2019|'));
  await settled(page);
  assert.equal(await page.isHidden('#error'), true);
  assert.equal((await scenarioOption(page)).years[0], '2019');
  assert.match(await page.textContent('#cite-scenario'), /\[nato-2019\]/);
  assert.deepEqual(errors.filter((e) => !/status of 400/.test(e)), []);
  await page.close();
});

test('French changes the scenario labels and number formats', async () => {
  const { page, errors } = await open();
  await page.selectOption('#lang', 'fr');
  await page.waitForFunction(() => document.body.dataset.rendered?.includes('|fr|'));
  await page.click('#tab-scenario');
  await page.waitForFunction(() => document.body.dataset.rendered?.startsWith('scenario|fr|'));
  await settled(page);
  assert.equal(await page.textContent('#tab-scenario'), 'Scénario');
  assert.equal(await page.textContent('#lbl-sc-by'), 'Horizon');
  assert.equal(await page.textContent('#lbl-sc-preset'), 'Préréglage');
  assert.equal(await page.textContent('#lbl-sc-target'), 'Objectif (% du PIB)');
  const summary = await page.textContent('#scenario-summary');
  assert.match(summary, /^Pour atteindre 3,5 % du PIB en 2035 \(depuis 2026\)/);
  assert.match(summary, /\d,\d Md\$ de plus/);
  const o = await scenarioOption(page);
  assert.match(o.title, /3,5 % du PIB en 2035/);
  assert.ok(o.legend.includes('Part des États-Unis'), o.legend.join());
  assert.match(await page.$eval('#sc-preset', (s) => [...s.options].map((x) => x.text).join('|')),
    /hague-2035 : 3,5 % en 2035/);
  assert.equal(await page.$eval('#sc-target', (s) => s.selectedOptions[0].text), '3,5 %');
  // A preset's description (the option's tooltip) is the French one.
  assert.match(await page.getAttribute('#sc-preset option[value="hague-2035"]', 'title'),
    /^La Haye \(2025\) : 3,5 % du PIB/);
  await page.screenshot({ path: path.join(shots, 'scenario-fr.png'), fullPage: true });
  assert.deepEqual(errors, []);
  await page.close();
});

test('the claim and scenario views are readable at phone width', async () => {
  const { page, errors } = await open({ width: 390, height: 844 });
  for (const view of ['scenario', 'claim']) {
    await page.click(`#tab-${view}`);
    await page.waitForFunction((v) => document.body.dataset.rendered?.startsWith(v + '|'), view);
    if (view === 'claim') {
      await page.fill('#claim-input', 'cumulative(defexp_usd_const, europe-canada, 2016..2018) ~ 41 milliards');
      await page.press('#claim-input', 'Enter');
      await page.waitForFunction(() => document.getElementById('claim-verdict').dataset.verdict);
    }
    await settled(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `${view}: horizontal overflow of ${overflow}px`);
    const box = await page.$eval('#claim-input', (el) => el.getBoundingClientRect().width).catch(() => 0);
    if (view === 'claim') assert.ok(box >= 200, `claim input ${box}px wide`);
    await page.screenshot({ path: path.join(shots, `${view}-phone.png`), fullPage: true });
    await page.screenshot({ path: path.join(shots, `${view}-phone-screen.png`) });
  }
  assert.deepEqual(errors, []);
  await page.close();
});

// The screen is in the URL: a link opened in another page reopens it; back and forward move
// between screens.
test('a copied link reopens the same view, year, ally and language; back/forward restore states', async () => {
  const { page, errors } = await open();
  await setYear(page, 'year', 2018);
  await page.waitForFunction(() => document.getElementById('chart-year').dataset.state.includes('|2018|'));
  await page.click('#tab-ally');
  await page.waitForFunction(() => document.body.dataset.rendered?.startsWith('ally|'));
  await page.selectOption('#ally', 'POL');
  await page.waitForFunction(() => document.getElementById('chart-ally').dataset.state.includes('|POL|'));
  await page.selectOption('#lang', 'fr');
  await page.waitForFunction(() => document.body.dataset.rendered?.startsWith('ally|fr|'));
  await settled(page);
  await page.click('#copy-link');
  await page.waitForFunction(() => document.getElementById('copy-link').dataset.link);
  const link = await page.getAttribute('#copy-link', 'data-link');
  assert.equal(link, page.url(), 'the link is the address of the screen');
  assert.match(link, /view=ally/);

  const other = await browser.newPage();
  await other.setViewportSize({ width: 1200, height: 1000 });
  const otherErrors = [];
  other.on('pageerror', (e) => otherErrors.push(String(e)));
  await other.goto(link);
  await other.waitForFunction(() => document.body.dataset.rendered?.startsWith('ally|fr|nato-2026')
    && !document.body.dataset.loading);
  assert.equal(await chartState(other, 'chart-ally'), await chartState(page, 'chart-ally'));
  assert.equal(await other.getAttribute('#tab-ally', 'aria-selected'), 'true');
  assert.equal(await other.inputValue('#ally'), 'POL');
  assert.equal(await other.getAttribute('html', 'lang'), 'fr');
  assert.equal(await other.textContent('#ally-summary'), await page.textContent('#ally-summary'));
  assert.match(await other.textContent('#ally-summary'), /^Pologne : /);
  await other.close();

  // Back: English, then France, then the year view of 2018; forward: France again.
  await page.goBack();
  await page.waitForFunction(() => document.body.dataset.rendered?.startsWith('ally|en|') && !document.body.dataset.loading);
  assert.match(await page.textContent('#ally-summary'), /^Poland: /);
  await page.goBack();
  await page.waitForFunction(() => document.getElementById('chart-ally').dataset.state.includes('|FRA|')
    && !document.body.dataset.loading);
  assert.equal(await page.inputValue('#ally'), 'FRA');
  await page.goBack();
  await page.waitForFunction(() => document.body.dataset.rendered?.startsWith('year|en|') && !document.body.dataset.loading);
  assert.equal(await chartState(page, 'chart-year'), 'nato-2026|2018|28');  // 29 members, Iceland reports none
  assert.equal(await page.inputValue('#year'), '2018');
  assert.equal(await page.getAttribute('#tab-year', 'aria-selected'), 'true');
  await page.goForward();
  await page.waitForFunction(() => document.body.dataset.rendered?.startsWith('ally|en|') && !document.body.dataset.loading);
  assert.match(await chartState(page, 'chart-ally'), /\|FRA\|/);
  assert.deepEqual(errors, []);
  assert.deepEqual(otherErrors, []);
  await page.close();
});

test('a slow answer for an older request does not overwrite the newer one', async () => {
  const { page, errors } = await open();
  let release;
  const held = new Promise((r) => { release = r; });
  await page.route(/\/api\/v1\/compliance\?.*year=2015/, async (route) => { await held; await route.continue(); });
  await setYear(page, 'year', 2015);   // held back
  await setYear(page, 'year', 2016);   // answered at once
  await page.waitForFunction(() => document.getElementById('chart-year').dataset.state.includes('|2016|'));
  release();
  await page.waitForFunction(() => !document.body.dataset.loading);
  await page.waitForTimeout(200);
  assert.match(await chartState(page, 'chart-year'), /\|2016\|/);
  assert.match(await page.evaluate(() => window.fardeauCharts['chart-year'].getOption().title[0].text), /2016/);
  assert.deepEqual(errors, []);
  await page.close();
});

test('an API error is shown in the page\'s language, with a non-JSON body too', async () => {
  const { page } = await open();
  await page.route(/\/api\/v1\/compliance\?.*year=2017/, (route) =>
    route.fulfill({ status: 503, contentType: 'text/html', body: '<h1>proxy down</h1>' }));
  await page.selectOption('#lang', 'fr');
  await page.waitForFunction(() => document.body.dataset.rendered?.startsWith('year|fr|'));
  await setYear(page, 'year', 2017);
  await page.waitForFunction(() => !document.getElementById('error').hidden);
  assert.equal(await page.textContent('#error'),
    'Impossible de charger les données : le serveur a répondu 503 Service Unavailable');
  await page.close();
});

// The map: the classes are read off the API's figures, not written here.
test('the map draws the 31 reporting allies of 2026 in the right class, Iceland as not reporting', async () => {
  const { page, errors } = await open();
  await page.click('#tab-map');
  await page.waitForFunction(() => document.body.dataset.rendered?.startsWith('map|') && !document.body.dataset.loading);
  await settled(page);
  assert.equal(await chartState(page, 'chart-map'), 'nato-2026|2026|31');
  const api = await page.evaluate(async () =>
    (await (await fetch('/api/v1/compliance?year=2026')).json()).rows);
  const drawn = await page.evaluate(() => {
    const c = window.fardeauCharts['chart-map'];
    const geo = c.getModel().getSeriesByIndex(0).coordinateSystem;
    // ECharts adds an item for each shape without data (the neighbours): the allies have a label.
    return c.getOption().series[0].data.filter((d) => d.label).map((d) => ({ name: d.name, value: d.value, status: d.status,
      estimate: d.estimate, color: d.itemStyle.areaColor, region: Boolean(geo.getRegion(d.name)) }));
  });
  const legend = await page.$$eval('#map-legend .swatch', (s) => s.map((x) => getComputedStyle(x).backgroundColor));
  assert.equal(drawn.length, 32, 'the 32 allies');
  const reporting = drawn.filter((d) => d.value != null);
  assert.equal(reporting.length, 31);
  assert.ok(drawn.every((d) => d.region), 'every ally has its shape on the map');
  const hex = (rgb) => '#' + rgb.match(/\d+/g).slice(0, 3).map((n) => Number(n).toString(16).padStart(2, '0')).join('');
  const expected = (v) => (v >= 5 ? 3 : v >= 3.5 ? 2 : v >= 2 ? 1 : 0);
  for (const iso of ['POL', 'ESP', 'SVN']) {
    const row = api.find((r) => r.iso3 === iso);
    const d = drawn.find((x) => x.name === iso);
    assert.equal(d.value, row.value_pct);
    assert.equal(d.estimate, row.estimate, `${iso} estimate marked`);
    assert.equal(d.color, hex(legend[expected(row.value_pct)]), `${iso} ${row.value_pct}`);
  }
  assert.ok(api.find((r) => r.iso3 === 'POL').value_pct > 3.5);
  assert.equal(api.find((r) => r.iso3 === 'ESP').value_pct, 2);
  assert.ok(api.find((r) => r.iso3 === 'SVN').value_pct < 2);
  assert.equal(drawn.find((d) => d.name === 'ISL').status, 'not-reporting');
  await page.screenshot({ path: path.join(shots, 'map-en.png'), fullPage: true });
  // 2020: Finland and Sweden not yet members, greyed.
  await setYear(page, 'map-year', 2020);
  await page.waitForFunction(() => document.getElementById('chart-map').dataset.state.includes('|2020|'));
  const y2020 = await page.evaluate(() => window.fardeauCharts['chart-map'].getOption().series[0].data
    .filter((d) => d.status === 'non-member').map((d) => d.name).sort());
  assert.deepEqual(y2020, ['FIN', 'SWE']);
  await page.selectOption('#lang', 'fr');
  await page.waitForFunction(() => document.body.dataset.rendered?.startsWith('map|fr|') && !document.body.dataset.loading);
  await settled(page);
  assert.match(await page.textContent('#map-summary'), /^2020 : \d+ Alliés avec données/);
  await page.screenshot({ path: path.join(shots, 'map-fr.png'), fullPage: true });
  assert.deepEqual(errors, []);
  await page.close();
});

async function download(page, chartId, kind) {
  const [d] = await Promise.all([page.waitForEvent('download'),
    page.click(`[data-chart="${chartId}"][data-download="${kind}"]`)]);
  const file = await d.path();
  const { readFileSync } = await import('node:fs');
  return { name: d.suggestedFilename(), bytes: readFileSync(file) };
}

test('every chart downloads as PNG and SVG with its citation, and as CSV with the vintage', async () => {
  const { page, errors } = await open();
  await settled(page);
  const cite = await page.textContent('#cite-year');
  const p = await download(page, 'chart-year', 'png');
  assert.equal(p.name, 'nato-2026_pct-gdp_2026.png');
  assert.deepEqual([...p.bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  assert.ok(p.bytes.length > 20000, `PNG of ${p.bytes.length} bytes`);
  const height = p.bytes.readUInt32BE(20);
  const chartHeight = await page.$eval('#chart-year', (e) => e.clientHeight);
  assert.ok(height > 2 * chartHeight, `the citation adds lines below the chart: ${height} px`);

  const s = await download(page, 'chart-year', 'svg');
  assert.equal(s.name, 'nato-2026_pct-gdp_2026.svg');
  const svgText = s.bytes.toString('utf8');
  const parsed = await page.evaluate((x) => {
    const doc = new DOMParser().parseFromString(x, 'image/svg+xml');
    return { error: doc.querySelector('parsererror') !== null, root: doc.documentElement.nodeName,
      text: doc.documentElement.textContent };
  }, svgText);
  assert.equal(parsed.error, false);
  assert.equal(parsed.root, 'svg');
  assert.ok(parsed.text.includes(cite), 'the citation is in the SVG');
  assert.ok(parsed.text.includes('Defence expenditure as % of GDP, 2026'), 'the title is in the SVG');

  // The CSV is the API's own (format=csv, the CLI's --format csv), byte for byte.
  const c = await download(page, 'chart-year', 'csv');
  assert.equal(c.name, 'nato-2026_pct-gdp_2026.csv');
  const apiCsv = (q) => page.evaluate(async (x) => (await fetch(`/api/v1/${x}`)).text(), q);
  const yearCsv = await apiCsv('compliance?vintage=nato-2026&lang=en&year=2026&format=csv');
  assert.equal(c.bytes.toString('utf8'), yearCsv);
  const lines = yearCsv.trim().split('\n');
  assert.equal(lines[0].split(',')[0], 'vintage');
  assert.ok(lines.slice(1).every((l) => l.startsWith('nato-2026,')));
  const rows = await page.evaluate(async () => (await (await fetch('/api/v1/compliance?year=2026')).json()).rows);
  assert.equal(lines.length - 1, rows.length);

  await page.click('#tab-map');
  await page.waitForFunction(() => document.body.dataset.rendered?.startsWith('map|') && !document.body.dataset.loading);
  const m = await download(page, 'chart-map', 'csv');
  assert.equal(m.name, 'nato-2026_pct-gdp-map_2026.csv');
  assert.equal(m.bytes.toString('utf8'), yearCsv);
  // Shares: the two trends it is drawn from (NATO, then the United States), one header.
  await page.click('#tab-shares');
  await page.waitForFunction(() => document.body.dataset.rendered?.startsWith('shares|') && !document.body.dataset.loading);
  const sh = await download(page, 'chart-shares', 'csv');
  assert.equal(sh.name, 'nato-2026_us-share_current_2026.csv');
  const nato = await apiCsv('trend?group=nato&basis=current&to=2026&vintage=nato-2026&lang=en&format=csv');
  const usa = await apiCsv('trend?group=USA&basis=current&to=2026&vintage=nato-2026&lang=en&format=csv');
  assert.equal(sh.bytes.toString('utf8'), nato + usa.slice(usa.indexOf('\n') + 1));
  assert.deepEqual(errors, []);
  await page.close();
});

test('the map and shares views in French, and the map at phone width with no overflow', async () => {
  const { page, errors } = await open();
  await page.goto(base + '/?view=shares&edition=nato-2026&lang=fr&indicator=current');
  await page.waitForFunction(() => document.body.dataset.rendered?.startsWith('shares|fr|') && !document.body.dataset.loading);
  await settled(page);
  assert.match(await page.textContent('#shares-summary'), /^En \d{4}, les États-Unis/);
  await page.screenshot({ path: path.join(shots, 'shares-fr.png'), fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(base + '/?view=map&edition=nato-2026&lang=en');
  await page.waitForFunction(() => document.body.dataset.rendered?.startsWith('map|en|') && !document.body.dataset.loading);
  await settled(page);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `map: horizontal overflow of ${overflow}px`);
  await page.screenshot({ path: path.join(shots, 'map-phone.png'), fullPage: true });
  assert.deepEqual(errors, []);
  await page.close();
});

test('each chart has a sortable table with estimates marked, and an aria-label with its finding', async () => {
  const { page, errors } = await open();
  await settled(page);
  const summary = await page.textContent('#year-summary');
  assert.ok((await page.getAttribute('#chart-year', 'aria-label')).includes(summary));
  assert.equal(await page.isHidden('#chart-year-table'), true);
  await page.click('[data-table-for="chart-year"]');
  assert.equal(await page.getAttribute('[data-table-for="chart-year"]', 'aria-expanded'), 'true');
  const opt = await chartOption(page, 'chart-year');
  const rows = await page.$$eval('#chart-year-table tbody tr', (trs) => trs.map((tr) =>
    ({ cells: [...tr.cells].map((c) => c.textContent), estimate: tr.classList.contains('estimate') })));
  assert.equal(rows.length, opt.categories.length);
  assert.ok(rows.every((r) => r.estimate === r.cells[0].endsWith('(e)')));
  assert.ok(rows.some((r) => r.estimate), '2026 figures are estimates');
  // Sort by the figure, ascending then descending.
  await page.click('#chart-year-table th:nth-child(2) button');
  assert.equal(await page.getAttribute('#chart-year-table th:nth-child(2)', 'aria-sort'), 'ascending');
  let vals = await page.$$eval('#chart-year-table tbody tr td:nth-child(2)', (tds) => tds.map((t) => Number(t.textContent)));
  assert.deepEqual(vals, [...vals].sort((a, b) => a - b));
  await page.keyboard.press('Enter');  // the header button keeps the focus
  assert.equal(await page.getAttribute('#chart-year-table th:nth-child(2)', 'aria-sort'), 'descending');
  vals = await page.$$eval('#chart-year-table tbody tr td:nth-child(2)', (tds) => tds.map((t) => Number(t.textContent)));
  assert.deepEqual(vals, [...vals].sort((a, b) => b - a));
  assert.deepEqual(errors, []);
  await page.close();
});

test('/embed shows one chart with its citation and a link back to the same screen', async () => {
  const page = await browser.newPage();
  await page.setViewportSize({ width: 800, height: 900 });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(base + '/embed?view=year&edition=nato-2019&lang=fr&year=2014');
  await page.waitForFunction(() => document.body.dataset.rendered?.startsWith('year|fr|nato-2019') && !document.body.dataset.loading);
  await settled(page);
  assert.equal(await chartState(page, 'chart-year'), 'nato-2019|2014|27');
  assert.equal(await page.isHidden('header'), true);
  assert.equal(await page.isHidden('#tabs'), true);
  assert.equal(await page.isHidden('#view-ally'), true);
  assert.ok(await page.isVisible('#chart-year'));
  // The citation in French, word for word the CLI's source line.
  const cli = spawnSync(bin, ['report', '--vintage', 'nato-2019', '--lang', 'fr'], { encoding: 'utf8' });
  assert.equal(await page.textContent('#cite-year'), cli.stdout.trim().split('\n').at(-1));
  const href = await page.getAttribute('#embed-link', 'href');
  assert.equal(href, '/?view=year&edition=nato-2019&lang=fr&year=2014');
  assert.equal(await page.textContent('#embed-link'), 'Ouvrir dans le tableau de bord fardeau');
  await page.screenshot({ path: path.join(shots, 'embed-fr.png'), fullPage: true });
  await page.click('#embed-link');
  await page.waitForFunction(() => document.body.dataset.rendered?.startsWith('year|fr|nato-2019') && !document.body.dataset.loading);
  assert.equal(await page.isVisible('header'), true);
  assert.equal(await chartState(page, 'chart-year'), 'nato-2019|2014|27');
  assert.deepEqual(errors, []);
  await page.close();
});

const compareOption = (page) => page.evaluate(() => {
  const o = window.fardeauCharts['chart-compare'].getOption();
  return { title: o.title[0].text, years: o.xAxis[0].data,
    series: o.series.map((s) => ({ name: s.name, values: s.data.map((d) => (d == null ? null : d.value)),
      lines: (s.markLine?.data || []).map((m) => m.yAxis) })) };
});
const compareReady = (page, indicator, allies) => page.waitForFunction(([i, a]) =>
  document.getElementById('chart-compare').dataset.state === `nato-2026|${i}|${a}` && !document.body.dataset.loading,
[indicator, allies]);

// NATO July 2026 edition, Tables 2 and 3: the chart's last points are the API's (Poland 2026e
// 4.68% of GDP, above the 3.5% line; the values are read from the API, not written here).
test('comparing POL, DEU and USA: three series ending on the API\'s values, the unit toggle, the picker by keyboard', async () => {
  const { page, errors } = await open();
  await page.click('#tab-compare');
  await compareReady(page, 'pct_gdp', 'FRA,DEU,GBR,POL');
  // The picker from the keyboard: open it, untick France and the United Kingdom, tick the
  // United States.
  await page.focus('#compare-picked');
  await page.keyboard.press('Enter');
  assert.equal(await page.$eval('#compare-picker', (d) => d.open), true);
  for (const iso of ['FRA', 'GBR', 'USA']) {
    await page.focus(`#compare-allies input[value="${iso}"]`);
    await page.keyboard.press('Space');
  }
  await compareReady(page, 'pct_gdp', 'DEU,POL,USA');
  await settled(page);
  const api = await page.evaluate(async () =>
    (await (await fetch('/api/v1/series?ally=DEU,POL,USA&indicator=pct_gdp')).json()).series);
  let o = await compareOption(page);
  assert.equal(o.series.length, 3);
  assert.deepEqual(o.series.map((s) => s.name), ['Germany', 'Poland', 'United States']);
  api.forEach((line, i) => {
    assert.equal(o.series[i].values.at(-1), line.points.at(-1).value, line.iso3);
    assert.equal(o.years.at(-1), String(line.points.at(-1).year));
  });
  assert.ok(api[1].points.at(-1).value > 3.5, 'Poland 2026e above 3.5%');
  assert.deepEqual(o.series[0].lines, [2, 3.5], 'the 2% and 3.5% lines');
  assert.match(await page.textContent('#compare-picked'), /Germany, Poland, United States/);
  assert.match(page.url(), /view=compare&.*allies=DEU%2CPOL%2CUSA&indicator=pct_gdp/);
  assert.match(await page.textContent('#cite-compare'), /\[nato-2026\]/);
  await page.screenshot({ path: path.join(shots, 'compare-en.png'), fullPage: true });

  // Current dollars: the unit changes, the values are the API's.
  await page.selectOption('#compare-measure', 'current');
  await compareReady(page, 'current', 'DEU,POL,USA');
  o = await compareOption(page);
  const usd = await page.evaluate(async () =>
    (await (await fetch('/api/v1/series?ally=DEU,POL,USA&indicator=defexp_usd_current')).json()).series);
  usd.forEach((line, i) => assert.equal(o.series[i].values.at(-1), line.points.at(-1).value));
  assert.match(o.title, /current dollars/);
  assert.match(await page.textContent('#compare-summary'), /\$[\d,.]+ bn/);
  assert.deepEqual(o.series[0].lines, [], 'no %-of-GDP lines on dollars');
  await page.selectOption('#compare-measure', 'constant');
  await compareReady(page, 'constant', 'DEU,POL,USA');
  assert.match((await compareOption(page)).title, /constant dollars 2021/);

  // Real change since 2014 (the base year is in the URL): 0 in 2014, the API's change_pct.
  await page.selectOption('#compare-measure', 'real_change');
  await compareReady(page, 'real_change', 'DEU,POL,USA');
  assert.equal(await page.isDisabled('#compare-base'), false);
  await page.selectOption('#compare-base', '2016');
  await page.waitForFunction(() => /base=2016/.test(location.search) && !document.body.dataset.loading);
  await settled(page);
  o = await compareOption(page);
  const change = await page.evaluate(async () => (await (await fetch(
    '/api/v1/series?ally=DEU,POL,USA&indicator=defexp_usd_const&change_from=2016')).json()).series);
  change.forEach((line, i) => {
    assert.equal(o.series[i].values[o.years.indexOf('2016')], 0);
    assert.equal(o.series[i].values.at(-1), line.points.at(-1).change_pct);
  });
  assert.match(o.title, /since 2016/);
  const c = await download(page, 'chart-compare', 'csv');
  assert.equal(c.name, 'nato-2026_compare-real-change_DEU-POL-USA_2016.csv');
  assert.equal(c.bytes.toString('utf8'), await page.evaluate(async () => (await fetch(
    '/api/v1/series?ally=DEU,POL,USA&indicator=defexp_usd_const&change_from=2016&vintage=nato-2026&lang=en&format=csv')).text()));
  assert.match(c.bytes.toString('utf8'), /^vintage,iso3,indicator,year,value,estimate,unit,change_from,change_pct\n/);

  // French: the names in the picker, in French order; the chart's legend.
  await page.selectOption('#lang', 'fr');
  await page.waitForFunction(() => document.body.dataset.rendered?.startsWith('compare|fr|') && !document.body.dataset.loading);
  await settled(page);
  const names = await page.$$eval('#compare-allies label', (ls) => ls.map((l) => l.textContent.trim()));
  assert.ok(names.includes('Allemagne') && names.includes('États-Unis'), names.join());
  assert.deepEqual(names, [...names].sort((a, b) => a.localeCompare(b, 'fr')));
  assert.deepEqual((await compareOption(page)).series.map((s) => s.name), ['Allemagne', 'Pologne', 'États-Unis']);
  assert.equal(await page.textContent('#lbl-compare-measure'), 'Mesure');
  await page.screenshot({ path: path.join(shots, 'compare-fr.png'), fullPage: true });

  // The link reopens the same comparison.
  const other = await browser.newPage();
  await other.goto(page.url());
  await other.waitForFunction(() => document.body.dataset.rendered?.startsWith('compare|fr|') && !document.body.dataset.loading);
  assert.equal(await chartState(other, 'chart-compare'), 'nato-2026|real_change|DEU,POL,USA');
  assert.equal(await other.inputValue('#compare-base'), '2016');
  await other.close();
  assert.deepEqual(errors, []);
  await page.close();
});

test('the year slider works from the keyboard and changes the year, the chart and the URL', async () => {
  const { page, errors } = await open();
  await settled(page);
  assert.equal(await page.textContent('#lbl-year'), 'Year');
  assert.match(await page.evaluate(() => document.getElementById('year').labels[0].textContent), /^\s*Year/);
  await page.focus('#year');
  await page.keyboard.press('ArrowLeft');
  await page.waitForFunction(() => document.getElementById('chart-year').dataset.state.includes('|2025|'));
  assert.equal(await page.getAttribute('#year', 'aria-valuetext'), '2025');
  assert.equal(await page.textContent('#year-value'), '2025');
  assert.match(await page.evaluate(() => window.fardeauCharts['chart-year'].getOption().title[0].text), /2025/);
  await page.keyboard.press('Home');
  await page.waitForFunction(() => document.getElementById('chart-year').dataset.state.includes('|2014|'));
  await settled(page);
  assert.match(page.url(), /year=2014/);
  assert.match(await page.textContent('#year-summary'), /^3 of 28 allies/);  // NATO Table 3: GBR, GRC, USA in 2014
  // The map's slider too.
  await page.click('#tab-map');
  await page.waitForFunction(() => document.body.dataset.rendered?.startsWith('map|') && !document.body.dataset.loading);
  await page.focus('#map-year');
  await page.keyboard.press('PageDown');
  await page.waitForFunction(() => !document.getElementById('chart-map').dataset.state.includes('|2026|'));
  assert.equal(Number(await page.inputValue('#map-year')) < 2026, true);
  assert.deepEqual(errors, []);
  await page.close();
});

/// Records the years a chart is drawn for (its data-state), from now on.
const recordYears = (page, id) => page.evaluate((i) => {
  window.drawn = [];
  new MutationObserver(() => window.drawn.push(document.getElementById(i).dataset.state))
    .observe(document.getElementById(i), { attributes: true, attributeFilter: ['data-state'] });
}, id);

test('play steps through the years to the last and stops; the URL follows', async () => {
  const { page, errors } = await open();
  await page.goto(base + '/?view=map&edition=nato-2026&lang=en&year=2023');
  await page.waitForFunction(() => document.body.dataset.rendered?.startsWith('map|') && !document.body.dataset.loading);
  await recordYears(page, 'chart-map');
  await page.click('#map-year-play');
  assert.equal(await page.getAttribute('#map-year-play', 'aria-pressed'), 'true');
  await page.waitForFunction(() => document.getElementById('map-year-play').getAttribute('aria-pressed') === 'false',
    null, { timeout: 30000 });
  const years = (await page.evaluate(() => window.drawn)).map((s) => Number(s.split('|')[1]));
  assert.deepEqual([...new Set(years)], [2024, 2025, 2026]);
  assert.equal(await page.inputValue('#map-year'), '2026');
  assert.match(page.url(), /year=2026/);
  // Back: the year before the play.
  await page.goBack();
  await page.waitForFunction(() => document.getElementById('chart-map').dataset.state.includes('|2023|') &&
    !document.body.dataset.loading);
  // Pressed again, it stops; at the last year it starts from the first.
  await page.goto(base + '/?view=shares&edition=nato-2026&lang=fr');
  await page.waitForFunction(() => document.body.dataset.rendered?.startsWith('shares|fr|') && !document.body.dataset.loading);
  assert.equal(await page.textContent('#shares-year-play'), 'Lecture');
  await recordYears(page, 'chart-shares');
  await page.click('#shares-year-play');
  await page.waitForFunction(() => window.drawn.length >= 1);
  await page.click('#shares-year-play');
  assert.equal(await page.getAttribute('#shares-year-play', 'aria-pressed'), 'false');
  await page.waitForFunction(() => !document.body.dataset.loading);
  const drawn = await page.evaluate(() => window.drawn);
  // From the last year, play starts again at 2015, the first year a trend can end (two
  // points); stopped, it stays on the year drawn last, before the end.
  assert.equal(drawn[0], 'nato-2026|current|2');
  const stoppedAt = Number(await page.inputValue('#shares-year'));
  assert.ok(stoppedAt < 2026, `stopped at ${stoppedAt}`);
  assert.equal(drawn.at(-1), `nato-2026|current|${stoppedAt - 2013}`);
  assert.deepEqual(errors, []);
  await page.close();
});

test('the shares slider ends the chart at its year', async () => {
  const { page, errors } = await open();
  await page.goto(base + '/?view=shares&edition=nato-2026&lang=en&indicator=constant&year=2020');
  await page.waitForFunction(() => document.body.dataset.rendered?.startsWith('shares|') && !document.body.dataset.loading);
  assert.equal(await chartState(page, 'chart-shares'), 'nato-2026|constant|7');  // 2014-2020
  assert.match(await page.textContent('#shares-summary'), /^In 2020 /);
  await setYear(page, 'shares-year', 2024);
  await page.waitForFunction(() => document.getElementById('chart-shares').dataset.state === 'nato-2026|constant|11');
  assert.match(page.url(), /view=shares&.*indicator=constant&year=2024/);
  assert.deepEqual(errors, []);
  await page.close();
});

test('the embed code is an iframe whose src reopens the same chart', async () => {
  const { page, errors } = await open();
  await setYear(page, 'year', 2019);
  await page.waitForFunction(() => document.getElementById('chart-year').dataset.state.includes('|2019|'));
  await settled(page);
  const drawn = await chartState(page, 'chart-year');
  await page.click('#embed-code-button');
  assert.equal(await page.getAttribute('#embed-code-button', 'aria-expanded'), 'true');
  const code = await page.inputValue('#embed-code');
  const m = code.match(/^<iframe src="([^"]+)" title="([^"]+)" width="100%" height="(\d+)" style="border:0" loading="lazy"><\/iframe>$/);
  assert.ok(m, code);
  const src = m[1].replace(/&amp;/g, '&');
  assert.equal(src, `${base}/embed?view=year&edition=nato-2026&lang=en&year=2019`);
  assert.equal(m[2], 'fardeau: Defence expenditure as % of GDP, 2019');
  // The code follows the screen.
  await setYear(page, 'year', 2020);
  await page.waitForFunction(() => document.getElementById('embed-code').value.includes('year=2020'));
  // In a page of its own, as a publisher would put it.
  const host = await browser.newPage();
  await host.setContent(`<!doctype html><title>article</title><p>Text.</p>${code}`);
  const frame = await (await host.waitForSelector('iframe')).contentFrame();
  await frame.waitForFunction(() => document.body.dataset.rendered?.startsWith('year|en|nato-2026') && !document.body.dataset.loading);
  assert.equal(await frame.$eval('#chart-year', (el) => el.dataset.state), drawn);
  assert.match(await frame.textContent('#cite-year'), /\[nato-2026\]/);
  assert.equal(await frame.isHidden('header'), true);
  await host.screenshot({ path: path.join(shots, 'embed-iframe-en.png'), fullPage: true });
  await host.close();
  assert.deepEqual(errors, []);
  await page.close();
});

// The page in French: table headers and every other label; no English string of the page's
// own (i18n.js) is left on any view.
test('in French, the tables and every label are French', async () => {
  const { TEXT } = await import(path.join(webDir, 'src/i18n.js'));
  // The page's English strings that French words differently (a table's, a list's too).
  const differ = (en, fr) => Object.entries(en).filter(([k, v]) => typeof v === 'string' && v !== fr[k]).map(([, v]) => v);
  const english = new Set([...differ(TEXT.en, TEXT.fr), ...['cols', 'measures', 'statuses']
    .flatMap((k) => differ(TEXT.en[k], TEXT.fr[k]))]);
  const { page, errors } = await open();
  await page.goto(base + '/?view=year&edition=nato-2026&lang=fr');
  await page.waitForFunction(() => document.body.dataset.rendered?.startsWith('year|fr|') && !document.body.dataset.loading);
  await page.click('[data-table-for="chart-year"]');
  assert.deepEqual(await page.$$eval('#chart-year-table th', (t) => t.map((x) => x.textContent)), ['Allié', '% du PIB', 'Édition']);
  for (const view of ['year', 'map', 'ally', 'shares', 'gap', 'scenario', 'claim', 'compare']) {
    await page.click(`#tab-${view}`);
    await page.waitForFunction((v) => document.body.dataset.rendered?.startsWith(`${v}|fr|`) && !document.body.dataset.loading, view);
    for (const b of await page.$$(`#view-${view} [data-table-for]`)) await b.click();
    const texts = await page.evaluate(() => [...document.querySelectorAll('button, label, option, th, legend, summary, caption, figcaption, h1, p, output, span')]
      .filter((e) => e.offsetParent !== null || e.tagName === 'OPTION').map((e) => e.textContent.trim()).filter(Boolean));
    const left = texts.filter((x) => english.has(x));
    assert.deepEqual(left, [], `${view}: English left: ${left.join(' | ')}`);
  }
  await page.click('#tab-map');
  await page.waitForFunction(() => document.body.dataset.rendered?.startsWith('map|fr|') && !document.body.dataset.loading);
  assert.deepEqual(await page.$$eval('#chart-map-table th', (t) => t.map((x) => x.textContent)),
    ['ISO3', 'Allié', '% du PIB', 'Estimation', 'Statut', 'Édition']);
  const isl = await page.$$eval('#chart-map-table tbody tr', (trs) => trs.map((tr) => [...tr.cells].map((c) => c.textContent))
    .find((r) => r[0] === 'ISL'));
  assert.deepEqual(isl.slice(3, 5), ['', 'sans données']);
  await page.screenshot({ path: path.join(shots, 'map-table-fr.png'), fullPage: true });
  assert.deepEqual(errors, []);
  await page.close();
});

test('the compare view and the timelines fit a phone (390 px) with no horizontal overflow', async () => {
  const { page, errors } = await open({ width: 390, height: 844 });
  for (const q of ['view=compare&allies=POL,DEU,USA&indicator=real_change&base=2014', 'view=shares&year=2020', 'view=map']) {
    await page.goto(`${base}/?${q}&edition=nato-2026&lang=fr`);
    await page.waitForFunction(() => document.body.dataset.rendered && !document.body.dataset.loading);
    if (q.startsWith('view=compare')) await page.click('#compare-picked');
    await page.click('#embed-code-button');
    await settled(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `${q}: horizontal overflow of ${overflow}px`);
    await page.screenshot({ path: path.join(shots, `${q.split('&')[0].slice(5)}-phone-fr.png`), fullPage: true });
  }
  assert.deepEqual(errors, []);
  await page.close();
});

// The July 2018 Brussels summit report (tests/fixtures/articles/otan-bruxelles-2018-07.txt)
// pasted in the article box: every statement POST /api/v1/check-article finds is highlighted
// in the text, each highlight carries the verdicts the API gives its claims (in English, then
// in French), says them in words for screen readers, and works from the keyboard.
test('an article pasted in the box shows each statement highlighted by its verdict', async () => {
  const seed = readFileSync(new URL('../fixtures/articles/otan-bruxelles-2018-07.txt', import.meta.url), 'utf8');
  const api = async (lang) => {
    const res = await fetch(`${base}/api/v1/check-article?lang=${lang}`,
      { method: 'POST', body: seed, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
    assert.equal(res.status, 200);
    return res.json();
  };
  // The API's statements in the order of the text: the sentence and its claims' verdicts.
  const expected = (d) => [
    ...d.statements.map((s) => ({ at: s.span.byte_begin, text: s.sentence, verdicts: s.claims.map((c) => c.verdict).join('|') })),
    ...d.uncheckable.map((s) => ({ at: s.span.byte_begin, text: s.sentence, verdicts: 'not checkable' })),
  ].sort((a, b) => a.at - b.at).map(({ text, verdicts }) => ({ text, verdicts }));
  const marks = (page) => page.$$eval('#article-text mark', (ms) => ms.map((m) => ({
    text: m.querySelector('.hl-text').textContent, verdicts: m.dataset.verdicts, verdict: m.dataset.verdict,
    said: m.querySelector('.sr-only').textContent, tab: m.tabIndex })));

  const { page, errors } = await open();
  await page.click('#tab-claim');
  await page.waitForFunction(() => document.body.dataset.rendered?.startsWith('claim|'));
  await page.fill('#article-input', seed);
  await page.click('#article-submit');
  await page.waitForFunction(() => /^en\|/.test(document.getElementById('article-result').dataset.rendered || ''));
  const en = await api('en');
  let got = await marks(page);
  assert.deepEqual(got.map(({ text, verdicts }) => ({ text, verdicts })), expected(en));
  // The seed's statements, all highlighted: the pledge "doubler leurs efforts" (recognised,
  // not checkable), "Avant ... à la baisse", the 41 billion and what it is for, the 29
  // members, the 2% and the 4% (examples/otan-2018.claims).
  assert.equal(got.length, 6);
  assert.equal(got.length, en.statements.length + en.uncheckable.length);
  assert.deepEqual(got.map((m) => m.verdict),
    ['not checkable', 'true under some readings', 'mixed', 'true', 'true', 'mixed']);
  assert.match(got[2].text, /41 milliards de dollars/);
  assert.equal(got[2].verdicts, 'true under some readings|true|true|false');
  assert.ok(got.every((m) => m.tab === 0));
  assert.equal(got[1].said, ' (sentence 2: true under some readings)');
  assert.equal(got[0].said, ' (sentence 1: recognised, not checkable)');
  assert.match(await page.textContent('#article-summary'), /^6 sentences highlighted, 9 claims checked: 7 true/);
  // The list: each statement with its claims, verdicts and the reading that reproduces the
  // figure ("41 milliards": from 2016, cumulative, constant prices, NATO's 2019 edition).
  const items = await page.$$eval('#article-statements > li', (lis) => lis.map((li) => li.textContent));
  assert.equal(items.length, 6);
  assert.match(items[2], /either\(2016, 2014\)\.\.2018\) ~ 41bn — true under some readings; Value: 41\.712 bn.*Reading: base year 2016, cumulative over the base year, constant prices, nato-2019/);
  assert.match(items[2], /line 3, column 181/);
  // Keyboard: Enter on a highlight goes to its statement; its button comes back.
  await page.focus('#hl-3');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'stmt-3');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'hl-3');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'hl-4');
  await page.screenshot({ path: path.join(shots, 'article-en.png'), fullPage: true });

  // French: checked again in French, the same verdicts as the API's French answer.
  await page.selectOption('#lang', 'fr');
  await page.waitForFunction(() => /^fr\|/.test(document.getElementById('article-result').dataset.rendered || ''));
  const fr = await api('fr');
  got = await marks(page);
  assert.deepEqual(got.map(({ text, verdicts }) => ({ text, verdicts })), expected(fr));
  assert.equal(got[2].said, ' (phrase 3 : mitigée : ses affirmations diffèrent)');
  assert.equal(await page.textContent('#lbl-article'), 'Vérifier un article');
  assert.match(await page.textContent('#article-summary'), /^6 phrases surlignées, 9 affirmations vérifiées : 7 vraies/);
  assert.match(await page.textContent('#stmt-3'), /Lecture : année de base 2016, cumul au-dessus de l'année de base, prix constants, nato-2019/);
  await page.screenshot({ path: path.join(shots, 'article-fr.png'), fullPage: true });
  assert.deepEqual(errors, []);
  await page.close();
});
