/**
 * The built site, read from its output: every content entry has its page, and
 * every relation the data states shows in the HTML from both ends. Generic:
 * it runs on every site under test, from that site's own content.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import * as cheerio from 'cheerio';
import { COLLECTION_NAMES, REGISTRY, type Ref } from '../../src/lib/build-time/site-collections';
import { collectionPath } from '../../src/lib/render/urls';
import { mainLinks } from '../support/html';
import { REPOSITORY, ROOT, SITE_ORIGIN, sitesUnderTest } from '../support/paths';
import { onePerTemplate, openSite, type OpenSite } from '../support/site';

type Refs = Ref[];

describe.each(sitesUnderTest())('the %s site', (name) => {
  let site: OpenSite;
  beforeAll(async () => {
    site = await openSite(name);
  });
  const links = (url: string) => mainLinks(site.page(url));
  const ofKind = (collection: string) => site.entries.filter((e) => e.collection === collection);

  describe('every content entry has its page', () => {
    it('one page per MDX file, headed by its name from the front matter', () => {
      const onDisk = readdirSync(path.join(ROOT, site.contentDir), { recursive: true }).filter((f) =>
        String(f).endsWith('.mdx'),
      );
      expect(site.pageEntries.length).toBe(onDisk.length);
      expect(site.pageEntries.length).toBeGreaterThan(10);
      for (const entry of site.pageEntries) {
        const page = site.page(site.entryUrl(entry));
        const h1 = page.$('main h1').text().trim();
        const name = String(entry.data.title ?? entry.data.acronym ?? entry.data.name ?? entry.data.number);
        expect(h1, `${entry.file} has an h1`).not.toBe('');
        expect(page.$('main header').text(), `${entry.file}'s page shows its name`).toContain(name);
      }
    });

    it('one anchor per entry of a data collection, on its collection page', () => {
      for (const collection of COLLECTION_NAMES.filter((c) => REGISTRY[c].type === 'data')) {
        const page = site.page(site.url(collectionPath(collection)));
        const entries = ofKind(collection);
        expect(entries.length, collection).toBeGreaterThan(0);
        for (const entry of entries) expect(page.$(`[id="${entry.id}"]`).length, `${collection} ${entry.id}`).toBe(1);
      }
    });

    it('numbers the references in order', () => {
      const refs = ofKind('references').sort((a, b) => (a.data.number as number) - (b.data.number as number));
      const page = site.page(site.url('/references/'));
      const shown = page
        .$('#reference-list > li')
        .map((_, li) => page.$(li).find('span').first().text())
        .get();
      expect(shown).toEqual(refs.map((r) => `[${r.data.number}]`));
    });

    it('has a page for every collection, a home page and a 404 page', () => {
      for (const url of ['/', '/search/', ...COLLECTION_NAMES.map(collectionPath)]) {
        expect(site.pages.has(site.url(url)), url).toBe(true);
      }
      expect(existsSync(path.join(site.dir, '404.html'))).toBe(true);
    });

    it('lists every entry with a page on its collection page', () => {
      for (const entry of site.pageEntries.filter((e) => e.collection !== 'reports')) {
        expect(links(site.url(collectionPath(entry.collection))), entry.file).toContain(site.entryUrl(entry));
      }
    });

    it('lists in "On this page" every titled section of a long entry page, in the order they stand', () => {
      let listed = 0;
      for (const entry of site.pageEntries) {
        const page = site.page(site.entryUrl(entry));
        // The sections are the second-level headings of the page's column, whatever component drew them.
        const sections = page
          .$('main h2[id]')
          .filter((_, h2) => page.$(h2).closest('aside, nav').length === 0)
          .map((_, h2) => ({ id: page.$(h2).attr('id'), title: page.$(h2).text().replace(/\s+/g, ' ').trim() }))
          .get();
        const toc = page
          .$('nav[aria-labelledby="toc-title"] a')
          .map((_, a) => ({
            id: page.$(a).attr('href')?.slice(1),
            title: page.$(a).text().replace(/\s+/g, ' ').trim(),
          }))
          .get();
        if (sections.length >= 4) {
          expect(toc, `${entry.file}: "On this page"`).toEqual(sections);
          listed++;
        } else expect(toc, `${entry.file} is short: no "On this page"`).toEqual([]);
      }
      expect(listed, 'long pages').toBeGreaterThan(0);
    });

    it('shows a month-only date as the month, never as its first day', () => {
      const monthOnly = ofKind('meetings').filter((e) => /^\d{4}-\d{2}$/.test(String(e.data.start)));
      expect(monthOnly.length).toBeGreaterThan(0);
      for (const entry of monthOnly) {
        const time = site.page(site.entryUrl(entry)).$('main header time').first();
        expect(time.attr('datetime')).toBe(entry.data.start);
        expect(time.text()).toMatch(/^[A-Z][a-z]+ \d{4}$/);
      }
    });
  });

  describe('cross-links hold both ways', () => {
    it('a meeting and its bodies and partners; each body shows the contributions made to it, and only those', () => {
      for (const meeting of ofKind('meetings')) {
        const url = site.entryUrl(meeting);
        const bodies = meeting.data.bodies as Refs;
        const contributions = meeting.data.contributions as { text: string; partner: Ref; body?: Ref }[];
        const partners = [...(meeting.data.partnersPresent as Refs), ...contributions.map((c) => c.partner)];
        for (const ref of [...bodies, ...partners]) {
          expect(links(url), `${meeting.id} → ${ref.id}`).toContain(site.entryUrl(ref));
          expect(links(site.entryUrl(ref)), `${ref.id} → ${meeting.id}`).toContain(url);
        }
        for (const body of bodies) {
          const text = site.page(site.entryUrl(body)).$('#meetings').parent().text();
          const forBody = (c: (typeof contributions)[number]) => (c.body?.id ?? bodies[0]!.id) === body.id;
          const own = contributions.filter(forBody).map((c) => c.text);
          for (const c of own) expect(text, `${body.id}: ${c}`).toContain(c);
          // The same words may have been said to both bodies of a joint meeting.
          for (const c of contributions.filter((c) => !forBody(c) && !own.includes(c.text)))
            expect(text, `${body.id} must not show: ${c.text}`).not.toContain(c.text);
        }
      }
    });

    it('parents and children, standards and maintainers, references and the pages citing them', () => {
      for (const body of ofKind('bodies').filter((e) => e.data.parent)) {
        const parent = body.data.parent as Ref;
        expect(links(site.entryUrl(parent)), `${parent.id} lists ${body.id}`).toContain(site.entryUrl(body));
        expect(links(site.entryUrl(body))).toContain(site.entryUrl(parent));
      }
      for (const standard of ofKind('standards').filter((e) => e.data.maintainer)) {
        const maintainer = standard.data.maintainer as Ref;
        expect(links(site.entryUrl(maintainer))).toContain(site.entryUrl(standard));
        expect(links(site.entryUrl(standard))).toContain(site.entryUrl(maintainer));
      }
      const references = links(site.url('/references/'));
      for (const entry of site.pageEntries.filter((e) => Array.isArray(e.data.citations))) {
        for (const citation of entry.data.citations as Refs) {
          expect(links(site.entryUrl(entry))).toContain(site.entryUrl(citation));
          expect(references).toContain(site.entryUrl(entry));
        }
      }
    });
  });

  describe('edit links and freshness', () => {
    it('every content page links to its source file for editing', () => {
      for (const entry of site.pageEntries) {
        const page = site.page(site.entryUrl(entry));
        const edit = page.$('a').filter((_, a) => page.$(a).text().trim() === 'Edit this page');
        expect(edit.attr('href'), entry.file).toBe(`${REPOSITORY}/edit/main/${entry.file}`);
      }
    });

    it('shows the date of each page’s last edit as git has it; in a shallow clone, no date it cannot know', () => {
      const git = (...args: string[]) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();
      const shallowFile = path.resolve(ROOT, git('rev-parse', '--git-path', 'shallow'));
      const shallow = existsSync(shallowFile);
      // The commits at the edge of a shallow clone: what they appear to change may be older.
      const edge = new Set(shallow ? readFileSync(shallowFile, 'utf8').split('\n').filter(Boolean) : []);
      let dated = 0;
      for (const entry of site.pageEntries) {
        const [hash = '', day = ''] = git('log', '-1', '--format=%H %cs', '--', entry.file).split(' ');
        const shown = site
          .page(site.entryUrl(entry))
          .$('p:contains("This page was last edited on") time')
          .attr('datetime');
        // A file whose last commit in a shallow clone is at the clone's edge has no date to show.
        const expected = !day || edge.has(hash) ? undefined : day;
        if (expected) dated++;
        expect(shown, entry.file).toBe(expected);
      }
      if (!shallow) expect(dated).toBeGreaterThan(0);
    });

    it("shows each page's history: a step for the commits that changed it, each dated and linked, newest first", () => {
      const git = (...args: string[]) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();
      const shallowFile = path.resolve(ROOT, git('rev-parse', '--git-path', 'shallow'));
      const edge = new Set(
        existsSync(shallowFile) ? readFileSync(shallowFile, 'utf8').split('\n').filter(Boolean) : [],
      );
      let withHistory = 0;
      for (const entry of site.pageEntries) {
        // The commits of the entry's file, as git lists them, with their days; those at a shallow edge say nothing.
        const commits = new Map(
          git('log', '--format=%H %cs', '--', entry.file)
            .split('\n')
            .filter(Boolean)
            .map((line) => line.split(' ') as [string, string])
            .filter(([hash]) => !edge.has(hash)),
        );
        const $ = site.page(site.entryUrl(entry)).$;
        const steps = $('#page-history').closest('section').find('[data-history-step]');
        if (!commits.size) {
          expect(steps.length, entry.file).toBe(0);
          continue;
        }
        withHistory++;
        expect(steps.length, entry.file).toBeGreaterThan(0);
        expect(steps.length, entry.file).toBeLessThanOrEqual(commits.size);
        const shown = steps
          .map((_, step) => {
            const link = $(step).find('a[href*="/commit/"]').attr('href') ?? '';
            return { hash: link.slice(link.lastIndexOf('/') + 1), day: $(step).find('time').attr('datetime') };
          })
          .get();
        // Each step is one of the file's commits, on its day, newest first; the newest is the file's last commit.
        for (const { hash, day } of shown) expect(commits.get(hash), `${entry.file} ${hash}`).toBe(day);
        expect(shown.map((s) => s.day)).toEqual(
          shown
            .map((s) => s.day)
            .sort()
            .reverse(),
        );
        expect(shown[0]?.hash, entry.file).toBe([...commits.keys()][0]);
        // Out of the search index and out of print; listed in "On this page" when there is one.
        const section = $('#page-history').closest('section');
        expect(section.attr('data-pagefind-ignore')).toBe('all');
        expect(section.attr('data-print-hide')).toBeDefined();
      }
      if (!existsSync(shallowFile)) expect(withHistory).toBeGreaterThan(site.pageEntries.length / 2);
    });

    it("says on the changes page and in the site feed what the last change did, as the page's history does", () => {
      const changes = site.page(site.url('/changes/')).$;
      const feed = cheerio.load(readFileSync(path.join(site.dir, 'feed.xml'), 'utf8'), { xml: true });
      const described = new Map(
        feed('item')
          .map((_, item) => [[feed(item).find('link').text(), feed(item).find('description').text()]])
          .get() as [string, string][],
      );
      let said = 0;
      for (const entry of site.pageEntries) {
        const summary = changes(`main section a[href="${site.entryUrl(entry)}"]`)
          .closest('li')
          .find('p')
          .text()
          .trim();
        if (!summary) continue;
        said++;
        // The newest step of the page's history: its verb and its first field's line, or its text, start the summary.
        const $ = site.page(site.entryUrl(entry)).$;
        const step = $('[data-history-step]').first();
        const verb = step.find('strong').first().text().trim();
        const lines = step
          .find('ul > li')
          .map((_, li) => $(li).text().replace(/\s+/g, ' ').trim())
          .get();
        const fields = lines.filter((line) => !/^(Text: |and \d+ more changes? to the text)/.test(line));
        const start = fields.length ? `${verb}: ${fields[0]}` : `${verb}: the page text (`;
        expect(summary.startsWith(start), `${entry.file}: ${summary}`).toBe(true);
        // An update in the feed (meetings are items of their own) starts with the same sentence.
        const update = described.get(`${SITE_ORIGIN}${site.entryUrl(entry)}`);
        if (update !== undefined && entry.collection !== 'meetings')
          expect(update.startsWith(summary), `${entry.file}: ${update}`).toBe(true);
      }
      if (!existsSync(path.resolve(ROOT, '.git/shallow'))) expect(said).toBeGreaterThan(0);
    });

    it('lists on the changes page every entry git dates, under the day of its last change', () => {
      const git = (...args: string[]) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();
      const shallowFile = path.resolve(ROOT, git('rev-parse', '--git-path', 'shallow'));
      const edge = new Set(
        existsSync(shallowFile) ? readFileSync(shallowFile, 'utf8').split('\n').filter(Boolean) : [],
      );
      const $ = site.page(site.url('/changes/')).$;
      let dated = 0;
      for (const entry of site.pageEntries) {
        const [hash = '', day = ''] = git('log', '-1', '--format=%H %cs', '--', entry.file).split(' ');
        const link = $(`main section a[href="${site.entryUrl(entry)}"]`);
        if (!day || edge.has(hash)) {
          expect(link.length, entry.file).toBe(0);
          continue;
        }
        dated++;
        expect(link.closest('section').find('h2 time').attr('datetime'), entry.file).toBe(day);
      }
      // Without any history, the page says so instead of listing nothing silently.
      if (dated === 0) expect($('main').text()).toContain('history of the content is not available');
    });
  });

  describe('the rest of every page', () => {
    it('carries the acknowledgement and emblem of the site configuration, and one search field', () => {
      const { acknowledgement, emblem } = site.config.funding;
      for (const page of site.pages.values()) {
        expect(page.$('footer').text(), page.url).toContain(acknowledgement);
        if (emblem) expect(page.$(`footer img[src$="${emblem.src}"]`).attr('alt'), page.url).toBe(emblem.alt);
        else expect(page.$('footer img').length, page.url).toBe(0);
        // In the header, except on the search page, whose own field is the only one.
        const header = page.url === site.url('/search/') ? 0 : 1;
        expect(page.$('header form[role="search"] input[name="q"]').length, page.url).toBe(header);
        expect(page.$('form[role="search"] input[name="q"]').length, page.url).toBe(1);
      }
    });

    it('has no stray space before punctuation (template whitespace reaching the page)', () => {
      const stray: string[] = [];
      for (const page of site.pages.values()) {
        const $ = cheerio.load(readFileSync(page.file, 'utf8'));
        $('script, style, .sr-only').remove();
        const text = $('body').text().replace(/\s+/g, ' ');
        for (const m of text.matchAll(/\S {1,}[,.;:)”](?= |$)/g))
          stray.push(`${page.url}: …${text.slice(Math.max(0, m.index - 30), m.index + 10)}…`);
      }
      expect(stray).toEqual([]);
    });

    it('publishes no e-mail address', () => {
      const email = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/;
      for (const page of site.pages.values()) expect(readFileSync(page.file, 'utf8'), page.url).not.toMatch(email);
    });

    it('indexes every entry page, and every other page marked for search, for search', () => {
      const entry = JSON.parse(readFileSync(path.join(site.dir, 'pagefind', 'pagefind-entry.json'), 'utf8'));
      const count = Object.values(entry.languages as Record<string, { page_count: number }>).reduce(
        (n, l) => n + l.page_count,
        0,
      );
      const marked = [...site.pages.values()].filter((page) =>
        readFileSync(page.file, 'utf8').includes('data-pagefind-body'),
      );
      expect(count).toBeGreaterThanOrEqual(site.pageEntries.length);
      // Pagefind reads only the files that can hold a searchable page: none marked may be outside them.
      expect(count).toBe(marked.length);
    });

    it('ships no JavaScript on entry pages and the home page beyond the small header script', () => {
      for (const url of [...onePerTemplate(site).map((e) => site.entryUrl(e)), site.url('/')]) {
        const $ = site.page(url).$;
        const code = $('script')
          .map((_, el) => {
            const src = $(el).attr('src');
            if ($(el).attr('type') === 'application/ld+json') return '';
            return src ? readFileSync(path.join(site.dir, src.slice(site.base.length)), 'utf8') : $(el).text();
          })
          .get()
          .join('');
        expect(gzipSync(code).length, url).toBeLessThan(2048);
        expect(code, url).toContain('keydown');
      }
    });
  });
});
