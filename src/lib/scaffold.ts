/**
 * Writes new content files that are valid as they stand: the right file
 * name, quoted dates, and every optional field present as a comment that
 * says what it is for. Used by `npm run new`.
 */
import { slugify } from './slug';
import { BODY_KINDS, CONTRIBUTION_KINDS, ENGAGEMENT_STATUSES, MEETING_KINDS } from '../schemas';

export const SCAFFOLD_KINDS = ['meeting', 'body', 'partner', 'topic'] as const;
export type ScaffoldKind = (typeof SCAFFOLD_KINDS)[number];

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

/** The questions to ask for each kind of file, required ones first. */
export const QUESTIONS: Record<
  ScaffoldKind,
  { key: keyof Answers; prompt: string; required: boolean; list?: boolean }[]
> = {
  meeting: [
    { key: 'title', prompt: 'Title of the meeting (e.g. ETSI TC CYBER #9)', required: true },
    { key: 'start', prompt: 'First day, YYYY-MM-DD (or YYYY-MM if only the month is known)', required: true },
    { key: 'end', prompt: 'Last day, if it lasted several days (YYYY-MM-DD)', required: false },
    { key: 'kind', prompt: `Kind (${MEETING_KINDS.join(', ')})`, required: false },
    { key: 'place', prompt: 'Place', required: false },
    {
      key: 'bodies',
      prompt: 'Bodies that met, comma-separated ids (file names in content/bodies/)',
      required: false,
      list: true,
    },
    {
      key: 'partners',
      prompt: 'Partners present, comma-separated ids (file names in content/partners/)',
      required: false,
      list: true,
    },
    { key: 'summary', prompt: 'One sentence on what happened', required: false },
  ],
  body: [
    { key: 'name', prompt: 'Full name (e.g. Technical Committee Cyber Security)', required: true },
    { key: 'acronym', prompt: 'Short name (e.g. TC CYBER)', required: false },
    { key: 'parent', prompt: 'Parent body id, if any (e.g. etsi)', required: false },
    { key: 'kind', prompt: `Kind (${BODY_KINDS.join(', ')})`, required: false },
    { key: 'summary', prompt: 'One sentence on what the body does', required: false },
  ],
  partner: [
    { key: 'name', prompt: 'Short name (e.g. P3C)', required: true },
    { key: 'legalName', prompt: 'Legal name', required: false },
    { key: 'country', prompt: 'Country', required: false },
    { key: 'role', prompt: 'Its part in the standardisation work, in one sentence', required: false },
  ],
  topic: [
    { key: 'name', prompt: 'Name of the theme', required: true },
    { key: 'summary', prompt: 'One sentence on the theme', required: false },
  ],
};

/** The id (file name without .mdx) of the new entry. */
export function idFor(kind: ScaffoldKind, answers: Answers): string {
  if (answers.id) return slugify(answers.id);
  switch (kind) {
    case 'meeting':
      return slugify(`${answers.start ?? ''} ${answers.title ?? ''}`);
    case 'body':
      return slugify(`${answers.parent ?? ''} ${answers.acronym ?? answers.name ?? ''}`);
    default:
      return slugify(answers.name ?? '');
  }
}

/** A YAML double-quoted string. */
const q = (value: string) => JSON.stringify(value);
const list = (key: string, values: readonly string[] | undefined, hint: string) =>
  values && values.length ? [`# ${hint}`, `${key}:`, ...values.map((v) => `  - ${v}`)] : [`# ${hint}`, `${key}: []`];

