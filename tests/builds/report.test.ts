/**
 * A report's assembled document, built for real: a second version of the
 * fixture report shows its progress since the first, and `npm run
 * report:pdf` prints it to an A4 PDF linked from the report's pages.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { astroBuild } from '../support/astro';
import { projectWith, removeProjects, type Changes } from '../support/project';
import { BASE_PROJECT, reportV2Changes } from '../support/fixtures';
import { ROOT } from '../support/paths';
import { pdfPageTexts } from '../support/pdf-text';

let dir: string;
const page = (url: string) => cheerio.load(readFileSync(path.join(dir, 'dist', url, 'index.html'), 'utf8'));

beforeAll(async () => {
  dir = await projectWith((await reportV2Changes()) as Changes, BASE_PROJECT);
  const build = await astroBuild(dir, { SITE_OUT_DIR: path.join(dir, 'dist') });
  if (build.code !== 0) throw new Error(build.output);
}, 120_000);
afterAll(removeProjects);

describe('the document of a second version', () => {
  it('has a progress section made from the content: the new meeting, its contribution and the changed status', () => {
    const $ = page('reports/report-v2/document');
    const progress = $('#progress').closest('section');
    expect(progress.find('h2').text()).toContain('D1.1 v1.0');
    expect(progress.find('a[href="/meetings/2021-02-14-tc-1-plenary/"]').length).toBe(1);
    expect(progress.text()).toContain("Presentation of the project's results.");
    expect(progress.text().replace(/\s+/g, ' ')).toContain('Contributing → Promoting');
    expect(progress.text()).toContain('the partners presented the project to TC 1 again');
    expect($('a[href="#progress"]').length).toBe(1);
  });

  it("puts the report's sections where its text says, with each body's status as this version assessed it", () => {
    const $ = page('reports/report-v2/document');
    const headings = $('main h2, main h3')
      .map((_, h) => $(h).text().trim())
      .get();
    expect(headings.indexOf('2.1 TC 1')).toBeGreaterThan(headings.indexOf('Standardisation bodies'));
    expect(headings.indexOf('2.1 TC 1')).toBeLessThan(headings.indexOf('Work progress'));
    // The status on the site's scale, as this version states it: marked as the site's addition.
    expect($('.doc-section .site-addition').text()).toContain("On this site's scale of engagement: Promoting");
    expect(page('reports/report-v1/document')('#progress').length).toBe(0);
  });

  it('prints to an A4 PDF that opens on the cover and that both report pages link, with its size and pages', async () => {
    const run = spawnSync(
      process.execPath,
      [path.join(ROOT, 'node_modules/vite-node/vite-node.mjs'), 'scripts/report-pdf.ts'],
      {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, SITE_OUT_DIR: path.join(dir, 'dist') },
      },
    );
    expect(run.status, run.stderr).toBe(0);
    const pdf = readFileSync(path.join(dir, 'dist/reports/report-v2/report-v2.pdf'));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.toString('latin1')).toMatch(/\/MediaBox \[0 0 59[45](\.\d+)? 84[12](\.\d+)?\]/);
    // Read back: the first page is the cover, the abstract follows it; no page is the site's header.
    const pages = await pdfPageTexts(pdf);
    const cover = pages[0]!.replace(/\s+/g, ' ');
    expect(cover).toContain('D1.1v2.0');
    expect(cover).toContain('No 700416 SUCCESS');
    expect(cover).toMatch(/Report\s/);
    expect(cover).toContain('Actual Delivery Date:');
    expect(cover.indexOf('Abstract:')).toBeGreaterThan(cover.indexOf('D1.1v2.0'));
    expect(pages.join(' ')).not.toContain('Search (press /)');
    for (const url of ['reports/report-v2', 'reports/report-v2/document']) {
      const link = page(url)('[data-report-pdf] a');
      expect(link.attr('href')).toBe('/reports/report-v2/report-v2.pdf');
      expect(link.parent().text()).toMatch(/\(A4, \d+ pages?, \d+ KB\)/);
    }
  });
});
