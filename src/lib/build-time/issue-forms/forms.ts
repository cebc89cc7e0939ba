/**
 * GitHub issue forms (.github/ISSUE_TEMPLATE/*.yml) through which a partner
 * reports a meeting, updates a body or asks for a correction without writing
 * YAML. Each field's id is the schema's field name, its description the
 * schema's `.describe()`, and the choices of a dropdown come from the content
 * ("ETSI TC CYBER (etsi-tc-cyber)"). `npm run docs` writes them; a unit test
 * fails when they drift from the schemas or the content. `npm run from-issue`
 * turns an issue written with them into the entry's file (answers.ts).
 */
import { stringify } from 'yaml';
import { checkRef, type CheckedEntry } from '../content-check';
import { buildGraph, graphInputOf, labelOf } from '../graph';
import { withoutDangling } from '../graph/dangling';
import type { CollectionName } from '../../../collections';
import { fieldTables, type FieldDoc, type FieldTable } from '../field-docs';
import { meetingSchema, CONTRIBUTION_KINDS, MEETING_KINDS } from '../../../collections/meetings/schema';
import { bodySchema, ENGAGEMENT_STATUSES } from '../../../collections/bodies/schema';

/** An entry a dropdown offers: its id and the name people know it by. */
export interface Choice {
  id: string;
  label: string;
}

/** What the forms offer from the content. */
export interface FormContent {
  bodies: readonly Choice[];
  partners: readonly Choice[];
  reports: readonly Choice[];
}

export interface FormItem {
  type: 'markdown' | 'input' | 'textarea' | 'dropdown';
  id?: string;
  attributes: {
    label?: string;
    description?: string;
    placeholder?: string;
    value?: string;
    options?: string[];
    multiple?: boolean;
    render?: string;
  };
  validations?: { required: boolean };
}

export interface IssueForm {
  /** Its file name in .github/ISSUE_TEMPLATE/. */
  file: string;
  /** What `from-issue` makes of it: a new meeting, a body's new status, or nothing (an issue for the maintainers). */
  makes: 'meeting' | 'body-update' | 'nothing';
  name: string;
  description: string;
  title: string;
  labels: string[];
  body: FormItem[];
}

/** A dropdown's option for an entry, and the id read back from it: "ETSI TC CYBER (etsi-tc-cyber)". */
export const optionOf = (choice: Choice) => `${choice.label} (${choice.id})`;
export const idOfOption = (option: string) => /\(([a-z0-9-]+)\)\s*$/.exec(option.trim())?.[1] ?? option.trim();

/** The line format of a contribution in the meeting form: "partner, body, kind: what was contributed". */
export const CONTRIBUTION_LINE = 'partner, body, kind: what was contributed';

const NEXT =
  'When you submit, the site makes the entry’s file from your answers and opens a **pull request** with it (you are told on this issue if something must be corrected first: edit the issue, and it is made again). A reviewer of the project checks it against the report or the meeting’s record, and once it is accepted the page is on the site within minutes.';

const describe = (rows: readonly FieldDoc[], field: string) => {
  const row = rows.find((r) => r.field === field);
  if (!row) throw new Error(`the schema has no field "${field}" for the form`);
  // In a form the answer is typed as it is: no quotes around a date.
  const meaning = row.meaning.replace(/`"([^"`]+)"`/g, '`$1`');
  return meaning.charAt(0).toUpperCase() + meaning.slice(1);
};

/** A question answered by typing, on one line (`input`) or on several (`textarea`). */
const typed =
  (type: 'input' | 'textarea') =>
  (id: string, label: string, description: string, required: boolean, placeholder?: string): FormItem => ({
    type,
    id,
    attributes: { label, description, ...(placeholder ? { placeholder } : {}) },
    validations: { required },
  });
const input = typed('input');
const textarea = typed('textarea');

const dropdown = (
  id: string,
  label: string,
  description: string,
  options: readonly string[],
  required: boolean,
  multiple = false,
): FormItem => ({
  type: 'dropdown',
  id,
  attributes: { label, description, options: [...options], ...(multiple ? { multiple: true } : {}) },
  validations: { required },
});

