// Measures the dashboard's cold load: navigation start to the first chart drawn (the
// performance mark 'fardeau-first-chart', set when the first view's setOption returns), in
// a fresh browser context each time (empty cache), median of N loads; and the bundle size.
//   node tests/web/first-chart.mjs http://127.0.0.1:PORT/ [N]   (FARDEAU_WEB_DIR: web/)
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';

const webDir = process.env.FARDEAU_WEB_DIR || path.join(import.meta.dirname, '../../web');
const require = createRequire(path.join(webDir, 'package.json'));
const { chromium } = require('playwright-core');
const url = process.argv[2];
const n = Number(process.argv[3] || 10);
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'] });
const times = [];
for (let i = 0; i < n; i++) {
  const ctx = await browser.newContext({ viewport: { width: 1200, height: 1000 } });
  const page = await ctx.newPage();
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('fardeau-first-chart').length);
  times.push(await page.evaluate(() => performance.getEntriesByName('fardeau-first-chart')[0].startTime));
  await ctx.close();
}
await browser.close();
times.sort((a, b) => a - b);
const js = readFileSync(path.join(webDir, 'dist/app.js'));
console.log(`first chart: median ${times[Math.floor(n / 2)].toFixed(0)} ms of ${n} cold loads ` +
  `(min ${times[0].toFixed(0)}, max ${times[n - 1].toFixed(0)})`);
console.log(`app.js: ${js.length} bytes, ${gzipSync(js, { level: 9 }).length} gzip -9`);
