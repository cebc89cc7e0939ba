/**
 * The scale benchmark (npm run bench:scale) cannot rot: its synthetic content
 * passes the content check with the counts it promises, and a tiny run builds
 * the project's site and the bare Astro baseline and reports every figure.
 * Built at a few hundred entries, the lists of meetings are split into pages
 * and the ways to narrow them stay short.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import * as cheerio from 'cheerio';
import { astroBuild } from '../support/astro';
import { checkContent } from '../../src/lib/content-check';
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
      ['node_modules/tsx/dist/cli.mjs', 'scripts/bench-scale.ts', '--sizes', '40', '--runs', '1', '--json', json],
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
    expect(row?.site.distBytes).toBeGreaterThan(row?.bare.distBytes ?? Infinity);
    expect(row?.site.largestGzip.bodies).toBeGreaterThan(0);
    expect(row?.site.largestGzip.meetings).toBeGreaterThan(0);
    expect(row?.site.firstSearchGzip).toBeGreaterThan(0);
    expect(run.stdout).toMatch(/ratio \(wall\): \d/);
  }, 300_000);

  it('splits long lists of meetings into pages, and keeps the ways to narrow them short', async () => {
    const project = path.join(TMP, 'scale-pages');
    const out = path.join(TMP, 'scale-pages-dist');
    await writeSyntheticProject(project, 300);
    const built = await astroBuild(ROOT, {
      SITE_PROJECT: path.relative(ROOT, project),
      SITE_OUT_DIR: out,
      SITE_URL: 'https://example.org',
    });
    expect(built.code, built.output).toBe(0);
    const page = (url: string) => cheerio.load(readFileSync(path.join(out, url, 'index.html'), 'utf8'));
    const meetingLinks = ($: cheerio.CheerioAPI) =>
      $('main article a[href^="/meetings/"], main li a[href^="/meetings/2"]')
        .map((_, a) => $(a).attr('href'))
        .get()
        .filter((href) => /^\/meetings\/\d{4}-/.test(href));
    const { meetings } = composition(300);
    const pages = Math.ceil(meetings / 50);
    // Every meeting on exactly one page of the list, fifty a page.
    const seen: string[] = [];
    for (let n = 1; n <= pages; n++) {
      const $ = page(n === 1 ? 'meetings' : `meetings/page/${n}`);
      const links = [...new Set(meetingLinks($))];
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
    // No page of meetings weighs more than a first page of fifty.
    const sizes = readdirSync(path.join(out, 'meetings'), { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.html'))
      .map((f) => gzipSync(readFileSync(path.join(out, 'meetings', f))).length);
    expect(Math.max(...sizes)).toBeLessThan(40 * 1024);
  }, 300_000);
});
