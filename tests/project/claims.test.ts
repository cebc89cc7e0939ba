/**
 * Every claim the site makes about a body or a standard rests on the report
 * or says where it comes from: walking the entries, each value of a field the
 * collection lists as a claim (a body's kind, a standard's kind and
 * maintainer) either quotes words that stand in the report as delivered
 * (tests/fixtures/d6-4-v1.txt, not the site's own transcription), or is
 * marked "not from the report", with its source, where the entry's page
 * shows it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { COLLECTION_NAMES, collectionSpec } from '../../src/lib/build-time/site-collections';
import { isQuotedIn } from '../../src/lib/pure/quotes';
import { NOT_FROM_THE_REPORT } from '../../src/lib/pure/elsewhere';
import { openSite, type OpenSite } from '../support/site';
import { ROOT } from '../support/paths';

const delivered = readFileSync(path.join(ROOT, 'tests/fixtures/d6-4-v1.txt'), 'utf8')
  .split(/\n\s*\n/)
  // A paragraph split by a page break is one paragraph; an export's <address> is the address.
  .map((block) => block.replace(/<((?:https?:\/\/)[^>\s]+)>/g, '$1').replace(/\s+/g, ' '));
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

let site: OpenSite;
beforeAll(async () => {
  site = await openSite('root');
});

type Item = { field: string; quote?: string; source?: string };

/** The fact of an entry page that shows each claim field. */
const FACT: Record<string, string> = {
  kind: 'Kind',
  maintainer: 'Maintained by',
  bodies: 'Related bodies',
  partners: 'Partners',
};

describe('claims', () => {
  it('rest on words that stand in the report as delivered, or are marked where the page shows them', () => {
    let grounded = 0;
    let marked = 0;
    const unfounded: string[] = [];
    for (const collection of COLLECTION_NAMES) {
      const fields = collectionSpec(collection).claims ?? [];
      for (const entry of site.entries.filter((e) => e.collection === collection)) {
        const data = entry.data as Record<string, unknown> & { basis?: Item[]; fromElsewhere?: Item[] };
        for (const field of fields) {
          const value = data[field];
          if (value === undefined || (Array.isArray(value) && value.length === 0)) continue;
          const basis = (data.basis ?? []).filter((b) => b.field === field);
          const elsewhere = (data.fromElsewhere ?? []).find((f) => f.field === field);
          if (basis.length && basis.every((b) => isQuotedIn(b.quote ?? '', delivered))) grounded++;
          else if (elsewhere) {
            // The fact of that field on the page says where it comes from.
            const page = site.page(site.entryUrl(entry));
            const term = FACT[field] ?? field;
            const shown = squash(
              page
                .$('main aside dt')
                .filter((_, dt) => squash(page.$(dt).text()) === term)
                .next('dd')
                .text(),
            );
            expect(shown, `${entry.file}: ${field}`).toContain(
              `${NOT_FROM_THE_REPORT}: ${squash(elsewhere.source ?? '')}`,
            );
            // A kind is also shown under the title: marked there too.
            if (field === 'kind')
              expect(squash(page.$('main header').text()), `${entry.file}: kind in the header`).toContain(
                `(${NOT_FROM_THE_REPORT}`,
              );
            marked++;
          } else unfounded.push(`${entry.file}: ${field}`);
        }
      }
    }
    expect(unfounded).toEqual([]);
    // Both kinds of basis are exercised by the content.
    expect(grounded).toBeGreaterThan(20);
    expect(marked).toBeGreaterThan(20);
  });

  it('that a meeting was held with a body rest on the report section that lists it under that body', () => {
    const reports = site.entries.filter((e) => e.collection === 'reports');
    let checked = 0;
    for (const meeting of site.entries.filter((e) => e.collection === 'meetings')) {
      const data = meeting.data as {
        bodies: { id: string }[];
        sources: { report: { id: string }; section?: string }[];
        fromElsewhere?: Item[];
      };
      if ((data.fromElsewhere ?? []).some((f) => f.field === 'bodies')) continue;
      for (const body of data.bodies) {
        const listed = data.sources.some((s) =>
          reports.some(
            (r) =>
              r.id === s.report.id &&
              (r.data.sections as { number: string; bodies: { id: string }[] }[]).some(
                (section) => section.number === s.section && section.bodies.some((b) => b.id === body.id),
              ),
          ),
        );
        expect(listed, `${meeting.file}: ${body.id}`).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(5);
  });

  it('of a collection that is the site’s own grouping (topics) are marked wherever an entry lists them', () => {
    const own = COLLECTION_NAMES.filter((c) => collectionSpec(c).origin);
    expect(own.length).toBeGreaterThan(0);
    let pages = 0;
    for (const entry of site.pageEntries) {
      const page = site.page(site.entryUrl(entry));
      for (const collection of own) {
        const listed = page.$(`main aside dd a[href*="/${collectionSpec(collection).path}/"]`);
        if (listed.length === 0) continue;
        const dd = listed.first().closest('dd');
        expect(squash(dd.text()), entry.file).toContain(`${NOT_FROM_THE_REPORT}: ${collectionSpec(collection).origin}`);
        pages++;
      }
    }
    expect(pages).toBeGreaterThan(20);
  });
});
