/**
 * What heads each kind of entry page — its title, description, the lines
 * around its heading, breadcrumbs, search attributes and structured data —
 * computed from the graph, once per entry (src/lib/entries.ts entryRoute).
 * The entry layout renders it; the pages keep only their facts and sections.
 */
import type { PageCollectionName } from '../registry';
import { nodeIn, type NodeOf, type SiteGraph } from './graph';
import type { SearchIndexing } from './search-index';
import * as search from './search-index';
import * as ld from './structured-data';
import { MEETING_KIND_LABELS, STANDARD_KIND_LABELS } from './labels';
import { entryHref } from './urls';
import type { SiteConfig } from './site-config';

export interface EntryHead {
  /** The page title (browser tab, sharing); the entry's label when absent. */
  title?: string;
  /** One or two sentences for search engines and link previews. */
  description: string;
  /** A short line above the heading, e.g. the kind of meeting. */
  kicker?: string;
  /** A line under the heading, e.g. the full name. */
  subtitle?: string;
  /** The lead paragraph. */
  lede?: string;
  /** Other spellings, shown under the heading. */
  aliases?: readonly string[];
  /** Breadcrumbs between the collection and the page, e.g. a body's parents. */
  trail?: readonly { label: string; href: string }[];
  search: SearchIndexing;
  /** schema.org description of the page. */
  jsonLd?: Record<string, unknown>;
}

export interface HeadContext {
  graph: SiteGraph;
  /** The page's own text (its MDX source). */
  text: string;
  /** The absolute address of a site path. */
  url: (path: string) => string;
  site: SiteConfig;
}

export type HeadOf<C extends PageCollectionName> = (node: NodeOf[C], context: HeadContext) => EntryHead;

export const bodyHead: HeadOf<'bodies'> = (body, { graph, text, url }) => {
  const { data } = body;
  return {
    description: data.summary,
    subtitle: data.name !== body.label && data.name !== data.acronym ? data.name : undefined,
    // The lede repeats the summary unless the page text already opens with it.
    lede: text.includes(data.summary.slice(0, 80)) ? undefined : data.summary,
    aliases: data.aliases,
    trail: body.ancestors.map((id) => ({
      label: nodeIn(graph, 'bodies', id).label,
      href: entryHref({ collection: 'bodies', id }),
    })),
    search: search.bodySearch(graph, body.id, text),
    jsonLd: ld.bodyLd(graph, body.id, url),
  };
};

export const meetingHead: HeadOf<'meetings'> = (meeting, { graph, text, url }) => ({
  description: meeting.data.summary,
  kicker: MEETING_KIND_LABELS[meeting.data.kind],
  lede: meeting.data.summary,
  search: search.meetingSearch(graph, meeting.id, text),
  jsonLd: ld.meetingLd(graph, meeting.id, url),
});

export const partnerHead: HeadOf<'partners'> = (partner, { graph, text, url }) => {
  const { name, legalName, role } = partner.data;
  return {
    description: legalName ? `${legalName} (${name}): ${role}` : `${name}: ${role}`,
    subtitle: legalName,
    lede: role,
    search: search.partnerSearch(graph, partner.id, text),
    jsonLd: ld.partnerLd(graph, partner.id, url),
  };
};

export const topicHead: HeadOf<'topics'> = (topic, { graph, text }) => ({
  description: topic.data.summary,
  lede: topic.data.summary,
  aliases: topic.data.aliases,
  search: search.topicSearch(graph, topic.id, text),
});

export const standardHead: HeadOf<'standards'> = (standard, { graph, text }) => {
  const { name, kind, summary, aliases } = standard.data;
  const { label } = standard;
  return {
    // "CoAP: Constrained Application Protocol" when it fits, so that a standard and a body of the same acronym differ.
    title: name !== label && label.length + name.length < 56 ? `${label}: ${name}` : label,
    description: summary,
    kicker: STANDARD_KIND_LABELS[kind],
    subtitle: name !== label ? name : undefined,
    lede: summary,
    aliases,
    search: search.standardSearch(graph, standard.id, text),
  };
};

export const reportHead: HeadOf<'reports'> = (report, { graph, text, url, site }) => ({
  title: `${report.data.number} ${report.data.title}`,
  description: report.data.abstract,
  kicker: `Deliverable ${report.data.number} · version ${report.data.version}`,
  subtitle: report.data.title,
  search: search.reportSearch(graph, report.id, text),
  jsonLd: ld.reportLd(graph, report.id, url, site),
});
