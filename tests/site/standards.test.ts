/**
 * What a demanding public body checks on every built page, read from the
 * output: valid HTML, structure for assistive technology, sharing and search
 * metadata, the security policy, privacy, and weight budgets.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { htmlProblems, type BuiltPage } from '../support/html';
import { SITE_ORIGIN, sitesUnderTest } from '../support/paths';
import { openSite, type OpenSite } from '../support/site';
import { hasPages } from '../../src/lib/build-time/site-collections';
import type { CheckedEntry } from '../../src/lib/build-time/content-check';

const ORIGIN = SITE_ORIGIN;

describe.each(sitesUnderTest())('the %s site', (name) => {
  let site: OpenSite;
  let pages: Map<string, BuiltPage>;
  let entries: CheckedEntry[];

  beforeAll(async () => {
    site = await openSite(name);
    pages = site.pages;
    entries = site.entries;
  });

  /** Pages meant to be found: all but the 404 page. */
  const indexable = () => [...pages.values()].filter((p) => p.url !== site.url('/404'));
  const fileOf = (href: string) => path.join(site.dir, href.replace(ORIGIN, '').slice(site.base.length));

  describe('valid HTML', () => {
    it('every page passes html-validate with the recommended rules', async () => {
      const errors = await htmlProblems(pages.values());
      expect(errors).toEqual([]);
    });
  });

  describe('structure for assistive technology', () => {
    it('one h1, headings without skipped levels, landmarks and a skip link on every page', () => {
      const problems: string[] = [];
      for (const page of pages.values()) {
        const $ = page.$;
        if ($('h1').length !== 1) problems.push(`${page.url}: ${$('h1').length} h1 elements`);
        let previous = 1;
        $('main h1, main h2, main h3, main h4, main h5, main h6').each((_, el) => {
          const level = Number(el.tagName[1]);
          if (level > previous + 1)
            problems.push(`${page.url}: h${level} "${$(el).text().trim()}" follows h${previous}`);
          previous = level;
        });
        for (const landmark of ['body > header', 'nav[aria-label="Main"]', 'main#main', 'body > footer']) {
          if ($(landmark).length !== 1) problems.push(`${page.url}: ${$(landmark).length} × ${landmark}`);
        }
        const skip = $('body a').first();
        if (skip.attr('href') !== '#main' || !/skip/i.test(skip.text()))
          problems.push(`${page.url}: no skip link first`);
        if (!$('html').attr('lang')) problems.push(`${page.url}: no lang`);
      }
      expect(problems).toEqual([]);
    });

    it('tables have a caption and header cells; images have text alternatives', () => {
      const problems: string[] = [];
      let tables = 0;
      for (const page of pages.values()) {
        page.$('table').each((_, table) => {
          tables++;
          if (!page.$(table).find('caption').text().trim()) problems.push(`${page.url}: table without caption`);
          if (page.$(table).find('th[scope]').length === 0) problems.push(`${page.url}: table without header cells`);
        });
        page.$('img').each((_, img) => {
          if (page.$(img).attr('alt') === undefined) problems.push(`${page.url}: img without alt`);
        });
      }
      expect(problems).toEqual([]);
      expect(tables).toBeGreaterThan(3);
    });

    it('has an accessibility statement following the EU model, and a privacy note, linked from every page', () => {
      const statement = site.page(site.url('/accessibility/')).$('main').text();
      for (const part of [
        'Compliance status',
        'Preparation of this accessibility statement',
        'Feedback and contact information',
        'Enforcement procedure',
        'EN 301 549',
        'axe-core',
      ]) {
        expect(statement).toContain(part);
      }
      expect(site.page(site.url('/privacy/')).$('main').text()).toMatch(/no cookies/);
      for (const page of pages.values()) {
        expect(page.$(`footer a[href="${site.url('/accessibility/')}"]`).length, page.url).toBe(1);
        expect(page.$(`footer a[href="${site.url('/privacy/')}"]`).length, page.url).toBe(1);
      }
    });
  });

  describe('sharing and search engines', () => {
    it('a unique title and description per page, taken from its content', () => {
      const titles = new Map<string, string>();
      const descriptions = new Map<string, string>();
      for (const page of indexable()) {
        const title = page.$('title').text();
        const description = page.$('meta[name="description"]').attr('content') ?? '';
        expect(description.length, page.url).toBeGreaterThan(20);
        expect(titles.get(title), `${page.url} has the title of ${titles.get(title)}`).toBeUndefined();
        expect(
          descriptions.get(description),
          `${page.url} has the description of ${descriptions.get(description)}`,
        ).toBeUndefined();
        titles.set(title, page.url);
        descriptions.set(description, page.url);
      }
      for (const entry of entries.filter((e) => hasPages(e.collection))) {
        const page = site.page(site.entryUrl(entry));
        const summary = String(entry.data.summary ?? entry.data.role ?? entry.data.abstract);
        expect(page.$('meta[name="description"]').attr('content'), entry.file).toContain(summary);
      }
    });

    it('canonical URL, Open Graph and Twitter card, with the configured picture if any, on every indexable page', () => {
      for (const page of indexable()) {
        const $ = page.$;
        expect($('link[rel="canonical"]').attr('href'), page.url).toBe(`${ORIGIN}${page.url}`);
        expect($('meta[property="og:url"]').attr('content'), page.url).toBe(`${ORIGIN}${page.url}`);
        expect($('meta[property="og:title"]').attr('content'), page.url).toBeTruthy();
        expect($('meta[property="og:description"]').attr('content'), page.url).toBe(
          $('meta[name="description"]').attr('content'),
        );
        const image = $('meta[property="og:image"]').attr('content');
        if (site.config.shareImage) {
          expect(image).toBe(`${ORIGIN}${site.url(site.config.shareImage)}`);
          expect(existsSync(fileOf(image!))).toBe(true);
          expect($('meta[name="twitter:card"]').attr('content')).toBe('summary_large_image');
        } else {
          expect(image, page.url).toBeUndefined();
          expect($('meta[name="twitter:card"]').attr('content')).toBe('summary');
        }
      }
    });

    it('JSON-LD that parses, with Organization for bodies and partners, Event for meetings, Report for reports', () => {
      const expected: Record<string, string> = {
        bodies: 'Organization',
        partners: 'Organization',
        meetings: 'Event',
        reports: 'Report',
      };
      for (const entry of entries.filter((e) => expected[e.collection])) {
        const page = site.page(site.entryUrl(entry));
        const blocks = page.$('script[type="application/ld+json"]');
        expect(blocks.length, entry.file).toBe(1);
        const data = JSON.parse(blocks.text());
        expect(data['@context']).toBe('https://schema.org');
        expect(data['@type'], entry.file).toBe(expected[entry.collection]);
        expect(data.url).toBe(`${ORIGIN}${page.url}`);
        if (entry.collection === 'meetings')
          expect(data.startDate).toBe(entry.data.start + (entry.data.startTime ? `T${entry.data.startTime}` : ''));
      }
    });

    it('a sitemap listing every indexable page, and robots.txt pointing to it', () => {
      const index = readFileSync(path.join(site.dir, 'sitemap-index.xml'), 'utf8');
      expect(index).toContain(`${ORIGIN}${site.url('/sitemap-0.xml')}`);
      const sitemap = readFileSync(path.join(site.dir, 'sitemap-0.xml'), 'utf8');
      const listed = new Set([...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]));
      for (const page of indexable().filter((p) => p.url !== site.url('/search/')))
        expect(listed.has(`${ORIGIN}${page.url}`), page.url).toBe(true);
      expect(readFileSync(path.join(site.dir, 'robots.txt'), 'utf8')).toContain(
        `Sitemap: ${ORIGIN}${site.url('/sitemap-index.xml')}`,
      );
    });
  });

  describe('security and privacy', () => {
    it('a Content-Security-Policy without unsafe-inline on every page, and no inline script or style to need it', () => {
      for (const page of pages.values()) {
        const $ = page.$;
        const csp = $('meta[http-equiv="Content-Security-Policy"]').attr('content') ?? '';
        expect(csp, page.url).toMatch(/script-src 'self' 'wasm-unsafe-eval'(;|$)/);
        expect(csp).not.toContain('unsafe-inline');
        expect(csp).toMatch(/default-src 'self'/);
        expect($('head meta').first().attr('charset') ?? $('head meta').eq(1).attr('http-equiv')).toBeTruthy();
        const inline = $('script:not([src])').filter((_, s) => $(s).attr('type') !== 'application/ld+json');
        expect(inline.length, `${page.url}: inline script`).toBe(0);
        expect($('style').length, `${page.url}: style element`).toBe(0);
        expect($('[style]').length, `${page.url}: style attribute`).toBe(0);
        expect($('[onclick], [onload], [onerror]').length).toBe(0);
        $('a[target="_blank"]').each((_, a) => expect($(a).attr('rel') ?? '', page.url).toMatch(/noopener/));
      }
    });

    it('a _headers file with the policy and the other security headers', () => {
      const headers = readFileSync(path.join(site.dir, '_headers'), 'utf8');
      expect(headers).toMatch(/^\/\*\n/);
      for (const header of [
        'Content-Security-Policy',
        'X-Content-Type-Options: nosniff',
        'Referrer-Policy',
        'Permissions-Policy',
      ]) {
        expect(headers).toContain(header);
      }
      expect(headers).toMatch(/Content-Security-Policy: .*frame-ancestors 'none'/);
      expect(headers).not.toContain('unsafe-inline');
    });

    it('no third-party resources referenced anywhere in the output', () => {
      for (const page of pages.values()) {
        page
          .$('script[src], link[href][rel="stylesheet"], link[rel="icon"], img[src], source[src], iframe')
          .each((_, el) => {
            const url = page.$(el).attr('src') ?? page.$(el).attr('href') ?? '';
            expect(url.startsWith(site.base) || url.startsWith(ORIGIN), `${page.url}: ${url}`).toBe(true);
          });
      }
    });
  });

  describe('budgets', () => {
    const gz = (file: string) => gzipSync(readFileSync(file)).length;
    const assets = (page: BuiltPage, selector: string, attr: string) =>
      page
        .$(selector)
        .map((_, el) => page.$(el).attr(attr)!)
        .get()
        .map((href) => gz(fileOf(href)));

    it('at most 2 KB of JavaScript (gzip) on every page but search, 20 KB of CSS, and a median page of at most 30 KB', () => {
      const html: number[] = [];
      for (const page of pages.values()) {
        const js = assets(page, 'script[src]', 'src').reduce((a, b) => a + b, 0);
        const css = assets(page, 'link[rel="stylesheet"]', 'href').reduce((a, b) => a + b, 0);
        if (page.url !== site.url('/search/')) expect(js, `${page.url}: JavaScript`).toBeLessThanOrEqual(2048);
        expect(css, `${page.url}: CSS`).toBeLessThanOrEqual(20 * 1024);
        html.push(gz(page.file));
      }
      html.sort((a, b) => a - b);
      expect(html[Math.floor(html.length / 2)]).toBeLessThanOrEqual(30 * 1024);
    });
  });
});
