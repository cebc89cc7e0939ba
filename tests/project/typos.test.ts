/**
 * A typo in any word the site holds, in Chromium on the built project site at
 * / and under /sub/: misspellings generated from the words of the built pages
 * (tests/support/misspellings.ts), each searched on the search page, must
 * bring the page the word came from among the first three results.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { answered, resultUrls, servedSite, tab } from '../support/search';
import { launchBrowser } from '../support/browser';
import { SITES } from '../support/paths';
import { readSite } from '../support/html';
import { drawMisspellings, indexedWords, type Misspelling } from '../support/misspellings';

/** How many misspellings are tried, and how many of them must find their page. */
const TRIED = 80;
const REQUIRED_RATE = 0.95;
const TOP = 3;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const pathOf = (url: string) => url.split('#')[0]!;

describe.each(['root', 'sub'] as const)('typos on the project site at %s', (name) => {
  const site = SITES[name];
  const session = servedSite(
    () => browser,
    () => Promise.resolve(site),
  );

  it(`finds the page of a misspelt word among the first ${TOP} results for ${REQUIRED_RATE * 100} % of generated misspellings`, async () => {
    const words = indexedWords((await readSite(site.dir, site.base)).values());
    expect(words.size).toBeGreaterThan(50);
    const cases = drawMisspellings(words, TRIED, { seed: 24, within: TOP });
    expect(cases.length).toBe(TRIED);
    // Every kind of edit, and the first letter too.
    expect(new Set(cases.map((c) => c.edit)).size).toBe(4);
    expect(cases.filter((c) => c.at === 0).length).toBeGreaterThanOrEqual(5);

    const page = await tab(session.context, session.problems);
    /** The first results' pages of a search on the search page, as a visitor sees them. */
    const top = async (query: string) => {
      await page.goto(`${session.server.url}search/?q=${encodeURIComponent(query)}`);
      await answered(page);
      return (await resultUrls(page)).slice(0, TOP).map(pathOf);
    };
    const missed: string[] = [];
    const uncounted: Misspelling[] = [];
    for (const c of cases) {
      // The control: a word whose page is not among the first results when spelt right says nothing of typos.
      if (!(await top(c.word)).includes(c.page)) {
        uncounted.push(c);
        continue;
      }
      const found = await top(c.typed);
      if (!found.includes(c.page)) missed.push(`${c.typed} (${c.word}, ${c.edit} at ${c.at}): ${found.join(', ')}`);
    }
    await page.close();
    const counted = cases.length - uncounted.length;
    // The control leaves nearly every case in.
    expect(counted, uncounted.map((c) => c.word).join(', ')).toBeGreaterThanOrEqual(60);
    const rate = (counted - missed.length) / counted;
    console.log(`typos at ${site.base}: ${counted - missed.length} of ${counted} found (${Math.round(rate * 100)} %)`);
    expect(rate, missed.join('\n')).toBeGreaterThanOrEqual(REQUIRED_RATE);
  }, 300_000);
});
