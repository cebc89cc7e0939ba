/**
 * Every page of this project's site, not only one per template, in Chromium:
 * axe-core in both colour schemes, and nothing cut off sideways at 320 px or
 * with text at 200 %. The long names and tables of the report's content are
 * what a template sample would miss.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { serve, type StaticServer } from '../support/server';
import { openSite, type OpenSite } from '../support/site';
import { axeViolations, overflowing } from '../support/audit';

let browser: Browser;
let server: StaticServer;
let site: OpenSite;
let urls: string[];

beforeAll(async () => {
  browser = await launchBrowser();
  site = await openSite('root');
  server = await serve(site.dir, site.base);
  urls = [...site.pages.keys()].filter((u) => u !== '/404' && u !== '/search/').sort();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});
const origin = () => new URL(server.url).origin;

describe("every page of the project's site", () => {
  it.each(['light', 'dark'] as const)(
    'passes axe-core (WCAG 2.1 AA) in the %s scheme',
    async (scheme) => {
      expect(urls.length).toBeGreaterThan(90);
      expect(await axeViolations(browser, origin(), [...urls, '/search/?q=ETSI&type=body'], scheme)).toEqual([]);
    },
    300_000,
  );

  it.each([
    ['text at 200 %', 1280, '200%'],
    ['a 320 px wide screen', 320, '100%'],
  ])(
    'stays readable with %s: nothing cut off sideways',
    async (_, width, fontSize) => {
      expect(await overflowing(browser, origin(), urls, width, fontSize)).toEqual([]);
    },
    120_000,
  );
});
