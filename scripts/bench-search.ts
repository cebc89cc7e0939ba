/**
 * npm run bench:search — search figures in Debian's Chromium against a fresh
 * build served on 127.0.0.1: index size on disk, bytes transferred for a
 * first and a second query, and the time from the last keystroke to results
 * shown (median of 20 queries, index already loaded). The queries are the
 * names of the project's bodies, standards and topics.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { launchBrowser } from './lib/chromium';
import { serve } from './lib/static-server';
import { contentQueries, median } from './samples';

const out = path.resolve('.tmp/bench-search');
const build = spawnSync(process.execPath, ['node_modules/astro/astro.js', 'build'], {
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', SITE_OUT_DIR: out },
  encoding: 'utf8',
});
if (build.status !== 0) throw new Error(build.stdout + build.stderr);
const indexed = /indexed (\d+) pages in (\d+) ms/.exec(build.stdout);

const pagefindDir = path.join(out, 'pagefind');
const files = readdirSync(pagefindDir, { recursive: true }).map(String);
const size = (filter: (f: string) => boolean) =>
  files
    .filter(filter)
    .reduce(
      (n, f) => n + (statSync(path.join(pagefindDir, f)).isFile() ? statSync(path.join(pagefindDir, f)).size : 0),
      0,
    );
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

const server = await serve(out, '/');
const browser = await launchBrowser();
const page = await browser.newPage();
let bytes = 0;
let searchBytes = 0;
const urls = new Map<string, string>();
const client = await page.context().newCDPSession(page);
await client.send('Network.enable');
client.on('Network.requestWillBeSent', (event: { requestId: string; request: { url: string } }) =>
  urls.set(event.requestId, event.request.url),
);
client.on('Network.loadingFinished', (event: { requestId: string; encodedDataLength: number }) => {
  bytes += event.encodedDataLength;
  if (urls.get(event.requestId)?.includes('/pagefind/')) searchBytes += event.encodedDataLength;
});

await page.goto(`${server.url}search/`);
await page.waitForFunction(() => /Type a name/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
const pageBytes = bytes;
const runtimeBytes = searchBytes;

async function timedQuery(query: string): Promise<number> {
  const input = page.locator('[data-search-input]');
  await input.fill('');
  await page.waitForFunction(() =>
    /Type a name/.test(document.querySelector('[data-search-status]')?.textContent ?? ''),
  );
  await page.evaluate(() => {
    const list = document.querySelector('[data-search-results]');
    if (!list) throw new Error('the search page has no result list');
    (window as unknown as { shown: Promise<number> }).shown = new Promise((resolve) => {
      new MutationObserver((_, observer) => {
        if (list.children.length) {
          observer.disconnect();
          resolve(performance.now());
        }
      }).observe(list, { childList: true });
    });
  });
  await input.pressSequentially(query.slice(0, -1));
  const last = await page.evaluate(() => performance.now());
  await input.press(query.slice(-1));
  const shown = await page.evaluate(() => (window as unknown as { shown: Promise<number> }).shown);
  return shown - last;
}

// Queries from the project's own names: two to count the bytes of a first and a second search, then 20 to time.
const [firstQuery = 'a', secondQuery = 'b', ...queries] = await contentQueries(22);
bytes = 0;
await timedQuery(firstQuery);
const first = bytes;
bytes = 0;
await timedQuery(secondQuery);
const second = bytes;

const times: number[] = [];
for (const q of queries) times.push(await timedQuery(q));
times.sort((a, b) => a - b);

console.log(`index time in the build: ${indexed ? `${indexed[2]} ms for ${indexed[1]} pages` : 'n/a'}`);
console.log(
  `index on disk: ${kb(size(() => true))} in all (${kb(size((f) => f.includes('index/') || f.endsWith('.pf_index')))} word index, ${kb(size((f) => f.includes('fragment')))} fragments, ${kb(size((f) => f.includes('filter')))} filters, ${kb(size((f) => /\.(js|wasm|pagefind)$/.test(f) && !f.includes('ui')))} runtime)`,
);
console.log(
  `search page before any query: ${kb(pageBytes)} transferred, of which ${kb(runtimeBytes)} is Pagefind (runtime, WebAssembly, filters)`,
);
console.log(
  `first query: ${kb(runtimeBytes + first)} transferred with the index and runtime (${kb(first)} for the query itself); second query: ${kb(second)}`,
);
console.log(
  `last keystroke to results shown, ${times.length} queries: median ${median(times).toFixed(0)} ms, fastest ${Math.min(...times).toFixed(0)} ms, slowest ${Math.max(...times).toFixed(0)} ms`,
);
await browser.close();
await server.close();
