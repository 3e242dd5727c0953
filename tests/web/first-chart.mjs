// Measures the dashboard's cold load: navigation start to the first chart drawn (the
// performance mark 'fardeau-first-chart', set when the first view's setOption has returned),
// in a fresh browser context each time (empty cache), median of N loads; where the time goes
// (the HTML, app.js running, the last API answer and the last script before the chart); the
// first paint and the live chart (mark 'fardeau-live-chart': the interactive chart drawn,
// later than the first chart when index.html showed the pre-rendered one); and the bundle's
// size.
//   node tests/web/first-chart.mjs http://127.0.0.1:PORT/ [N] [http://127.0.0.1:PORT2/ ...]
// With several addresses the loads alternate between them (an A/B comparison under the same
// machine load). FARDEAU_WEB_DIR: web/ (its dist/ is the bundle measured).
import { createRequire } from 'node:module';
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';

const webDir = process.env.FARDEAU_WEB_DIR || path.join(import.meta.dirname, '../../web');
const require = createRequire(path.join(webDir, 'package.json'));
const { chromium } = require('playwright-core');
const args = process.argv.slice(2);
const n = Number(args.find((a) => /^\d+$/.test(a)) || 10);
const urls = args.filter((a) => !/^\d+$/.test(a));
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'] });

/// One cold load: the milestones, in ms from navigation start.
async function load(url) {
  const ctx = await browser.newContext({ viewport: { width: 1200, height: 1000 } });
  const page = await ctx.newPage();
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('fardeau-first-chart').length);
  // The live chart, when the page showed a pre-rendered one first (builds before the live
  // mark was added have neither).
  await page.waitForFunction(() => performance.getEntriesByName('fardeau-live-chart').length ||
    !document.getElementById('chart-year-prerender'));
  const m = await page.evaluate(() => {
    const chart = performance.getEntriesByName('fardeau-first-chart')[0].startTime;
    const res = performance.getEntriesByType('resource');
    const before = (re) => Math.max(0, ...res.filter((r) => re.test(r.name) && r.responseEnd <= chart).map((r) => r.responseEnd));
    return { html: performance.getEntriesByType('navigation')[0].responseEnd,
      script: performance.getEntriesByName('fardeau-script')[0]?.startTime ?? NaN,
      data: before(/\/api\/v1\//),
      echarts: before(/\.js$/), chart,
      paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
      live: performance.getEntriesByName('fardeau-live-chart')[0]?.startTime ?? chart,
      js: res.filter((r) => /\.js$/.test(r.name) && r.responseEnd <= chart).reduce((s, r) => s + r.encodedBodySize, 0) };
  });
  await ctx.close();
  return m;
}

const runs = urls.map(() => []);
for (let i = 0; i < n; i++) for (const [k, url] of urls.entries()) runs[k].push(await load(url));
await browser.close();

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const ms = (x) => (Number.isNaN(x) ? '-' : `${x.toFixed(0)}`);
for (const [k, url] of urls.entries()) {
  const r = runs[k];
  const charts = r.map((x) => x.chart).sort((a, b) => a - b);
  console.log(`${url}: first chart: median ${ms(median(charts))} ms of ${n} cold loads (min ${ms(charts[0])}, max ${ms(charts.at(-1))})`);
  console.log(`  medians: HTML ${ms(median(r.map((x) => x.html)))}, app.js running ${ms(median(r.map((x) => x.script)))}, ` +
    `last API answer ${ms(median(r.map((x) => x.data)))}, last script in ${ms(median(r.map((x) => x.echarts)))}, ` +
    `chart ${ms(median(charts))} ms; scripts loaded before it: ${median(r.map((x) => x.js))} bytes as sent`);
  console.log(`  first paint ${ms(median(r.map((x) => x.paint)))}, live chart ${ms(median(r.map((x) => x.live)))} ms (medians)`);
}
const dist = path.join(webDir, 'dist');
const scripts = [...readdirSync(dist, { recursive: true })].filter((f) => f.endsWith('.js'));
const size = (files) => files.reduce((s, f) => { const b = readFileSync(path.join(dist, f)); return [s[0] + b.length, s[1] + gzipSync(b, { level: 9 }).length]; }, [0, 0]);
const [all, allGz] = size(scripts);
console.log(`bundle: ${scripts.length} scripts, ${all} bytes, ${allGz} gzip -9 (each script compressed alone)`);
