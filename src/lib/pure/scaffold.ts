/**
 * Writes new content files that are valid as they stand: the right file
 * name, quoted dates, and every field of the schema in its order, each with
 * its meaning (from the schema) as a comment above it; fields not answered
 * are left empty or shown as a commented example. Used by `npm run new`;
 * each collection that offers it gives its template in its definition
 * (src/collections/<name>/collection.ts).
 */
import { slugify } from './slug';
import type { FieldDoc } from '../build-time/field-docs';

/** Answers by field name: text, or ids for a list. */
export type Answers = Record<string, string | string[] | undefined>;

/** How a collection's new entries are written; `C` is the names of the collections its fields may refer to. */
export interface ScaffoldTemplate<C extends string = string> {
  /** The fields to ask for, in order; their prompts are their meanings in the schema. */
  ask: string[];
  /** Other names of command-line flags: --partners for partnersPresent. */
  aliases?: Record<string, string>;
  /** The id (file name without .mdx) made from the answers (or the "id" answer). */
  id(answers: Answers): string;
  /** Values of fields the answers did not give. */
  defaults(answers: Answers): Record<string, string>;
  /** Commented-out examples for fields without a value, line by line. */
  examples: Record<string, string[]>;
  /** Fields written out as these lines (a list of objects the answers cannot give), still to be completed. */
  written?: Record<string, string[]>;
  /** Fields that take ids, and of which collection. */
  refs: Record<string, C>;
  /** The page text to replace. */
  text: string;
}

/** What the scaffolder is told about the data model. */
export interface ScaffoldModel<C extends string = string> {
  /** The collection's fields in schema order, with their meanings and allowed values. */
  fields: readonly FieldDoc[];
  /** Where the ids of a collection are: "file names in content/bodies/". */
  ids: (collection: C) => string;
}

/** An answer as text: empty when not given. */
export const answer = (value: Answers[string]) => (typeof value === 'string' ? value : '');

/** How the scaffolder marks text still to write; the content check refuses to publish it. */
export const TO_BE_WRITTEN = 'to be written.';
/** Text marked as still to write, for a field the scaffolder must fill. */
export const toWrite = (what: string) => `${what} — ${TO_BE_WRITTEN}`;

export interface Question {
  field: string;
  prompt: string;
  /** The answer cannot be left empty. */
  required: boolean;
  /** The answer is a comma-separated list. */
  list: boolean;
  /** The values allowed, for a field that takes one of a few. */
  values?: string[];
  /** The collection whose ids the answer gives. */
  collection?: string;
}

/** What to ask for a new file: each field of `template.ask`, its prompt from the schema. */
export function questions<C extends string>(template: ScaffoldTemplate<C>, model: ScaffoldModel<C>): Question[] {
  const defaults = template.defaults({});
  return template.ask.map((name) => {
    const field = model.fields.find((f) => f.field === name);
    if (!field) throw new Error(`the schema has no field "${name}" to ask for`);
    const hints = [
      field.values && `one of: ${field.values.join(', ')}`,
      template.refs[name] && `comma-separated ids, the ${model.ids(template.refs[name])}`,
    ].filter(Boolean);
    return {
      field: name,
      prompt: `${capital(plain(field.meaning))}${hints.length ? ` (${hints.join('; ')})` : ''}`,
      required: field.required === 'yes' && !(name in defaults),
      list: field.list,
      values: field.values,
      collection: template.refs[name],
    };
  });
}

/** A meaning without Markdown and without the table's pointers to the rest of CONTRIBUTING.md. */
const plain = (meaning: string) =>
  meaning
    .replace(/`|\*\*/g, '')
    .replace(/; see below\)/g, ')')
    .replace(/ \((see below|see the rules above|values below)\)/g, '');
const capital = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

/** "# Full name." — a field's meaning as a comment, with when it is required, its values and where its ids are. */
function comment<C extends string>(field: FieldDoc, template: ScaffoldTemplate<C>, model: ScaffoldModel<C>): string {
  const parts = [`${capital(plain(field.meaning))}.`];
  if (field.required !== 'yes' && field.required !== 'no') parts.push(`Required ${field.required}.`);
  if (field.values) parts.push(`Values: ${field.values.join(', ')}.`);
  const collection = template.refs[field.field];
  if (collection) parts.push(`Ids: ${model.ids(collection)}.`);
  return `# ${parts.join(' ')}`;
}

/** The lines of one field: its value, its commented example, or an empty list. */
function fieldLines(field: FieldDoc, value: Answers[string], literal: boolean, example?: readonly string[]): string[] {
  if (Array.isArray(value) && value.length) return [`${field.field}:`, ...value.map((id) => `  - ${id}`)];
  if (typeof value === 'string' && value) return [`${field.field}: ${literal ? value : JSON.stringify(value)}`];
  const empty = field.list ? [`${field.field}: []`] : [];
  return [...empty, ...(example ?? []).map((line) => `# ${line}`)];
}

/** The text of a new file made with `template`, and its id. */
export function scaffold<C extends string>(
  template: ScaffoldTemplate<C>,
  answers: Answers,
  model: ScaffoldModel<C>,
): { id: string; source: string } {
  const given = Object.fromEntries(Object.entries(answers).filter(([, v]) => (Array.isArray(v) ? v.length : v)));
  const values: Answers = { ...template.defaults(answers), ...given };
  const id = typeof answers.id === 'string' && answers.id ? slugify(answers.id) : template.id(answers);
  const lines = model.fields.flatMap((field) => {
    // Ids and allowed values are written as they are; other text goes between quotes.
    const literal = Boolean(field.values || template.refs[field.field]);
    const written =
      template.written?.[field.field] ??
      fieldLines(field, values[field.field], literal, template.examples[field.field]);
    return written.length ? [comment(field, template, model), ...written] : [];
  });
  return { id, source: ['---', ...lines, '---', '', template.text, ''].join('\n') };
}
