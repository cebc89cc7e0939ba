/**
 * Narrowing the meetings: each page /meetings/by/<facet>/<value>/ lists
 * exactly the meetings of that year, kind, organisation, body or partner, as
 * the content has them, the meetings page links each with its count, and
 * /meetings/by/<facet>/ links every value of its facet.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { sitesUnderTest } from '../support/paths';
import { openSite, type OpenSite } from '../support/site';
import type { BodyData } from '../../src/collections/bodies/schema';
import type { MeetingData } from '../../src/collections/meetings/schema';

describe.each(sitesUnderTest())('meetings narrowed on the %s site', (name) => {
  let site: OpenSite;
  beforeAll(async () => {
    site = await openSite(name);
  });

  /** What the content says each meeting belongs to, facet by facet. */
  const facetsOf = (id: string) => {
    const meeting = site.entries.find((e) => e.collection === 'meetings' && e.id === id);
    const data = meeting?.data as unknown as MeetingData;
    const bodies = site.entries.filter((e) => e.collection === 'bodies');
    const top = (body: string): string => {
      const parent = (bodies.find((b) => b.id === body)?.data as unknown as BodyData | undefined)?.parent?.id;
      return parent ? top(parent) : body;
    };
    return {
      year: [data.start.slice(0, 4)],
      kind: [data.kind],
      body: data.bodies.map((b) => b.id),
      organisation: data.bodies.map((b) => top(b.id)),
      partner: [...data.partnersPresent.map((p) => p.id), ...data.contributions.map((c) => c.partner.id)],
    };
  };

  it('lists on each page the meetings of its year, kind, organisation, body or partner, and no other', () => {
    const meetings = site.entries.filter((e) => e.collection === 'meetings');
    const all = [...site.pages.keys()].filter((url) => url.startsWith(site.url('/meetings/by/')));
    const part = (url: string) => url.slice(site.url('/meetings/by/').length).split('/');
    // /meetings/by/<facet>/ lists every value of the facet with its count.
    const indexes = all.filter((url) => part(url)[1] === '');
    expect(indexes.length).toBeGreaterThan(3);
    for (const url of indexes) {
      const values = all.filter((other) => other !== url && other.startsWith(url) && !other.includes('/page/'));
      const links = site
        .page(url)
        .$('main [data-facet-values] a')
        .map((_, a) => site.page(url).$(a).attr('href'))
        .get();
      expect(links.sort(), url).toEqual(values.sort());
    }
    const pages = all.filter((url) => part(url)[1] !== '' && !url.includes('/page/'));
    expect(pages.length).toBeGreaterThan(3);
    for (const url of pages) {
      const [facet = '', value = ''] = part(url);
      const expected = meetings
        .filter((m) => (facetsOf(m.id) as Record<string, string[]>)[facet]?.includes(value))
        .map((m) => site.entryUrl(m))
        .sort();
      const $ = site.page(url).$;
      const listed = [
        ...new Set(
          $('main article h3 a')
            .map((_, a) => $(a).attr('href'))
            .get(),
        ),
      ].sort();
      expect(listed, url).toEqual(expected);
      // The meetings page offers it with its count, unless the facet has only this value.
      const link = site.page(site.url('/meetings/')).$(`nav a[href="${url}"]`);
      if (link.length) expect(link.parent().text().replace(/\s+/g, ''), url).toContain(`(${expected.length})`);
    }
  });

  it('draws every meeting on the timeline, and lists every meeting and report delivery in its table', () => {
    const $ = site.page(site.url('/timeline/')).$;
    const meetings = site.entries.filter((e) => e.collection === 'meetings');
    const reports = site.entries.filter((e) => e.collection === 'reports');
    const rows = $('main table tbody tr');
    expect(rows.length).toBe(meetings.length + reports.length);
    for (const m of meetings) expect($(`main table a[href="${site.entryUrl(m)}"]`).length, m.id).toBe(1);
    for (const r of reports) expect($(`main table a[href="${site.entryUrl(r)}"]`).length, r.id).toBe(1);
    // One bar per meeting and row: a meeting with two bodies is drawn in both rows.
    const bars = $('main svg rect title')
      .map((_, t) => $(t).text())
      .get();
    for (const m of meetings) {
      const data = m.data as unknown as MeetingData;
      expect(
        bars.filter(
          (b) =>
            b ===
            $(`main table a[href="${site.entryUrl(m)}"]`)
              .text()
              .trim(),
        ).length,
        m.id,
      ).toBe(Math.max(data.bodies.length, 1));
    }
    expect($('main svg').attr('role')).toBe('img');
  });
});
