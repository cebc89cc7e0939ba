/**
 * What a collection is: the shape of the definition each folder of
 * src/collections/ gives in its collection.ts, and the project lists, by
 * name, in src/collections/index.ts (registry.ts). Everything generic — routes,
 * the graph, search, open data, structured data, navigation, the content
 * check, the scaffolder — asks a collection's definition instead of knowing
 * the collection.
 */
import type { z } from 'astro/zod';
import type { RefFactory } from './fields';
import type { CollectionName, DataOf, NodeOf, Ref } from './types';
import type { Entry, Node, SiteGraph } from './graph';
import type { Rule } from './rule';
import type { LinkIndex } from '../build-time/graph/links';
import type { EntryHead, HeadContext } from '../render/entry-heads';
import type { SearchIndexing } from '../search/search-index';
import type { ScaffoldTemplate } from '../pure/scaffold';
import type { SiteConfig } from '../build-time/site-config';
import type { IssueFormDefinition } from './issue-form';
import type { FeedContext, FeedItem } from '../render/feeds';

/** The data model of one entry, given the factory of reference fields. */
export type SchemaFactory = (ref: RefFactory) => z.ZodTypeAny;

/** The parsed data of one entry, as `schema` makes it. */
export type DataOfSchema<S extends SchemaFactory> = z.output<ReturnType<S>>;

/** What a collection's graph builder may ask of the rest of the content. */
export interface BuildContext {
  /** Who refers to whom, through which field. */
  links: LinkIndex;
  /** The parsed entries of a collection, by id. */
  entries<C extends CollectionName>(collection: C): ReadonlyMap<string, Entry<DataOf<C>>>;
  /** The nodes of another collection, built first when they are not yet. */
  nodes<C extends CollectionName>(collection: C): ReadonlyMap<string, NodeOf[C]>;
  /** A value computed once per graph, under `key`, shared by the builders that need it. */
  once<T>(key: string, make: () => T): T;
}

/** The names an entry is found by: the first is the name answers show; `expansion` is what an acronym stands for. */
export interface SearchNames {
  names: readonly (string | undefined)[];
  expansion?: string;
}

/** How an entry page is indexed, beyond its type and names. */
export type SearchDetails = Pick<SearchIndexing, 'filters' | 'meta'> & {
  /** More words it should be found by than its names (a meeting's place). */
  terms?: readonly (string | undefined)[];
};

/** What structured data of a page is made from. */
export interface LdContext {
  graph: SiteGraph;
  /** The absolute address of a site path. */
  url: (path: string) => string;
  /** The absolute address of an entry's page. */
  page: (ref: Ref) => string;
  site: SiteConfig;
}

/** A page a collection adds beyond its list and its entries' pages: a timeline, the meetings of one facet value … */
export interface CollectionRoute {
  /** Its address, with Astro's parameters: "/timeline", "/meetings/by/[facet]". */
  pattern: string;
  /** Its page, an .astro file of the collection's folder: `new URL('./routes/timeline.astro', import.meta.url)`. */
  entrypoint: URL;
  /** For a page without parameters, its name in the footer; the content check then knows links to it. */
  label?: string;
}

/** What the calendar of some events is made with. */
export interface CalendarContext extends FeedContext {
  /** The calendar's name, as calendar applications show it. */
  name: string;
}

/** A collection whose entries are events (meetings): what the site's feeds and calendars make of them. */
export interface Events<N> {
  /** The ids of its entries, newest first: the site's feed and calendar. */
  newestFirst(graph: SiteGraph): readonly string[];
  /** One of its entries as an item of a feed. */
  feedItem(node: N, context: FeedContext): FeedItem;
  /** Some of its entries (ids, newest first) as an iCalendar file. */
  calendar(ids: readonly string[], context: CalendarContext): string;
}

/** A file of open data a collection makes from its entries, beside its own (a meeting's contributions, one row each). */
export interface DerivedData {
  /** Its title: "Contributions". */
  title: string;
  /** What one item is called: "contribution". */
  noun: string;
  /** The schema of one item, from the collection's own schema, made with the reference factory of open data. */
  schema(own: z.AnyZodObject, ref: RefFactory): z.AnyZodObject;
  /** The items, in order, references as `{ collection, id }` (open data publishes them with their addresses). */
  items(graph: SiteGraph): Record<string, unknown>[];
  /** The columns of its CSV table, in order; absent: JSON only. */
  csv?: readonly string[];
}

