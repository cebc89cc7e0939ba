/**
 * Following the activity: the RSS feeds (the site's, each body's, each
 * partner's) are well-formed RSS 2.0 whose items link to pages that exist,
 * and every calendar parses with an independent parser (ical.js), with one
 * event per meeting, stable UIDs and links to the meetings' pages.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import ICAL from 'ical.js';
import { sitesUnderTest } from '../support/paths';
import { openSite, type OpenSite } from '../support/site';
import type { Ref } from '../../src/lib/build-time/site-collections';

interface RssItem {
  title: string;
  link: string;
  guid: unknown;
  pubDate: string;
  description?: string;
}

describe.each(sitesUnderTest())('feeds and calendars of the %s site', (name) => {
  let site: OpenSite;
  const read = (url: string) => readFileSync(path.join(site.dir, url.slice(site.base.length)), 'utf8');
  const meetings = () => site.entries.filter((e) => e.collection === 'meetings');
  const followed = () =>
    site.entries.filter((e) => e.collection === 'bodies' || e.collection === 'partners') as (Ref & { id: string })[];
  const pageOf = (url: string) => site.pages.get(new URL(url).pathname);

  beforeAll(async () => {
    site = await openSite(name);
  });

  const feed = (url: string) => {
    const xml = read(url);
    expect(XMLValidator.validate(xml), url).toBe(true);
    const rss = new XMLParser({ ignoreAttributes: false, isArray: (tag) => tag === 'item' }).parse(xml).rss;
    expect(rss['@_version'], url).toBe('2.0');
    const { channel } = rss;
    for (const field of ['title', 'link', 'description']) expect(channel[field], `${url} ${field}`).toBeTruthy();
    const items = (channel.item ?? []) as RssItem[];
    for (const item of items) {
      expect(item.title, url).toBeTruthy();
      expect(pageOf(item.link), `${url}: ${item.link}`).toBeDefined();
      expect(Number.isNaN(Date.parse(item.pubDate)), item.pubDate).toBe(false);
    }
    return items;
  };

  it('publishes an RSS 2.0 feed of the site with every meeting, linked from every page', () => {
    const items = feed(site.url('/feed.xml'));
    for (const meeting of meetings())
      expect(
        items.some((i) => new URL(i.link).pathname === site.entryUrl(meeting)),
        meeting.id,
      ).toBe(true);
    for (const page of site.pages.values())
      expect(page.$('link[rel="alternate"][type="application/rss+xml"]').first().attr('href'), page.url).toBe(
        site.url('/feed.xml'),
      );
  });

  it('publishes a feed per body and per partner, with its meetings, linked from its page', () => {
    for (const entry of followed()) {
      const url = `${site.entryUrl(entry)}feed.xml`;
      const items = feed(url);
      const $ = site.page(site.entryUrl(entry)).$;
      expect($(`link[rel="alternate"][href="${url}"]`).length, entry.id).toBe(1);
      expect($(`main a[href="${url}"]`).length, entry.id).toBe(1);
      const linked = new Set(items.map((i) => new URL(i.link).pathname));
      for (const a of $('#meetings a[href*="/meetings/"]').toArray())
        expect(linked.has($(a).attr('href') ?? ''), `${entry.id}: ${$(a).attr('href')}`).toBe(true);
    }
  });

  /** The events of a calendar file, parsed by ical.js. */
  const events = (url: string) => {
    const calendar = new ICAL.Component(ICAL.parse(read(url)));
    expect(calendar.name).toBe('vcalendar');
    return calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  };

  it('publishes a calendar of every meeting: one event each, its UID stable, its link to the meeting', () => {
    const all = events(site.url('/meetings.ics'));
    expect(all.length).toBe(meetings().length);
    const host = new URL(all[0]?.component.getFirstPropertyValue('url') as string).host;
    for (const meeting of meetings()) {
      const event = all.find((e) => e.uid === `${meeting.id}@${host}`);
      expect(event, meeting.id).toBeDefined();
      const url = event?.component.getFirstPropertyValue('url') as string;
      expect(new URL(url).pathname).toBe(site.entryUrl(meeting));
      const data = meeting.data as { start: string; end?: string; startTime?: string };
      // A multi-day meeting, or one without times, is an all-day range ending the day after its last day.
      if (!data.startTime || (data.end && data.end !== data.start)) {
        expect(event?.startDate.isDate, meeting.id).toBe(true);
        if (/^\d{4}-\d{2}-\d{2}$/.test(data.end ?? data.start)) {
          const last = new Date(`${data.end ?? data.start}T00:00:00Z`);
          last.setUTCDate(last.getUTCDate() + 1);
          expect(event?.endDate.toString(), meeting.id).toBe(last.toISOString().slice(0, 10));
        }
      }
    }
    expect(site.page(site.url('/meetings/')).$(`main a[href="${site.url('/meetings.ics')}"]`).length).toBe(1);
  });

  it('publishes a calendar per body and per partner, linked from its page, with the meetings its page lists', () => {
    for (const entry of followed()) {
      const url = `${site.entryUrl(entry)}calendar.ics`;
      const uids = events(url).map((e) => e.uid.split('@')[0]);
      const $ = site.page(site.entryUrl(entry)).$;
      expect($(`main a[href="${url}"]`).length, entry.id).toBe(1);
      const listed = $('#meetings a[href*="/meetings/"]')
        .map((_, a) => ($(a).attr('href') ?? '').split('/').at(-2))
        .get();
      for (const id of listed) expect(uids, `${entry.id}: ${id}`).toContain(id);
    }
  });
});
