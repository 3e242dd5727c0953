// Bundles the dashboard into dist/: app.js (the page's own code, small: it asks for the data
// at once), the views and Apache ECharts as chunks it loads when needed (chunks/*.js: the map
// and its shapes only with the map view, the SVG renderer with the first download),
// index.html, style.css.
import { build } from 'esbuild';
import { mkdir, copyFile, rm, readFile, writeFile, readdir } from 'node:fs/promises';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import path from 'node:path';
import { prerender } from './prerender.mjs';

const dist = new URL('./dist/', import.meta.url);
const src = new URL('./src/', import.meta.url).pathname;
await rm(dist, { recursive: true, force: true });
await mkdir(dist, { recursive: true });
const result = await build({
  entryPoints: { app: path.join(src, 'main.js') },
  bundle: true,
  splitting: true,
  minify: true,
  format: 'esm',
  target: ['es2020'],
  outdir: dist.pathname,
  outbase: src,
  entryNames: '[dir]/[name]',
  chunkNames: 'chunks/[name]-[hash]',
  legalComments: 'external',
  metafile: true,
  logLevel: 'warning',
});
const outputs = Object.entries(result.metafile.outputs)
  .map(([file, o]) => ({ file: '/' + path.relative(dist.pathname, path.resolve(file)), ...o }));
await copyFile(new URL('./src/style.css', import.meta.url), new URL('style.css', dist));
// The notices esbuild kept, one file for the whole bundle (packaging/copyright names it).
const legal = (await readdir(dist.pathname, { recursive: true })).filter((f) => f.endsWith('.LEGAL.txt')).sort();
const notices = [];
for (const f of legal) {
  notices.push((await readFile(new URL(f, dist), 'utf8')).trim());
  await rm(new URL(f, dist));
}
await writeFile(new URL('app.js.LEGAL.txt', dist), notices.join('\n\n') + '\n');
// What the first chart needs is asked for in the page's head, so that it downloads (and
// compiles) beside app.js instead of after it: app.js's own imports, ECharts (charts.js) and
// the default view (the year's), with their imports. app.js runs ECharts once the first
// view's request is out (docs/performance.md).
const byFile = new Map(outputs.map((o) => [o.file, o]));
const rel = (f) => '/' + path.relative(dist.pathname, path.resolve(f));
const fromSource = (name) => outputs.find((o) => o.file.endsWith('.js') && o.entryPoint?.endsWith(name));
const preload = new Set();
const visit = (o) => {
  for (const i of o.imports) {
    if (i.kind !== 'import-statement' || preload.has(rel(i.path))) continue;
    preload.add(rel(i.path));
    visit(byFile.get(rel(i.path)));
  }
};
for (const o of [byFile.get('/app.js'), fromSource('src/charts.js'), fromSource('src/views/year.js')]) {
  if (o !== byFile.get('/app.js')) preload.add(o.file);
  visit(o);
}
let page = await readFile(new URL('./src/index.html', import.meta.url), 'utf8');
page = page.replace('<link rel="stylesheet"',
  [...preload].map((f) => `<link rel="modulepreload" href="${f}">\n`).join('') + '<link rel="stylesheet"');
// /embed?view=..: the same page marked as an embed (one chart, its citation, a link back);
// `fardeau serve` serves a folder's index.html, so no server route is needed. Its chart is
// sized to its frame: no pre-rendered chart.
await mkdir(new URL('./embed/', dist), { recursive: true });
await writeFile(new URL('./embed/index.html', dist), page.replace('href="style.css"', 'href="/style.css"')
  .replace('src="app.js"', 'src="/app.js"').replace('<body>', '<body class="embed">'));
// The default screen's chart drawn now, shown before any script or data arrives; only once
// the CLI is built (scripts/test, run and package build it first). With it, the page's style
// inline: a stylesheet to fetch would hold the first paint and the script that shows the
// chart (scripts wait for the stylesheets before them).
const pre = prerender();
if (pre) {
  const css = await readFile(new URL('./src/style.css', import.meta.url), 'utf8');
  const swap = (from, to) => {
    if (!page.includes(from)) throw new Error(`web/build.mjs: src/index.html has no ${from}`);
    page = page.replace(from, () => to);  // no $ patterns in the SVG or the style
  };
  swap('<figure><div id="chart-year"', `<figure>${pre.html}<div id="chart-year"`);
  swap('<link rel="stylesheet" href="style.css">', `<style>\n${css}</style>`);
} else {
  console.warn('web: no built fardeau: the default chart is not pre-rendered (docs/performance.md)');
}
await writeFile(new URL('index.html', dist), page);
// Compressed once here, not per request: `fardeau serve` sends app.js.br or app.js.gz when
// the browser accepts it (httplib's own brotli, at quality 11 per request, took 3 s).
for (const f of [...outputs.filter((o) => o.file.endsWith('.js')).map((o) => o.file.slice(1)), 'style.css']) {
  const body = await readFile(new URL(f, dist));
  await writeFile(new URL(`${f}.gz`, dist), gzipSync(body, { level: 9 }));
  await writeFile(new URL(`${f}.br`, dist), brotliCompressSync(body, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }));
}
console.log('web: built dist/');
