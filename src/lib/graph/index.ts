/**
 * The cross-link graph of the site, computed once from all entries. Every
 * relation stated in one place (a meeting's bodies, a body's partners, a
 * standard's maintainer …) is navigable from both ends here, so pages only
 * ask and render. The reverse-link index (links.ts) answers "who refers to
 * this?"; one builder per kind of entry puts each node together.
 */
import type { Ref } from '../../registry';
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
import type { GraphInput, SiteGraph } from './types';
import { byName, mapOf } from './util';

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
    organisations: [...bodies.values()]
      .filter((b) => !b.data.parent)
      .map((b) => b.id)
      .sort((a, b) => byName(labels.get(a)!, labels.get(b)!)),
  };
}

/** The node `ref` points at, if it exists. */
export function nodeOf(graph: SiteGraph, ref: Ref) {
  return graph[ref.collection].get(ref.id);
}

/** The label a link to `ref` shows. */
export function labelOf(graph: SiteGraph, ref: Ref): string {
  return nodeOf(graph, ref)?.label ?? ref.id;
}
