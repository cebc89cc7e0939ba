/**
 * Search on a slow phone: with Chromium's CPU slowed sixfold and a slow
 * network, a visitor who types as soon as a page appears — in the header of a
 * content page, or on the search page — gets results for the whole query.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { sitesUnderTest } from '../support/paths';
import { openSite, type OpenSite } from '../support/site';
import { answered, headerField, quickResults, servedSite, slowDown, tab } from '../support/search';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(sitesUnderTest().slice(0, 1))('search on a slowed-down %s site', (name) => {
  let site: OpenSite;
  const session = servedSite(
    () => browser,
    async () => (site = await openSite(name)),
  );
  const origin = () => new URL(session.server.url).origin;
  const body = () => {
    const entry = site.entries.find((e) => e.collection === 'bodies')!;
    const data = entry.data as { acronym?: string; name: string };
    return { query: data.acronym ?? data.name, url: site.entryUrl(entry) };
  };

  it('searches for every key typed on the search page while the index was still loading', async () => {
    const page = await tab(session.context, session.problems);
    await slowDown(page);
    await page.goto(`${origin()}${site.url('/search/')}`, { waitUntil: 'commit' });
    const field = page.locator('[data-search-input]');
    await field.waitFor();
    await field.pressSequentially(body().query, { delay: 30 });
    await answered(page, body().query);
    expect(await field.inputValue()).toBe(body().query);
    expect(new URL(page.url()).searchParams.get('q')).toBe(body().query);
    // One field on the search page: the header has none there.
    expect(await page.locator('input[type="search"]').count()).toBe(1);
    await page.close();
  }, 90_000);

  it("shows results for the whole query typed in a content page's header while the page still loads", async () => {
    const page = await tab(session.context, session.problems);
    await slowDown(page);
    const other = site.entries.find((e) => e.collection === 'meetings') ?? site.entries[0]!;
    await page.goto(`${origin()}${site.entryUrl(other)}`, { waitUntil: 'commit' });
    const field = page.locator('#site-search');
    await field.waitFor();
    await field.click();
    await field.pressSequentially(body().query, { delay: 30 });
    const options = await quickResults(page, body().query);
    expect(options).toContain(body().url);
    expect(await field.inputValue()).toBe(body().query);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search');
    expect(await headerField(page).getAttribute('aria-expanded')).toBe('true');
    await page.close();
  }, 90_000);
});
