/**
 * The registry of collections: everything the site knows about each kind of
 * entry, in one table. Astro's collections (src/content.config.ts), URLs,
 * the content check's messages, search types, the header navigation and the
 * scaffolder are all derived from it. A new collection is one entry here
 * plus its schema in src/schemas/.
 */
import type { z } from 'astro/zod';
import * as schemas from './schemas';
import type { Ref as SchemaRef, RefFactory } from './schemas';
import { bodyTemplate, meetingTemplate, partnerTemplate, topicTemplate, type ScaffoldTemplate } from './lib/scaffold';

interface Common {
  /** What one entry is called in messages and in the scaffolder: "body", "glossary entry". */
  noun: string;
  /** The same, for several: "bodies", "glossary entries". */
  plural: string;
  /** Title of the collection's page, and its label in breadcrumbs and navigation. */
  title: string;
  /** One sentence on what the collection holds, for the home page and the collection's page description. */
  blurb: string;
  /** URL segment of the collection: /<path>/ and /<path>/<id>/ (or /<path>/#<id>). */
  path: string;
  /** The type facet of search: "Body", "Meeting" … */
  searchType: string;
  /** Place in the header's navigation, lowest first, and a shorter label than the title if needed; absent: not in it. */
  nav?: { order: number; label?: string };
  /** The data model of one entry. */
  schema: (ref: RefFactory) => z.ZodTypeAny;
}

/** One MDX file per entry in content/<folder>/, each with a page of its own. */
export interface PageCollection extends Common {
  type: 'pages';
  folder: string;
  /** How `npm run new` writes a new entry; absent: not offered. */
  scaffold?: ScaffoldTemplate;
}

/** One YAML file mapping ids to entries, all shown on the collection's page, each at an anchor. */
export interface DataCollection extends Common {
  type: 'data';
  file: string;
}

export type CollectionSpec = PageCollection | DataCollection;

export const REGISTRY = {
  bodies: {
    type: 'pages',
    folder: 'bodies',
    noun: 'body',
    plural: 'bodies',
    title: 'Standards bodies',
    blurb:
      'Every organisation, committee, working group and association, grouped by organisation, with where the project stands with each.',
    path: 'bodies',
    searchType: 'Body',
    nav: { order: 1, label: 'Bodies' },
    schema: schemas.bodySchema,
    scaffold: bodyTemplate,
  },
  meetings: {
    type: 'pages',
    folder: 'meetings',
    noun: 'meeting',
    plural: 'meetings',
    title: 'Meetings',
    blurb: 'A timeline of the meetings where the project presented its work, and what each partner brought there.',
    path: 'meetings',
    searchType: 'Meeting',
    nav: { order: 2 },
    schema: schemas.meetingSchema,
    scaffold: meetingTemplate,
  },
  partners: {
    type: 'pages',
    folder: 'partners',
    noun: 'partner',
    plural: 'partners',
    title: 'Partners',
    blurb: 'Who does what: each partner’s bodies, meetings and contributions.',
    path: 'partners',
    searchType: 'Partner',
    nav: { order: 3 },
    schema: schemas.partnerSchema,
    scaffold: partnerTemplate,
  },
  topics: {
    type: 'pages',
    folder: 'topics',
    noun: 'topic',
    plural: 'topics',
    title: 'Topics',
    blurb: 'The themes that cut across bodies and standards.',
    path: 'topics',
    searchType: 'Topic',
    nav: { order: 4 },
    schema: schemas.topicSchema,
    scaffold: topicTemplate,
  },
  standards: {
    type: 'pages',
    folder: 'standards',
    noun: 'standard',
    plural: 'standards',
    title: 'Standards',
    blurb:
      'The protocols, specifications, directives and mandates the reports name, with the bodies that maintain them.',
    path: 'standards',
    searchType: 'Standard',
    nav: { order: 5 },
    schema: schemas.standardSchema,
  },
  reports: {
    type: 'pages',
    folder: 'reports',
    noun: 'report',
    plural: 'reports',
    title: 'Reports',
    blurb: 'The project’s reports on standardisation, each version with its abstract and history.',
    path: 'reports',
    searchType: 'Report',
    schema: schemas.reportSchema,
  },
  results: {
    type: 'data',
    file: 'results.yaml',
    noun: 'result',
    plural: 'results',
    title: 'Project results',
    blurb: 'The project’s results, and the bodies each one matters to.',
    path: 'results',
    searchType: 'Result',
    schema: schemas.resultSchema,
  },
  glossary: {
    type: 'data',
    file: 'glossary.yaml',
    noun: 'glossary entry',
    plural: 'glossary entries',
    title: 'Glossary',
    blurb: 'What the abbreviations stand for.',
    path: 'glossary',
    searchType: 'Glossary',
    nav: { order: 6 },
    schema: schemas.glossarySchema,
  },
  references: {
    type: 'data',
    file: 'references.yaml',
    noun: 'reference',
    plural: 'references',
    title: 'References',
    blurb: 'The references of the reports, numbered as in the reports, with the pages that cite them.',
    path: 'references',
    searchType: 'Reference',
    schema: schemas.referenceSchema,
  },
} as const satisfies Record<string, CollectionSpec>;

