/**
 * npm run bench — measures a production build: build time (content check,
 * pages, Pagefind index), number of pages, and the weight of content pages
 * (HTML, CSS and JavaScript, raw and gzip). Figures for the project's notes;
 * run it on a quiet machine and compare ratios within one run.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { largestEntryPages, median } from './samples';
import { buildEnv } from './lib/astro-build';

const out = path.resolve('.tmp/bench-dist');
const started = performance.now();
const build = spawnSync(process.execPath, ['node_modules/astro/astro.js', 'build'], {
  env: buildEnv({ SITE_OUT_DIR: out }),
  encoding: 'utf8',
});
const seconds = (performance.now() - started) / 1000;
if (build.status !== 0) {
  console.error(build.stdout, build.stderr);
  process.exit(1);
}
const indexed = /indexed (\d+) pages in (\d+) ms/.exec(build.stdout);

const files = readdirSync(out, { recursive: true }).map(String);
const html = files.filter((f) => f.endsWith('.html'));
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const gz = (file: string) => gzipSync(readFileSync(path.join(out, file))).length;
const raw = (file: string) => statSync(path.join(out, file)).size;

/** The bytes a page loads: itself, its stylesheets and scripts (not search's on-demand index). */
function weight(page: string) {
  const text = readFileSync(path.join(out, page), 'utf8');
  const assets = [...text.matchAll(/<(?:link[^>]*href|script[^>]*src)="\/([^"]+\.(css|js))"/g)].map(
    ([, file = '', type = '']) => ({ file, type }),
  );
  const sum = (type: string, f: (file: string) => number) =>
    assets.filter((a) => a.type === type).reduce((n, a) => n + f(a.file), 0);
  // Scripts written into the page itself count as JavaScript too (JSON-LD data blocks do not).
  const inline = [...text.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*ld\+json)[^>]*>([\s\S]*?)<\/script>/g)]
    .map(([, code = '']) => code)
    .join('');
  const inlineGz = inline ? gzipSync(inline).length : 0;
  return {
    html: raw(page),
    htmlGz: gz(page),
    css: sum('css', raw),
    cssGz: sum('css', gz),
    js: sum('js', raw) + inline.length,
    jsGz: sum('js', gz) + inlineGz,
  };
}

// The largest page of each kind of entry, the home page and the search page.
const samples = [...largestEntryPages(out), 'index.html', 'search/index.html'];
const sizes = html.map(gz).sort((a, b) => a - b);
const pagefindBytes = files
  .filter((f) => f.startsWith('pagefind/'))
  .reduce((n, f) => n + (statSync(path.join(out, f)).isFile() ? raw(f) : 0), 0);

console.log(
  `build: ${seconds.toFixed(1)} s wall clock (Pagefind indexing ${indexed ? `${indexed[2]} ms for ${indexed[1]} pages` : 'n/a'})`,
);
console.log(`pages: ${html.length} HTML files`);
console.log(`HTML gzip: median ${kb(median(sizes))}, largest ${kb(Math.max(...sizes))}`);
console.log(`search index on disk: ${kb(pagefindBytes)}`);
console.log('page                                      HTML (gzip)        CSS (gzip)        JS (gzip)');
for (const page of samples) {
  const w = weight(page);
  console.log(
    `${page.padEnd(42)}${`${kb(w.html)} (${kb(w.htmlGz)})`.padEnd(19)}${`${kb(w.css)} (${kb(w.cssGz)})`.padEnd(18)}${kb(w.js)} (${kb(w.jsGz)})`,
  );
}
