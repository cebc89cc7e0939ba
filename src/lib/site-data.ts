/**
 * Loads every collection once per build and builds the graph from it.
 * Pages call getGraph(); the work is done the first time only.
 */
import { getCollection } from 'astro:content';
import { buildGraph, type Entry, type SiteGraph } from './graph';
import { readLastChanged } from './git-history';

let graph: Promise<SiteGraph> | undefined;

const plain = <D>(entries: { id: string; data: D }[]): Entry<D>[] => entries.map(({ id, data }) => ({ id, data }));

async function load(): Promise<SiteGraph> {
  const [bodies, meetings, partners, topics, standards, reports, results, glossary, references] = await Promise.all([
    getCollection('bodies'),
    getCollection('meetings'),
    getCollection('partners'),
    getCollection('topics'),
    getCollection('standards'),
    getCollection('reports'),
    getCollection('results'),
    getCollection('glossary'),
    getCollection('references'),
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
  graph ??= load();
  return graph;
}

let lastChanged: Map<string, string> | undefined;

/** When a content file last changed (ISO date), from git history; undefined when unknown. */
export function lastChangedOf(filePath: string | undefined): string | undefined {
  lastChanged ??= readLastChanged(process.cwd(), 'content');
  return filePath ? lastChanged.get(filePath.replace(/^\.\//, '')) : undefined;
}
