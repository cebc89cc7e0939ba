/**
 * The ways to narrow the list of meetings: by year, kind, organisation, body
 * and partner. Each value lists its meetings (newest first) and has a static
 * page of its own at /meetings/by/<facet>/<value>/. Only values that have
 * meetings are offered, and no page repeats another. Pure: it reads the graph.
 */
import type { SiteGraph } from '../../lib/collection-api/graph';
import { nodeIn } from '../../lib/collection-api/graph';
import { MEETING_KIND_LABELS } from './schema';
import { timeline } from './graph';

export const MEETING_FACETS = ['year', 'kind', 'organisation', 'body', 'partner'] as const;
export type Facet = (typeof MEETING_FACETS)[number];

export const FACET_LABELS: Record<Facet, string> = {
  year: 'Year',
  kind: 'Kind',
  organisation: 'Organisation',
  body: 'Body',
  partner: 'Partner',
};

/** The same in the plural, lower case: "All 741 bodies". */
export const FACET_PLURALS: Record<Facet, string> = {
  year: 'years',
  kind: 'kinds',
  organisation: 'organisations',
  body: 'bodies',
  partner: 'partners',
};

export interface FacetValue {
  /** The value in the page's address: a year, a kind or an id. */
  value: string;
  label: string;
  /** Its meetings, newest first. */
  ids: string[];
}

const computed = new WeakMap<SiteGraph, Record<Facet, FacetValue[]>>();

/** The values of each facet that have meetings, with their meetings; computed once per graph. */
export function meetingFacets(graph: SiteGraph): Record<Facet, FacetValue[]> {
  const known = computed.get(graph);
  if (known) return known;
  const facets = computeFacets(graph);
  computed.set(graph, facets);
  return facets;
}

function computeFacets(graph: SiteGraph): Record<Facet, FacetValue[]> {
  const groups = Object.fromEntries(
    MEETING_FACETS.map((f) => [f, new Map<string, FacetValue & { seen: Set<string> }>()]),
  ) as Record<Facet, Map<string, FacetValue & { seen: Set<string> }>>;
  const add = (facet: Facet, value: string, label: string, id: string) => {
    const group = groups[facet];
    const entry = group.get(value) ?? { value, label, ids: [], seen: new Set<string>() };
    if (!entry.seen.has(id)) {
      entry.seen.add(id);
      entry.ids.push(id);
    }
    group.set(value, entry);
  };
  for (const id of timeline(graph)) {
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
    MEETING_FACETS.map((f) => [
      f,
      [...groups[f].values()]
        .map(({ value, label, ids }) => ({ value, label, ids }))
        .sort((a, b) =>
          f === 'year' ? b.value.localeCompare(a.value) : a.label.localeCompare(b.label, 'en', { sensitivity: 'base' }),
        ),
    ]),
  ) as Record<Facet, FacetValue[]>;
}

/** The site path of a facet value's page. */
export const facetPath = (facet: Facet, value: string): string => `/meetings/by/${facet}/${value}/`;

/** The site path of the page listing every value of a facet. */
export const facetIndexPath = (facet: Facet): string => `/meetings/by/${facet}/`;

/** How many values of a facet the meetings' pages offer; the others are on the facet's own page. */
export const FACET_LIMIT = 12;

/**
 * The values of a facet to offer on a page of meetings: all of them when
 * they are few, else the `limit` with the most meetings (and the current
 * one), in the facet's order; `more` says how many are left out.
 */
export function shownValues(
  values: readonly FacetValue[],
  current?: string,
  limit = FACET_LIMIT,
): { shown: FacetValue[]; more: number } {
  if (values.length <= limit) return { shown: [...values], more: 0 };
  const kept = new Set(largest(values, limit));
  if (current) kept.add(current);
  const shown = values.filter((v) => kept.has(v.value));
  return { shown, more: values.length - shown.length };
}

/** The `limit` values with the most meetings, found once per list of values (every page of meetings asks). */
const largestOf = new WeakMap<readonly FacetValue[], Map<number, string[]>>();
function largest(values: readonly FacetValue[], limit: number): string[] {
  const byLimit = largestOf.get(values) ?? new Map<number, string[]>();
  largestOf.set(values, byLimit);
  let found = byLimit.get(limit);
  if (!found) {
    found = [...values]
      .sort((a, b) => b.ids.length - a.ids.length)
      .slice(0, limit)
      .map((v) => v.value);
    byLimit.set(limit, found);
  }
  return found;
}
