/**
 * The ways to narrow the list of meetings: by year, kind, organisation, body
 * and partner. Each value lists its meetings (newest first) and has a static
 * page of its own at /meetings/by/<facet>/<value>/. Only values that have
 * meetings are offered, and no page repeats another. Pure: it reads the graph.
 */
import type { SiteGraph } from './graph';
import { nodeIn } from './graph';
import { MEETING_KIND_LABELS } from './labels';

export const FACETS = ['year', 'kind', 'organisation', 'body', 'partner'] as const;
export type Facet = (typeof FACETS)[number];

export const FACET_LABELS: Record<Facet, string> = {
  year: 'Year',
  kind: 'Kind',
  organisation: 'Organisation',
  body: 'Body',
  partner: 'Partner',
};

export interface FacetValue {
  /** The value in the page's address: a year, a kind or an id. */
  value: string;
  label: string;
  /** Its meetings, newest first. */
  ids: string[];
}

/** The values of each facet that have meetings, with their meetings. */
export function meetingFacets(graph: SiteGraph): Record<Facet, FacetValue[]> {
  const groups = Object.fromEntries(FACETS.map((f) => [f, new Map<string, FacetValue>()])) as Record<
    Facet,
    Map<string, FacetValue>
  >;
  const add = (facet: Facet, value: string, label: string, id: string) => {
    const group = groups[facet];
    const entry = group.get(value) ?? { value, label, ids: [] };
    if (!entry.ids.includes(id)) entry.ids.push(id);
    group.set(value, entry);
  };
  for (const id of graph.timeline) {
    const meeting = nodeIn(graph, 'meetings', id);
    add('year', String(meeting.start.year), String(meeting.start.year), id);
    add('kind', meeting.data.kind, MEETING_KIND_LABELS[meeting.data.kind], id);
    for (const { id: body } of meeting.data.bodies) {
      const node = nodeIn(graph, 'bodies', body);
      add('body', body, node.label, id);
      add('organisation', node.organisation, nodeIn(graph, 'bodies', node.organisation).label, id);
    }
    for (const partner of meeting.partners) add('partner', partner, nodeIn(graph, 'partners', partner).label, id);
  }
  // An organisation whose meetings are all its own, not its groups', would repeat its page as a body.
  for (const [id, organisation] of groups.organisation)
    if (organisation.ids.join() === groups.body.get(id)?.ids.join()) groups.organisation.delete(id);
  return Object.fromEntries(
    FACETS.map((f) => [
      f,
      [...groups[f].values()].sort((a, b) =>
        f === 'year' ? b.value.localeCompare(a.value) : a.label.localeCompare(b.label, 'en', { sensitivity: 'base' }),
      ),
    ]),
  ) as Record<Facet, FacetValue[]>;
}

/** The site path of a facet value's page. */
export const facetPath = (facet: Facet, value: string): string => `/meetings/by/${facet}/${value}/`;
