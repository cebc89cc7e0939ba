/**
 * The site says no more than the report: every status and relevance note
 * quotes the report's own words, found in its transcribed text; the status
 * scale is published and every badge leads to its definition; facts from
 * elsewhere are marked wherever they are shown.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { reportTexts } from '../../src/lib/build-time/content-check/rules/quotations';
import { isQuotedIn } from '../../src/lib/pure/quotes';
import { STATUS_SCALE, statusAnchor } from '../../src/collections/bodies/status';
import { ENGAGEMENT_STATUSES, type BodyData } from '../../src/collections/bodies/schema';
import { type PartnerData } from '../../src/collections/partners/schema';
import type { CheckedEntry } from '../../src/lib/build-time/content-check';
import { openSite, type OpenSite } from '../support/site';

let site: OpenSite;
beforeAll(async () => {
  site = await openSite('root');
});

const bodies = () => site.entries.filter((e) => e.collection === 'bodies');
const data = <T>(e: CheckedEntry) => e.data as unknown as T;
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('claims and the report', () => {
  it("quotes the report's words for every status and relevance note, and shows them on the body's page", () => {
    const texts = reportTexts(site.entries);
    let quotes = 0;
    for (const body of bodies()) {
      const { engagement, relevance } = data<BodyData>(body);
      const shown = site
        .page(site.entryUrl(body))
        .$('main q')
        .map((_, q) => squash(site.page(site.entryUrl(body)).$(q).text()))
        .get();
      for (const item of [...engagement, ...relevance]) {
        const report = 'report' in item ? [item.report.id] : [...texts.keys()];
        expect(
          isQuotedIn(
            item.quote,
            report.flatMap((id) => texts.get(id) ?? []),
          ),
          `${body.id}: ${item.quote}`,
        ).toBe(true);
        expect(shown, body.id).toContain(squash(item.quote));
        quotes++;
      }
    }
    expect(quotes).toBeGreaterThan(50);
  });

  it('calls no body "no overlap" but the one the report says it of, and no body "contributing" yet', () => {
    const current = (id: string) => data<BodyData>(bodies().find((b) => b.id === id)!).engagement.at(-1)?.status;
    const noOverlap = bodies().filter((b) => data<BodyData>(b).engagement.at(-1)?.status === 'no-overlap');
    expect(noOverlap.map((b) => b.id)).toEqual(['etsi-mec']);
    expect(bodies().filter((b) => current(b.id) === 'contributing')).toEqual([]);
    expect(current('etsi-tc-cyber')).toBe('promoting');
    expect(current('cen-cenelec-joint-groups')).toBeUndefined();
  });
});

describe('the status scale', () => {
  it('is published on the bodies page, in order, each status with its definition', () => {
    const $ = site.page(site.url('/bodies/')).$;
    const listed = $('#status-scale')
      .parent()
      .find('dt[id]')
      .map((_, dt) => $(dt).attr('id'))
      .get();
    expect(listed).toEqual([...ENGAGEMENT_STATUSES.map(statusAnchor), statusAnchor(undefined)]);
    for (const status of ENGAGEMENT_STATUSES)
      expect(squash($(`#${statusAnchor(status)} + dd`).text())).toBe(STATUS_SCALE[status].description);
  });

  it('links every badge on every page to its definition, and defines it beside the badge on the body page', () => {
    let badges = 0;
    for (const page of site.pages.values()) {
      page.$('main a.badge').each((_, a) => {
        const href = page.$(a).attr('href') ?? '';
        expect(href, page.url).toMatch(new RegExp(`^${site.url('/bodies/')}#status-[a-z-]+$`));
        expect(page.$(a).attr('title'), page.url).toBeTruthy();
        badges++;
      });
    }
    expect(badges).toBeGreaterThan(bodies().length);
    const $ = site.page(site.url('/bodies/etsi-tc-cyber/')).$;
    expect($('aside').text()).toContain(STATUS_SCALE.promoting.description);
  });
});

describe('facts from elsewhere', () => {
  it("are marked on each partner's page and in the partners table", () => {
    const marked = site.entries.filter((e) => e.collection === 'partners' && data<PartnerData>(e).fromElsewhere.length);
    expect(marked.length).toBeGreaterThan(0);
    const table = site.page(site.url('/partners/')).$;
    for (const partner of marked) {
      const { country, fromElsewhere } = data<PartnerData>(partner);
      const source = fromElsewhere.find((f) => f.field === 'country')?.source ?? '';
      const row = table(`main tr:has(a[href="${site.entryUrl(partner)}"])`);
      expect(squash(row.text()), partner.id).toContain(`${country} (not from the report`);
      expect(squash(site.page(site.entryUrl(partner)).$('aside').text())).toContain(`not from the report: ${source}`);
    }
  });

  it('are marked wherever the kind of a body is shown', () => {
    const marked = bodies().filter((e) => data<BodyData>(e).fromElsewhere.some((f) => f.field === 'kind'));
    // The kinds the report does not give (CENELEC TC 215's, STF 516's, oneM2M's …): claims.test.ts holds the rest.
    expect(marked.length).toBeGreaterThanOrEqual(10);
    for (const body of marked) {
      const $ = site.page(site.entryUrl(body)).$;
      expect(squash($('main header').text()), body.id).toContain('(not from the report');
      expect(squash($('aside').text()), body.id).toContain('not from the report:');
      const card = site
        .page(site.url('/bodies/'))
        .$(`main section:has(a[href="${site.entryUrl(body)}"])`)
        .first();
      expect(squash(card.text()), body.id).toContain('(not from the report');
    }
  });
});
