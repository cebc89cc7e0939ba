/**
 * The field tables of CONTRIBUTING.md, generated from the schemas: each
 * field's name, whether it is required and what it means come from the
 * schema (`.describe()`, see `doc()` in src/lib/collection-api/fields.ts); the examples
 * are the documentation's own and are kept as they are written. `npm run
 * docs` rewrites the tables; a unit test fails when they disagree.
 */
import { z } from 'astro/zod';
import { REQUIRED_WHEN } from '../collection-api/fields';

export interface FieldDoc {
  field: string;
  /** "yes", "no", or when an optional field must be given. */
  required: string;
  meaning: string;
  /** True for a list. */
  list: boolean;
  /** The allowed values, for a field that takes one of a few. */
  values?: string[];
}

export interface FieldTable {
  /** "" for the entry's own fields; the field name for the items of a list of groups ("relevance"). */
  of: string;
  rows: FieldDoc[];
}

/** The schema inside optional, default and effects wrappers, and the first description found on the way. */
function unwrap(schema: z.ZodTypeAny): { inner: z.ZodTypeAny; description?: string } {
  let inner = schema;
  let description = schema.description;
  for (;;) {
    if (inner instanceof z.ZodOptional || inner instanceof z.ZodNullable) inner = inner.unwrap();
    else if (inner instanceof z.ZodDefault) inner = inner._def.innerType;
    else if (inner instanceof z.ZodEffects) inner = inner.innerType();
    else return { inner, description };
    description ??= inner.description;
  }
}

function shapeOf(schema: z.ZodTypeAny): Record<string, z.ZodTypeAny> {
  const { inner } = unwrap(schema);
  if (!(inner instanceof z.ZodObject)) throw new Error('field tables need an object schema');
  return inner.shape as Record<string, z.ZodTypeAny>;
}

/** The fields of an entry, in schema order: name, whether required, meaning, list or not, allowed values. */
export function fieldRows(schema: z.ZodTypeAny): FieldDoc[] {
  return Object.entries(shapeOf(schema)).map(([field, value]) => {
    const { inner: type, description = '' } = unwrap(value);
    const [meaning = '', when] = description.split(REQUIRED_WHEN);
    if (!meaning) throw new Error(`the field "${field}" has no description`);
    return {
      field,
      required: value.isOptional() ? (when ?? 'no') : 'yes',
      meaning,
      list: type instanceof z.ZodArray,
      ...(type instanceof z.ZodEnum ? { values: [...(type.options as string[])] } : {}),
    };
  });
}

/** The tables of an entry's fields: its own, then one for the items of each list of groups (sources aside). */
export function fieldTables(schema: z.ZodTypeAny): FieldTable[] {
  const lists = Object.entries(shapeOf(schema)).flatMap(([field, value]) => {
    const { inner: type } = unwrap(value);
    const item = type instanceof z.ZodArray ? unwrap(type.element).inner : undefined;
    return item instanceof z.ZodObject && field !== 'sources' ? [{ of: field, rows: fieldRows(item) }] : [];
  });
  return [{ of: '', rows: fieldRows(schema) }, ...lists];
}

const HEADER = ['| field | required | meaning | example |', '| --- | --- | --- | --- |'];

/** A table as Markdown; `examples` maps a field to its example cell. */
export function renderTable(rows: readonly FieldDoc[], examples: ReadonlyMap<string, string> = new Map()): string {
  return [
    ...HEADER,
    ...rows.map((r) => {
      const example = examples.get(r.field);
      return `| \`${r.field}\` | ${r.required} | ${r.meaning} |${example ? ` ${example} ` : ' '}|`;
    }),
  ].join('\n');
}

/** The example cells of a Markdown field table, by field. */
export function examplesOf(table: string): Map<string, string> {
  const examples = new Map<string, string>();
  for (const line of table.split('\n')) {
    const cells = /^\| `([^`]+)` \|.*\| (.*?) ?\|$/.exec(line);
    if (cells?.[1]) examples.set(cells[1], (cells[2] ?? '').trim());
  }
  return examples;
}

/** The marker around a generated table in CONTRIBUTING.md, named after a collection or a list of objects in it ("bodies.relevance"). */
export const markers = (name: string) => [`<!-- fields: ${name} -->`, `<!-- /fields: ${name} -->`] as const;

/**
 * `document` with each marked table regenerated from `tables` (keeping its
 * examples); also the names of the tables the document has no markers for.
 */
export function updateDocument(
  document: string,
  tables: ReadonlyMap<string, FieldDoc[]>,
  blocks: ReadonlyMap<string, string> = new Map(),
): { text: string; missing: string[] } {
  let text = document;
  const missing: string[] = [];
  // Other generated text (such as the table of a list of values), replaced whole.
  for (const [name, block] of blocks) {
    const [open, close] = [`<!-- generated: ${name} -->`, `<!-- /generated: ${name} -->`];
    const start = text.indexOf(open);
    const end = text.indexOf(close);
    if (start === -1 || end < start) missing.push(`generated: ${name}`);
    else text = `${text.slice(0, start)}${open}\n${block}\n${text.slice(end)}`;
  }
  for (const [name, rows] of tables) {
    const [open, close] = markers(name);
    const start = text.indexOf(open);
    const end = text.indexOf(close);
    if (start === -1 || end < start) {
      missing.push(name);
      continue;
    }
    const old = text.slice(start + open.length, end);
    text = `${text.slice(0, start)}${open}\n${renderTable(rows, examplesOf(old))}\n${text.slice(end)}`;
  }
  return { text, missing };
}

/** Every field table of the data model, named after its collection or its list ("bodies.relevance"), in the collections' order. */
export function modelTables(collections: readonly { name: string; schema: z.ZodTypeAny }[]): Map<string, FieldDoc[]> {
  const tables = new Map<string, FieldDoc[]>();
  for (const { name, schema } of collections) {
    for (const table of fieldTables(schema)) tables.set(table.of ? `${name}.${table.of}` : name, table.rows);
  }
  return tables;
}
