/**
 * The list of collections: every folder of src/collections/ that holds a
 * collection.ts. A folder is the whole of a collection — its schema, its
 * definition (define.ts), its entry page (Page.astro), its list (List.astro)
 * and its own components — and adds itself to the types below with
 * `declare module '..'`, so that a new folder is a new collection for the
 * compiler, the routes and every generic feature, and nothing else is edited.
 */
import type { z } from 'astro/zod';
import type { AnyDefinition } from './define';
import type { Ref as SchemaRef } from './fields';
import type { ScaffoldTemplate } from '../lib/pure/scaffold';

/** Each collection's definition by name; each folder's collection.ts adds its own. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface Collections {}

export type CollectionName = Extract<keyof Collections, string>;

/** The parsed data of an entry of collection C, from its schema. */
export type DataOf<C extends CollectionName> = z.output<ReturnType<Collections[C]['schema']>>;

/** The graph node of each collection, from its builder. */
export type NodeOf = { [C in CollectionName]: ReturnType<Collections[C]['build']>[number] };

/** Collections whose entries each have a page. */
export type PageCollectionName = {
  [C in CollectionName]: Collections[C] extends { type: 'pages' } ? C : never;
}[CollectionName];

/** A collection's definition as generic code reads it. */
export type CollectionSpec = AnyDefinition;

type Module = { default: AnyDefinition };

/**
 * The definitions, found in the folders by Vite's glob import: in Astro, in
 * Vitest, and in the scripts, which vite-node runs (`npm run check:content`,
 * `npm run new` …).
 */
const modules = import.meta.glob<Module>('./*/collection.ts', { eager: true });

/** The definitions in their order; a folder whose definition names another collection is a mistake said here. */
const definitions = Object.entries(modules)
  .map(([file, module]) => {
    const folder = file.split('/')[1];
    const definition = module.default;
    if (!definition || definition.name !== folder)
      throw new Error(
        `src/collections/${folder}/collection.ts — its default export must be the collection's definition, with name: '${folder}' (the folder's name)`,
      );
    return definition;
  })
  .sort((a, b) => a.order - b.order || a.name.localeCompare(b.name));

export const REGISTRY = Object.fromEntries(definitions.map((d) => [d.name, d])) as unknown as {
  [C in CollectionName]: Collections[C];
};

/** The collection names, in their order. */
export const COLLECTION_NAMES = definitions.map((d) => d.name) as CollectionName[];

/** The definition of `collection`, typed as the general spec. */
export function collectionSpec(collection: CollectionName): CollectionSpec {
  return REGISTRY[collection] as CollectionSpec;
}

/** True when `name` is a registered collection. */
export function isCollectionName(name: unknown): name is CollectionName {
  return typeof name === 'string' && Object.hasOwn(REGISTRY, name);
}

/** True when entries of `collection` have pages of their own. */
export function hasPages(collection: CollectionName): collection is PageCollectionName {
  return collectionSpec(collection).type === 'pages';
}

/** The collections with a page each, in order. */
export const PAGE_COLLECTIONS = COLLECTION_NAMES.filter(hasPages);

/** "content/bodies/*.mdx" or "content/glossary.yaml": where entries of a collection are written. */
export function sourcePattern(collection: CollectionName, contentDir = 'content'): string {
  return hasPages(collection) ? `${contentDir}/${collection}/*.mdx` : `${contentDir}/${collection}.yaml`;
}

/** Where the ids of a collection are: "file names in content/bodies/", "ids in content/glossary.yaml". */
export function idsIn(collection: CollectionName, contentDir = 'content'): string {
  return hasPages(collection)
    ? `file names in ${contentDir}/${collection}/`
    : `ids in ${contentDir}/${collection}.yaml`;
}

/** The header's navigation: the collections with a place in it, in order. */
export const NAVIGATION = COLLECTION_NAMES.flatMap((collection) => {
  const { nav, title } = collectionSpec(collection);
  return nav ? [{ collection, label: nav.label ?? title, order: nav.order }] : [];
}).sort((a, b) => a.order - b.order);

/** The collections `npm run new` can write an entry of, with the noun it is asked by ("meeting"). */
export function scaffoldable(): {
  collection: PageCollectionName;
  noun: string;
  template: ScaffoldTemplate<CollectionName>;
}[] {
  return PAGE_COLLECTIONS.flatMap((collection) => {
    const spec = collectionSpec(collection);
    return spec.scaffold ? [{ collection, noun: spec.noun, template: spec.scaffold }] : [];
  });
}

/** A reference to an entry of a registered collection. */
export type Ref<C extends CollectionName = CollectionName> = SchemaRef<C>;
