/**
 * Search in a real browser (Debian's Chromium) on every site under test,
 * served on 127.0.0.1 under its base path: every kind of page is found by
 * its name, the type facet counts what the content holds, filters narrow,
 * the header's field shows results as one types, from any page, and loads
 * the search code only then; the page says what to do without JavaScript.
 * Nothing logs an error or fails to load.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { sitesUnderTest } from '../support/paths';
import { onePerTemplate, openSite, type OpenSite } from '../support/site';
import { gzipSync } from 'node:zlib';
import { answered, headerField, quickResults, resultUrls, servedSite, tab } from '../support/search';
import { NAVIGATION, REGISTRY, hasPages } from '../../src/lib/build-time/site-collections';
import { collectionPath } from '../../src/lib/render/urls';

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
    const field = headerField(page);
    await field.fill(nameOf(entry.data));
    // Enter with no result chosen goes to the search page.
    await field.press('Enter');
    await page.waitForURL(/\/search\/\?q=/);
    await answered(page, nameOf(entry.data));
    await page.locator(`[data-search-results] > li[data-url="${site.entryUrl(entry)}"] h2 a`).click();
    await page.waitForURL(`**${site.entryUrl(entry)}`);
    await page.close();
  });

  it('shows instant results under the header field of any page, chosen with the arrow keys and opened with Enter', async () => {
    const [first, second] = site.pageEntries.filter((e) => e.collection === 'bodies');
    const page = await tab(session.context, session.problems);
    await page.goto(`${origin()}${site.entryUrl(second ?? first!)}`);
    const field = headerField(page);
    expect(await field.getAttribute('aria-expanded')).toBe('false');
    await field.click();
    await field.pressSequentially(nameOf(first!.data), { delay: 20 });
    const options = await quickResults(page, nameOf(first!.data));
    expect(options.slice(0, 3)).toContain(site.entryUrl(first!));
    // The last option leads to every result on the search page.
    expect(options.at(-1)).toMatch(new RegExp(`${site.url('/search/')}\\?q=`));
    expect(await field.getAttribute('aria-expanded')).toBe('true');

    // Escape closes the list and leaves the focus in the field; typing opens it again.
    await page.keyboard.press('Escape');
    expect(await field.getAttribute('aria-expanded')).toBe('false');
    expect(await page.locator('#site-search-panel').isHidden()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search');
    expect(await field.inputValue()).toBe(nameOf(first!.data));

    // The arrow keys choose, without moving the focus; Enter opens the chosen result.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    const chosen = await field.getAttribute('aria-activedescendant');
    expect(chosen).toBeTruthy();
    const option = page.locator(`#${chosen}`);
    expect(await option.getAttribute('aria-selected')).toBe('true');
    expect(await page.locator('[role="option"][aria-selected="true"]').count()).toBe(1);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search');
    const target = (await option.getAttribute('href'))!;
    await page.keyboard.press('Enter');
    await page.waitForURL(`**${target}`);
    await page.close();
  });

  it('loads no search code before the field is used: at most 2 KB of JavaScript (gzip), then the search on first focus', async () => {
    const page = await tab(session.context, session.problems);
    const scripts: { url: string; gzip: number }[] = [];
    page.on('response', async (response) => {
      if (response.request().resourceType() !== 'script') return;
      const body = await response.body().catch(() => undefined);
      if (body) scripts.push({ url: response.url(), gzip: gzipSync(body).length });
    });
    const entry = onePerTemplate(site).find((e) => e.collection !== 'bodies') ?? onePerTemplate(site)[0]!;
    await page.goto(`${origin()}${site.entryUrl(entry)}`, { waitUntil: 'networkidle' });
    const before = scripts.reduce((n, s) => n + s.gzip, 0);
    expect(before, scripts.map((s) => s.url).join(', ')).toBeLessThanOrEqual(2048);
    expect(scripts.some((s) => s.url.includes('pagefind'))).toBe(false);
    await headerField(page).focus();
    await expect.poll(() => scripts.some((s) => s.url.endsWith('/pagefind/pagefind.js'))).toBe(true);
    expect(scripts.length).toBeGreaterThan(2);
    await page.close();
  });

  it('shows the first results of a query without waiting for the filters, then the facets', async () => {
    const entry = site.pageEntries.find((e) => e.collection === 'bodies')!;
    const page = await tab(session.context, session.problems);
    // The filters arrive late: the results must not wait for them.
    await page.route('**/pagefind/filter/**', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 3000));
      await route.continue();
    });
    await page.goto(`${origin()}${site.url(`/search/?q=${encodeURIComponent(nameOf(entry.data))}`)}`);
    await answered(page, nameOf(entry.data));
    expect(await page.locator('[data-search-facets] fieldset').count()).toBe(0);
    await expect
      .poll(() => page.locator('[data-search-facets] fieldset').count(), { timeout: 10_000 })
      .toBeGreaterThan(0);
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
