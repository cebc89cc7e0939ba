/**
 * Writes new content files that are valid as they stand: the right file
 * name, quoted dates, and every optional field present as a comment that
 * says what it is for. Used by `npm run new`; each collection that offers it
 * names its template in src/registry.ts.
 */
import { slugify } from './slug';
import type { CollectionName } from '../registry';
import { BODY_KINDS, CONTRIBUTION_KINDS, ENGAGEMENT_STATUSES, MEETING_KINDS } from '../schemas';

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

/** Says where the ids of a collection are: "file names in content/bodies/". */
export type IdsHint = (collection: CollectionName) => string;

export interface ScaffoldTemplate {
  /** The questions to ask, required ones first. */
  questions: Question[];
  /** The id (file name without .mdx) made from the answers. */
  id(answers: Answers): string;
  /** The front matter, line by line, comments included. */
  frontMatter(answers: Answers, ids: IdsHint): string[];
  /** The page text to replace. */
  text: string;
}

/** A YAML double-quoted string. */
const q = (value: string) => JSON.stringify(value);
const list = (key: string, values: readonly string[] | undefined, hint: string) =>
  values && values.length ? [`# ${hint}`, `${key}:`, ...values.map((v) => `  - ${v}`)] : [`# ${hint}`, `${key}: []`];
const optional = (key: string, value: string | undefined, example: string) =>
  value ? `${key}: ${q(value)}` : `# ${key}: ${q(example)}`;
const toWrite = (value: string | undefined, what: string) => q(value ?? `${what} to be written.`);

export const meetingTemplate: ScaffoldTemplate = {
  questions: [
    { key: 'title', prompt: 'Title of the meeting (e.g. TC 9 plenary)', required: true },
    { key: 'start', prompt: 'First day, YYYY-MM-DD (or YYYY-MM if only the month is known)', required: true },
    { key: 'end', prompt: 'Last day, if it lasted several days (YYYY-MM-DD)', required: false },
    { key: 'kind', prompt: `Kind (${MEETING_KINDS.join(', ')})`, required: false },
    { key: 'place', prompt: 'Place', required: false },
    { key: 'bodies', prompt: 'Bodies that met, comma-separated ids', required: false, list: true },
    { key: 'partners', prompt: 'Partners present, comma-separated ids', required: false, list: true },
    { key: 'summary', prompt: 'One sentence on what happened', required: false },
  ],
  id: (a) => slugify(`${a.start ?? ''} ${a.title ?? ''}`),
  frontMatter: (a, ids) => [
    '# The meeting as people will look for it.',
    `title: ${q(a.title!)}`,
    `# ${MEETING_KINDS.join(', ')}`,
    `kind: ${a.kind ?? (a.bodies?.length ? 'standards-meeting' : 'project-meeting')}`,
    '# First day, between quotes: "YYYY-MM-DD", or "YYYY-MM" when only the month is known.',
    `start: ${q(a.start!)}`,
    '# Last day, for meetings over several days.',
    optional('end', a.end, 'YYYY-MM-DD'),
    '# Times, between quotes, 24-hour clock.',
    '# startTime: "09:30"',
    '# endTime: "11:00"',
    optional('place', a.place, 'City, venue'),
    '# The event it was held with, if any.',
    '# occasion: "Name of the event"',
    '# One or two sentences, shown in lists and search results.',
    `summary: ${toWrite(a.summary, `${a.title} — summary`)}`,
    ...list('bodies', a.bodies, `The bodies that met: ${ids('bodies')}. Empty for a project meeting.`),
    ...list('partnersPresent', a.partners, `Partners present: ${ids('partners')}. Contributors count as present.`),
    '# What each partner brought, one item per contribution:',
    'contributions: []',
    '# contributions:',
    '#   - text: "Presentation of the project"',
    `#     kind: presentation  # ${CONTRIBUTION_KINDS.join(', ')}`,
    `#     partner: ${a.partners?.[0] ?? 'partner-id'}`,
    `#     body: ${a.bodies?.[0] ?? 'body-id'}  # needed when the meeting has more than one body`,
    '# Where a report states these facts.',
    'sources: []',
    '# sources:',
    '#   - report: report-id',
    '#     section: "2.1"',
    '# Anything the sources leave unclear, said plainly.',
    'ambiguities: []',
  ],
  text: 'Describe the meeting here: its context, what was presented or discussed, and what follows.',
};

