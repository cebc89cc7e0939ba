/**
 * Search in a real browser (Debian's Chromium) against the built site served
 * on 127.0.0.1, at / and under /sub/: relevance, typos, answers, excerpts,
 * facets, deep links and the back button, the keyboard, and no console
 * errors or failed requests.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { answered, headerField, quickResults, resultUrls, servedSite, tab } from '../support/search';
import { correctionFor, unpackVocabulary, vocabularyPart, type PackedVocabulary } from '../../src/lib/pure/spelling';
import { normaliseName as normalise } from '../../src/lib/pure/search-terms';
import { INDEX_ONLY_LABEL, firstSentence } from '../../src/lib/pure/excerpt';
import { launchBrowser } from '../support/browser';
import { SITES } from '../support/paths';
import { realContent, toGraphInput } from '../support/content';
import { buildGraph, type SiteGraph } from '../../src/lib/build-time/graph';
import { allContributions } from '../../src/collections/meetings/graph';

/** Queries a visitor could bring from the report, and the page that must be among the first three results. */
const RELEVANCE: [query: string, page: string][] = [
  ['CoAP', 'standards/coap/'],
  ['TC 215', 'bodies/cenelec-tc-215/'],
  ['TC215', 'bodies/cenelec-tc-215/'],
  ['TC-215', 'bodies/cenelec-tc-215/'],
  ['STF 516', 'bodies/etsi-stf-516/'],
  ['STF516', 'bodies/etsi-stf-516/'],
  ['SA6', 'bodies/3gpp-sa6/'],
  ['SA 6', 'bodies/3gpp-sa6/'],
  ['oneM2M', 'bodies/onem2m/'],
  ['CoRE', 'bodies/ietf-core/'],
  ['legal metrology', 'topics/legal-metrology/'],
  ['Ericsson', 'partners/lmf/'],
  ['PMU', 'topics/real-time-metering-pmu/'],
  ['Phasor Measurement Unit', 'topics/real-time-metering-pmu/'],
  ['WELMEC', 'bodies/welmec/'],
  ['DLMS', 'standards/dlms-cosem/'],
  ['Measuring Instruments Directive', 'standards/mid-2004-22-ec/'],
  ['M/462', 'standards/mandate-m-462/'],
  ['Ispra', 'meetings/2016-09-13-jrc-ispra/'],
  ['TC CYBER', 'bodies/etsi-tc-cyber/'],
  ['SenML', 'standards/senml/'],
  ['P3C', 'partners/p3c/'],
  ['IEC 61850', 'standards/iec-61850/'],
  ['Mobile Edge Computing', 'bodies/etsi-mec/'],
  ['CIGRE B5', 'bodies/cigre-sc-b5/'],
  ['Aachen', 'meetings/2016-05-19-aachen-project-meeting/'],
  ['Paschalidis', 'partners/p3c/'],
  ['critical infrastructure', 'topics/critical-infrastructure-protection/'],
];

/**
 * Misspellings of names on the site — a letter or two wrong, dropped or
 * swapped — and the name each must be corrected to.
 */
const MISSPELLINGS: [typed: string, meant: string][] = [
  ['welmek', 'WELMEC'],
  ['onem2n', 'oneM2M'],
  ['cenelc', 'CENELEC'],
  ['etsi tc cyebr', 'ETSI TC CYBER'],
  ['cirge', 'CIGRE'],
  ['dlsm', 'DLMS'],
  ['caop', 'CoAP'],
  ['senlm', 'SenML'],
  ['phasor measurment unit', 'Phasor Measurement Unit'],
  ['legal metrolgy', 'Legal metrology'],
  ['smart metring', 'Smart metering'],
  ['critical infrastucture protection', 'Critical infrastructure protection'],
  ['mobile edge computng', 'Mobile Edge Computing'],
  ['measuring instruments directve', 'Measuring Instruments Directive'],
  ['iec 61580', 'IEC 61850'],
  ['cenelec tc 251', 'CENELEC TC 215'],
  ['imsb', 'ISMB'],
  ['ietf croe', 'IETF CoRE'],
  ['nrom', 'NORM'],
  ['interoperabilty', 'Interoperability'],
  ['mqqt', 'MQTT'],
  ['esmgi', 'ESMIG'],
  ['lightweigth m2m', 'Lightweight M2M'],
];