/** A table of a collection's open data, as CSV. */
export interface CsvTable {
  /** The columns, in order: fields of the rows (`id` and `page` are given to every row). */
  columns: readonly string[];
  /** The rows, in order; each entry's data with its id when absent. */
  rows?(graph: SiteGraph): Iterable<{ id: string } & Record<string, unknown>>;
  /** The fields of the schema the table leaves out, each with why (all are in the JSON file): a test holds every other field to a column. */
  omit: Readonly<Record<string, string>>;
}

export interface Definition<
  S extends SchemaFactory,
  N extends Node<DataOfSchema<S>>,
  K extends 'pages' | 'data' = 'pages' | 'data',
> {
  /** One MDX file per entry, each with a page of its own; or one YAML file of entries, each an anchor of the collection's page. */
  type: K;
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
  /** Place in the header's navigation (and on the home page), lowest first, and a shorter label than the title if needed; absent: in the footer. */
  nav?: { order: number; label?: string };
  /** The data model of one entry. */
  schema: S;
  /** The graph's node of each entry: the entry with its label and what the rest of the content says about it, in the collection's order. */
  build(entries: readonly Entry<DataOfSchema<S>>[], context: BuildContext): N[];
  /** The names it is found by in search; absent: found by its text only. */
  names?(node: N): SearchNames;
  /** False to leave its names out of the vocabulary search answers and corrects typos with (there are too many). */
  vocabulary?: boolean;
  /** Facets, result details and more words of its page in the search index. */
  search?(node: N, graph: SiteGraph): SearchDetails;
  /** What heads its page besides its label (a description is required). */
  head?(node: N, context: HeadContext): Omit<EntryHead, 'search' | 'jsonLd'>;
  /** schema.org description of its page. */
  jsonLd?(node: N, context: LdContext): Record<string, unknown>;
  /** Its CSV table of open data; absent: JSON only. */
  csv?: CsvTable;
  /** More files of open data made from its entries, by file name (/data/<name>.json). */
  derivedData?: Readonly<Record<string, DerivedData>>;
  /** When its entries are events, what the feeds and calendars make of them (one collection of a project has them). */
  events?: Events<N>;
  /** The events (ids, newest first) that the feed and the calendar of an entry hold (/<path>/<id>/feed.xml, calendar.ics); absent: its entries have none. */
  follow?(node: N, graph: SiteGraph): readonly string[];
  /** The pages it adds beyond its list and its entries' pages, which the site's integration puts in place. */
  routes?: readonly CollectionRoute[];
  /** The figures of it the home page shows, each linked to its page: "9 meetings", "17 contributions". */
  figures?(graph: SiteGraph): readonly { value: number; label: string }[];
  /** True when its list is split into pages of fifty. */
  paged?: boolean;
  /**
   * Where its entries come from, when they are not the reports' but the site's own (a grouping by theme): every
   * list of them on another entry's page is marked "not from the report" with these words.
   */
  origin?: string;
  /** A remark plugin the collection adds to the text of every page, given the path of its own page (/<path>/). */
  remark?: (options: { path: string }) => (tree: import('unist').Node) => void;
  /**
   * The fields whose values are claims about the world (a body's kind, who maintains a standard): each value
   * rests on the report's words in the entry's `basis`, or says where it comes from in `fromElsewhere`.
   */
  claims?: readonly Extract<keyof DataOfSchema<S>, string>[];
  /** What the content check holds its entries to beyond their schema: rules across fields or entries (rules.ts). */
  rules?: readonly Rule<DataOfSchema<S>>[];
  /** Blocks of CONTRIBUTING.md it writes beyond its field table, by the name of their marker (`npm run docs`): Markdown. */
  docs?: Readonly<Record<string, () => string>>;
  /** The issue form through which a partner writes one of its entries without YAML (issue-form.ts); absent: none. */
  issueForm?: K extends 'pages' ? IssueFormDefinition : never;
  /** How `npm run new` writes a new entry; absent: not offered. */
  scaffold?: K extends 'pages' ? ScaffoldTemplate<CollectionName> : never;
}

/** Any collection's definition, as generic code sees it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyDefinition = Definition<SchemaFactory, any>;