export const bodyTemplate: ScaffoldTemplate = {
  questions: [
    { key: 'name', prompt: 'Full name (e.g. Technical Committee on Security)', required: true },
    { key: 'acronym', prompt: 'Short name (e.g. TC 9)', required: false },
    { key: 'parent', prompt: 'Parent body id, if any', required: false },
    { key: 'kind', prompt: `Kind (${BODY_KINDS.join(', ')})`, required: false },
    { key: 'summary', prompt: 'One sentence on what the body does', required: false },
  ],
  id: (a) => slugify(`${a.parent ?? ''} ${a.acronym ?? a.name ?? ''}`),
  frontMatter: (a, ids) => [
    '# Full name.',
    `name: ${q(a.name!)}`,
    '# Short name used in headings and lists.',
    optional('acronym', a.acronym, 'TC X'),
    '# Other spellings, so that search finds them.',
    'aliases: []',
    `# ${BODY_KINDS.join(', ')}`,
    `kind: ${a.kind ?? (a.parent ? 'working-group' : 'organisation')}`,
    `# The body this one belongs to: ${ids('bodies')}.`,
    a.parent ? `parent: ${a.parent}` : '# parent: body-id',
    '# website: "https://…"',
    '# One or two sentences on what the body is.',
    `summary: ${toWrite(a.summary, `${a.name} — summary`)}`,
    '# Areas of activity, as the body states them.',
    'scope: []',
    `# Which project results it matters to (${ids('results')}), and why.`,
    'relevance: []',
    '# relevance:',
    '#   - result: result-id',
    '#     note: "Why"',
    `# Where the project stands with it, oldest first: ${ENGAGEMENT_STATUSES.join(', ')}.`,
    'engagement: []',
    '# engagement:',
    '#   - status: contact-sought',
    '#     assessed: "YYYY-MM-DD"',
    '#     report: report-id',
    '#     note: "The report\'s words"',
    `# Partners engaging with it (${ids('partners')}), and themes (${ids('topics')}).`,
    'partners: []',
    'topics: []',
    '# What the project intends to bring to it, one line each.',
    'planned: []',
    `# References cited for it: ${ids('references')}.`,
    'citations: []',
    'sources: []',
    'ambiguities: []',
  ],
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
  frontMatter: (a) => [
    '# Short name used across the site.',
    `name: ${q(a.name!)}`,
    optional('legalName', a.legalName, 'Legal name as registered'),
    'aliases: []',
    optional('country', a.country, 'Country'),
    '# website: "https://…"',
    '# Its part in the standardisation work.',
    `role: ${toWrite(a.role, `${a.name} — role`)}`,
    '# People named in the reports. Names only: never an e-mail address.',
    'people: []',
    'sources: []',
    'ambiguities: []',
  ],
  text: 'Describe the partner’s standardisation work here.',
};

export const topicTemplate: ScaffoldTemplate = {
  questions: [
    { key: 'name', prompt: 'Name of the theme', required: true },
    { key: 'summary', prompt: 'One sentence on the theme', required: false },
  ],
  id: (a) => slugify(a.name ?? ''),
  frontMatter: (a, ids) => [
    `name: ${q(a.name!)}`,
    '# One or two sentences on the theme.',
    `summary: ${toWrite(a.summary, `${a.name} — summary`)}`,
    '# Other words for it, so that search finds them.',
    'aliases: []',
    `# Neighbouring themes: ${ids('topics')}.`,
    'related: []',
  ],
  text: 'Describe the theme here, and how the project’s work relates to it.',
};

/** The text of a new file made with `template`, and its id. */
export function scaffold(template: ScaffoldTemplate, answers: Answers, ids: IdsHint): { id: string; source: string } {
  const id = answers.id ? slugify(answers.id) : template.id(answers);
  return { id, source: ['---', ...template.frontMatter(answers, ids), '---', '', template.text, ''].join('\n') };
}
