// Bundles the dashboard into dist/: app.js (our code + Apache ECharts), index.html, style.css.
import { build } from 'esbuild';
import { mkdir, copyFile, rm, readFile, writeFile } from 'node:fs/promises';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const dist = new URL('./dist/', import.meta.url);
await rm(dist, { recursive: true, force: true });
await mkdir(dist, { recursive: true });
await build({
  entryPoints: [new URL('./src/main.js', import.meta.url).pathname],
  bundle: true,
  minify: true,
  format: 'esm',
  target: ['es2020'],
  outfile: new URL('./app.js', dist).pathname,
  legalComments: 'linked',
  logLevel: 'warning',
});
for (const f of ['index.html', 'style.css'])
  await copyFile(new URL(`./src/${f}`, import.meta.url), new URL(f, dist));
// /embed?view=..: the same page marked as an embed (one chart, its citation, a link back);
// `fardeau serve` serves a folder's index.html, so no server route is needed.
const page = await readFile(new URL('./src/index.html', import.meta.url), 'utf8');
await mkdir(new URL('./embed/', dist), { recursive: true });
await writeFile(new URL('./embed/index.html', dist), page.replace('href="style.css"', 'href="/style.css"')
  .replace('src="app.js"', 'src="/app.js"').replace('<body>', '<body class="embed">'));
// Compressed once here, not per request: `fardeau serve` sends app.js.br or app.js.gz when
// the browser accepts it (httplib's own brotli, at quality 11 per request, took 3 s).
for (const f of ['app.js', 'style.css']) {
  const body = await readFile(new URL(f, dist));
  await writeFile(new URL(`${f}.gz`, dist), gzipSync(body, { level: 9 }));
  await writeFile(new URL(`${f}.br`, dist), brotliCompressSync(body, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }));
}
console.log('web: built dist/');
