/**
 * An issue written with one of the forms (forms.ts), as GitHub writes its
 * body ("### Label", the answer, "_No response_" for none), made into the
 * entry's file, as the form's collection says (its definition's `issueForm`):
 * a new meeting, or a body's file with its new status. The file is checked with the rest of the content before anything is written,
 * and every problem is named by the form's label, as the partner saw it.
 */
import path from 'node:path';
import { Document, parseDocument, stringify } from 'yaml';
import { checkSources, type ContentFile, type Problem } from '../../build-time/content-check';
import { parsePageFile } from '../../build-time/content-check/parse';
import { collectionSpec, type CollectionName } from '../../build-time/site-collections';
import type { AnswerContext, AnswerProblem, Written } from '../../collection-api/issue-form';
import type { IssueForm } from './forms';

export { idsOf } from '../../collection-api/issue-form';

/** GitHub's answer for a field left empty. */
const NO_RESPONSE = '_No response_';

/** The answers of an issue body by the label of their heading, in order. */
export function labelledAnswers(body: string): Map<string, string> {
  const answers = new Map<string, string>();
  const parts = body.replace(/\r\n?/g, '\n').split(/^### +(.+?)\s*$/m);
  for (let i = 1; i < parts.length; i += 2) {
    const answer = (parts[i + 1] ?? '').trim();
    answers.set((parts[i] ?? '').trim(), answer === NO_RESPONSE ? '' : answer);
  }
  return answers;
}

/** The form an issue was written with: the one whose every question is among its headings. */
export function formOf(answers: ReadonlyMap<string, string>, forms: readonly IssueForm[]): IssueForm | undefined {
  return forms.find((form) =>
    form.body.every((item) => item.type === 'markdown' || answers.has(item.attributes.label ?? '')),
  );
}

/** The answers by the form's field ids. */
export function answersById(form: IssueForm, labelled: ReadonlyMap<string, string>): Record<string, string> {
  return Object.fromEntries(
    form.body.flatMap((item) => (item.id ? [[item.id, labelled.get(item.attributes.label ?? '') ?? '']] : [])),
  );
}

/** A problem of an answer: the form's label, where in the answer, and what to do. */
export interface FormProblem {
  label: string;
  /** The line of the answer, for an answer of several lines. */
  line?: number;
  message: string;
}

export const formatFormProblem = (p: FormProblem) => `${p.label}${p.line ? `, line ${p.line}` : ''} — ${p.message}`;

const label = (form: IssueForm, id: string) => form.body.find((item) => item.id === id)?.attributes.label ?? id;

/** A problem of an answer, named by its question's label. */
const byLabel = (form: IssueForm, { question, line, message }: AnswerProblem): FormProblem => ({
  label: label(form, question),
  ...(line ? { line } : {}),
  message,
});

/**
 * Front matter written as a partner would: text and dates between double
 * quotes, ids and kinds as they are, lists one item a line.
 */
const frontMatter = (data: Record<string, unknown>) =>
  asPartnersWrite(stringify(data, { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', lineWidth: 0 }));

/** YAML with ids and kinds unquoted, as the content's files write them ("kind: presentation", "- p3c"). */
const asPartnersWrite = (yaml: string) =>
  yaml.replace(/^(\s*(?:\w+: |- (?:\w+: )?))"((?=[a-z0-9-]*[a-z])[a-z0-9-]+)"$/gm, '$1$2');

const YAML_OPTIONS = { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', lineWidth: 0 } as const;

/** The file of the entry the answers wrote: new front matter written as a partner would, or the changed document of the file. */
function fileOf(file: string, { front, text }: Written): ContentFile {
  const yaml = front instanceof Document ? asPartnersWrite(front.toString(YAML_OPTIONS)) : frontMatter(front);
  const body = front instanceof Document ? text : text ? `\n${text}\n` : '';
  return { path: file, source: `---\n${yaml}---\n${body}` };
}

/** What a form's collection gives its answers to work with: its files in the content. */
function answerContext(collection: CollectionName, files: readonly ContentFile[], contentDir: string): AnswerContext {
  const fileOf = (id: string) => `${contentDir}/${collection}/${id}.mdx`;
  return {
    path: fileOf,
    existing(id) {
      const file = files.find((f) => f.path === fileOf(id));
      if (!file) return undefined;
      const close = file.source.indexOf('\n---', 4);
      return {
        front: parseDocument(file.source.slice(4, close + 1)),
        text: parsePageFile(file.path, file.source).text,
      };
    },
    newId(values) {
      const template = collectionSpec(collection).scaffold;
      if (!template) throw new Error(`the ${collection} collection has a form but no scaffold to name a new entry`);
      return template.id(values);
    },
  };
}

/** A problem's line in the page text answer, which the file holds after its front matter and a blank line. */
function lineOfAnswer(problem: Problem, file: ContentFile): number | undefined {
  const close = file.source.split('\n').indexOf('---', 1);
  const line = problem.line && close > 0 ? problem.line - (close + 2) : 0;
  return line > 0 ? line : undefined;
}

/** The form's label of a problem the content check found in the file made from it. */
function formProblem(form: IssueForm, problem: Problem, file: ContentFile): FormProblem {
  const fieldPath = problem.field.split(', ');
  const [top = ''] = fieldPath;
  if (top === '(page text)')
    return { label: label(form, 'text'), line: lineOfAnswer(problem, file), message: problem.message };
  const own = form.definition?.questionOf?.(fieldPath);
  if (own)
    return {
      label: label(form, own.question),
      ...(own.line ? { line: own.line } : {}),
      message: own.prefix ? `${own.prefix} — ${problem.message}` : problem.message,
    };
  const known = form.body.some((i) => i.id === top);
  return {
    label: known ? label(form, top) : `${path.posix.basename(file.path)}: ${problem.field}`,
    message: problem.message,
  };
}

/** The file a form's answers (by question id) make, before it is checked; or the problems that stop it, by label. */
export function writeAnswers(
  form: IssueForm,
  answers: Readonly<Record<string, string>>,
  files: readonly ContentFile[],
  contentDir: string,
): { file?: ContentFile; problems: FormProblem[] } {
  const { collection, definition } = form;
  if (!collection || !definition) return { problems: [] };
  const context = answerContext(collection, files, contentDir);
  const made = definition.write(answers, context);
  if (!made.entry || made.problems.length) return { problems: made.problems.map((p) => byLabel(form, p)) };
  return { file: fileOf(context.path(made.entry.id), made.entry), problems: [] };
}

export interface FromIssue {
  /** The file to write, when the answers make a valid one. */
  file?: ContentFile;
  problems: FormProblem[];
  form?: IssueForm;
}

/**
 * The file an issue's answers make, checked with `files` (the project's
 * content); or the problems, named by the form's labels.
 */
export function fromIssue(
  body: string,
  forms: readonly IssueForm[],
  files: readonly ContentFile[],
  contentDir: string,
): FromIssue {
  const labelled = labelledAnswers(body);
  const form = formOf(labelled, forms);
  if (!form)
    return {
      problems: [
        {
          label: '(issue)',
          message: `the issue was not written with one of the forms (${forms.map((f) => f.name).join(', ')})`,
        },
      ],
    };
  const { collection, definition } = form;
  if (!collection || !definition) return { form, problems: [] };
  const answers = answersById(form, labelled);
  const missing = form.body
    .filter((item) => item.id && item.validations?.required && !answers[item.id]?.trim())
    .map((item) => ({ label: item.attributes.label ?? '', message: 'an answer is needed' }));
  if (missing.length) return { form, problems: missing };
  const made = writeAnswers(form, answers, files, contentDir);
  if (!made.file) return { form, problems: made.problems };
  const { file } = made;
  const checked = checkSources([...files.filter((f) => f.path !== file.path), file], contentDir);
  // In the order of the form's questions, as the partner reads them.
  const order = (p: FormProblem) => form.body.findIndex((item) => item.attributes.label === p.label);
  const problems = checked.problems
    .filter((p) => p.file === file.path)
    .map((p) => formProblem(form, p, file))
    .sort((a, b) => order(a) - order(b) || (a.line ?? 0) - (b.line ?? 0));
  // Problems elsewhere in the content are not the partner's: the issue is judged on its own file.
  return problems.length ? { form, problems } : { form, file, problems: [] };
}
