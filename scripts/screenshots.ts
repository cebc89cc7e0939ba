/**
 * npm run screenshots — screenshots of key pages at phone and desktop widths,
 * in light and dark, into screenshots/ (not committed). Build first.
 */
import { mkdir } from 'node:fs/promises';
import { serve } from './lib/static-server';
import { launchBrowser } from './lib/chromium';
import { PAGE_COLLECTIONS, REGISTRY } from '../src/lib/build-time/site-collections';
import { largestEntryPages } from './samples';

// The home page, each collection's page with pages, and the largest page of each kind of entry.
const pages = process.argv.slice(2).length
  ? process.argv.slice(2)
  : [
      '',
      ...PAGE_COLLECTIONS.map((c) => `${REGISTRY[c].path}/`),
      ...largestEntryPages('dist').map((p) => p.replace(/index\.html$/, '')),
    ];
const server = await serve('dist', '/');
const browser = await launchBrowser();
await mkdir('screenshots', { recursive: true });
try {
  for (const scheme of ['light', 'dark'] as const) {
    for (const width of [390, 1280]) {
      const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme });
      const page = await context.newPage();
      for (const p of pages) {
        await page.goto(server.url + p, { waitUntil: 'networkidle' });
        if (p.startsWith('search'))
          await page.waitForSelector('[data-search-results] > li', { timeout: 5000 }).catch(() => {});
        const name = (p.replace(/[/?=]+/g, '-').replace(/-$/, '') || 'home') + `-${width}-${scheme}.png`;
        await page.screenshot({ path: `screenshots/${name}`, fullPage: true });
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
console.log('Screenshots written to screenshots/');
