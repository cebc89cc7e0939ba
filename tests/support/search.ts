/** Driving the search page in Chromium: a tab that records problems, and waiting for answers. */
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { serve, type StaticServer } from './server';

/** A browser tab that records every console error and failed request. */
export async function tab(context: BrowserContext, problems: string[]): Promise<Page> {
  const page = await context.newPage();
  page.on('console', (msg) => msg.type() === 'error' && problems.push(`console: ${msg.text()}`));
  page.on('pageerror', (error) => problems.push(`error: ${error.message}`));
  // A request the browser cancels because the page navigates away (an image still loading) is not a fault.
  page.on(
    'requestfailed',
    (request) => request.failure()?.errorText !== 'net::ERR_ABORTED' && problems.push(`failed: ${request.url()}`),
  );
  page.on(
    'response',
    (response) => response.status() >= 400 && problems.push(`${response.status()}: ${response.url()}`),
  );
  return page;
}

/**
 * Waits until the search page has answered (for `query`, when given) and drawn
 * its first page of results: results, no results, or the browse prompt.
 */
export async function answered(page: Page, query?: string) {
  await page.waitForFunction((query) => {
    const status = document.querySelector('[data-search-status]')?.textContent ?? '';
    if (query && !status.includes(`“${query}”`)) return false;
    if (document.querySelector('[data-search-results][aria-busy="true"]')) return false;
    return document.querySelector('[data-search-results] > li') || /No results|Type a name/.test(status);
  }, query);
}

export const resultUrls = (page: Page) =>
  page.$$eval('[data-search-results] > li', (items) => items.map((li) => (li as HTMLElement).dataset.url!));

export interface Session {
  server: StaticServer;
  context: BrowserContext;
  /** Console errors and failed requests; each test must leave none. */
  problems: string[];
}

/**
 * Within a describe block: serves the site `open` returns and opens a browser
 * context for it before the tests, checks after each test that nothing went
 * wrong in the browser, and closes both afterwards.
 */
export function servedSite(browser: () => Browser, open: () => Promise<{ dir: string; base: string }>): Session {
  const session = { problems: [] as string[] } as Session;
  beforeAll(async () => {
    const site = await open();
    session.server = await serve(site.dir, site.base);
    session.context = await browser().newContext();
  });
  afterEach(() => {
    expect(session.problems.splice(0)).toEqual([]);
  });
  afterAll(async () => {
    await session.context?.close();
    await session.server?.close();
  });
  return session;
}

/** The header's search field, a combobox of instant results. */
export const headerField = (page: Page) => page.getByRole('combobox', { name: 'Search the site' });

/**
 * Waits until the header's list of instant results is open and announces
 * results for “query” (the name searched: the corrected one after a typo);
 * returns the options' addresses.
 */
export async function quickResults(page: Page, query: string): Promise<string[]> {
  await page.waitForFunction(
    (query) =>
      document.querySelector('[data-quick-status]')?.textContent?.includes(`“${query}”`) &&
      document.querySelector('#site-search-panel:not([hidden]) [role="option"]'),
    query,
  );
  return page.$$eval('#site-search-panel [role="option"]', (options) =>
    options.map((o) => (o as HTMLAnchorElement).getAttribute('href')!),
  );
}

export { slowDown } from './browser';
