/**
 * The scale benchmark (npm run bench:scale) cannot rot: its synthetic content
 * passes the content check with the counts it promises, and a tiny run builds
 * the project's site and the bare Astro baseline and reports every figure.
 * Built at a few hundred entries, every list that grows with the content is
 * split into pages (meetings, the timeline, the engagement tables, a result's
 * bodies, the lists of bodies, partners, topics and standards) and the ways to
 * narrow them stay short.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import * as cheerio from 'cheerio';
import { astroBuild } from '../support/astro';
import { checkContent } from '../../src/lib/build-time/content-check';
import { composition, writeSyntheticProject } from '../../scripts/lib/synthetic';
import { ROOT, TMP } from '../support/paths';

describe('the scale benchmark', () => {
  it('writes synthetic content that passes the content check, in the proportions it promises', async () => {
    const dir = path.join(TMP, 'scale-check');
    await writeSyntheticProject(dir, 200);
    const { problems, entries } = await checkContent(ROOT, path.relative(ROOT, path.join(dir, 'content')));
    expect(problems).toEqual([]);
    const counts = composition(200);
    expect(counts.meetings).toBe(120);
    expect(counts.bodies).toBe(50);
    for (const [collection, count] of Object.entries(counts))
      expect(
        entries.filter((e) => e.collection === collection),
        collection,
      ).toHaveLength(count);
  });

  it('runs at a tiny size and reports every figure', () => {
    const json = path.join(TMP, 'scale-tiny.json');
    const run = spawnSync(
      process.execPath,
      [
        'node_modules/vite-node/vite-node.mjs',
        'scripts/bench-scale.ts',
        '--sizes',
        '40',
        '--runs',
        '1',
        '--json',
        json,
      ],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(run.status, run.stdout + run.stderr).toBe(0);
    const [row] = JSON.parse(readFileSync(json, 'utf8')) as {
      entries: number;
      site: Record<string, number> & { largestGzip: Record<string, number> };
      bare: Record<string, number>;
      ratio: number;
    }[];
    expect(row?.entries).toBe(40);
    expect(row?.site.wall).toBeGreaterThan(0);
    expect(row?.bare.wall).toBeGreaterThan(row?.bare.build ?? Infinity);
    expect(Number.isFinite(row?.ratio)).toBe(true);
    expect(row?.site.pagefind).toBeGreaterThan(0);
    expect(row?.site.beforeVite).toBeGreaterThanOrEqual(0);
    // The phases of each build, from Astro's log: compilation and rendering are parts of the wall time.
    for (const [build, wall] of [
      [row?.site, row?.site.wall],
      [row?.bare, row?.bare.build],
    ] as const) {
      expect(build?.compile).toBeGreaterThan(0);
      expect(build?.render).toBeGreaterThan(0);
      expect((build?.compile ?? Infinity) + (build?.render ?? Infinity)).toBeLessThan(wall ?? 0);
    }
    expect(row?.site.distBytes).toBeGreaterThan(row?.bare.distBytes ?? Infinity);
    expect(row?.site.largestGzip.bodies).toBeGreaterThan(0);
    expect(row?.site.largestGzip.meetings).toBeGreaterThan(0);
    expect(row?.site.firstSearchGzip).toBeGreaterThan(0);
    // A typo in the first letter of the query is corrected, and its words cost more bytes.
    expect(row?.site.firstTypoGzip).toBeGreaterThan(row?.site.firstSearchGzip ?? Infinity);
    expect(run.stdout).toMatch(/ratio \(wall\): \d/);
  }, 300_000);

  describe('built at a few hundred entries', () => {
    const project = path.join(TMP, 'scale-pages');
    const out = path.join(TMP, 'scale-pages-dist');
    const counts = composition(300);
    const page = (url: string) => cheerio.load(readFileSync(path.join(out, url, 'index.html'), 'utf8'));
    /** The distinct links on a page whose address matches `pattern`. */
    const linksTo = ($: cheerio.CheerioAPI, selector: string, pattern: RegExp) => [
      ...new Set(
        $(selector)
          .map((_, a) => $(a).attr('href'))
          .get()
          .filter((href) => pattern.test(href)),
      ),
    ];

    beforeAll(async () => {
      await writeSyntheticProject(project, 300);
      const built = await astroBuild(ROOT, {
        SITE_PROJECT: path.relative(ROOT, project),
        SITE_OUT_DIR: out,
        SITE_URL: 'https://example.org',
      });
      expect(built.code, built.output).toBe(0);
    }, 300_000);

    it('splits long lists of meetings into pages, and keeps the ways to narrow them short', () => {
      const meetingLinks = ($: cheerio.CheerioAPI) =>
        linksTo($, 'main article a[href^="/meetings/"], main li a[href^="/meetings/2"]', /^\/meetings\/\d{4}-/);
      const { meetings } = counts;
      const pages = Math.ceil(meetings / 50);
      // Every meeting on exactly one page of the list, fifty a page.
      const seen: string[] = [];
      for (let n = 1; n <= pages; n++) {
        const $ = page(n === 1 ? 'meetings' : `meetings/page/${n}`);
        const links = meetingLinks($);
        expect(links.length, `page ${n}`).toBe(n < pages ? 50 : meetings - 50 * (pages - 1));
        seen.push(...links);
        expect($('nav[aria-label="Pages of meetings"] [aria-current="page"]').text()).toBe(`Page ${n}`);
        if (n < pages) expect($('a[rel="next"]').attr('href')).toBe(`/meetings/page/${n + 1}/`);
        if (n > 1) expect($('a[rel="prev"]').attr('href')).toBe(n === 2 ? '/meetings/' : `/meetings/page/${n - 1}/`);
      }
      expect(new Set(seen).size).toBe(meetings);
      // A facet with many values offers a few, and links to all of them.
      const $ = page('meetings');
      const bodies = $('a[href^="/meetings/by/body/"]').filter((_, a) => /\/body\/body-/.test($(a).attr('href')!));
      expect(bodies.length).toBeLessThanOrEqual(12);
      const all = $('a[href="/meetings/by/body/"]').filter((_, a) => /^All \d+ bodies$/.test($(a).text()));
      expect(all.length).toBe(1);
      const named = Number(/\d+/.exec(all.text())?.[0]);
      expect(named).toBeGreaterThan(12);
      expect(page('meetings/by/body')('main [data-facet-values] a').length).toBe(named);
    });

    it('draws the timeline a year a page, each meeting on the page of the year it starts', () => {
      const $first = page('timeline');
      const years = $first('nav[aria-label="Years of the timeline"] li')
        .map((_, li) => Number($first(li).text().trim()))
        .get();
      expect(years.length).toBeGreaterThan(1);
      expect(years).toEqual([...years].sort((a, b) => b - a));
      expect($first('nav[aria-label="Years of the timeline"] [aria-current="page"]').text()).toBe(String(years[0]));
      const seen: string[] = [];
      for (const [i, year] of years.entries()) {
        const $ = page(i === 0 ? 'timeline' : `timeline/${year}`);
        expect($('h1').text()).toContain(String(year));
        const rows = $('main table tbody tr').filter((_, tr) => $(tr).find('a[href^="/meetings/"]').length > 0);
        for (const tr of rows.toArray()) {
          // The date column starts with the year, or the meeting is on the wrong page.
          expect($(tr).find('td').first().text(), `${year}: ${$(tr).text()}`).toMatch(new RegExp(`${year}`));
          seen.push($(tr).find('a[href^="/meetings/"]').attr('href')!);
        }
        // One bar per meeting and lane: at least as many bars as meetings listed.
        expect($('main svg rect').length).toBeGreaterThanOrEqual(rows.length);
      }
      expect(seen.length).toBe(counts.meetings);
      expect(new Set(seen).size).toBe(counts.meetings);
    });

    it('splits the engagement tables fifty bodies a page, with the partners linked to them', () => {
      const pages = Math.ceil(counts.bodies / 50);
      const seen: string[] = [];
      for (let n = 1; n <= pages; n++) {
        const $ = page(n === 1 ? 'engagement' : `engagement/page/${n}`);
        const [partners, results] = $('main table').toArray();
        const bodies = $(partners)
          .find('tbody th a')
          .map((_, a) => $(a).attr('href'))
          .get();
        expect(bodies.length, `page ${n}`).toBe(n < pages ? 50 : counts.bodies - 50 * (pages - 1));
        // The same bodies, in the same order, in the table of results.
        expect(
          $(results!)
            .find('tbody th a')
            .map((_, a) => $(a).attr('href'))
            .get(),
        ).toEqual(bodies);
        // Each partner column has at least one mark on this page.
        const columns = $(partners).find('thead th').length;
        expect(columns).toBeLessThanOrEqual(counts.partners + 2);
        for (let c = 2; c < columns; c++)
          expect(
            $(partners)
              .find(`tbody tr`)
              .filter((_, tr) => $(tr).children().eq(c).text().trim() !== '').length,
            `page ${n}, column ${c}`,
          ).toBeGreaterThan(0);
        seen.push(...bodies);
        expect($('main').text()).toContain(`There are ${counts.bodies} bodies, so the tables show 50 bodies a page`);
        expect($('nav[aria-label="Pages of the engagement tables"] [aria-current="page"]').text()).toBe(`Page ${n}`);
      }
      expect(new Set(seen).size).toBe(counts.bodies);
    });

    it("shows counts and links on the results page, and the reports' words on each result's own pages", () => {
      const $ = page('results');
      const sections = $('main section[aria-labelledby]').toArray();
      expect(sections.length).toBeGreaterThan(0);
      for (const section of sections) {
        const id = $(section).attr('aria-labelledby')!;
        expect($(section).find('q').length, id).toBe(0);
        expect($(section).find('a[href^="/bodies/"]').length, id).toBeLessThanOrEqual(12);
        const count = Number(/Relevant to (\d+)/.exec($(section).text())?.[1] ?? 0);
        if (count === 0) continue;
        expect($(section).find(`a[href="/results/${id}/"]`).length, id).toBe(1);
        // The result's own pages list each of those bodies once, each with the report's words.
        const listed: string[] = [];
        for (let n = 1; n <= Math.ceil(count / 50); n++) {
          const $r = page(n === 1 ? `results/${id}` : `results/${id}/page/${n}`);
          const items = $r('main li').filter((_, li) => $r(li).find('q').length === 1);
          listed.push(...items.map((_, li) => $r(li).find('a[href^="/bodies/"]').first().attr('href')).get());
        }
        expect(listed.length, id).toBe(count);
        expect(new Set(listed).size, id).toBe(count);
      }
    });

    it('lists the bodies, partners, topics and standards fifty a page, each entry on exactly one page', () => {
      for (const collection of ['bodies', 'partners', 'topics', 'standards'] as const) {
        const total = counts[collection];
        const pages = Math.ceil(total / 50);
        const seen: string[] = [];
        for (let n = 1; n <= pages; n++) {
          const $ = page(n === 1 ? collection : `${collection}/page/${n}`);
          const own = new RegExp(`^/${collection}/(?!page/)[^/]+/$`);
          // An organisation continued from the page before is named again, but its row is on that page.
          const links = linksTo($, 'main a', own).filter(
            (href) => !$(`main a[href="${href}"]`).parent().text().includes('(continued)'),
          );
          expect(links.length, `${collection}, page ${n}`).toBe(n < pages ? 50 : total - 50 * (pages - 1));
          seen.push(...links);
          if (pages > 1)
            expect($(`nav[aria-label="Pages of ${collection}"] [aria-current="page"]`).text()).toBe(`Page ${n}`);
        }
        expect(new Set(seen).size, collection).toBe(total);
      }
    });

    it('writes the word index in small chunks, so that a search loads little more than its own words', () => {
      const folder = path.join(out, 'pagefind', 'index');
      const sizes = readdirSync(folder)
        .map((f) => statSync(path.join(folder, f)).size)
        .sort((a, b) => a - b);
      // Pagefind's default chunks are several times larger (over 7 KB at the median at this size).
      expect(sizes.length).toBeGreaterThan(20);
      expect(sizes[Math.floor(sizes.length / 2)]).toBeLessThan(4 * 1024);
    });

    it('has no HTML page that grows with the content', () => {
      const sizes = readdirSync(out, { recursive: true })
        .map(String)
        .filter((f) => f.endsWith('.html'))
        .map((f) => ({ f, size: gzipSync(readFileSync(path.join(out, f))).length }))
        .sort((a, b) => b.size - a.size);
      // At 300 entries a page of fifty meetings or bodies is the largest kind; 40 KB is twice that.
      expect(sizes[0]?.size, sizes[0]?.f).toBeLessThan(40 * 1024);
    });
  });
});
