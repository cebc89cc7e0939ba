/**
 * GitHub issue forms (.github/ISSUE_TEMPLATE/*.yml) through which a partner
 * writes an entry without writing YAML — each collection's own form, from its
 * definition (`issueForm`) — and the form for a correction, which makes no
 * file. Each field's id is the schema's field name, its description the
 * schema's `.describe()`, and the choices of a dropdown come from the content
 * ("ETSI TC CYBER (etsi-tc-cyber)"). `npm run docs` writes them; a test fails
 * when they drift from the schemas or the content. `npm run from-issue` turns
 * an issue written with them into the entry's file (answers.ts).
 */
import { stringify } from 'yaml';
import { checkRef, type CheckedEntry } from '../../build-time/content-check';
import { buildGraph, graphInputOf, labelOf } from '../../build-time/graph';
import { withoutDangling } from '../../build-time/graph/dangling';
import {
  COLLECTION_NAMES,
  PAGE_COLLECTIONS,
  collectionSpec,
  type CollectionName,
} from '../../build-time/site-collections';
import { fieldTables } from '../../build-time/field-docs';
import {
  input,
  optionOf,
  textarea,
  type Choice,
  type FormItem,
  type IssueFormDefinition,
  type QuestionContext,
} from '../../collection-api/issue-form';

export { idOfOption, idsOf, optionOf, type Choice, type FormItem } from '../../collection-api/issue-form';

/** What the forms offer from the content: the entries of each collection, by name. */
export type FormContent = Partial<Record<CollectionName, readonly Choice[]>>;

export interface IssueForm {
  /** Its file name in .github/ISSUE_TEMPLATE/. */
  file: string;
  /** The collection whose entry it writes, with its definition's form; absent: it makes no file (a correction). */
  collection?: CollectionName;
  definition?: IssueFormDefinition;
  name: string;
  description: string;
  title: string;
  labels: string[];
  body: FormItem[];
}

const NEXT =
  'When you submit, the site makes the entry’s file from your answers and opens a **pull request** with it (you are told on this issue if something must be corrected first: edit the issue, and it is made again). A reviewer of the project checks it against the report or the meeting’s record, and once it is accepted the page is on the site within minutes.';

/** What a collection's questions are made from: its schema's field documentation, and the content's entries. */
function questionContext(collection: CollectionName, content: FormContent): QuestionContext {
  const tables = fieldTables(collectionSpec(collection).schema(checkRef));
  return {
    describe(field, of = '') {
      const row = tables.find((t) => t.of === of)?.rows.find((r) => r.field === field);
      if (!row) throw new Error(`the ${collection} schema has no field "${of ? `${of}.` : ''}${field}" for its form`);
      // In a form the answer is typed as it is: no quotes around a date.
      const meaning = row.meaning.replace(/`"([^"`]+)"`/g, '`$1`');
      return meaning.charAt(0).toUpperCase() + meaning.slice(1);
    },
    options: (of) => (content[of] ?? []).map(optionOf),
    next: NEXT,
  };
}

/** The form for a correction: the maintainers answer it, and it makes no file. */
const CORRECTION: IssueForm = {
  file: 'correct-something.yml',
  name: 'Correct something',
  description: 'Something on the site is wrong or missing: tell the maintainers.',
  title: 'Correction: ',
  labels: ['correction'],
  body: [
    { type: 'markdown', attributes: { value: 'The maintainers read every correction and answer on this issue.' } },
    input(
      'page',
      'Page',
      'The address of the page, if the correction is about one.',
      false,
      'https://…/bodies/etsi-tc-cyber/',
    ),
    textarea('what', 'What is wrong', 'What the page says, and what it should say.', true),
    textarea('source', 'Where this comes from', 'The report and section, or the meeting record, that shows it.', false),
  ],
};

/** The forms: each collection's that has one, in the collections' order, then the correction. */
export function issueForms(content: FormContent): IssueForm[] {
  const own = PAGE_COLLECTIONS.flatMap((collection): IssueForm[] => {
    const definition = collectionSpec(collection).issueForm;
    if (!definition) return [];
    const { file, name, description, title, labels } = definition;
    const body = definition.questions(questionContext(collection, content));
    return [{ file, collection, definition, name, description, title, labels, body }];
  });
  return [...own, CORRECTION];
}

/** What the forms offer, from the content's entries: each entry of every collection by its name, in name order. */
export function formContentOf(entries: readonly CheckedEntry[]): FormContent {
  const graph = buildGraph(withoutDangling(graphInputOf(entries)).kept);
  return Object.fromEntries(
    COLLECTION_NAMES.map((collection) => [
      collection,
      [...graph[collection].keys()]
        .map((id) => ({ id, label: labelOf(graph, { collection, id } as never) }))
        .sort((a, b) => a.label.localeCompare(b.label, 'en', { sensitivity: 'base' })),
    ]),
  );
}

/** A form as its file in .github/ISSUE_TEMPLATE/ holds it. */
export function renderForm(form: IssueForm): string {
  const { name, description, title, labels, body } = form;
  return `# Written by npm run docs from the schemas and the content (src/lib/tools/issue-forms/forms.ts): do not edit.
${stringify({ name, description, title, labels, body }, { lineWidth: 0 })}`;
}
