/**
 * What heads an entry page — its title, description, the lines around its
 * heading, breadcrumbs, search attributes and structured data — computed
 * from the graph, once per entry (src/lib/render/entries.ts entryRoute). Each
 * collection's definition gives its own part (`head`); the search attributes
 * and the structured data come from its `names`, `search` and `jsonLd`. The
 * entry layout renders it; the pages keep only their facts and sections.
 */
import { collectionSpec, type PageCollectionName } from '../build-time/site-collections';
import type { NodeOf, Ref } from '../build-time/site-collections';
import type { SiteGraph } from '../build-time/graph';
import { entrySearch, type SearchIndexing } from '../search/search-index';
import { entryLd } from './structured-data';
import type { SiteConfig } from '../build-time/site-config';

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
  /** The absolute address of an entry's page. */
  page: (ref: Ref) => string;
  /** A link to an entry's page from a page of the site (with the base path). */
  href: (ref: Ref) => string;
  site: SiteConfig;
}

/** The head of an entry's page; a collection that defines no head gets its label and its collection's blurb. */
export function entryHead<C extends PageCollectionName>(
  collection: C,
  node: NodeOf[C],
  context: HeadContext,
): EntryHead {
  const spec = collectionSpec(collection);
  const own = spec.head?.(node, context) ?? { description: spec.blurb };
  return {
    ...own,
    search: entrySearch(collection, node, context.graph, context.text),
    jsonLd: entryLd(collection, node, context),
  };
}
