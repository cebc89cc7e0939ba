/**
 * Checks in a real browser (Debian's Chromium) over the built site: axe-core
 * on every page in both colour schemes, visible focus, reduced motion, text
 * at 200 % and narrow screens, print, and — with the security policy in
 * force — no third-party request, no policy violation and no cookie.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { serve, type StaticServer } from '../support/server';
import { readSite } from '../support/html';
import { SITES } from '../support/paths';

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const site = SITES.root;
let browser: Browser;
let server: StaticServer;
let urls: string[];

beforeAll(async () => {
  browser = await launchBrowser();
  server = await serve(site.dir, site.base);
  urls = [...(await readSite(site.dir, site.base)).keys()].filter((u) => u !== '/404').sort();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const origin = () => new URL(server.url).origin;

describe('accessibility, WCAG 2.1 AA', () => {
  it.each(['light', 'dark'] as const)(
    'axe-core finds no violation on any page in the %s scheme',
    async (scheme) => {
      // The policy forbids injected scripts; axe is injected for the audit only.
      const context = await browser.newContext({ colorScheme: scheme, bypassCSP: true });
      const violations: string[] = [];
      const audit = async (page: Page, url: string) => {
        await page.goto(`${origin()}${url}`);
        if (url.startsWith('/search/')) await page.waitForSelector('[data-search-results] > li');
        await page.addScriptTag({ content: AXE });
        const result = await page.evaluate(() =>
          (
            window as unknown as {
              axe: {
                run: (
                  ctx: Document,
                  opts: object,
                ) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
              };
            }
          ).axe.run(document, {
            runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
            resultTypes: ['violations'],
          }),
        );
        for (const v of result.violations)
          violations.push(
            `${url} ${v.id}: ${v.nodes
              .map((n) => n.target.join(' '))
              .slice(0, 3)
              .join(', ')}`,
          );
      };
      const pages = [...urls.filter((u) => u !== '/search/'), '/search/?q=ETSI&type=body'];
      // Two tabs at a time.
      const tabs = [await context.newPage(), await context.newPage()];
      for (let i = 0; i < pages.length; i += tabs.length) {
        await Promise.all(tabs.map((tab, j) => (pages[i + j] ? audit(tab, pages[i + j]!) : undefined)));
      }
      await context.close();
      expect(pages.length).toBeGreaterThan(90);
      expect(violations).toEqual([]);
    },
    300_000,
  );

  it('shows where the keyboard focus is, and the skip link first', async () => {
    const page = await browser.newPage();
    await page.goto(`${origin()}/bodies/etsi-tc-cyber/`);
    await page.keyboard.press('Tab');
    const skip = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const box = el.getBoundingClientRect();
      return {
        text: el.textContent?.trim(),
        visible: box.width > 1 && box.height > 1,
      };
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
    await page.goto(`${origin()}/`);
    const durations = await page.$$eval('a, button', (els) =>
      els.map((el) => parseFloat(getComputedStyle(el).transitionDuration)),
    );
    expect(Math.max(...durations)).toBeLessThanOrEqual(0.001);
    await context.close();
  });

  it.each([
    ['text at 200 %', 1280, '200%'],
    ['a 320 px wide screen', 320, '100%'],
  ])(
    'keeps every page readable with %s: nothing cut off sideways',
    async (_, width, fontSize) => {
      const page = await browser.newPage({ viewport: { width, height: 800 } });
      const overflowing: string[] = [];
      for (const url of urls) {
        await page.goto(`${origin()}${url}`);
        await page.evaluate((size) => (document.documentElement.style.fontSize = size), fontSize);
        const wide = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        if (wide > 1) overflowing.push(`${url}: ${wide}px too wide`);
      }
      expect(overflowing).toEqual([]);
      await page.close();
    },
    120_000,
  );
});

describe('print', () => {
  it('prints the content only, with link targets written out', async () => {
    const page = await browser.newPage();
    await page.goto(`${origin()}/references/`);
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
});

describe('security and privacy in the browser', () => {
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
    for (const url of [
      '/',
      '/bodies/etsi-tc-cyber/',
      '/meetings/2016-09-13-jrc-ispra/',
      '/partners/ismb/',
      '/glossary/',
      '/references/',
    ]) {
      await page.goto(`${origin()}${url}`);
    }
    await page.goto(`${origin()}/search/?q=coap`);
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
