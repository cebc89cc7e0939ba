/**
 * The registry: the project's collections, from the one list that names them
 * (src/collections/index.ts, `defineCollections({ bodies, meetings, … })`),
 * with what generic code asks of them. Generic code never imports the list
 * by its path: the project names it `#collections` in package.json
 * ("imports"), as Starlight's users hand it their configuration, and the
 * modules of src/lib/ read it from build-time/site-collections.ts.
 */
import type { AnyDefinition } from './define';
import type { ScaffoldTemplate } from '../pure/scaffold';

/** A definition as generic code reads it, with its name: its key in the list, its folder and its content's. */
export type CollectionSpec = AnyDefinition & { name: string };

export interface NavigationItem<Name extends string> {
  collection: Name;
  label: string;
  order: number;
}

export interface Scaffoldable<Name extends string> {
  collection: Name;
  noun: string;
  template: ScaffoldTemplate<Name>;
}

export interface Registry<List extends Record<string, AnyDefinition>> {
  /** Each definition by name, with its name. */
  REGISTRY: { [C in keyof List]: List[C] & { name: C } };
  /** The names, in the list's order (open data, the footer). */
  COLLECTION_NAMES: Extract<keyof List, string>[];
  /** The collections with a page per entry, in order. */
  PAGE_COLLECTIONS: Extract<keyof List, string>[];
  /** The header's navigation: the collections with a place in it, in its order. */
  NAVIGATION: NavigationItem<Extract<keyof List, string>>[];
  collectionSpec(collection: string): CollectionSpec;
  isCollectionName(name: unknown): name is Extract<keyof List, string>;
  hasPages(collection: string): boolean;
  /** "content/bodies/*.mdx" or "content/glossary.yaml": where entries of a collection are written. */
  sourcePattern(collection: string, contentDir?: string): string;
  /** Where the ids of a collection are: "file names in content/bodies/", "ids in content/glossary.yaml". */
  idsIn(collection: string, contentDir?: string): string;
  /** The collections `npm run new` can write an entry of, with the noun it is asked by ("meeting"). */
  scaffoldable(): Scaffoldable<Extract<keyof List, string>>[];
}

const NAME = /^[a-z][a-z0-9-]*$/;

/** The registry of a list of definitions, each under its name. */
export function defineCollections<List extends Record<string, AnyDefinition>>(list: List): Registry<List> {
  type Name = Extract<keyof List, string>;
  const names = Object.keys(list) as Name[];
  for (const name of names)
    if (!NAME.test(name))
      throw new Error(
        `src/collections/index.ts — "${name}" cannot name a collection: lowercase letters, digits and hyphens, its folder's name`,
      );
  const REGISTRY = Object.fromEntries(
    names.map((name) => [name, { ...list[name], name }]),
  ) as unknown as Registry<List>['REGISTRY'];
  const isCollectionName = (name: unknown): name is Name => typeof name === 'string' && Object.hasOwn(REGISTRY, name);
  const collectionSpec = (collection: string): CollectionSpec => {
    if (!isCollectionName(collection)) throw new Error(`there is no collection "${collection}"`);
    return REGISTRY[collection] as CollectionSpec;
  };
  const hasPages = (collection: string) => collectionSpec(collection).type === 'pages';
  const PAGE_COLLECTIONS = names.filter(hasPages);
  return {
    REGISTRY,
    COLLECTION_NAMES: names,
    PAGE_COLLECTIONS,
    NAVIGATION: names
      .flatMap((collection) => {
        const { nav, title } = collectionSpec(collection);
        return nav ? [{ collection, label: nav.label ?? title, order: nav.order }] : [];
      })
      .sort((a, b) => a.order - b.order),
    collectionSpec,
    isCollectionName,
    hasPages,
    sourcePattern: (collection, contentDir = 'content') =>
      hasPages(collection) ? `${contentDir}/${collection}/*.mdx` : `${contentDir}/${collection}.yaml`,
    idsIn: (collection, contentDir = 'content') =>
      hasPages(collection) ? `file names in ${contentDir}/${collection}/` : `ids in ${contentDir}/${collection}.yaml`,
    scaffoldable: () =>
      PAGE_COLLECTIONS.flatMap((collection) => {
        const spec = collectionSpec(collection);
        return spec.scaffold
          ? [{ collection, noun: spec.noun, template: spec.scaffold as ScaffoldTemplate<Name> }]
          : [];
      }),
  };
}
