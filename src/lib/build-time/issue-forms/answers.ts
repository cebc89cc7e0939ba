/**
 * An issue written with one of the forms (forms.ts), as GitHub writes its
 * body ("### Label", the answer, "_No response_" for none), made into the
 * entry's file: a new meeting, or a body's file with its new status. The
 * file is checked with the rest of the content before anything is written,
 * and every problem is named by the form's label, as the partner saw it.
 */
import path from 'node:path';
import { parseDocument, stringify } from 'yaml';
import { checkSources, type ContentFile, type Problem } from '../content-check';
import { parsePageFile } from '../content-check/parse';
import { scaffoldable } from '../../../collections';
import { CONTRIBUTION_LINE, idOfOption, type IssueForm } from './forms';

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

/** The ids of a dropdown's answer: each chosen option ends with its id in brackets. */
export const idsOf = (answer: string) =>
  answer.trim() ? [...answer.matchAll(/\(([a-z0-9-]+)\)/g)].map((m) => m[1] ?? '').filter(Boolean) : [];

/** A problem of an answer: the form's label, where in the answer, and what to do. */
export interface FormProblem {
  label: string;
  /** The line of the answer, for an answer of several lines. */
  line?: number;
  message: string;
}

export const formatFormProblem = (p: FormProblem) => `${p.label}${p.line ? `, line ${p.line}` : ''} — ${p.message}`;

interface Made {
  file?: ContentFile;
  problems: FormProblem[];
}

const label = (form: IssueForm, id: string) => form.body.find((item) => item.id === id)?.attributes.label ?? id;

/**
 * Front matter written as a partner would: text and dates between double
 * quotes, ids and kinds as they are, lists one item a line.
 */
