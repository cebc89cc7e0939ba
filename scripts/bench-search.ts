/**
 * npm run bench:search — search figures in Debian's Chromium against a fresh
 * build served on 127.0.0.1, counted at the server (so that Pagefind's
 * worker is counted too), as sent and as a compressing host would send them
 * (gzip):
 * - the JavaScript a content page loads before any interaction, and after
 *   the first focus of the header's field;
 * - the bytes downloaded before the first result, from a content page's
 *   header and on the search page, and for each further query;
 * - the time from the last keystroke to results shown, the first (cold)
 *   query and the median of further ones, on a normal profile and on a
 *   throttled one (CPU ×6, 400 kbit/s, 300 ms latency).
 * The queries are names of the project's bodies, standards and topics.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launchBrowser, slowDown } from './lib/chromium';
import { serve, type Served } from './lib/static-server';
import { contentQueries, largestEntryPages, median } from './samples';
import { buildEnv } from './lib/astro-build';

const out = path.resolve('.tmp/bench-search');
const build = spawnSync(process.execPath, ['node_modules/astro/astro.js', 'build'], {
  env: buildEnv({ SITE_OUT_DIR: out }),
  encoding: 'utf8',
});
if (build.status !== 0) throw new Error(build.stdout + build.stderr);
const indexed = /indexed (\d+) pages in (\d+) ms/.exec(build.stdout);

const pagefindDir = path.join(out, 'pagefind');
const files = readdirSync(pagefindDir, { recursive: true }).map(String);
const size = (filter: (f: string) => boolean) =>
  files
    .filter(filter)
    .map((f) => statSync(path.join(pagefindDir, f)))
    .reduce((n, info) => n + (info.isFile() ? info.size : 0), 0);
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

let served: Served[] = [];
const server = await serve(out, '/', 0, { onServe: (s) => served.push(s) });
const take = () => {
  const taken = served;
  served = [];
  return {
    bytes: taken.reduce((n, s) => n + s.bytes, 0),
    gzip: taken.reduce((n, s) => n + s.gzip, 0),
    js: taken.filter((s) => s.path.endsWith('.js')).reduce((n, s) => n + s.gzip, 0),
    count: taken.length,
  };
};
const both = (t: { bytes: number; gzip: number }) => `${kb(t.bytes)} as sent (${kb(t.gzip)} gzip)`;

const browser = await launchBrowser();
const [contentPage = 'index.html'] = largestEntryPages(out);
const contentUrl = `${server.url}${contentPage.replace(/index\.html$/, '')}`;
const queries = await contentQueries(12);

/** Types `query` into `field` and returns the milliseconds from its last keystroke to `shown` answering for it. */
async function timed(page: Page, field: string, shown: string, query: string): Promise<number> {
  await page.fill(field, '');
  await page.evaluate(
    ({ field, shown, query }) => {
      const w = window as unknown as { lastKey: number; shownAt: Promise<number> };
      document.querySelector(field)?.addEventListener('keydown', () => (w.lastKey = performance.now()));
      w.shownAt = new Promise((resolve) => {
        // No named functions in here: a transform keeping their names would wrap them in a helper the page lacks.
        new MutationObserver((_, observer) => {
          if (document.querySelector(shown)?.textContent?.includes(`“${query}”`)) {
            observer.disconnect();
            resolve(performance.now());
          }
        }).observe(document.body, { subtree: true, childList: true, characterData: true });
      });
    },
    { field, shown, query },
  );
  await page.locator(field).pressSequentially(query, { delay: 40 });
  return page.evaluate(async () => {
    const w = window as unknown as { lastKey: number; shownAt: Promise<number> };
    return (await w.shownAt) - w.lastKey;
  });
}

