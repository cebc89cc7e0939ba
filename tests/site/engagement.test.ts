/**
 * The engagement at a glance (/engagement/): each cell of bodies × partners
 * counts the contributions the meetings record, and each "yes" of bodies ×
 * results is a relevance note of the body; nothing is shown that the content
 * does not hold.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { sitesUnderTest } from '../support/paths';
import { openSite, type OpenSite } from '../support/site';
import type { BodyData } from '../../src/collections/bodies/schema';
import type { MeetingData } from '../../src/collections/meetings/schema';

describe.each(sitesUnderTest())('the engagement page of the %s site', (name) => {
  let site: OpenSite;
  beforeAll(async () => {
    site = await openSite(name);
  });
  const of = (collection: string) => site.entries.filter((e) => e.collection === collection);

  /** The cells of a table, by row (a body's page) and column heading. */
  const table = (caption: string) => {
    const $ = site.page(site.url('/engagement/')).$;
    const frame = $(`section.table-frame[aria-label="${caption}"]`);
    const headings = frame
      .find('thead th')
      .map((_, th) => $(th).text().trim())
      .get();
    const rows = new Map<string, Map<string, string>>();
    frame.find('tbody tr').each((_, tr) => {
      const body = $(tr).find('th a').attr('href') ?? '';
      const cells = new Map<string, string>();
      $(tr)
        .children()
        .each((i, cell) => {
          cells.set(headings[i] ?? '', $(cell).text().trim());
        });
      rows.set(body, cells);
    });
    return rows;
  };

  it('counts, for each body and partner, the contributions the meetings record', () => {
    const rows = table('Contributions of each partner to each body');
    expect(rows.size).toBe(of('bodies').length);
    for (const body of of('bodies')) {
      const cells = rows.get(site.entryUrl(body));
      expect(cells, body.id).toBeDefined();
      for (const partner of of('partners')) {
        const label = String((partner.data as { name: string }).name);
        const made = of('meetings').flatMap((m) => {
          const data = m.data as unknown as MeetingData;
          return data.contributions.filter(
            (c) => c.partner.id === partner.id && (c.body?.id ?? data.bodies[0]?.id) === body.id,
          );
        }).length;
        const named = (body.data as unknown as BodyData).partners.some((p) => p.id === partner.id);
        const expected = made > 0 ? String(made) : named ? 'named' : '';
        expect(cells?.get(label), `${body.id} × ${partner.id}`).toBe(expected);
      }
    }
  });

  it("marks a body and a result only where the body's relevance names the result", () => {
    const rows = table('Project results each body matters to');
    for (const body of of('bodies')) {
      const relevance = (body.data as unknown as BodyData).relevance.map((r) => r.result.id);
      for (const result of of('results')) {
        const data = result.data as { name: string; short?: string };
        const cell = rows.get(site.entryUrl(body))?.get(data.short ?? data.name);
        expect(cell, `${body.id} × ${result.id}`).toBe(relevance.includes(result.id) ? 'yes' : '');
      }
    }
  });
});
