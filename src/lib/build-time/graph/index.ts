/**
 * The cross-link graph of the site, computed once from all entries. Every
 * relation stated in one place (a meeting's bodies, a body's partners, a
 * standard's maintainer …) is navigable from both ends here, so pages only
 * ask and render. The reverse-link index (links.ts) answers "who refers to
 * this?"; each collection's definition puts its nodes together (`build`),
 * asking for the nodes of the others it needs, which are built first.
 */
import { COLLECTION_NAMES, REGISTRY, collectionSpec, type CollectionName, type Ref } from '../../../collections';
import type { BuildContext } from '../../../collections/define';
import { organisationsOf } from '../../../collections/bodies/graph';
import { meetingViews } from '../../../collections/meetings/graph';
import { LinkIndex } from './links';
import type { Entry, GraphInput, NodeOf, SiteGraph } from './types';
import { byName, mapOf, mustGet } from './util';

export * from './types';

export function buildGraph(input: GraphInput): SiteGraph {
  const links = new LinkIndex(input);
  const entries = new Map<CollectionName, ReadonlyMap<string, Entry<unknown>>>();
  const nodes = new Map<CollectionName, Map<string, unknown>>();
  const building = new Set<CollectionName>();
  const shared = new Map<string, unknown>();

  const context: BuildContext = {
    links,
    entries(collection) {
      if (!entries.has(collection)) entries.set(collection, mapOf(input[collection]));
      return entries.get(collection) as never;
    },
    nodes(collection) {
      const built = nodes.get(collection);
      if (built) return built as never;
      if (building.has(collection))
        throw new Error(
          `the ${collection} builder asks, through others, for its own nodes: ${[...building].join(' → ')}`,
        );
      building.add(collection);
      const made = mapOf(collectionSpec(collection).build(input[collection], context) as Entry<unknown>[]);
      building.delete(collection);
      nodes.set(collection, made);
      return made as never;
    },
    once<T>(key: string, make: () => T): T {
      if (!shared.has(key)) shared.set(key, make());
      return shared.get(key) as T;
    },
  };

  const graph = Object.fromEntries(COLLECTION_NAMES.map((c) => [c, context.nodes(c)])) as {
    [C in CollectionName]: Map<string, NodeOf[C]>;
  };
  const { newestFirst, contributions } = meetingViews(context);
  return {
    ...graph,
    timeline: newestFirst.map((m) => m.id),
    contributions,
    organisations: organisationsOf(graph.bodies),
  };
}

/** The node of an entry the content check has vouched for; an error naming it otherwise. */
export function nodeIn<C extends CollectionName>(graph: SiteGraph, collection: C, id: string): NodeOf[C] {
  return mustGet(graph[collection] as Map<string, NodeOf[C]>, id, REGISTRY[collection].noun);
}

/** The labels of entries of `collection`, for facets and lists; undefined for an id the graph lacks. */
export function labelsOf(graph: SiteGraph, collection: CollectionName, ids: readonly string[]): (string | undefined)[] {
  const nodes = graph[collection] as ReadonlyMap<string, { label: string }>;
  return ids.map((id) => nodes.get(id)?.label);
}

/** The nodes of a collection, in the order of their labels. */
export function byLabel<N extends { label: string }>(nodes: ReadonlyMap<string, N>): N[] {
  return [...nodes.values()].sort((a, b) => byName(a.label, b.label));
}

/** The node `ref` points at, if it exists. */
export function nodeOf(graph: SiteGraph, ref: Ref) {
  return graph[ref.collection].get(ref.id) as { label: string } | undefined;
}

/** The label a link to `ref` shows. */
export function labelOf(graph: SiteGraph, ref: Ref): string {
  return nodeOf(graph, ref)?.label ?? ref.id;
}

/** What the graph is built from, from entries of any collection in one list (as the content check gives them). */
export function graphInputOf(
  entries: readonly { collection: CollectionName; id: string; data: unknown }[],
): GraphInput {
  const input = Object.fromEntries(COLLECTION_NAMES.map((c) => [c, [] as Entry<unknown>[]]));
  for (const e of entries) input[e.collection]?.push({ id: e.id, data: e.data });
  return input as unknown as GraphInput;
}
