/**
 * Writes new content files that are valid as they stand: the right file
 * name, quoted dates, and every field of the schema in its order, each with
 * its meaning (from the schema) as a comment above it; fields not answered
 * are left empty or shown as a commented example. Used by `npm run new`;
 * each collection that offers it names its template in src/registry.ts.
 */
import { slugify } from './slug';
import type { FieldDoc } from './field-docs';
import type { CollectionName } from '../registry';

export interface Answers {
  /** meeting: title; others: name. */
  title?: string;
  name?: string;
  acronym?: string;
  kind?: string;
  parent?: string;
  start?: string;
  end?: string;
  place?: string;
  summary?: string;
  bodies?: string[];
  partners?: string[];
  legalName?: string;
  country?: string;
  role?: string;
  /** The file name without .mdx; made from the answers when absent. */
  id?: string;
}

export interface Question {
  key: keyof Answers;
  prompt: string;
  required: boolean;
  list?: boolean;
}

/** A field's value in the new file: text (quoted when written), a YAML literal, or a list of ids. */
export type Value = { text: string } | { literal: string } | { ids: readonly string[] };

export interface ScaffoldTemplate {
  /** The questions to ask, required ones first. */
  questions: Question[];
  /** The id (file name without .mdx) made from the answers. */
  id(answers: Answers): string;
  /** The values the answers give; a field without one is left empty or shown as its example. */
  values(answers: Answers): Record<string, Value | undefined>;
  /** Commented-out examples for fields without a value, line by line. */
  examples: Record<string, string[]>;
  /** Fields that take ids, and of which collection. */
  refs: Record<string, CollectionName>;
  /** The page text to replace. */
  text: string;
}

/** What the scaffolder is told about the data model. */
export interface ScaffoldModel {
  /** The collection's fields in schema order, with their meanings and allowed values. */
  fields: readonly FieldDoc[];
  /** Where the ids of a collection are: "file names in content/bodies/". */
  ids: (collection: CollectionName) => string;
}

const text = (value: string | undefined): Value | undefined => (value ? { text: value } : undefined);
const literal = (value: string | undefined): Value | undefined => (value ? { literal: value } : undefined);
const ids = (values: readonly string[] | undefined): Value | undefined =>
  values?.length ? { ids: values } : undefined;
const toWrite = (value: string | undefined, what: string): Value => ({ text: value ?? `${what} to be written.` });

export const meetingTemplate: ScaffoldTemplate = {
  questions: [
    { key: 'title', prompt: 'Title of the meeting (e.g. TC 9 plenary)', required: true },
    { key: 'start', prompt: 'First day, YYYY-MM-DD (or YYYY-MM if only the month is known)', required: true },
    { key: 'end', prompt: 'Last day, if it lasted several days (YYYY-MM-DD)', required: false },
    { key: 'kind', prompt: 'Kind (standards-meeting, workshop, project-meeting)', required: false },
    { key: 'place', prompt: 'Place', required: false },
    { key: 'bodies', prompt: 'Bodies that met, comma-separated ids', required: false, list: true },
    { key: 'partners', prompt: 'Partners present, comma-separated ids', required: false, list: true },
    { key: 'summary', prompt: 'One sentence on what happened', required: false },
  ],
  id: (a) => slugify(`${a.start ?? ''} ${a.title ?? ''}`),
  values: (a) => ({
    title: text(a.title),
    kind: literal(a.kind ?? (a.bodies?.length ? 'standards-meeting' : 'project-meeting')),
    start: text(a.start),
    end: text(a.end),
    place: text(a.place),
    summary: toWrite(a.summary, `${a.title} — summary`),
    bodies: ids(a.bodies),
    partnersPresent: ids(a.partners),
  }),
  examples: {
    end: ['end: "YYYY-MM-DD"'],
    startTime: ['startTime: "09:30"'],
    endTime: ['endTime: "11:00"'],
    place: ['place: "City, venue"'],
    occasion: ['occasion: "Name of the event"'],
    contributions: [
      'contributions:',
      '  - text: "Presentation of the project"',
      '    kind: presentation',
      '    partner: partner-id',
      '    body: body-id  # needed when the meeting has more than one body',
    ],
    sources: ['sources:', '  - report: report-id', '    section: "2.1"'],
  },
  refs: { bodies: 'bodies', partnersPresent: 'partners' },
  text: 'Describe the meeting here: its context, what was presented or discussed, and what follows.',
};