/** The three forms, from the schemas and the content. */
export function issueForms(content: FormContent): IssueForm[] {
  const meetingTables = fieldTables(meetingSchema(checkRef));
  const bodyTables = fieldTables(bodySchema(checkRef));
  const table = (tables: readonly FieldTable[], of: string) => {
    const found = tables.find((t) => t.of === of);
    if (!found) throw new Error(`the schema has no list "${of}" for the form`);
    return found.rows;
  };
  const meeting = table(meetingTables, '');
  const contribution = table(meetingTables, 'contributions');
  const body = table(bodyTables, '');
  const engagement = table(bodyTables, 'engagement');
  const bodies = content.bodies.map(optionOf);
  const partners = content.partners.map(optionOf);
  const reports = content.reports.map(optionOf);
  return [
    {
      file: 'report-a-meeting.yml',
      makes: 'meeting',
      name: 'Report a meeting',
      description:
        'A meeting of a standards body, a workshop or a project meeting, with what the partners contributed.',
      title: 'Meeting: ',
      labels: ['meeting report'],
      body: [
        { type: 'markdown', attributes: { value: `Fill in what you know; leave the rest empty. ${NEXT}` } },
        input('title', 'Title', describe(meeting, 'title'), true, 'ETSI TC CYBER #9'),
        dropdown('kind', 'Kind', describe(meeting, 'kind'), MEETING_KINDS, true),
        input('start', 'First day', describe(meeting, 'start'), true, 'YYYY-MM-DD'),
        input('end', 'Last day', describe(meeting, 'end'), false, 'YYYY-MM-DD'),
        input('place', 'Place', describe(meeting, 'place'), false, 'Sophia Antipolis'),
        dropdown('bodies', 'Bodies', describe(meeting, 'bodies'), bodies, false, true),
        dropdown('partnersPresent', 'Partners present', describe(meeting, 'partnersPresent'), partners, false, true),
        textarea('summary', 'Summary', describe(meeting, 'summary'), true),
        textarea(
          'contributions',
          'Contributions',
          `${describe(meeting, 'contributions')}. One per line: \`${CONTRIBUTION_LINE}\`, each by its id as the lists above show it in brackets; the kind is one of ${CONTRIBUTION_KINDS.map((k) => `\`${k}\``).join(', ')}. ${describe(contribution, 'text')}.`,
          false,
          'p3c, etsi-tc-cyber, presentation: Presentation of the SUCCESS project',
        ),
        dropdown(
          'report',
          'Report',
          `The report that states the meeting, if one does. ${describe(meeting, 'sources')}.`,
          reports,
          false,
        ),
        input('section', 'Section of the report', 'The section number in that report, e.g. 2.1.', false, '2.1'),
        textarea(
          'text',
          'Page text',
          'What happened at the meeting, in a few paragraphs: its context, what was presented or discussed, what follows. Markdown works (## for a heading).',
          false,
        ),
      ],
    },
    {
      file: 'update-a-body.yml',
      makes: 'body-update',
      name: 'Update a body',
      description:
        "A body's new status, with the report's words it rests on, its plans and the partners engaging with it.",
      title: 'Body: ',
      labels: ['body update'],
      body: [
        { type: 'markdown', attributes: { value: `A status must rest on a report's own words. ${NEXT}` } },
        dropdown('body', 'Body', 'The body whose status changes.', bodies, true),
        dropdown(
          'status',
          'Status',
          `${describe(engagement, 'status')}: one of the site's scale (CONTRIBUTING, section 3).`,
          ENGAGEMENT_STATUSES,
          true,
        ),
        dropdown('report', 'Report', describe(engagement, 'report'), reports, true),
        textarea(
          'quote',
          "The report's words",
          `The words of the report that ${describe(engagement, 'quote').replace(/^[A-Z]/, (c) => c.toLowerCase())}, copied exactly.`,
          true,
        ),
        input('assessed', 'Assessed on', describe(engagement, 'assessed'), false, 'YYYY-MM'),
        textarea(
          'planned',
          'Planned',
          `${describe(body, 'planned')}. One per line; they are added to those the body has.`,
          false,
        ),
        dropdown(
          'partners',
          'Partners',
          `${describe(body, 'partners')}: choose them all; the list replaces the body's.`,
          partners,
          false,
          true,
        ),
        textarea(
          'partnersQuote',
          "The report's words on the partners",
          "The words of the report that name these partners with the body, copied exactly: a body's partners must rest on the report's words.",
          false,
        ),
      ],
    },
    {
      file: 'correct-something.yml',
      makes: 'nothing',
      name: 'Correct something',
      description: 'Something on the site is wrong or missing: tell the maintainers.',
      title: 'Correction: ',
      labels: ['correction'],
      body: [
        {
          type: 'markdown',
          attributes: { value: 'The maintainers read every correction and answer on this issue.' },
        },
        input(
          'page',
          'Page',
          'The address of the page, if the correction is about one.',
          false,
          'https://…/bodies/etsi-tc-cyber/',
        ),
        textarea('what', 'What is wrong', 'What the page says, and what it should say.', true),
        textarea(
          'source',
          'Where this comes from',
          'The report and section, or the meeting record, that shows it.',
          false,
        ),
      ],
    },
  ];
}

/** What the forms offer, from the content's entries: each body, partner and report by its name, in name order. */
export function formContentOf(entries: readonly CheckedEntry[]): FormContent {
  const graph = buildGraph(withoutDangling(graphInputOf(entries)).kept);
  const choices = (collection: CollectionName) =>
    [...graph[collection].keys()]
      .map((id) => ({ id, label: labelOf(graph, { collection, id } as never) }))
      .sort((a, b) => a.label.localeCompare(b.label, 'en', { sensitivity: 'base' }));
  return { bodies: choices('bodies'), partners: choices('partners'), reports: choices('reports') };
}

/** A form as its file in .github/ISSUE_TEMPLATE/ holds it. */
export function renderForm(form: IssueForm): string {
  const { name, description, title, labels, body } = form;
  return `# Written by npm run docs from the schemas and the content (src/lib/build-time/issue-forms/forms.ts): do not edit.
${stringify({ name, description, title, labels, body }, { lineWidth: 0 })}`;
}