export type CollectionName = keyof typeof REGISTRY;
/** Collections whose entries each have a page. */
export type PageCollectionName = {
  [C in CollectionName]: (typeof REGISTRY)[C] extends { type: 'pages' } ? C : never;
}[CollectionName];

/** The collection names, in the registry's order. */
export const COLLECTION_NAMES = Object.keys(REGISTRY) as CollectionName[];

/** The registry entry of `collection`, typed as the general spec. */
export function collectionSpec(collection: CollectionName): CollectionSpec {
  return REGISTRY[collection];
}

/** True when `name` is a registered collection. */
export function isCollectionName(name: unknown): name is CollectionName {
  return typeof name === 'string' && Object.hasOwn(REGISTRY, name);
}

/** True when entries of `collection` have pages of their own. */
export function hasPages(collection: CollectionName): collection is PageCollectionName {
  return REGISTRY[collection].type === 'pages';
}

/** The collections with a page each, in registry order. */
export const PAGE_COLLECTIONS = COLLECTION_NAMES.filter(hasPages);

/** "content/bodies/*.mdx" or "content/glossary.yaml": where entries of a collection are written. */
export function sourcePattern(collection: CollectionName, contentDir = 'content'): string {
  const spec = collectionSpec(collection);
  return spec.type === 'pages' ? `${contentDir}/${spec.folder}/*.mdx` : `${contentDir}/${spec.file}`;
}

/** Where the ids of a collection are: "file names in content/bodies/", "ids in content/glossary.yaml". */
export function idsIn(collection: CollectionName, contentDir = 'content'): string {
  const spec = collectionSpec(collection);
  return spec.type === 'pages' ? `file names in ${contentDir}/${spec.folder}/` : `ids in ${contentDir}/${spec.file}`;
}

/** The header's navigation: the collections with a place in it, in order. */
export const NAVIGATION = COLLECTION_NAMES.flatMap((collection) => {
  const { nav, title } = collectionSpec(collection);
  return nav ? [{ collection, label: nav.label ?? title, order: nav.order }] : [];
}).sort((a, b) => a.order - b.order);

/** The collection whose scaffold is called `noun` ("meeting"), for `npm run new`. */
export function scaffoldable(): { collection: PageCollectionName; noun: string; template: ScaffoldTemplate }[] {
  return PAGE_COLLECTIONS.flatMap((collection) => {
    const spec = REGISTRY[collection] as PageCollection;
    return spec.scaffold ? [{ collection, noun: spec.noun, template: spec.scaffold }] : [];
  });
}

/** A reference to an entry of a registered collection. */
export type Ref<C extends CollectionName = CollectionName> = SchemaRef<C>;
