/**
 * The built site, read from its output: every content entry has its page, and
 * the cross-links the data states hold both ways in the HTML.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { CheckedEntry } from '../../src/lib/content-check';
import { hasPages, type CollectionName } from '../../src/registry';
import { entryPath } from '../../src/lib/urls';
import { realContent } from '../support/content';
import { mainLinks, readSite, type BuiltPage } from '../support/html';
import { REPOSITORY, ROOT, SITES } from '../support/paths';
import { execFileSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import * as cheerio from 'cheerio';

let entries: CheckedEntry[];
let pages: Map<string, BuiltPage>;
const site = SITES.root;

beforeAll(async () => {
  entries = await realContent();
  pages = await readSite(site.dir, site.base);
});

const pageOf = (url: string) => {
  const page = pages.get(url);
  if (!page) throw new Error(`no page at ${url}`);
  return page;
};
const entryUrl = (collection: CollectionName, id: string) => entryPath({ collection, id });

describe('every content entry has its page', () => {
  it('one page per MDX file, titled from its front matter', () => {
    const mdx = entries.filter((e) => hasPages(e.collection));
    const onDisk = readdirSync(path.join(ROOT, 'content'), { recursive: true }).filter((f) =>
      String(f).endsWith('.mdx'),
    );
    expect(mdx.length).toBe(onDisk.length);
    expect(mdx.length).toBeGreaterThan(50);
    for (const entry of mdx) {
      const page = pageOf(entryUrl(entry.collection, entry.id));
      const h1 = page.$('main h1').text().trim();
      expect(h1, `${entry.file} has an h1`).not.toBe('');
      const title = String(entry.data.title ?? entry.data.acronym ?? entry.data.name);
      expect(page.$('main').text(), `${entry.file}'s page shows its title`).toContain(title);
    }
  });

  it('one anchor per glossary entry, reference and result, on their pages', () => {
    const anchored = { glossary: '/glossary/', references: '/references/', results: '/results/' } as const;
    for (const [collection, url] of Object.entries(anchored)) {
      const page = pageOf(url);
      const ids = entries.filter((e) => e.collection === collection);
      expect(ids.length).toBeGreaterThan(0);
      for (const entry of ids) expect(page.$(`[id="${entry.id}"]`).length, `${collection} ${entry.id}`).toBe(1);
    }
  });

  it('numbers the references as the report does', () => {
    const refs = entries
      .filter((e) => e.collection === 'references')
      .sort((a, b) => (a.data.number as number) - (b.data.number as number));
    const page = pageOf('/references/');
    const shown = page
      .$('#reference-list > li')
      .map((_, li) => page.$(li).find('span').first().text())
      .get();
    expect(shown).toEqual(refs.map((r) => `[${r.data.number}]`));
  });

  it('has index pages for every collection, a home page and a 404 page', () => {
    for (const url of [
      '/',
      '/bodies/',
      '/meetings/',
      '/partners/',
      '/topics/',
      '/standards/',
      '/reports/',
      '/glossary/',
      '/references/',
      '/search/',
      '/results/',
    ]) {
      expect(pages.has(url), url).toBe(true);
    }
    expect(existsSync(path.join(site.dir, '404.html'))).toBe(true);
  });

  it('lists every body on /bodies/ and every meeting on /meetings/', () => {
    for (const collection of ['bodies', 'meetings'] as const) {
      const links = new Set(mainLinks(pageOf(`/${collection}/`)));
      for (const entry of entries.filter((e) => e.collection === collection)) {
        expect(links.has(entryUrl(collection, entry.id)), `${entry.id} on /${collection}/`).toBe(true);
      }
    }
  });

  it('shows a month-only date as the month, never as its first day', () => {
    const monthOnly = entries.filter((e) => e.collection === 'meetings' && /^\d{4}-\d{2}$/.test(String(e.data.start)));
    expect(monthOnly.length).toBeGreaterThan(0);
    for (const entry of monthOnly) {
      const page = pageOf(entryUrl('meetings', entry.id));
      const time = page.$('main header time').first();
      expect(time.attr('datetime')).toBe(entry.data.start);
      expect(time.text()).toMatch(/^[A-Z][a-z]+ \d{4}$/);
    }
  });
});

describe('cross-links hold both ways', () => {
  it('the Ispra meeting and both of its bodies', () => {
    const ispra = entries.find((e) => e.id === '2016-09-13-jrc-ispra')!;
    const bodies = (ispra.data.bodies as { id: string }[]).map((b) => b.id);
    expect(bodies.length).toBe(2);
    const meetingUrl = entryUrl('meetings', ispra.id);
    const meetingLinks = mainLinks(pageOf(meetingUrl));
    for (const body of bodies) {
      expect(meetingLinks).toContain(entryUrl('bodies', body));
      const bodyPage = pageOf(entryUrl('bodies', body));
      expect(mainLinks(bodyPage)).toContain(meetingUrl);
      // Each body's page shows the contributions made to it at Ispra, and not those made to the other body.
      const mine = (ispra.data.contributions as { text: string; body?: { id: string } }[]).filter(
        (c) => c.body?.id === body,
      );
      const theirs = (ispra.data.contributions as { text: string; body?: { id: string } }[]).filter(
        (c) => c.body?.id !== body,
      );
      const text = bodyPage.$('#meetings').parent().text();
      for (const c of mine) expect(text).toContain(c.text);
      for (const c of theirs.filter((t) => !mine.some((m) => m.text === t.text))) expect(text).not.toContain(c.text);
    }
  });

  it('every meeting with its bodies and partners, from the data', () => {
    for (const meeting of entries.filter((e) => e.collection === 'meetings')) {
      const url = entryUrl('meetings', meeting.id);
      const links = mainLinks(pageOf(url));
      const partners = new Set([
        ...(meeting.data.partnersPresent as { id: string }[]).map((p) => p.id),
        ...(meeting.data.contributions as { partner: { id: string } }[]).map((c) => c.partner.id),
      ]);
      for (const body of meeting.data.bodies as { id: string }[]) {
        expect(links, `${meeting.id} → ${body.id}`).toContain(entryUrl('bodies', body.id));
        expect(mainLinks(pageOf(entryUrl('bodies', body.id))), `${body.id} → ${meeting.id}`).toContain(url);
      }
      for (const partner of partners) {
        expect(links, `${meeting.id} → ${partner}`).toContain(entryUrl('partners', partner));
        expect(mainLinks(pageOf(entryUrl('partners', partner))), `${partner} → ${meeting.id}`).toContain(url);
      }
    }
  });

  it('a partner and its meetings: P3C and the two TC CYBER meetings', () => {
    const links = mainLinks(pageOf('/partners/p3c/'));
    expect(links).toContain('/meetings/2016-06-etsi-tc-cyber-7/');
    expect(links).toContain('/meetings/2016-09-etsi-tc-cyber-8/');
    expect(links).toContain('/bodies/etsi-tc-cyber/');
  });

  it('parents and children, standards and maintainers, references and citing pages', () => {
    for (const body of entries.filter((e) => e.collection === 'bodies' && e.data.parent)) {
      const parent = (body.data.parent as { id: string }).id;
      expect(mainLinks(pageOf(entryUrl('bodies', parent))), `${parent} lists ${body.id}`).toContain(
        entryUrl('bodies', body.id),
      );
      expect(mainLinks(pageOf(entryUrl('bodies', body.id)))).toContain(entryUrl('bodies', parent));
    }
    for (const standard of entries.filter((e) => e.collection === 'standards' && e.data.maintainer)) {
      const maintainer = (standard.data.maintainer as { id: string }).id;
      expect(mainLinks(pageOf(entryUrl('bodies', maintainer)))).toContain(entryUrl('standards', standard.id));
      expect(mainLinks(pageOf(entryUrl('standards', standard.id)))).toContain(entryUrl('bodies', maintainer));
    }
    const references = mainLinks(pageOf('/references/'));
    for (const body of entries.filter((e) => e.collection === 'bodies')) {
      for (const citation of body.data.citations as { id: string }[]) {
        expect(mainLinks(pageOf(entryUrl('bodies', body.id)))).toContain(`/references/#${citation.id}`);
        expect(references).toContain(entryUrl('bodies', body.id));
      }
    }
  });
});

describe('edit links and freshness', () => {
  it('every content page links to its source file for editing', () => {
    for (const entry of entries.filter((e) => hasPages(e.collection))) {
      const page = pageOf(entryUrl(entry.collection, entry.id));
      const edit = page.$('a').filter((_, a) => page.$(a).text().trim() === 'Edit this page');
      expect(edit.attr('href'), entry.file).toBe(`${REPOSITORY}/edit/main/${entry.file}`);
    }
  });

  it('shows when each committed file last changed, unless the clone is shallow', () => {
    const git = (...args: string[]) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();
    if (git('rev-parse', '--is-shallow-repository') === 'true') return;
    let dated = 0;
    for (const entry of entries.filter((e) => hasPages(e.collection))) {
      const day = git('log', '-1', '--format=%cs', '--', entry.file);
      const shown = pageOf(entryUrl(entry.collection, entry.id))
        .$('p:contains("Page last edited") time')
        .attr('datetime');
      if (day) dated++;
      expect(shown, entry.file).toBe(day || undefined);
    }
    expect(dated).toBeGreaterThan(0);
  });
});

describe('the rest of every page', () => {
  it('carries the EU funding acknowledgement, emblem and a search box', () => {
    for (const page of pages.values()) {
      const footer = page.$('footer').text();
      expect(footer, page.url).toContain(
        "This project has received funding from the European Union's Horizon 2020 research and innovation programme under grant agreement No 700416",
      );
      expect(page.$('footer img[src$="eu-emblem.svg"]').attr('alt'), page.url).toMatch(/European Union/);
      expect(page.$('header form[role="search"] input[name="q"]').length, page.url).toBe(1);
    }
  });

  it('has no stray space before punctuation (template whitespace reaching the page)', () => {
    const stray: string[] = [];
    for (const page of pages.values()) {
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
    for (const page of pages.values()) expect(readFileSync(page.file, 'utf8'), page.url).not.toMatch(email);
  });

  it('indexes every content page for search', () => {
    const entry = JSON.parse(readFileSync(path.join(site.dir, 'pagefind', 'pagefind-entry.json'), 'utf8'));
    const count = Object.values(entry.languages as Record<string, { page_count: number }>).reduce(
      (n, l) => n + l.page_count,
      0,
    );
    const mdx = entries.filter((e) => hasPages(e.collection)).length;
    expect(count).toBeGreaterThanOrEqual(mdx);
    expect(readdirSync(path.join(site.dir, 'pagefind')).some((f) => f.startsWith('pagefind-ui'))).toBe(true);
  });

  it('ships no JavaScript on content pages beyond the small search shortcut', () => {
    for (const url of ['/bodies/etsi-tc-cyber/', '/meetings/2016-09-13-jrc-ispra/', '/partners/p3c/', '/']) {
      const $ = pageOf(url).$;
      const code = $('script')
        .map((_, el) => {
          const src = $(el).attr('src');
          return src ? readFileSync(path.join(site.dir, src.replace(site.base, '')), 'utf8') : $(el).text();
        })
        .get()
        .join('');
      expect(gzipSync(code).length, url).toBeLessThan(1024);
      expect(code, url).toContain('keydown');
    }
  });
});
