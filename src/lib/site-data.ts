/**
 * Loads every collection once per build and builds the graph from it.
 * Pages call getGraph(); in a build the work is done the first time only.
 */
import { getCollection, type CollectionEntry, type CollectionKey } from 'astro:content';
import { isValid } from './tolerant-loader';
import { buildGraph, type Entry, type SiteGraph } from './graph';
import { readLastChanged } from './git-history';

let graph: Promise<SiteGraph> | undefined;

const plain = <D>(entries: { id: string; data: D }[]): Entry<D>[] => entries.map(({ id, data }) => ({ id, data }));

/** The entries of a collection, without those the dev server holds back until they are fixed. */
export function getEntries<C extends CollectionKey>(collection: C): Promise<CollectionEntry<C>[]> {
  return getCollection(collection, isValid);
}

async function load(): Promise<SiteGraph> {
  const [bodies, meetings, partners, topics, standards, reports, results, glossary, references] = await Promise.all([
    getEntries('bodies'),
    getEntries('meetings'),
    getEntries('partners'),
    getEntries('topics'),
    getEntries('standards'),
    getEntries('reports'),
    getEntries('results'),
    getEntries('glossary'),
    getEntries('references'),
  ]);
  return buildGraph({
    bodies: plain(bodies),
    meetings: plain(meetings),
    partners: plain(partners),
    topics: plain(topics),
    standards: plain(standards),
    reports: plain(reports),
    results: plain(results),
    glossary: plain(glossary),
    references: plain(references),
  });
}

export function getGraph(): Promise<SiteGraph> {
  // The dev server sees content change between requests; a build sees it once.
  if (import.meta.env.DEV) return load();
  graph ??= load();
  return graph;
}

let lastChanged: Map<string, string> | undefined;

/** When a content file last changed (ISO date), from git history; undefined when unknown. */
export function lastChangedOf(filePath: string | undefined): string | undefined {
  lastChanged ??= readLastChanged(process.cwd(), 'content');
  return filePath ? lastChanged.get(filePath.replace(/^\.\//, '')) : undefined;
}

/** getStaticPaths() of an entry page: one page per entry of `collection`, the entry as a prop. */
export async function entryPaths<C extends CollectionKey>(collection: C) {
  return (await getEntries(collection)).map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}
