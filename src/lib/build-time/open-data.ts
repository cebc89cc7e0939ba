/**
 * The content as open data: one JSON file per collection (and one for each
 * file a definition derives from its entries: `derivedData`), CSV files for the tables people open in a
 * spreadsheet, and a JSON Schema per JSON file generated from the content
 * schemas themselves, so that the data and its description cannot drift.
 * Ids are the entries' ids; every entry carries the absolute URL of its page
 * in `page` (its own `url`, where it has one, is the address it cites), and
 * every reference is an object with `id` and `url`; nothing here is specific
 * to one project.
 */
import { z } from 'astro/zod';
import { zodToJsonSchema } from 'zod-to-json-schema';
import { stringify } from 'csv-stringify/sync';
import { COLLECTION_NAMES, REGISTRY, collectionSpec, isCollectionName, type CollectionName } from './site-collections';
import type { DerivedData } from '../collection-api/define';
import type { RefFactory } from '../collection-api/fields';
import { isRef } from './refs';
import { entryPath } from './paths';
import type { SiteGraph } from './graph';
import { fieldTables, type FieldTable } from './field-docs';

/** The files each collection derives from its entries, by name, with the collection they come from. */
const DERIVED = new Map(
  COLLECTION_NAMES.flatMap((collection) =>
    Object.entries(collectionSpec(collection).derivedData ?? {}).map(([name, file]) => {
      if (isCollectionName(name))
        throw new Error(`the ${collection} collection derives a data file named as the collection "${name}"`);
      return [name, { collection, file }] as const;
    }),
  ),
);

/** A file of /data/: a collection's, or one derived from a collection's entries. */
export type DataFile = CollectionName | string;

/** Every file of /data/: the collections, then the files derived from them. */
export const DATA_FILES: readonly DataFile[] = [...COLLECTION_NAMES, ...DERIVED.keys()];

/** The files that also come as CSV: the collections whose definitions give a table, and derived files with columns. */
export const CSV_FILES: readonly DataFile[] = DATA_FILES.filter((file) =>
  isCollectionName(file) ? collectionSpec(file).csv : DERIVED.get(file)?.file.csv,
);

/** The derived file `name`; an error when there is none. */
function derived(name: string): DerivedData & { collection: CollectionName } {
  const found = DERIVED.get(name);
  if (!found) throw new Error(`there is no data file "${name}"`);
  return { ...found.file, collection: found.collection };
}

/** A reference as it is published: the id and the absolute URL of the entry's page or anchor. */
const publishedRef = (collection: CollectionName) =>
  z
    .object({
      id: z.string().describe(`id of a ${REGISTRY[collection].noun}`),
      url: z.string().url().describe(`address of the ${REGISTRY[collection].noun}'s page`),
    })
    .strict();

const exportRef = ((collection: CollectionName) => publishedRef(collection)) as unknown as RefFactory;

/** The schema of one published entry of `collection`: its content schema, references as id and URL, plus id and url. */
function itemSchema(collection: CollectionName): z.ZodTypeAny {
  const schema = collectionSpec(collection).schema(exportRef) as z.AnyZodObject;
  const { noun } = REGISTRY[collection];
  for (const own of ['id', 'page'])
    if (own in schema.shape) throw new Error(`the ${collection} schema has a field "${own}", which open data adds`);
  return z
    .object({
      id: z.string().describe(`the ${noun}'s id, stable from build to build`),
      page: z.string().url().describe(`address of the ${noun}'s page on this site`),
    })
    .merge(schema)
    .strict();
}

/** The schema of one item of a data file. */
function fileItemSchema(file: DataFile): z.ZodTypeAny {
  if (isCollectionName(file)) return itemSchema(file);
  const { collection, schema } = derived(file);
  return schema(collectionSpec(collection).schema(exportRef) as z.AnyZodObject, exportRef);
}

/** The fields of one data file's items, with their meanings, from the schema (for the /data/ page). */
export function dataFields(file: DataFile): FieldTable[] {
  return fieldTables(fileItemSchema(file));
}

/** How many items a data file holds. */
export const dataCount = (file: DataFile, graph: SiteGraph): number =>
  isCollectionName(file) ? graph[file].size : derived(file).items(graph).length;

export interface DataContext {
  /** Turns a site path into an absolute URL, with the base. */
  url: (path: string) => string;
  /** The licence of the data, when the project has set one. */
  licence?: { name: string; url: string };
  /** The site's title, for the files' descriptions. */
  title: string;
}