let browser: Browser;
let graph: SiteGraph;
beforeAll(async () => {
  browser = await launchBrowser();
  graph = buildGraph(toGraphInput(await realContent()));
});
afterAll(async () => {
  await browser?.close();
});

describe.each(['root', 'sub'] as const)('search relevance on the project site at %s', (name) => {
  const site = SITES[name];
  const session = servedSite(
    () => browser,
    () => Promise.resolve(site),
  );

  it('finds the right page in the first three results for each query of the relevance table', async () => {
    expect(RELEVANCE.length).toBeGreaterThanOrEqual(20);
    const page = await tab(session.context, session.problems);
    const misses: string[] = [];
    for (const [query, target] of RELEVANCE) {
      await page.goto(`${session.server.url}search/?q=${encodeURIComponent(query)}`);
      await answered(page);
      const top = (await resultUrls(page)).slice(0, 3);
      if (!top.includes(`${site.base}${target}`)) misses.push(`"${query}": ${top.join(', ')}`);
    }
    expect(misses).toEqual([]);
    await page.close();
  });
});

describe('search on the project site', () => {
  // The project build is at the root of its host.
  const site = SITES.root;
  const session = servedSite(
    () => browser,
    () => Promise.resolve(site),
  );

  /** The part of the vocabulary the build wrote that a search for `typed` fetches. */
  const vocabularyFor = (typed: string) =>
    unpackVocabulary(
      JSON.parse(
        readFileSync(path.join(site.dir, 'search', 'vocabulary', `${vocabularyPart(typed)}.json`), 'utf8'),
      ) as PackedVocabulary,
    );

  it('corrects each misspelling of the table to the name meant, from the part of the vocabulary it fetches', () => {
    expect(MISSPELLINGS.length).toBeGreaterThanOrEqual(20);
    const wrong = MISSPELLINGS.flatMap(([typed, meant]) => {
      const found = correctionFor(typed, vocabularyFor(typed))?.term;
      return found && normalise(found) === normalise(meant) ? [] : [`"${typed}" → ${found ?? 'nothing'}, not ${meant}`];
    });
    expect(wrong).toEqual([]);
  });

  it('shows results for the name meant, and searches the words as typed on request', async () => {
    const page = await tab(session.context, session.problems);
    await page.goto(`${session.server.url}search/?q=welmek`);
    await answered(page, 'WELMEC');
    const note = page.locator('[data-correction]');
    expect(await note.textContent()).toBe('Showing results for WELMEC — search instead for welmek');
    expect((await resultUrls(page)).slice(0, 3)).toContain(`${site.base}bodies/welmec/`);
    await note.getByRole('link', { name: 'welmek' }).click();
    await page.waitForURL(/\?q=welmek&as-typed=1$/);
    await answered(page, 'welmek');
    expect(await note.count()).toBe(0);
    // A word that is on the site is never corrected, though no name is spelt like it.
    await page.goto(`${session.server.url}search/?q=meeting`);
    await answered(page, 'meeting');
    expect(await note.count()).toBe(0);
    // From the header of any page, the same.
    await page.goto(`${session.server.url}topics/privacy/`);
    await headerField(page).pressSequentially('welmek', { delay: 20 });
    const options = await quickResults(page, 'WELMEC');
    expect(options.slice(0, 3)).toContain(`${site.base}bodies/welmec/`);
    expect(await page.locator('#site-search-panel [data-correction]').textContent()).toContain('welmek');
    await page.close();
  });

  it('fetches one part of the vocabulary before the first results, and every name in the background after them', async () => {
    const page = await tab(session.context, session.problems);
    const fetched: string[] = [];
    page.on('request', (request) => {
      const match = /\/search\/vocabulary\/([^/]+)\.json$/.exec(request.url());
      if (match?.[1]) fetched.push(match[1]);
    });
    await page.goto(`${session.server.url}search/?q=welmek`);
    await answered(page, 'WELMEC');
    expect(fetched).toEqual(['w']);
    // A moment later, every name; the next queries then fetch no part of their own.
    await expect.poll(() => fetched, { timeout: 10_000 }).toEqual(['w', 'all']);
    await page.locator('#search-query').fill('onem2n');
    await answered(page, 'oneM2M');
    expect(
      await page.locator('[data-search-results] [data-correction], [data-search-note]').first().textContent(),
    ).toContain('onem2n');
    expect(fetched).toEqual(['w', 'all']);
    await page.close();
  });

  it('corrects each word of a query on its own, a first letter too, and searches the words as typed on request', async () => {
    const page = await tab(session.context, session.problems);
    // "metrology" and "instruments" are words of the pages, not names; the first letters are wrong.
    await page.goto(`${session.server.url}search/?q=${encodeURIComponent('legal netrology ibstruments')}`);
    await answered(page, 'legal metrology instruments');
    const note = page.locator('[data-correction]');
    expect(await note.textContent()).toBe(
      'Showing results for legal metrology instruments — search instead for legal netrology ibstruments',
    );
    expect((await resultUrls(page)).length).toBeGreaterThan(0);
    await note.getByRole('link').click();
    await answered(page, 'legal netrology ibstruments');
    expect(await page.locator('[data-search-status]').textContent()).toBe(
      'No results for “legal netrology ibstruments”.',
    );
    await page.close();
  });

  it('says when nothing is found, and offers the nearest searches that find something', async () => {
    const page = await tab(session.context, session.problems);
    // Three letters wrong of nine: too far to correct, near enough to offer; a word found nowhere, to leave out.
    await page.goto(`${session.server.url}search/?q=mexxxlogy`);
    await answered(page, 'mexxxlogy');
    expect(await page.locator('[data-search-status]').textContent()).toBe('No results for “mexxxlogy”.');
    const offered = page.locator('[data-suggestions]');
    expect(await offered.textContent()).toMatch(/^Nearest searches with results: metrology \(\d+ results?\)/);
    await offered.getByRole('link', { name: 'metrology' }).click();
    await page.waitForURL(/\?q=metrology$/);
    await answered(page, 'metrology');
    expect((await resultUrls(page)).length).toBeGreaterThan(0);
    await page.goto(`${session.server.url}search/?q=${encodeURIComponent('WELMEC qqqzzz')}`);
    await answered(page, 'WELMEC qqqzzz');
    expect(await page.locator('[data-suggestions] a').allTextContents()).toContain('WELMEC');
    // From the header of any page, the same as options.
    await page.goto(`${session.server.url}topics/privacy/`);
    await headerField(page).pressSequentially('mexxxlogy', { delay: 20 });
    const options = await quickResults(page, 'mexxxlogy');
    const first = new URL(options[0]!);
    expect(`${first.pathname}${first.search}`).toBe(`${site.base}search/?q=metrology`);
    expect(await page.locator('#site-search-panel').textContent()).toContain(
      'No results for “mexxxlogy”. Nearest searches with results:',
    );
    await page.close();
  });

  it('answers a glossary term first, with its expansion and a link to its entry', async () => {
    const page = await tab(session.context, session.problems);
    await page.goto(`${session.server.url}search/?q=PUF`);
    await answered(page, 'PUF');
    const first = page.locator('[data-search-results] > li').first();
    expect(await first.locator('h2').textContent()).toBe('PUF — Physical Unclonable Function');
    expect(await first.locator('h2 a').getAttribute('href')).toBe(`${site.base}glossary/#puf`);
    await page.goto(`${session.server.url}standards/coap/`);
    await headerField(page).pressSequentially('PUF', { delay: 20 });
    const options = await quickResults(page, 'PUF');
    expect(options[0]).toBe(`${site.base}glossary/#puf`);
    expect(await page.locator('[role="option"]').first().textContent()).toContain('PUF — Physical Unclonable Function');
    await page.close();
  });

  it("gives an answer the first sentence of its page's summary, from the page's own search data", async () => {
    const summary = firstSentence(graph.bodies.get('welmec')!.data.summary);
    expect(summary.length).toBeGreaterThan(20);
    const page = await tab(session.context, session.problems);
    await page.goto(`${session.server.url}search/?q=WELMEC`);
    await answered(page, 'WELMEC');
    // Answers: the glossary's entry, then the body's page with its summary.
    const answer = page.locator(`[data-search-results] > li[data-answer][data-url="${site.base}bodies/welmec/"]`);
    expect(await answer.locator('p').last().textContent()).toBe(summary);
    await page.goto(`${session.server.url}standards/coap/`);
    await headerField(page).pressSequentially('WELMEC', { delay: 20 });
    await quickResults(page, 'WELMEC');
    expect(await page.locator('[role="option"]').allTextContents()).toContainEqual(expect.stringContaining(summary));
    // The vocabulary fetched before a first search holds names, not summaries.
    expect(vocabularyFor('WELMEC').entries.map((e) => e.url)).toContain(`${site.base}bodies/welmec/`);
    expect(JSON.stringify(vocabularyFor('WELMEC'))).not.toContain(summary.slice(0, 40));
    await page.close();
  });

  it("indexes a contribution on its meeting's page, not again in the lists of its partner's and its body's pages", async () => {
    const page = await tab(session.context, session.problems);
    await page.goto(`${session.server.url}search/`);
    const contributions = allContributions(graph)
      .filter((c) => c.text.split(/\s+/).length >= 6)
      .slice(0, 8);
    expect(contributions.length).toBeGreaterThan(5);
    // Which pages' indexed text holds each contribution's words, as Pagefind returns them. (A string, so that
    // the test runner leaves its import() alone.)
    const holders = (await page.evaluate(`(async () => {
      const pagefind = await import(${JSON.stringify(`${site.base}pagefind/pagefind.js`)});
      const flat = (t) => t.replace(/\\s+/g, ' ').trim();
      return Promise.all(${JSON.stringify(contributions.map((c) => c.text))}.map(async (text) => {
        const found = await pagefind.search(text.split(/\\s+/).slice(0, 6).join(' '));
        const pages = await Promise.all(found.results.slice(0, 40).map((r) => r.data()));
        return pages.filter((p) => flat(p.content).includes(flat(text).slice(0, 60))).map((p) => p.url);
      }));
    })()`)) as string[][];
    contributions.forEach((c, i) => {
      const pages = holders[i] ?? [];
      expect(pages, c.text).toContain(`${site.base}meetings/${c.meeting}/`);
      // A body may quote the same words of the report in its own text (its engagement over time); a list may not.
      const own = (u: string) => {
        const id = /\/bodies\/([^/]+)\//.exec(u)?.[1];
        const flat = (t: string) => t.replace(/\s+/g, ' ');
        return id !== undefined && flat(JSON.stringify(graph.bodies.get(id)?.data)).includes(flat(c.text).slice(0, 60));
      };
      expect(
        pages.filter((u) => /\/(partners|bodies|topics)\//.test(u) && !own(u)),
        c.text,
      ).toEqual([]);
    });
    await page.close();
  });

  it('quotes the page, never the words that exist only for the index, in excerpts', async () => {
    const page = await tab(session.context, session.problems);
    const shown: string[] = [];
    for (const query of ['STF516', 'TC-215', 'coap pub/sub', 'welmec', 'cyber', 'IEFT']) {
      await page.goto(`${session.server.url}search/?q=${encodeURIComponent(query)}&as-typed=1`);
      await answered(page, query);
      shown.push(...(await page.locator('[data-search-results] > li > p:last-of-type').allTextContents()));
    }
    expect(shown.length).toBeGreaterThan(10);
    const leaks = shown.filter((text) => new RegExp(`${INDEX_ONLY_LABEL}|Also written|maintained here`).test(text));
    expect(leaks).toEqual([]);
    await page.close();
  });

  it('shows a type, the details and a highlighted excerpt with each result', async () => {
    const page = await tab(session.context, session.problems);
    await page.goto(`${session.server.url}search/?q=Ispra`);
    await answered(page);
    const meeting = page.locator(`[data-search-results] > li[data-url="${site.base}meetings/2016-09-13-jrc-ispra/"]`);
    await expect.poll(() => meeting.textContent()).toContain('Meeting');
    expect(await meeting.textContent()).toContain('13 September 2016');
    expect(await meeting.textContent()).toContain('ETSI STF 516 · CENELEC TC 215');
    expect(await meeting.locator('mark').first().textContent()).toMatch(/ispra/i);
    await page.goto(`${session.server.url}search/?q=WELMEC`);
    await answered(page);
    const body = page.locator(`[data-search-results] > li[data-url="${site.base}bodies/welmec-wg-7/"]`);
    expect(await body.textContent()).toMatch(/Body.*WELMEC.*Intended/);
    await page.close();
  });

  it('reaches a glossary entry on its own', async () => {
    const page = await tab(session.context, session.problems);
    await page.goto(`${session.server.url}search/?q=${encodeURIComponent('Joint Research Centre')}`);
    await answered(page);
    const link = page.locator(`a[href="${site.base}glossary/#jrc"]`);
    await expect.poll(() => link.count()).toBeGreaterThan(0);
    await page.close();
  });

  it('combines filters: every meeting of 2016 with ETSI bodies', async () => {
    const page = await tab(session.context, session.problems);
    await page.goto(`${session.server.url}search/?type=meeting&year=2016&organisation=etsi`);
    await answered(page);
    expect(await page.locator('input[name="year"][value="2016"]').isChecked()).toBe(true);
    expect(await page.locator('input[name="organisation"][value="ETSI"]').isChecked()).toBe(true);
    const expected = [...graph.meetings.values()]
      .filter(
        (m) => m.start.year === 2016 && m.data.bodies.some((b) => graph.bodies.get(b.id)!.organisation === 'etsi'),
      )
      .map((m) => `${site.base}meetings/${m.id}/`);
    expect(expected.length).toBeGreaterThan(1);
    expect(new Set(await resultUrls(page))).toEqual(new Set(expected));
    await page.close();
  });

  it('narrows a query with a filter, and restores the previous search with the back button', async () => {
    const page = await tab(session.context, session.problems);
    await page.goto(`${session.server.url}search/?q=coap`);
    await answered(page);
    const all = await resultUrls(page);
    expect(all.some((u) => !u.includes('/standards/'))).toBe(true);
    await page.locator('input[name="type"][value="Standard"]').check();
    await page.waitForURL(/\?q=coap&type=standard$/);
    await expect.poll(async () => (await resultUrls(page)).every((u) => u.includes('/standards/'))).toBe(true);
    const narrowed = await resultUrls(page);
    expect(narrowed.length).toBeGreaterThan(0);
    expect(narrowed.length).toBeLessThan(all.length);

    await page.getByRole('searchbox', { name: 'Search the site' }).last().fill('welmec');
    // Longer than the typing delay: the search runs while typing, then Enter confirms it.
    await page.waitForTimeout(300);
    await page.getByRole('searchbox', { name: 'Search the site' }).last().press('Enter');
    await page.waitForURL(/\?q=welmec&type=standard$/);
    await page.goBack();
    await page.waitForURL(/\?q=coap&type=standard$/);
    await expect.poll(() => page.locator('[data-search-input]').inputValue()).toBe('coap');
    await expect.poll(() => resultUrls(page)).toEqual(narrowed);
    await page.goBack();
    await page.waitForURL(/\?q=coap$/);
    await expect.poll(async () => (await resultUrls(page)).length).toBe(all.length);
    await page.close();
  });

  it('opens with the keyboard: "/" and Ctrl-K focus the field, Tab and Enter open a result', async () => {
    const page = await tab(session.context, session.problems);
    await page.goto(`${session.server.url}bodies/etsi/`);
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search');
    await page.locator('main h1').click();
    await page.keyboard.press('Control+k');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search');

    await page.goto(`${session.server.url}search/`);
    await answered(page);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-query');
    await page.keyboard.type('oneM2M');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\?q=oneM2M$/);
    await answered(page, 'oneM2M');
    expect(await page.locator('[role="status"]').textContent()).toMatch(/^\d+ results? for “oneM2M”/);
    let reached = '';
    for (let i = 0; i < 120 && !reached.includes('/bodies/onem2m/'); i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(
        () => (document.activeElement as HTMLAnchorElement | null)?.getAttribute('href') ?? '',
      );
    }
    expect(reached).toBe(`${site.base}bodies/onem2m/`);
    await page.keyboard.press('Enter');
    await page.waitForURL(`**${site.base}bodies/onem2m/`);
    await page.close();
  });
});
