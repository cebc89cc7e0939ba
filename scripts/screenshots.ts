/**
 * npm run screenshots — screenshots of key pages at phone and desktop widths,
 * in light and dark, into screenshots/ (not committed). Build first.
 */
import { mkdir } from 'node:fs/promises';
import { serve } from '../tests/support/server';
import { launchBrowser } from '../tests/support/browser';

const pages = process.argv.slice(2).length
  ? process.argv.slice(2)
  : [
      '',
      'bodies/',
      'bodies/etsi-tc-cyber/',
      'meetings/',
      'meetings/2016-09-13-jrc-ispra/',
      'partners/ismb/',
      'search/?q=coap',
    ];
const server = await serve('dist', '/');
const browser = await launchBrowser();
await mkdir('screenshots', { recursive: true });
try {
  for (const scheme of ['light', 'dark'] as const) {
    for (const width of [375, 1280]) {
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