/** The title of a data file: its collection's, or the derived file's ("Contributions"). */
export const dataTitle = (file: DataFile): string =>
  isCollectionName(file) ? REGISTRY[file].title : derived(file).title;

/** What one item of a data file is called. */
const itemNoun = (file: DataFile): string => (isCollectionName(file) ? REGISTRY[file].noun : derived(file).noun);

/** The JSON Schema of one data file, generated from the content schema. */
export function dataSchema(file: DataFile, context: DataContext): Record<string, unknown> {
  const item = fileItemSchema(file);
  const document = z
    .object({
      $schema: z.string().url().describe('address of this schema'),
      title: z.string(),
      licence: z
        .object({ name: z.string(), url: z.string().url() })
        .strict()
        .optional()
        .describe('the licence under which the data may be reused'),
      count: z.number().int().nonnegative().describe('the number of items'),
      items: z.array(item).describe(`every ${itemNoun(file)}`),
    })
    .strict();
  return {
    ...zodToJsonSchema(document, { target: 'jsonSchema7', $refStrategy: 'none', effectStrategy: 'input' }),
    $id: context.url(`/data/${file}.schema.json`),
    title: `${context.title}: ${dataTitle(file)}`,
  };
}

/** `data` with every reference replaced by its id and the absolute URL of its page. */
function publish(data: unknown, url: DataContext['url']): unknown {
  if (isRef(data)) return { id: data.id, url: url(entryPath(data)) };
  if (Array.isArray(data)) return data.map((item) => publish(item, url));
  if (data && typeof data === 'object')
    return Object.fromEntries(
      Object.entries(data)
        .filter(([, value]) => value !== undefined)
        .map(([key, value]) => [key, publish(value, url)]),
    );
  return data;
}

/** The items of one data file, in the graph's order. */
export function dataItems(file: DataFile, graph: SiteGraph, url: DataContext['url']): Record<string, unknown>[] {
  if (!isCollectionName(file))
    return derived(file)
      .items(graph)
      .map((item) => publish(item, url) as Record<string, unknown>);
  return [...(graph[file] as Map<string, { id: string; data: unknown }>).values()].map(({ id, data }) => ({
    id,
    page: url(entryPath({ collection: file, id })),
    ...(publish(data, url) as object),
  }));
}

/** One data file as JSON. */
export function dataDocument(file: DataFile, graph: SiteGraph, context: DataContext): Record<string, unknown> {
  const items = dataItems(file, graph, context.url);
  return {
    $schema: context.url(`/data/${file}.schema.json`),
    title: `${context.title}: ${dataTitle(file)}`,
    ...(context.licence && { licence: context.licence }),
    count: items.length,
    items,
  };
}

/** A cell of a CSV file: lists joined with "; ", references by id, other objects as their values joined with ": ". */
function cell(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (isRef(value)) return value.id;
  if (Array.isArray(value)) return value.map(cell).join('; ');
  if (typeof value === 'object') return Object.values(value).map(cell).join(': ');
  return String(value);
}

/** One CSV file, with a header row. */
export function dataCsv(file: DataFile, graph: SiteGraph, url: DataContext['url']): string {
  const { columns, rows } = csvTable(file, graph, url);
  return stringify([columns, ...rows.map((row) => columns.map((c) => cell(row[c])))], { eof: true });
}

function csvTable(
  file: DataFile,
  graph: SiteGraph,
  url: DataContext['url'],
): { columns: readonly string[]; rows: Record<string, unknown>[] } {
  // A collection's table has the columns its definition gives, after id and page; a derived file's, its own.
  if (!isCollectionName(file)) {
    const { csv, items } = derived(file);
    if (!csv) throw new Error(`the data file ${file} has no table`);
    return { columns: csv, rows: items(graph) };
  }
  const table = collectionSpec(file).csv;
  if (!table) throw new Error(`the ${file} collection has no table of open data`);
  const nodes = [...(graph[file] as Map<string, { id: string; data: object }>).values()];
  const rows = table.rows?.(graph) ?? nodes.map((n) => ({ ...n.data, id: n.id }));
  return {
    columns: ['id', 'page', ...table.columns],
    rows: [...rows].map((row) => ({ ...row, page: url(entryPath({ collection: file, id: row.id })) })),
  };
}