interface Profile {
  name: string;
  slow: boolean;
}
const results: string[] = [];
for (const profile of [
  { name: 'normal', slow: false },
  { name: 'throttled', slow: true },
] satisfies Profile[]) {
  // A content page: its JavaScript, then a first and further searches from the header.
  const page = await browser.newPage();
  if (profile.slow) await slowDown(page);
  take();
  await page.goto(contentUrl, { waitUntil: 'networkidle' });
  const before = take();
  const instant = (await page.locator('[data-quick-search]').count()) > 0;
  await page.focus('#site-search');
  // The focus loads the search code, which loads Pagefind: wait for its runtime to be served.
  for (let i = 0; instant && i < 100 && !served.some((s) => s.path.endsWith('/pagefind/pagefind.js')); i++)
    await page.waitForTimeout(100);
  await page.waitForTimeout(profile.slow ? 3000 : 500);
  const afterFocus = take();
  const field = '#site-search';
  const status = '[data-quick-status]';
  const [first = 'a', ...further] = queries;
  const header = { first: NaN, bytes: take(), times: [] as number[], further: [] as number[] };
  if (instant) {
    header.first = await timed(page, field, status, first);
    if (process.env.BENCH_LIST) console.log(served.map((s) => `${s.path} ${s.bytes} ${s.gzip}`).join('\n'));
    header.bytes = take();
    for (const q of further) {
      header.times.push(await timed(page, field, status, q));
      header.further.push(take().gzip);
    }
  }
  await page.close();

  // The search page: everything from the navigation to its first result, then further queries.
  const searchPage = await browser.newPage();
  if (profile.slow) await slowDown(searchPage);
  take();
  await searchPage.goto(`${server.url}search/`);
  const searchFirstTime = await timed(searchPage, '[data-search-input]', '[data-search-status]', first);
  const searchFirst = take();
  const searchTimes: number[] = [];
  for (const q of further) searchTimes.push(await timed(searchPage, '[data-search-input]', '[data-search-status]', q));
  await searchPage.close();

  const spread = (times: number[]) =>
    `median ${median(times).toFixed(0)} ms (fastest ${Math.min(...times).toFixed(0)}, slowest ${Math.max(...times).toFixed(0)})`;
  if (!profile.slow) {
    results.push(
      `content page (${contentPage}): ${kb(before.js)} of JavaScript (gzip) before any interaction` +
        (instant
          ? `; the first focus of the search field loads ${kb(afterFocus.js)} more (gzip), and ${both(afterFocus)} in all with the index`
          : ''),
      `search page: ${both(searchFirst)} from the navigation to the first result (page, code and index)`,
    );
    if (instant)
      results.push(
        `first search from a content page's header: ${both({ bytes: afterFocus.bytes + header.bytes.bytes, gzip: afterFocus.gzip + header.bytes.gzip })} from the focus to the first result; further queries: median ${kb(median(header.further))} gzip each`,
      );
    else results.push('no instant search in the header: a query there opens the search page');
  }
  results.push(
    `${profile.name}: last keystroke to results on the search page, first query ${searchFirstTime.toFixed(0)} ms, further ${spread(searchTimes)}` +
      (instant ? `; in the header, first ${header.first.toFixed(0)} ms, further ${spread(header.times)}` : ''),
  );
}

console.log(`index time in the build: ${indexed ? `${indexed[2]} ms for ${indexed[1]} pages` : 'n/a'}`);
console.log(
  `index on disk: ${kb(size(() => true))} in all (${kb(size((f) => f.includes('index/')))} word index, ${kb(size((f) => f.includes('fragment')))} fragments, ${kb(size((f) => f.includes('filter')))} filters, ${kb(size((f) => /\.(js|wasm|pagefind)$/.test(f) && !f.includes('ui')))} runtime)`,
);
const vocabulary = path.join(out, 'search', 'vocabulary');
if (existsSync(vocabulary)) {
  const parts = readdirSync(vocabulary).map((f) => statSync(path.join(vocabulary, f)).size);
  console.log(
    `vocabulary: ${parts.length} parts, ${kb(Math.max(...parts))} the largest, ${kb(parts.reduce((a, b) => a + b, 0))} in all`,
  );
}
for (const line of results) console.log(line);
await browser.close();
await server.close();
