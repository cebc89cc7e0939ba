/** The graph's general shapes: an entry, a node, what the graph is built from and what it holds. */
import type { CollectionName, DataOf, NodeOf } from '../../../collections';
import type { ContributionRow } from '../../../collections/meetings/graph';

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

/** Each collection's nodes by id, in the collection's order, and the views across collections. */
export type SiteGraph = { [C in CollectionName]: Map<string, NodeOf[C]> } & {
  /** Meetings, newest first. */
  timeline: string[];
  /** Every contribution, newest meeting first. */
  contributions: ContributionRow[];
  /** Top-level bodies, in name order. */
  organisations: string[];
};

export type { CollectionName, DataOf, NodeOf };
