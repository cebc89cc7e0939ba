/**
 * D6.4 v1.0 assembled from the content holds what the report holds, in the
 * report's order: the sections on standards bodies of its table of contents,
 * every meeting and contribution, its 18 references in their numbering, its
 * list of abbreviations; and its text is the text of the pages it is made from.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { openSite, type OpenSite } from '../support/site';
import type { MeetingData } from '../../src/collections/meetings/schema';
import type { ReferenceData } from '../../src/collections/references/schema';
import type { ReportData } from '../../src/collections/reports/schema';

let site: OpenSite;
let doc: ReturnType<OpenSite['page']>;
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

beforeAll(async () => {
  site = await openSite('root');
  doc = site.page(site.url('/reports/d6-4-v1/document/'));
});

/** Section 2 of D6.4 v1.0's table of contents, as the report prints it. */
const REPORT_SECTIONS = [
  '2.1 ETSI TC-Cyber',
  '2.2 ETSI TC-M2M, OneM2M',
  '2.3 ETSI Smart Metering',
  '2.4 ETSI STF 516 Standardisation for EU Mandate M/462',
  '2.5 ETSI Mobile Edge Computing (MEC)',
  '2.6 3GPP SA6 (critical communications)',
  '2.7 CENELEC TC215',
  '2.8 CIGRE WG B5, B3, D2',
  '2.9 IETF CORE',
  '2.10 IETF Privacy and Security Program',
  '2.11 WELMEC',
  '2.12 Smart Meter G3 Association, PRIME Association, ESMIG',
  '2.13 Open Smart Grid Protocol, DLMS User Group',
  '2.14 European Network for Cyber Security',
];

/** Section 5 of D6.4 v1.0, the List of Abbreviations, in its order (QoS last, out of alphabetical order). */
const REPORT_ABBREVIATIONS =
  'API CENELEC CoAP DER DSM EMS EPI ESO ETSI ICT IEC IoT KPI LWM2M M2M NIST NORM PMU PUF RAN SCADA SDOs SenML SG-CG SGSG TCP TLS WP QoS'.split(
    ' ',
  );

describe('the assembled D6.4 v1.0', () => {
  it("has the report's chapters and its sections on standards bodies, in the report's order", () => {
    const $ = doc.$;
    const headings = $('main h2, main h3')
      .map((_, h) => squash($(h).text()))
      .get();
    expect(headings.filter((h) => /^2\.\d+ /.test(h))).toEqual(REPORT_SECTIONS);
    const order = [
      'Executive Summary',
      'Document History',
      'Authors',
      'Table of Contents',
      '1. Introduction',
      '2. Standardisation organizations and respective contributions',
    ];
    const chapters = [
      ...order,
      '2.1 ETSI TC-Cyber',
      '2.14 European Network for Cyber Security',
      '3. General considerations and work progress',
      '4. References',
      '5. List of Abbreviations',
    ];
    const positions = chapters.map((c) => headings.indexOf(c));
    expect(
      positions.every((p) => p >= 0),
      JSON.stringify(headings),
    ).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    // The table of contents lists the chapters, from the first.
    const contents = $('.doc-contents a')
      .map((_, a) => squash($(a).text()))
      .get();
    for (const c of chapters.slice(chapters.indexOf('1. Introduction'))) expect(contents).toContain(c);
  });

  it('holds every meeting with a body of its sections, and every contribution made there', () => {
    const text = squash(doc.$('.doc-section').text());
    const meetings = site.entries.filter((e) => e.collection === 'meetings');
    let contributions = 0;
    for (const meeting of meetings) {
      const data = meeting.data as unknown as MeetingData;
      if (data.contributions.length === 0) continue;
      expect(doc.$(`.doc-section a[href="${site.entryUrl(meeting)}"]`).length, meeting.id).toBeGreaterThan(0);
      for (const c of data.contributions) {
        expect(text, `${meeting.id}: ${c.text}`).toContain(squash(c.text));
        contributions++;
      }
    }
    expect(contributions).toBe(14);
  });

  it('numbers its 18 references as the report does, and lists its abbreviations in its order', () => {
    const $ = doc.$;
    const references = site.entries
      .filter((e) => e.collection === 'references')
      .map((e) => e.data as unknown as ReferenceData)
      .sort((a, b) => a.number - b.number);
    const items = $('#references').closest('section').find('li');
    expect(items.length).toBe(18);
    items.each((i, li) => {
      expect(squash($(li).text())).toMatch(new RegExp(`^\\[${i + 1}\\] `));
      expect(squash($(li).text())).toContain(references[i]!.title);
    });
    const terms = $('#abbreviations')
      .closest('section')
      .find('tbody th')
      .map((_, th) => squash($(th).text()))
      .get();
    expect(terms).toEqual(REPORT_ABBREVIATIONS);
  });

  it('says in each section what the pages of its bodies say', () => {
    const report = site.entries.find((e) => e.collection === 'reports' && e.id === 'd6-4-v1');
    const sections = (report?.data as unknown as ReportData).sections;
    let paragraphs = 0;
    for (const section of sections) {
      const text = squash(doc.$(`[id="section-${section.number}"]`).closest('section').text());
      for (const { id } of section.bodies) {
        const page = site.page(site.entryUrl({ collection: 'bodies', id }));
        page.$('main .prose p, main .prose li').each((_, p) => {
          expect(text, `${section.number} ${id}`).toContain(squash(page.$(p).text()));
          paragraphs++;
        });
      }
    }
    expect(paragraphs).toBeGreaterThan(50);
  });
});
