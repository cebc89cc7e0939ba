/**
 * The graph's general shapes — an entry, a node, what the graph is built from
 * and what it holds — and the ways every page and definition reads it. A
 * collection's views across the graph (a timeline, the tree of organisations)
 * are its own, made once per graph with `graphView`.
 */
import type { CollectionName, DataOf, NodeOf, Ref } from './types';
import { byName, mustGet } from '../pure/lists';

export interface Entry<D> {
  id: string;
  data: D;
}

/** Every node has the label a link to it shows. */
export interface Node<D> extends Entry<D> {
  label: string;
}

/** The parsed entries of every collection. */
export type GraphInput = { [C in CollectionName]: Entry<DataOf<C>>[] };

/** Each collection's nodes by id, in the collection's order. */
export type SiteGraph = { [C in CollectionName]: Map<string, NodeOf[C]> };

/** The node of an entry the content check has vouched for; an error naming it otherwise. */
export function nodeIn<C extends CollectionName>(graph: SiteGraph, collection: C, id: string): NodeOf[C] {
  return mustGet(graph[collection] as Map<string, NodeOf[C]>, id, `${collection} entry`);
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

/**
 * A view of the graph that a collection offers (its meetings newest first,
 * its top-level organisations): computed on first use, once per graph.
 */
export function graphView<T>(make: (graph: SiteGraph) => T): (graph: SiteGraph) => T {
  const made = new WeakMap<SiteGraph, T>();
  return (graph) => {
    if (!made.has(graph)) made.set(graph, make(graph));
    return made.get(graph) as T;
  };
}