const frontMatter = (data: Record<string, unknown>) =>
  asPartnersWrite(stringify(data, { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', lineWidth: 0 }));

/** YAML with ids and kinds unquoted, as the content's files write them ("kind: presentation", "- p3c"). */
const asPartnersWrite = (yaml: string) =>
  yaml.replace(/^(\s*(?:\w+: |- (?:\w+: )?))"((?=[a-z0-9-]*[a-z])[a-z0-9-]+)"$/gm, '$1$2');

/** A new meeting's file from the meeting form's answers. */
function meetingFile(
  form: IssueForm,
  a: Record<string, string>,
  contentDir: string,
  files: readonly ContentFile[],
): Made {
  const problems: FormProblem[] = [];
  const contributions = (a.contributions ?? '')
    .split('\n')
    .map((line, index) => ({ line: line.trim(), index }))
    .filter(({ line }) => line)
    .flatMap(({ line, index }) => {
      const match = /^([^,:]+),\s*([^,:]+),\s*([^,:]+):\s*(.+)$/.exec(line);
      if (!match) {
        problems.push({
          label: label(form, 'contributions'),
          line: index + 1,
          message: `write each contribution as "${CONTRIBUTION_LINE}" — "${line.slice(0, 60)}" is not`,
        });
        return [];
      }
      const [, partner = '', body = '', kind = '', text = ''] = match;
      return [{ text: text.trim(), kind: kind.trim(), partner: idOfOption(partner), body: idOfOption(body) }];
    });
  const template = scaffoldable().find((s) => s.collection === 'meetings')?.template;
  const id = template?.id({ start: a.start, title: a.title }) ?? '';
  const file = `${contentDir}/meetings/${id}.mdx`;
  if (files.some((f) => f.path === file))
    problems.push({
      label: label(form, 'title'),
      message: `a meeting with this first day and title is already on the site (${file}) — edit that file instead, or tell this meeting apart in its title`,
    });
  if (problems.length) return { problems };
  const data: Record<string, unknown> = {
    title: a.title,
    kind: a.kind,
    start: a.start,
    ...(a.end ? { end: a.end } : {}),
    ...(a.place ? { place: a.place } : {}),
    summary: a.summary,
    bodies: idsOf(a.bodies ?? ''),
    partnersPresent: idsOf(a.partnersPresent ?? ''),
    ...(contributions.length ? { contributions } : {}),
    ...(a.report ? { sources: [{ report: idOfOption(a.report), ...(a.section ? { section: a.section } : {}) }] } : {}),
  };
  const text = (a.text ?? '').trim();
  return { file: { path: file, source: `---\n${frontMatter(data)}---\n${text ? `\n${text}\n` : ''}` }, problems };
}

/** A body's file with the new status, plans and partners of the body form's answers. */
function bodyUpdateFile(
  form: IssueForm,
  a: Record<string, string>,
  contentDir: string,
  files: readonly ContentFile[],
): Made {
  const id = idOfOption(a.body ?? '');
  const current = files.find((f) => f.path === `${contentDir}/bodies/${id}.mdx`);
  if (!current) return { problems: [{ label: label(form, 'body'), message: `there is no body "${id}" on the site` }] };
  const parsed = parsePageFile(current.path, current.source);
  const close = current.source.indexOf('\n---', 4);
  const doc = parseDocument(current.source.slice(4, close + 1));
  doc.addIn(['engagement'], {
    status: a.status,
    ...(a.assessed ? { assessed: a.assessed } : {}),
    report: idOfOption(a.report ?? ''),
    quote: (a.quote ?? '').replace(/\s+/g, ' ').trim(),
  });
  for (const line of (a.planned ?? '').split('\n').map((l) => l.trim().replace(/^[-*]\s+/, '')))
    if (line) doc.addIn(['planned'], line);
  const partners = idsOf(a.partners ?? '');
  if (partners.length) {
    doc.setIn(['partners'], partners);
    // The report's words the partners rest on replace those given before.
    const basis = (doc.getIn(['basis']) as { items?: unknown[] } | undefined)?.items ?? [];
    const kept = basis.filter((item) => (item as { get?: (k: string) => unknown }).get?.('field') !== 'partners');
    if (a.partnersQuote?.trim()) {
      doc.setIn(['basis'], kept);
      doc.addIn(['basis'], { field: 'partners', quote: a.partnersQuote.replace(/\s+/g, ' ').trim() });
    }
  }
  const yaml = asPartnersWrite(
    doc.toString({ defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', lineWidth: 0 }),
  );
  return { file: { path: current.path, source: `---\n${yaml}---\n${parsed.text}` }, problems: [] };
}

/** A problem's line in the page text answer, which the file holds after its front matter and a blank line. */
function lineOfAnswer(problem: Problem, file: ContentFile): number | undefined {
  const close = file.source.split('\n').indexOf('---', 1);
  const line = problem.line && close > 0 ? problem.line - (close + 2) : 0;
  return line > 0 ? line : undefined;
}

/** The form's label of a problem the content check found in the file made from it. */
function formProblem(form: IssueForm, problem: Problem, file: ContentFile): FormProblem {
  const [top = '', second, third] = problem.field.split(', ');
  const item = /^item (\d+)$/.exec(second ?? '')?.[1];
  if (form.makes === 'body-update' && top === 'engagement')
    return { label: label(form, third ?? 'quote'), message: problem.message };
  if (form.makes === 'body-update' && top === 'basis')
    return { label: label(form, 'partnersQuote'), message: problem.message };
  if (top === '(page text)')
    return { label: label(form, 'text'), line: lineOfAnswer(problem, file), message: problem.message };
  if (top === 'contributions' && item) {
    // The contribution's line in the answer: its place among the contributions.
    return { label: label(form, 'contributions'), line: Number(item), message: `${third ?? ''} — ${problem.message}` };
  }
  if (top === 'sources')
    return { label: label(form, third === 'section' ? 'section' : 'report'), message: problem.message };
  const known = form.body.some((i) => i.id === top);
  return {
    label: known ? label(form, top) : `${path.posix.basename(file.path)}: ${problem.field}`,
    message: problem.message,
  };
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
  if (form.makes === 'nothing') return { form, problems: [] };
  const answers = answersById(form, labelled);
  const missing = form.body
    .filter((item) => item.id && item.validations?.required && !answers[item.id]?.trim())
    .map((item) => ({ label: item.attributes.label ?? '', message: 'an answer is needed' }));
  if (missing.length) return { form, problems: missing };
  const made = (form.makes === 'meeting' ? meetingFile : bodyUpdateFile)(form, answers, contentDir, files);
  if (!made.file) return { form, problems: made.problems };
  const file = made.file;
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