export const bodyTemplate: ScaffoldTemplate = {
  questions: [
    { key: 'name', prompt: 'Full name (e.g. Technical Committee on Security)', required: true },
    { key: 'acronym', prompt: 'Short name (e.g. TC 9)', required: false },
    { key: 'parent', prompt: 'Parent body id, if any', required: false },
    { key: 'kind', prompt: 'Kind (e.g. technical-committee, working-group)', required: false },
    { key: 'summary', prompt: 'One sentence on what the body does', required: false },
  ],
  id: (a) => slugify(`${a.parent ?? ''} ${a.acronym ?? a.name ?? ''}`),
  values: (a) => ({
    name: text(a.name),
    acronym: text(a.acronym),
    kind: literal(a.kind ?? (a.parent ? 'working-group' : 'organisation')),
    parent: literal(a.parent),
    summary: toWrite(a.summary, `${a.name} — summary`),
  }),
  examples: {
    acronym: ['acronym: "TC X"'],
    parent: ['parent: body-id'],
    website: ['website: "https://…"'],
    relevance: ['relevance:', '  - result: result-id', '    note: "Why, in the report\'s words"'],
    engagement: [
      'engagement:',
      '  - status: contact-sought',
      '    assessed: "YYYY-MM-DD"',
      '    report: report-id',
      '    note: "The report\'s words"',
    ],
  },
  refs: { parent: 'bodies', relevance: 'results', partners: 'partners', topics: 'topics', citations: 'references' },
  text: 'Describe the body here: its remit, and why it matters to the project.',
};

export const partnerTemplate: ScaffoldTemplate = {
  questions: [
    { key: 'name', prompt: 'Short name', required: true },
    { key: 'legalName', prompt: 'Legal name', required: false },
    { key: 'country', prompt: 'Country', required: false },
    { key: 'role', prompt: 'Its part in the standardisation work, in one sentence', required: false },
  ],
  id: (a) => slugify(a.name ?? ''),
  values: (a) => ({
    name: text(a.name),
    legalName: text(a.legalName),
    country: text(a.country),
    role: toWrite(a.role, `${a.name} — role`),
  }),
  examples: {
    legalName: ['legalName: "Legal name as registered"'],
    country: ['country: "Country"'],
    website: ['website: "https://…"'],
  },
  refs: {},
  text: 'Describe the partner’s standardisation work here.',
};

export const topicTemplate: ScaffoldTemplate = {
  questions: [
    { key: 'name', prompt: 'Name of the theme', required: true },
    { key: 'summary', prompt: 'One sentence on the theme', required: false },
  ],
  id: (a) => slugify(a.name ?? ''),
  values: (a) => ({ name: text(a.name), summary: toWrite(a.summary, `${a.name} — summary`) }),
  examples: {},
  refs: { related: 'topics' },
  text: 'Describe the theme here, and how the project’s work relates to it.',
};

/** "# Full name." — a field's meaning as a comment, with when it is required, its values and where its ids are. */
function comment(field: FieldDoc, template: ScaffoldTemplate, model: ScaffoldModel): string {
  // The table's pointers to the rest of CONTRIBUTING.md mean nothing in a new file.
  const meaning = field.meaning
    .replace(/`|\*\*/g, '')
    .replace(/; see below\)/g, ')')
    .replace(/ \((see below|see the rules above|values below)\)/g, '');
  const parts = [`${meaning[0]!.toUpperCase()}${meaning.slice(1)}.`];
  if (field.required !== 'yes' && field.required !== 'no') parts.push(`Required ${field.required}.`);
  if (field.values) parts.push(`Values: ${field.values.join(', ')}.`);
  const collection = template.refs[field.field];
  if (collection) parts.push(`Ids: ${model.ids(collection)}.`);
  return `# ${parts.join(' ')}`;
}

/** The lines of one field: its value, its commented example, or an empty list. */
function fieldLines(field: FieldDoc, value: Value | undefined, example: readonly string[] | undefined): string[] {
  if (value && 'text' in value) return [`${field.field}: ${JSON.stringify(value.text)}`];
  if (value && 'literal' in value) return [`${field.field}: ${value.literal}`];
  if (value) return [`${field.field}:`, ...value.ids.map((id) => `  - ${id}`)];
  const empty = field.list ? [`${field.field}: []`] : [];
  return [...empty, ...(example ?? []).map((line) => `# ${line}`)];
}

/** The text of a new file made with `template`, and its id. */
export function scaffold(
  template: ScaffoldTemplate,
  answers: Answers,
  model: ScaffoldModel,
): { id: string; source: string } {
  const id = answers.id ? slugify(answers.id) : template.id(answers);
  const values = template.values(answers);
  const lines = model.fields.flatMap((field) => {
    const written = fieldLines(field, values[field.field], template.examples[field.field]);
    return written.length ? [comment(field, template, model), ...written] : [];
  });
  return { id, source: ['---', ...lines, '---', '', template.text, ''].join('\n') };
}
