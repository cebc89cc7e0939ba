/**
 * Search in a real browser (Debian's Chromium) on every site under test,
 * served on 127.0.0.1 under its base path: every kind of page is found by
 * its name, the type facet counts what the content holds, filters narrow,
 * the header's field leads to results, and the page says what to do without
 * JavaScript. Nothing logs an error or fails to load.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { sitesUnderTest } from '../support/paths';
import { onePerTemplate, openSite, type OpenSite } from '../support/site';
import { answered, resultUrls, servedSite, tab } from '../support/search';
import { NAVIGATION, REGISTRY, hasPages } from '../../src/registry';
import { collectionPath } from '../../src/lib/urls';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The name a visitor would type for an entry. */
const nameOf = (data: Record<string, unknown>) => String(data.acronym ?? data.title ?? data.name ?? data.number);

describe.each(sitesUnderTest())('search on the %s site', (name) => {
  let site: OpenSite;
  const session = servedSite(
    () => browser,
    async () => (site = await openSite(name)),
  );
  const origin = () => new URL(session.server.url).origin;

  it('finds an entry of every kind by its name, among the first three results', async () => {
    const page = await tab(session.context, session.problems);
    const misses: string[] = [];
    const sample = onePerTemplate(site);
    expect(sample.length).toBeGreaterThanOrEqual(5);
    for (const entry of sample) {
      const query = nameOf(entry.data);
      await page.goto(`${origin()}${site.url(`/search/?q=${encodeURIComponent(query)}`)}`);
      await answered(page);
      const top = (await resultUrls(page)).slice(0, 3);
      if (!top.includes(site.entryUrl(entry))) misses.push(`"${query}": ${top.join(', ')}`);
    }
    expect(misses).toEqual([]);
    await page.close();
  });

  it('counts the pages of each type as the content holds them, and filters by type', async () => {
    const page = await tab(session.context, session.problems);
    await page.goto(`${origin()}${site.url('/search/')}`);
    await answered(page);
    for (const collection of ['bodies', 'meetings', 'partners'] as const) {
      const type = REGISTRY[collection].searchType;
      const box = page.locator(`input[name="type"][value="${type}"]`).locator('xpath=..');
      expect(Number(await box.getAttribute('data-count')), type).toBe(
        site.entries.filter((e) => e.collection === collection).length,
      );
    }
    await page.locator(`input[name="type"][value="${REGISTRY.meetings.searchType}"]`).check();
    const meetings = site.entries.filter((e) => e.collection === 'meetings').map((e) => site.entryUrl(e));
    await expect.poll(() => resultUrls(page)).toHaveLength(meetings.length);
    expect(page.url()).toMatch(/\/search\/\?type=meeting$/);
    expect(new Set(await resultUrls(page))).toEqual(new Set(meetings));
    await page.close();
  });

  it('takes a query typed in the header of another page to its results', async () => {
    const entry = site.pageEntries.find((e) => hasPages(e.collection) && e.collection === 'bodies')!;
    const page = await tab(session.context, session.problems);
    await page.goto(`${origin()}${site.url('/')}`);
    const field = page.getByRole('searchbox', { name: 'Search the site' });
    await field.fill(nameOf(entry.data));
    await field.press('Enter');
    await page.waitForURL(/\/search\/\?q=/);
    await answered(page, nameOf(entry.data));
    await page.locator(`[data-search-results] > li[data-url="${site.entryUrl(entry)}"] h2 a`).click();
    await page.waitForURL(`**${site.entryUrl(entry)}`);
    await page.close();
  });

  it('says that search needs JavaScript, and links to the collection pages, when scripts are off', async () => {
    const noScript = await browser.newContext({ javaScriptEnabled: false });
    const page = await noScript.newPage();
    await page.goto(`${origin()}${site.url('/search/')}`);
    const note = page.locator('main p', { hasText: 'Search needs JavaScript' });
    expect(await note.isVisible()).toBe(true);
    for (const { collection } of NAVIGATION) {
      expect(await note.locator(`a[href="${site.url(collectionPath(collection))}"]`).count()).toBe(1);
    }
    await noScript.close();
  });
});
