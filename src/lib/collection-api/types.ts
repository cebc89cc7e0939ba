/**
 * The types every generic module reads the collections by, derived from the
 * project's one list of definitions, `#collections` (package.json, "imports":
 * src/collections/index.ts). Only types come from it here; the definitions
 * reach generic code through the registry (registry.ts, read by
 * build-time/site-collections.ts).
 */
import type { z } from 'astro/zod';
import type { Collections } from '#collections';
import type { Ref as SchemaRef } from './fields';

export type { Collections };

export type CollectionName = Extract<keyof Collections, string>;

/** The parsed data of an entry of collection C, from its schema. */
export type DataOf<C extends CollectionName> = z.output<ReturnType<Collections[C]['schema']>>;

/** The graph node of each collection, from its builder. */
export type NodeOf = { [C in CollectionName]: ReturnType<Collections[C]['build']>[number] };

/** Collections whose entries each have a page. */
export type PageCollectionName = {
  [C in CollectionName]: Collections[C] extends { type: 'pages' } ? C : never;
}[CollectionName];

/** A reference to an entry of a collection. */
export type Ref<C extends CollectionName = CollectionName> = SchemaRef<C>;
