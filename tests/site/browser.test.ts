/**
 * Checks in a real browser (Debian's Chromium) over a built site, on one page
 * of every template: axe-core in both colour schemes, visible focus, reduced
 * motion, text at 200 % and narrow screens, the facts of an entry within the
 * first screen of a phone, print, and — with the security policy in force —
 * no third-party request, no policy violation and no cookie.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { serve, type StaticServer } from '../support/server';
import { sitesUnderTest } from '../support/paths';
import { onePerTemplate, openSite, type OpenSite } from '../support/site';
import { axeOn, axeViolations, overflowing } from '../support/audit';
import { headerField, quickResults } from '../support/search';
import { COLLECTION_NAMES } from '../../src/lib/build-time/site-collections';
import { collectionPath } from '../../src/lib/render/urls';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(sitesUnderTest())('the %s site in a browser', (name) => {
  let site: OpenSite;
  let server: StaticServer;
  /** One page of every template: the home page, each collection's page, one entry of each kind, search, 404. */
  let templates: string[];
  beforeAll(async () => {
    site = await openSite(name);
    server = await serve(site.dir, site.base);
    templates = [
      site.url('/'),
      ...COLLECTION_NAMES.map((c) => site.url(collectionPath(c))),
      ...onePerTemplate(site).map((e) => site.entryUrl(e)),
      site.url('/accessibility/'),
      site.url('/privacy/'),
      site.url('/404.html'),
    ];
  });
  afterAll(async () => {
    await server?.close();
  });
  const origin = () => new URL(server.url).origin;

  it.each(['light', 'dark'] as const)('axe-core finds no WCAG 2.1 AA violation in the %s scheme', async (scheme) => {
    const title = site.entries.find((e) => e.collection === 'bodies')!;
    const query = encodeURIComponent(String(title.data.acronym ?? title.data.name));
    const urls = [...templates, site.url(`/search/?q=${query}&type=body`)];
    expect(await axeViolations(browser, origin(), urls, scheme)).toEqual([]);
  });

  it.each(['light', 'dark'] as const)(
    'axe-core finds no violation with the instant search results open, in the %s scheme',
    async (scheme) => {
      const context = await browser.newContext({ colorScheme: scheme, bypassCSP: true });
      const page = await context.newPage();
      const body = site.entries.find((e) => e.collection === 'bodies')!;
      const query = String(body.data.acronym ?? body.data.name);
      await page.goto(`${origin()}${site.url('/')}`);
      await headerField(page).pressSequentially(query, { delay: 20 });
      await quickResults(page, query);
      await page.keyboard.press('ArrowDown');
      expect(await axeOn(page, `${site.url('/')} with results for “${query}”`)).toEqual([]);
      await context.close();
    },
  );

  it('shows where the keyboard focus is, and the skip link first', async () => {
    const page = await browser.newPage();
    await page.goto(`${origin()}${site.entryUrl(onePerTemplate(site)[0]!)}`);
    await page.keyboard.press('Tab');
    const skip = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const box = el.getBoundingClientRect();
      return { text: el.textContent?.trim(), visible: box.width > 1 && box.height > 1 };
    });
    expect(skip).toEqual({ text: 'Skip to content', visible: true });
    for (let i = 0; i < 3; i++) {
      await page.keyboard.press('Tab');
      const outline = await page.evaluate(() => {
        const style = getComputedStyle(document.activeElement!);
        return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
      });
      expect(outline.style).not.toBe('none');
      expect(outline.width).toBeGreaterThanOrEqual(2);
    }
    await page.close();
  });

  it('respects a request for reduced motion', async () => {
    const context = await browser.newContext({ reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto(`${origin()}${site.url('/')}`);
    const durations = await page.$$eval('a, button', (els) =>
      els.map((el) => parseFloat(getComputedStyle(el).transitionDuration)),
    );
    expect(Math.max(...durations)).toBeLessThanOrEqual(0.001);
    await context.close();
  });

  it.each([
    ['text at 200 %', 1280, '200%'],
    ['a 320 px wide screen', 320, '100%'],
    ['a 390 px wide phone', 390, '100%'],
  ])('keeps every template readable with %s: nothing cut off sideways', async (_, width, fontSize) => {
    expect(await overflowing(browser, origin(), templates, width, fontSize)).toEqual([]);
  });

  it('puts the facts of every entry within the first screen of a 390 × 844 phone', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    const late: string[] = [];
    for (const entry of onePerTemplate(site)) {
      await page.goto(`${origin()}${site.entryUrl(entry)}`);
      const top = await page.locator('main aside dl').boundingBox();
      if (!top || top.y > 844 - 60) late.push(`${entry.file}: facts start at ${top?.y ?? '—'} px`);
    }
    expect(late).toEqual([]);
    await page.close();
  });

  it('prints the content only, with link targets written out', async () => {
    const page = await browser.newPage();
    await page.goto(`${origin()}${site.url('/references/')}`);
    await page.emulateMedia({ media: 'print' });
    const printed = await page.evaluate(() => ({
      header: getComputedStyle(document.querySelector('body > header')!).display,
      footerNav: getComputedStyle(document.querySelector('footer nav')!).display,
      main: getComputedStyle(document.querySelector('main')!).display,
      linkTarget: getComputedStyle(document.querySelector('main a[href^="http"]')!, '::after').content,
    }));
    expect(printed.header).toBe('none');
    expect(printed.footerNav).toBe('none');
    expect(printed.main).not.toBe('none');
    expect(printed.linkTarget).toMatch(/^" \(" attr\(href\) "\)"$|\(http/);
    await page.close();
  });

  it('prints every entry page with its title: only the site’s header is left out', async () => {
    const page = await browser.newPage();
    await page.emulateMedia({ media: 'print' });
    for (const entry of onePerTemplate(site)) {
      await page.goto(`${origin()}${site.entryUrl(entry)}`);
      const title = await page.evaluate(() => {
        const h1 = document.querySelector('main h1');
        return h1 && h1.getBoundingClientRect().height > 0 ? h1.textContent?.trim() : undefined;
      });
      expect(title, `${entry.file}, printed`).toBeTruthy();
    }
    await page.close();
  });

  it('requests nothing from other sites, breaks no policy rule and sets no cookie, search included', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const elsewhere: string[] = [];
    const problems: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(origin())) elsewhere.push(request.url());
    });
    page.on('console', (msg) => msg.type() === 'error' && problems.push(msg.text()));
    page.on('pageerror', (error) => problems.push(error.message));
    await page.exposeFunction('reportViolation', (text: string) => problems.push(text));
    await page.addInitScript(() =>
      document.addEventListener('securitypolicyviolation', (e) =>
        (window as unknown as { reportViolation: (t: string) => void }).reportViolation(
          `${e.violatedDirective} ${e.blockedURI}`,
        ),
      ),
    );
    for (const url of templates.filter((u) => !u.endsWith('404.html'))) await page.goto(`${origin()}${url}`);
    const standard = site.entries.find((e) => e.collection === 'standards')!;
    await page.goto(`${origin()}${site.url(`/search/?q=${encodeURIComponent(String(standard.data.name))}`)}`);
    await page.waitForSelector('[data-search-results] > li');
    await page.locator('input[name="type"][value="Standard"]').check();
    await page.waitForURL(/type=standard/);
    expect(await page.locator('[data-search-results] > li').count()).toBeGreaterThan(0);
    expect(elsewhere).toEqual([]);
    expect(problems).toEqual([]);
    expect(await context.cookies()).toEqual([]);
    expect(await page.evaluate(() => [document.cookie, localStorage.length, sessionStorage.length])).toEqual([
      '',
      0,
      0,
    ]);
    await context.close();
  });
});
