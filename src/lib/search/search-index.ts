/**
 * What the search index records about each page: its type, the facets it
 * can be filtered by, the details shown with it in results, and the extra
 * words it should be found by. Computed from the graph; pages pass it to
 * the layout, which writes it as Pagefind attributes.
 */
import { collectionSpec, type CollectionName } from '../build-time/site-collections';
import type { SearchNames } from '../collection-api/define';
import type { NodeOf } from '../build-time/site-collections';
import type { SiteGraph } from '../build-time/graph';
import { uniqueDefined as unique } from '../pure/lists';
import { acronymVariants, glossarySynonyms, normaliseName } from '../pure/search-terms';

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

/** Every string of an entry's data and its page text: what glossary synonyms are looked for in. */
const textOf = (data: unknown, text: string) => [...strings(data), text].join(' ');

/** The names an entry is found by, from its collection's definition; none when it defines none. */
export function namesOf<C extends CollectionName>(collection: C, node: NodeOf[C]): SearchNames {
  return collectionSpec(collection).names?.(node) ?? { names: [] };
}

/**
 * How an entry's page is indexed: its collection's type, the facets and
 * details its definition gives, and the words it is found by (its names, their
 * variants, and the glossary terms its text uses); `text` is the page's own
 * text (its MDX source).
 */
export function entrySearch<C extends CollectionName>(
  collection: C,
  node: NodeOf[C],
  graph: SiteGraph,
  text = '',
): SearchIndexing {
  const spec = collectionSpec(collection);
  const { names } = namesOf(collection, node);
  const { filters, meta, terms: more = [] } = spec.search?.(node, graph) ?? {};
  return withNames(
    {
      type: spec.searchType,
      ...(filters && { filters }),
      meta,
      terms: terms(graph, [...names, ...more], textOf(node.data, text)),
    },
    names,
  );
}
