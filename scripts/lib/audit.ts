/** Checks a real browser runs over pages of a built site: axe-core, and content cut off sideways. */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

interface AxeResult {
  violations: { id: string; nodes: { target: string[] }[] }[];
}

/**
 * axe-core's WCAG 2.1 A and AA violations on a page as it is now (after
 * typing into it, say), each as "<label> <rule>: <elements>". The page's
 * context must bypass the security policy, which forbids injected scripts.
 */
export async function axeOn(page: Page, label: string): Promise<string[]> {
  await page.addScriptTag({ content: AXE });
  const result = await page.evaluate(() =>
    (window as unknown as { axe: { run: (c: Document, o: object) => Promise<AxeResult> } }).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      resultTypes: ['violations'],
    }),
  );
  return result.violations.map(
    (v) =>
      `${label} ${v.id}: ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')}`,
  );
}

/** axe-core's WCAG 2.1 A and AA violations on each page, in one colour scheme, two tabs at a time. */
export async function axeViolations(
  browser: Browser,
  origin: string,
  urls: readonly string[],
  scheme: 'light' | 'dark',
): Promise<string[]> {
  // The policy forbids injected scripts; axe is injected for the audit only.
  const context = await browser.newContext({ colorScheme: scheme, bypassCSP: true });
  const violations: string[] = [];
  const audit = async (page: Page, url: string) => {
    await page.goto(`${origin}${url}`);
    if (url.includes('/search/?')) await page.waitForSelector('[data-search-results] > li');
    violations.push(...(await axeOn(page, url)));
  };
  const tabs = [await context.newPage(), await context.newPage()];
  for (let i = 0; i < urls.length; i += tabs.length) {
    await Promise.all(
      tabs.flatMap((tab, j) => {
        const url = urls[i + j];
        return url ? [audit(tab, url)] : [];
      }),
    );
  }
  await context.close();
  return violations;
}

/** Pages wider than the window (content cut off sideways) at `width`, with text at `fontSize`. */
export async function overflowing(
  browser: Browser,
  origin: string,
  urls: readonly string[],
  width: number,
  fontSize = '100%',
): Promise<string[]> {
  const page = await browser.newPage({ viewport: { width, height: 800 } });
  const wide: string[] = [];
  for (const url of urls) {
    await page.goto(`${origin}${url}`);
    await page.evaluate((size) => (document.documentElement.style.fontSize = size), fontSize);
    const extra = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    if (extra > 1) wide.push(`${url}: ${extra}px too wide`);
  }
  await page.close();
  return wide;
}
