/**
 * What the search index records about each page: its type, the facets it
 * can be filtered by, the details shown with it in results, and the extra
 * words it should be found by. Computed from the graph; pages pass it to
 * the layout, which writes it as Pagefind attributes.
 */
import { REGISTRY } from '../registry';
import { nodeIn, type SiteGraph } from './graph';
import { NOT_FROM_THE_REPORT, elsewhere } from './elsewhere';
import { statusLabel } from './labels';
import { formatDateRange } from './dates';
import { acronymVariants, glossarySynonyms, normaliseName } from './search-terms';

/** The facets of the search page, in the order shown, with the URL parameter of each. */
export const FACETS = [
  { key: 'type', label: 'Type of page' },
  { key: 'organisation', label: 'Organisation' },
  { key: 'topic', label: 'Topic' },
  { key: 'partner', label: 'Partner' },
  { key: 'year', label: 'Year' },
  { key: 'status', label: 'Engagement status' },
] as const;
export type FacetKey = (typeof FACETS)[number]['key'];

export interface SearchIndexing {
  /** The type of page ("Body", "Meeting" …), a facet of its own. */
  type: string;
  filters?: Partial<Record<Exclude<FacetKey, 'type'>, string | readonly string[] | undefined>>;
  /** Details shown with the page in results, name → text. */
  meta?: Record<string, string | undefined>;
  /** Other names the page should be found by. */
  terms?: readonly string[];
}

/** Every string inside a value, for finding the glossary terms a page uses. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

const unique = <T>(items: Iterable<T | undefined>) => [...new Set([...items].filter((x): x is T => x !== undefined))];

/** The names a page should be found by: each name and its variants, and glossary synonyms of its text. */
function terms(graph: SiteGraph, names: readonly (string | undefined)[], text: string): string[] {
  const glossary = [...graph.glossary.values()].map((g) => g.data);
  return unique([...names.flatMap((n) => (n ? acronymVariants(n) : [])), ...glossarySynonyms(text, glossary)]);
}

/**
 * The page's own names, normalised and joined by "|": the search page puts a
 * result first when the query is exactly one of them ("TC215" → CENELEC TC 215).
 */
function ownNames(names: readonly (string | undefined)[]): string {
  return unique(names.filter((n): n is string => Boolean(n)).map(normaliseName)).join('|');
}

/** Adds the page's own names to its details for results. */
function withNames(indexing: SearchIndexing, names: readonly (string | undefined)[]): SearchIndexing {
  return { ...indexing, meta: { ...indexing.meta, names: ownNames(names) } };
}

const labelsOf = (graph: SiteGraph, collection: 'topics' | 'partners', ids: readonly string[]) =>
  ids.map((id) => graph[collection].get(id)?.label);

/** The label of a body's organisation, for facets. */
const organisationOf = (graph: SiteGraph, body: string) =>
  nodeIn(graph, 'bodies', nodeIn(graph, 'bodies', body).organisation).label;

/** Every string of an entry's data and its page text: what glossary synonyms are looked for in. */
const textOf = (data: unknown, text: string) => [...strings(data), text].join(' ');

/**
 * How a body's page is indexed; `text` is the page's own text (its MDX
 * source). The functions below do the same for the other kinds of page.
 */
export function bodySearch(graph: SiteGraph, id: string, text = ''): SearchIndexing {
  const b = nodeIn(graph, 'bodies', id);
  const organisation = organisationOf(graph, id);
  const status = statusLabel(b.status?.status);
  const names = [b.label, b.data.acronym, b.data.name, ...b.data.aliases];
  return withNames(
    {
      type: REGISTRY.bodies.searchType,
      filters: {
        organisation,
        topic: unique(
          labelsOf(
            graph,
            'topics',
            b.data.topics.map((t) => t.id),
          ),
        ),
        partner: unique(labelsOf(graph, 'partners', b.partners)),
        status,
      },
      meta: { organisation: organisation === b.label ? undefined : organisation, status },
      terms: terms(graph, names, textOf(b.data, text)),
    },
    names,
  );
}

export function meetingSearch(graph: SiteGraph, id: string, text = ''): SearchIndexing {
  const m = nodeIn(graph, 'meetings', id);
  const bodies = m.data.bodies.map((x) => nodeIn(graph, 'bodies', x.id));
  return withNames(
    {
      type: REGISTRY.meetings.searchType,
      filters: {
        year: String(m.start.year),
        organisation: unique(bodies.map((x) => organisationOf(graph, x.id))),
        topic: unique(labelsOf(graph, 'topics', m.topics)),
        partner: unique(labelsOf(graph, 'partners', m.partners)),
      },
      meta: { date: formatDateRange(m.start, m.end), bodies: bodies.map((x) => x.label).join(' · ') || undefined },
      terms: terms(graph, [m.data.title, m.data.place, m.data.occasion], textOf(m.data, text)),
    },
    [m.data.title],
  );
}

/** A value as search results show it: marked when it does not come from the reports. */
const withSource = (value: string, source: string | undefined) =>
  source ? `${value} (${NOT_FROM_THE_REPORT})` : value;

export function partnerSearch(graph: SiteGraph, id: string, text = ''): SearchIndexing {
  const p = nodeIn(graph, 'partners', id);
  const names = [p.data.name, p.data.legalName, ...p.data.aliases];
  return withNames(
    {
      type: REGISTRY.partners.searchType,
      filters: { partner: p.data.name, organisation: unique(p.bodies.map((b) => organisationOf(graph, b))) },
      meta: {
        country: p.data.country && withSource(p.data.country, elsewhere(p.data, 'country')),
      },
      terms: terms(graph, names, textOf(p.data, text)),
    },
    names,
  );
}

export function topicSearch(graph: SiteGraph, id: string, text = ''): SearchIndexing {
  const t = nodeIn(graph, 'topics', id);
  const names = [t.data.name, ...t.data.aliases];
  return withNames(
    {
      type: REGISTRY.topics.searchType,
      filters: { topic: t.data.name },
      terms: terms(graph, names, textOf(t.data, text)),
    },
    names,
  );
}

export function standardSearch(graph: SiteGraph, id: string, text = ''): SearchIndexing {
  const s = nodeIn(graph, 'standards', id);
  const maintainer = s.data.maintainer ? graph.bodies.get(s.data.maintainer.id) : undefined;
  const names = [s.label, s.data.name, ...s.data.aliases];
  return withNames(
    {
      type: REGISTRY.standards.searchType,
      filters: {
        organisation: unique(s.bodies.map((b) => organisationOf(graph, b))),
        topic: unique(
          labelsOf(
            graph,
            'topics',
            s.data.topics.map((t) => t.id),
          ),
        ),
        partner: unique(
          labelsOf(
            graph,
            'partners',
            s.data.partners.map((p) => p.id),
          ),
        ),
      },
      meta: { maintainer: maintainer?.label ?? s.data.issuer },
      terms: terms(graph, names, textOf(s.data, text)),
    },
    names,
  );
}

export function reportSearch(graph: SiteGraph, id: string, text = ''): SearchIndexing {
  const r = nodeIn(graph, 'reports', id);
  const names = [r.data.number, r.data.title];
  return withNames(
    {
      type: REGISTRY.reports.searchType,
      filters: {
        year: r.data.deliveryDate.slice(0, 4),
        partner: unique(
          labelsOf(
            graph,
            'partners',
            r.data.contributors.map((p) => p.id),
          ),
        ),
      },
      meta: { version: r.label },
      terms: terms(graph, names, textOf(r.data, text)),
    },
    names,
  );
}
