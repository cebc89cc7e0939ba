/**
 * schema.org descriptions of the pages, as JSON-LD: an Organization for each
 * body and partner, an Event for each meeting, a Report for each deliverable.
 * `url` turns a site path into the absolute address search engines need.
 */
import { elsewhere } from './elsewhere';
import { nodeIn, type SiteGraph } from './graph';
import type { SiteConfig } from './site-config';
import { entryPath } from './urls';

type Url = (path: string) => string;
type Thing = Record<string, unknown>;

const compact = (thing: Thing): Thing =>
  Object.fromEntries(Object.entries(thing).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0)));

export function bodyLd(graph: SiteGraph, id: string, url: Url): Thing {
  const body = nodeIn(graph, 'bodies', id);
  const parent = body.data.parent ? graph.bodies.get(body.data.parent.id) : undefined;
  return compact({
    '@context': 'https://schema.org',
    '@type': 'Organization',
    '@id': url(entryPath({ collection: 'bodies', id })),
    name: body.data.name,
    alternateName: body.data.acronym ? [body.label, body.data.acronym, ...body.data.aliases] : body.data.aliases,
    description: body.data.summary,
    url: url(entryPath({ collection: 'bodies', id })),
    sameAs: body.data.website,
    parentOrganization: parent
      ? {
          '@type': 'Organization',
          name: parent.data.name,
          url: url(entryPath({ collection: 'bodies', id: parent.id })),
        }
      : undefined,
    subOrganization: body.children.map((child) => ({
      '@type': 'Organization',
      name: nodeIn(graph, 'bodies', child).data.name,
      url: url(entryPath({ collection: 'bodies', id: child })),
    })),
  });
}

export function partnerLd(graph: SiteGraph, id: string, url: Url): Thing {
  const partner = nodeIn(graph, 'partners', id);
  return compact({
    '@context': 'https://schema.org',
    '@type': 'Organization',
    '@id': url(entryPath({ collection: 'partners', id })),
    name: partner.data.name,
    legalName: partner.data.legalName,
    alternateName: partner.data.aliases,
    description: partner.data.role,
    url: url(entryPath({ collection: 'partners', id })),
    sameAs: partner.data.website,
    // A country from outside the reports is not stated as a fact to machines.
    address:
      partner.data.country && !elsewhere(partner.data, 'country')
        ? { '@type': 'PostalAddress', addressCountry: partner.data.country }
        : undefined,
    member: partner.data.people.map((name) => ({ '@type': 'Person', name })),
  });
}

export function meetingLd(graph: SiteGraph, id: string, url: Url): Thing {
  const meeting = nodeIn(graph, 'meetings', id);
  const time = (date: string, at?: string) => (at && date.length === 10 ? `${date}T${at}` : date);
  return compact({
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: meeting.data.title,
    description: meeting.data.summary,
    url: url(entryPath({ collection: 'meetings', id })),
    startDate: time(meeting.data.start, meeting.data.startTime),
    endDate: meeting.data.end
      ? time(meeting.data.end, meeting.data.endTime)
      : meeting.data.endTime
        ? time(meeting.data.start, meeting.data.endTime)
        : undefined,
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    location: meeting.data.place ? { '@type': 'Place', name: meeting.data.place } : undefined,
    organizer: meeting.data.bodies.map((b) => ({
      '@type': 'Organization',
      name: nodeIn(graph, 'bodies', b.id).data.name,
      url: url(entryPath(b)),
    })),
    attendee: meeting.partners.map((p) => ({
      '@type': 'Organization',
      name: nodeIn(graph, 'partners', p).data.name,
      url: url(entryPath({ collection: 'partners', id: p })),
    })),
  });
}

export function reportLd(graph: SiteGraph, id: string, url: Url, site: SiteConfig): Thing {
  const report = nodeIn(graph, 'reports', id);
  return compact({
    '@context': 'https://schema.org',
    '@type': 'Report',
    name: `${report.data.number} ${report.data.title}`,
    reportNumber: report.data.number,
    version: report.data.version,
    abstract: report.data.abstract,
    keywords: report.data.keywords.join(', '),
    datePublished: report.data.deliveryDate,
    url: url(entryPath({ collection: 'reports', id })),
    author: report.data.contributors.map((p) => ({
      '@type': 'Organization',
      name: nodeIn(graph, 'partners', p.id).data.legalName ?? nodeIn(graph, 'partners', p.id).data.name,
      url: url(entryPath(p)),
    })),
    funder: { '@type': 'Organization', name: site.funding.funder },
    funding: { '@type': 'Grant', identifier: site.funding.grantAgreement, name: site.funding.programme },
  });
}

export function websiteLd(site: SiteConfig, url: Url): Thing {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name: site.title,
    description: site.description,
    url: url('/'),
    inLanguage: site.locale,
  };
}
