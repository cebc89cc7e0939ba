/**
 * Search on a slow phone: with Chromium's CPU slowed sixfold and a slow
 * network, a visitor who types as soon as the search page appears gets
 * results for the whole query, and typing in the header's field is never
 * interrupted by the page's own field taking the focus.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { sitesUnderTest } from '../support/paths';
import { openSite, type OpenSite } from '../support/site';
import { answered, servedSite, tab } from '../support/search';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Slows the page down as a cheap phone on a slow mobile network would be. */
async function slowDown(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 300,
    downloadThroughput: (400 * 1024) / 8,
    uploadThroughput: (400 * 1024) / 8,
  });
}

describe.each(sitesUnderTest().slice(0, 1))('search on a slowed-down %s site', (name) => {
  let site: OpenSite;
  const session = servedSite(
    () => browser,
    async () => (site = await openSite(name)),
  );
  const origin = () => new URL(session.server.url).origin;
  const query = () => {
    const body = site.entries.find((e) => e.collection === 'bodies');
    return String((body?.data as { acronym?: string; name: string }).acronym ?? body?.data.name);
  };

  it('searches for every key typed while the index was still loading', async () => {
    const page = await tab(session.context, session.problems);
    await slowDown(page);
    await page.goto(`${origin()}${site.url('/search/')}`, { waitUntil: 'commit' });
    const field = page.locator('[data-search-input]');
    await field.waitFor();
    await field.pressSequentially(query(), { delay: 30 });
    await answered(page, query());
    expect(await field.inputValue()).toBe(query());
    expect(new URL(page.url()).searchParams.get('q')).toBe(query());
    await page.close();
  }, 60_000);

  it("keeps the focus in the header's field while someone types there on the search page", async () => {
    const page = await tab(session.context, session.problems);
    await slowDown(page);
    await page.goto(`${origin()}${site.url('/search/')}`, { waitUntil: 'commit' });
    const header = page.locator('#site-search');
    await header.waitFor();
    await header.click();
    await header.pressSequentially(query(), { delay: 30 });
    await page.waitForFunction(
      () => !/Loading the search index/.test(document.querySelector('[data-search-status]')?.textContent ?? ''),
    );
    expect(await header.inputValue()).toBe(query());
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search');
    await page.close();
  }, 60_000);
});