/** The text of the new file, and where it goes under content/. */
export function scaffold(kind: ScaffoldKind, answers: Answers): { path: string; source: string } {
  const id = idFor(kind, answers);
  const folder = { meeting: 'meetings', body: 'bodies', partner: 'partners', topic: 'topics' }[kind];
  const lines = ((): string[] => {
    switch (kind) {
      case 'meeting':
        return [
          '# The meeting as people will look for it.',
          `title: ${q(answers.title!)}`,
          `# ${MEETING_KINDS.join(', ')}`,
          `kind: ${answers.kind ?? (answers.bodies?.length ? 'standards-meeting' : 'project-meeting')}`,
          '# First day, between quotes: "YYYY-MM-DD", or "YYYY-MM" when only the month is known.',
          `start: ${q(answers.start!)}`,
          '# Last day, for meetings over several days.',
          answers.end ? `end: ${q(answers.end)}` : '# end: "YYYY-MM-DD"',
          '# Times, between quotes, 24-hour clock.',
          '# startTime: "09:30"',
          '# endTime: "11:00"',
          answers.place ? `place: ${q(answers.place)}` : '# place: "City, venue"',
          '# The event it was held with, if any.',
          '# occasion: "ICT Proposer Day"',
          '# One or two sentences, shown in lists and search results.',
          `summary: ${q(answers.summary ?? `${answers.title} — summary to be written.`)}`,
          ...list(
            'bodies',
            answers.bodies,
            'The bodies that met: file names in content/bodies/. Empty for a project meeting.',
          ),
          ...list(
            'partnersPresent',
            answers.partners,
            'Partners present: file names in content/partners/. Contributors count as present.',
          ),
          '# What each partner brought, one item per contribution:',
          'contributions: []',
          '# contributions:',
          '#   - text: "Presentation of the project"',
          `#     kind: presentation  # ${CONTRIBUTION_KINDS.join(', ')}`,
          `#     partner: ${answers.partners?.[0] ?? 'partner-id'}`,
          `#     body: ${answers.bodies?.[0] ?? 'body-id'}  # needed when the meeting has more than one body`,
          '# Where a report states these facts.',
          'sources: []',
          '# sources:',
          '#   - report: report-id',
          '#     section: "2.1"',
          '# Anything the sources leave unclear, said plainly.',
          'ambiguities: []',
        ];
      case 'body':
        return [
          '# Full name.',
          `name: ${q(answers.name!)}`,
          '# Short name used in headings and lists.',
          answers.acronym ? `acronym: ${q(answers.acronym)}` : '# acronym: "TC X"',
          '# Other spellings, so that search finds them.',
          'aliases: []',
          `# ${BODY_KINDS.join(', ')}`,
          `kind: ${answers.kind ?? (answers.parent ? 'working-group' : 'organisation')}`,
          '# The body this one belongs to: a file name in content/bodies/.',
          answers.parent ? `parent: ${answers.parent}` : '# parent: etsi',
          '# website: "https://…"',
          '# One or two sentences on what the body is.',
          `summary: ${q(answers.summary ?? `${answers.name} — summary to be written.`)}`,
          '# Areas of activity, as the body states them.',
          'scope: []',
          '# Which project results it matters to (ids in content/results.yaml), and why.',
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
          '# Partners engaging with it, and themes: file names in content/partners/ and content/topics/.',
          'partners: []',
          'topics: []',
          '# What the project intends to bring to it, one line each.',
          'planned: []',
          '# References cited for it: ids in content/references.yaml.',
          'citations: []',
          'sources: []',
          'ambiguities: []',
        ];
      case 'partner':
        return [
          '# Short name used across the site.',
          `name: ${q(answers.name!)}`,
          answers.legalName ? `legalName: ${q(answers.legalName)}` : '# legalName: "Legal name as registered"',
          'aliases: []',
          answers.country ? `country: ${q(answers.country)}` : '# country: "Country"',
          '# website: "https://…"',
          '# Its part in the standardisation work.',
          `role: ${q(answers.role ?? `${answers.name} — role to be written.`)}`,
          '# People named in the reports. Names only: never an e-mail address.',
          'contributors: []',
          'sources: []',
          'ambiguities: []',
        ];
      case 'topic':
        return [
          `name: ${q(answers.name!)}`,
          '# One or two sentences on the theme.',
          `summary: ${q(answers.summary ?? `${answers.name} — summary to be written.`)}`,
          '# Other words for it, so that search finds them.',
          'aliases: []',
          '# Neighbouring themes: file names in content/topics/.',
          'related: []',
        ];
    }
  })();
  const body = {
    meeting: 'Describe the meeting here: its context, what was presented or discussed, and what follows.',
    body: 'Describe the body here: its remit, and why it matters to the project.',
    partner: 'Describe the partner’s standardisation work here.',
    topic: 'Describe the theme here, and how the project’s work relates to it.',
  }[kind];
  return { path: `${folder}/${id}.mdx`, source: ['---', ...lines, '---', '', body, ''].join('\n') };
}
