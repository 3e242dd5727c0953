// The dashboard in a real browser: Debian's chromium, headless, driven by playwright-core,
// against the real `fardeau serve` on a free loopback port. Screenshots of every view
// (English, French, phone width) are saved under the build folder as artefacts.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

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

/// A page with its console errors collected; waits for the first chart.
async function open(viewport = { width: 1200, height: 1000 }) {
  const page = await browser.newPage();
  await page.setViewportSize(viewport);
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(base + '/');
  await page.waitForFunction(() => document.body.dataset.rendered && !document.body.dataset.loading);
  return { page, errors };
}

async function settled(page) {
  await page.waitForFunction(() => !document.body.dataset.loading);
  await page.waitForTimeout(300);  // ECharts' animation, for the screenshots
}

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

// NATO Table 3, every edition: 2014, three allies at 2% (GBR, GRC, USA); 28 members then
// (Iceland reports no defence expenditure, so 27 bars).
test('changing the year and the edition updates the chart and the citation', async () => {
  const { page, errors } = await open();
  await page.selectOption('#year', '2014');
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
