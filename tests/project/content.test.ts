/**
 * This project's own content, transcribed from D6.4 v1.0: it passes the
 * content check, and its best-known relations show on the built pages.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { checkContent, formatProblem } from '../../src/lib/build-time/content-check';
import { mainLinks } from '../support/html';
import { ROOT } from '../support/paths';
import { openSite, type OpenSite } from '../support/site';

let site: OpenSite;
beforeAll(async () => {
  site = await openSite('root');
});

describe("the project's content", () => {
  it('passes the content check', async () => {
    const { problems, entries } = await checkContent(ROOT);
    expect(problems.map(formatProblem)).toEqual([]);
    expect(entries.length).toBeGreaterThan(100);
  });

  it('shows the Ispra meeting with both of its bodies, each keeping its own contributions', () => {
    const meeting = '/meetings/2016-09-13-jrc-ispra/';
    for (const [body, own, other] of [
      ['/bodies/etsi-stf-516/', 'M/462 Standardisation Mandate', 'event-based smart meter'],
      ['/bodies/cenelec-tc-215/', 'event-based smart meter', 'M/462 Standardisation Mandate'],
    ] as const) {
      expect(mainLinks(site.page(meeting))).toContain(body);
      expect(mainLinks(site.page(body))).toContain(meeting);
      const text = site.page(body).$('#meetings').parent().text();
      expect(text).toContain(own);
      expect(text).not.toContain(other);
    }
  });

  it('shows P3C with the two TC CYBER meetings and the committee', () => {
    const links = mainLinks(site.page('/partners/p3c/'));
    expect(links).toContain('/meetings/2016-06-etsi-tc-cyber-7/');
    expect(links).toContain('/meetings/2016-09-etsi-tc-cyber-8/');
    expect(links).toContain('/bodies/etsi-tc-cyber/');
  });
});
