/**
 * The cross-link graph of the site, computed once from all entries. Every
 * relation stated in one place (a meeting's bodies, a body's partners, a
 * standard's maintainer …) is navigable from both ends here, so pages only
 * ask and render. The reverse-link index (links.ts) answers "who refers to
 * this?"; one builder per kind of entry puts each node together.
 */
import { REGISTRY, type CollectionName, type Ref } from '../../registry';
import { buildBodies, bodyLabels } from './bodies';
import { LinkIndex } from './links';
import { buildMeetings, contributionRows } from './meetings';
import {
  buildGlossary,
  buildPartners,
  buildReferences,
  buildReports,
  buildResults,
  buildStandards,
  buildTopics,
} from './others';
import type { GraphInput, NodeOf, SiteGraph } from './types';
import { byName, mapOf, mustGet } from './util';

export * from './types';
export { reportLabel } from './others';

export function buildGraph(input: GraphInput): SiteGraph {
  const links = new LinkIndex(input);
  const bodyEntries = mapOf(input.bodies);

  const oldestFirst = buildMeetings(input.meetings, bodyEntries);
  const newestFirst = [...oldestFirst].reverse();
  const timeline = newestFirst.map((m) => m.id);
  const rows = contributionRows(newestFirst);

  const labels = bodyLabels(bodyEntries);
  const bodies = mapOf(
    buildBodies(bodyEntries, { links, labels, rows, timeline: new Map(timeline.map((id, i) => [id, i])) }),
  );

  return {
    bodies,
    meetings: mapOf(oldestFirst),
    partners: mapOf(buildPartners(input.partners, { links, meetings: newestFirst, rows, bodies })),
    topics: mapOf(buildTopics(input.topics, { links, meetings: newestFirst, bodies })),
    standards: mapOf(buildStandards(input.standards, links)),
    reports: mapOf(buildReports(input.reports, links)),
    references: mapOf(buildReferences(input.references, links)),
    results: mapOf(buildResults(input.results, bodies)),
    glossary: mapOf(buildGlossary(input.glossary)),
    timeline,
    contributions: rows,
    organisations: [...bodies.values()]
      .filter((b) => !b.data.parent)
      .map((b) => b.id)
      .sort((a, b) => byName(mustGet(labels, a), mustGet(labels, b))),
  };
}

/** The node of an entry the content check has vouched for; an error naming it otherwise. */
export function nodeIn<C extends CollectionName>(graph: SiteGraph, collection: C, id: string): NodeOf[C] {
  return mustGet(graph[collection] as Map<string, NodeOf[C]>, id, REGISTRY[collection].noun);
}

/** The nodes of a collection, in the order of their labels. */
export function byLabel<N extends { label: string }>(nodes: ReadonlyMap<string, N>): N[] {
  return [...nodes.values()].sort((a, b) => byName(a.label, b.label));
}

/** The node `ref` points at, if it exists. */
export function nodeOf(graph: SiteGraph, ref: Ref) {
  return graph[ref.collection].get(ref.id);
}

/** The label a link to `ref` shows. */
export function labelOf(graph: SiteGraph, ref: Ref): string {
  return nodeOf(graph, ref)?.label ?? ref.id;
}
