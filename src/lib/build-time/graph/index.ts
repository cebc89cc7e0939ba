/**
 * The cross-link graph of the site, computed once from all entries. Every
 * relation stated in one place (a meeting's bodies, a body's partners, a
 * standard's maintainer …) is navigable from both ends here, so pages only
 * ask and render. The reverse-link index (links.ts) answers "who refers to
 * this?"; each collection's definition puts its nodes together (`build`),
 * asking for the nodes of the others it needs, which are built first. The
 * ways to read it are collection-api/graph.ts's.
 */
import { COLLECTION_NAMES, collectionSpec, type CollectionName } from '../site-collections';
import type { BuildContext } from '../../collection-api/define';
import type { Entry, GraphInput, SiteGraph } from '../../collection-api/graph';
import { LinkIndex } from './links';
import { mapOf } from '../../pure/lists';

export * from '../../collection-api/graph';

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

  return Object.fromEntries(COLLECTION_NAMES.map((c) => [c, context.nodes(c)])) as SiteGraph;
}

/** What the graph is built from, from entries of any collection in one list (as the content check gives them). */
export function graphInputOf(
  entries: readonly { collection: CollectionName; id: string; data: unknown }[],
): GraphInput {
  const input = Object.fromEntries(COLLECTION_NAMES.map((c) => [c, [] as Entry<unknown>[]]));
  for (const e of entries) input[e.collection]?.push({ id: e.id, data: e.data });
  return input as unknown as GraphInput;
}
