import { serve } from '../tests/support/server';
import { launchBrowser } from '../tests/support/browser';
const server = await serve('dist', '/');
const browser = await launchBrowser();
const page = await browser.newPage();
page.on('console', (m) => m.type() === 'error' && console.log('CONSOLE', m.text()));
for (const q of process.argv.slice(2)) {
  await page.goto(`${server.url}search/?q=${encodeURIComponent(q)}`);
  await page.waitForFunction(
    () =>
      document.querySelector('[data-search-results] > li') ||
      /No results/.test(document.querySelector('[data-search-status]')?.textContent ?? ''),
    null,
    { timeout: 10000 },
  );
  const urls = await page.$$eval('[data-search-results] > li', (lis) =>
    lis
      .slice(0, 4)
      .map(
        (li) =>
          (li as HTMLElement).dataset.url +
          (li.querySelector('ul a') ? ' ' + (li.querySelector('ul a') as HTMLAnchorElement).getAttribute('href') : ''),
      ),
  );
  console.log(q.padEnd(28), urls.join(' | '));
}
await browser.close();
await server.close();
