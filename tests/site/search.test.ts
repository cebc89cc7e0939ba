/**
 * Search in a real browser (Debian's Chromium): a query typed in the home
 * page's search box reaches the expected body page, at / and under /sub/.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { serve, type StaticServer } from '../support/server';
import { SITES, type SiteName } from '../support/paths';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(Object.keys(SITES) as SiteName[])('search on the site built at %s', (name) => {
  const site = SITES[name];
  let server: StaticServer;
  beforeAll(async () => {
    server = await serve(site.dir, site.base);
  });
  afterAll(async () => {
    await server?.close();
  });

  it.each([
    ['STF 516', 'bodies/etsi-stf-516/', 'ETSI STF 516'],
    ['WELMEC', 'bodies/welmec/', 'WELMEC'],
  ])('"%s" from the home page reaches %s', async (query, target, heading) => {
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('console', (msg) => msg.type() === 'error' && problems.push(msg.text()));
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('requestfailed', (request) => problems.push(`failed: ${request.url()}`));
    page.on(
      'response',
      (response) => response.status() >= 400 && problems.push(`${response.status()}: ${response.url()}`),
    );
    try {
      await page.goto(server.url);
      await page.getByRole('searchbox', { name: 'Search the site' }).fill(query);
      await page.getByRole('searchbox', { name: 'Search the site' }).press('Enter');
      await page.waitForURL(/\/search\/\?q=/);
      // Top-level results only, not the sub-results listed under each.
      const results = page.locator(
        'li.pagefind-ui__result > .pagefind-ui__result-inner > .pagefind-ui__result-title > a',
      );
      await results.first().waitFor({ timeout: 10_000 });
      const top3 = await results.evaluateAll((links) =>
        links.slice(0, 3).map((a) => (a as HTMLAnchorElement).pathname),
      );
      expect(top3).toContain(`${site.base}${target}`);
      await results
        .and(page.locator(`[href="${site.base}${target}"]`))
        .first()
        .click();
      await page.waitForURL(`**${site.base}${target}`);
      expect((await page.locator('main h1').textContent())?.trim()).toBe(heading);
      expect(problems).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
