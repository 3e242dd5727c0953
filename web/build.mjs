// Bundles the dashboard into dist/: app.js (our code + Apache ECharts), index.html, style.css.
import { build } from 'esbuild';
import { mkdir, copyFile, rm } from 'node:fs/promises';

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
console.log('web: built dist/');
