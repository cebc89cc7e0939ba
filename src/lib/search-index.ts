/**
 * What the search index records about each page: its type, the facets it
 * can be filtered by, the details shown with it in results, and the extra
 * words it should be found by. Computed from the graph; pages pass it to
 * the layout, which writes it as Pagefind attributes.
 */
import type { CollectionName, Ref } from '../schemas';
import { STATUS_LABELS, type SiteGraph } from './graph';
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

/** The type label of each kind of page. */
export const PAGE_TYPES: Partial<Record<CollectionName, string>> = {
  bodies: 'Body',
  meetings: 'Meeting',
  partners: 'Partner',
  topics: 'Topic',
  standards: 'Standard',
  reports: 'Report',
  glossary: 'Glossary',
  references: 'Reference',
  results: 'Result',
};

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
  ids.map((id) => (collection === 'topics' ? graph.topics.get(id)?.data.name : graph.partners.get(id)?.data.name));

/** How the page of `ref` is indexed. `body` is the page's own text (its MDX source). */
export function searchIndexing(graph: SiteGraph, ref: Ref, body = ''): SearchIndexing {
  switch (ref.collection) {
    case 'bodies': {
      const b = graph.bodies.get(ref.id)!;
      const organisation = graph.bodies.get(b.organisation)!.label;
      const status = b.status ? STATUS_LABELS[b.status.status].label : 'Not assessed';
      const text = [...strings(b.data), body].join(' ');
      const names = [b.label, b.data.acronym, b.data.name, ...b.data.aliases];
      return withNames(
        {
          type: 'Body',
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
          terms: terms(graph, names, text),
        },
        names,
      );
    }
    case 'meetings': {
      const m = graph.meetings.get(ref.id)!;
      const bodies = m.data.bodies.map((x) => graph.bodies.get(x.id)!);
      return withNames(
        {
          type: 'Meeting',
          filters: {
            year: String(m.start.year),
            organisation: unique(bodies.map((x) => graph.bodies.get(x.organisation)!.label)),
            topic: unique(labelsOf(graph, 'topics', m.topics)),
            partner: unique(labelsOf(graph, 'partners', m.partners)),
          },
          meta: { date: formatDateRange(m.start, m.end), bodies: bodies.map((x) => x.label).join(' · ') || undefined },
          terms: terms(graph, [m.data.title, m.data.place, m.data.occasion], [...strings(m.data), body].join(' ')),
        },
        [m.data.title],
      );
    }
    case 'partners': {
      const p = graph.partners.get(ref.id)!;
      const names = [p.data.name, p.data.legalName, ...p.data.aliases];
      return withNames(
        {
          type: 'Partner',
          filters: {
            partner: p.data.name,
            organisation: unique(p.bodies.map((id) => graph.bodies.get(graph.bodies.get(id)!.organisation)!.label)),
          },
          meta: { country: p.data.country },
          terms: terms(graph, names, [...strings(p.data), body].join(' ')),
        },
        names,
      );
    }
    case 'topics': {
      const t = graph.topics.get(ref.id)!;
      const names = [t.data.name, ...t.data.aliases];
      return withNames(
        {
          type: 'Topic',
          filters: { topic: t.data.name },
          terms: terms(graph, names, [...strings(t.data), body].join(' ')),
        },
        names,
      );
    }
    case 'standards': {
      const s = graph.standards.get(ref.id)!;
      const maintainer = s.data.maintainer ? graph.bodies.get(s.data.maintainer.id) : undefined;
      const names = [s.label, s.data.name, ...s.data.aliases];
      return withNames(
        {
          type: 'Standard',
          filters: {
            organisation: unique(s.bodies.map((id) => graph.bodies.get(graph.bodies.get(id)!.organisation)!.label)),
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
          terms: terms(graph, names, [...strings(s.data), body].join(' ')),
        },
        names,
      );
    }
    case 'reports': {
      const r = graph.reports.get(ref.id)!;
      return withNames(
        {
          type: 'Report',
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
          meta: { version: `${r.data.number} v${r.data.version}` },
          terms: terms(graph, [r.data.number, r.data.title], [...strings(r.data), body].join(' ')),
        },
        [r.data.number, r.data.title],
      );
    }
    default:
      return { type: PAGE_TYPES[ref.collection] ?? 'Page' };
  }
}
