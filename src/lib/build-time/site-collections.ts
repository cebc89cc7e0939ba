/**
 * The project's collections as the generic code of src/lib/ reads them: the
 * registry of the list the project names as `#collections` (package.json,
 * "imports"), so that nothing here imports src/collections/ (the collections
 * import the framework, never the other way round), in Astro, in the scripts
 * and in the tests alike.
 */
import registry from '#collections';
import type { CollectionName, PageCollectionName } from '../collection-api/types';

export type * from '../collection-api/types';
export type { CollectionSpec } from '../collection-api/registry';

export const { REGISTRY, COLLECTION_NAMES, NAVIGATION, collectionSpec, isCollectionName, sourcePattern, idsIn } =
  registry;

/** The collections with a page per entry, in order. */
export const PAGE_COLLECTIONS = registry.PAGE_COLLECTIONS as PageCollectionName[];

/** True when entries of `collection` have pages of their own. */
export const hasPages = (collection: CollectionName): collection is PageCollectionName => registry.hasPages(collection);

/** The collections `npm run new` can write an entry of. */
export const scaffoldable = () =>
  registry.scaffoldable() as {
    collection: PageCollectionName;
    noun: string;
    template: ReturnType<typeof registry.scaffoldable>[number]['template'];
  }[];
