/**
 * A field added to a schema reaches everything that publishes or writes the
 * collection, or a test here says where it was forgotten: every question of
 * an issue form reaches the file its answers make, every field of a schema is
 * asked by its form or left out with a reason, and every field is a column of
 * the collection's CSV table or left out of it with a reason (the JSON files
 * of open data hold every field as they are). Answers are drawn from the
 * forms' own options and examples with a fixed seed.
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { COLLECTION_NAMES, collectionSpec } from '../../src/lib/build-time/site-collections';
import { checkRef, checkSources, readContentFiles } from '../../src/lib/build-time/content-check';
import { formContentOf, issueForms, type IssueForm } from '../../src/lib/tools/issue-forms/forms';
import { writeAnswers } from '../../src/lib/tools/issue-forms/answers';
import { idOfOption, type FormItem } from '../../src/lib/collection-api/issue-form';
import { random } from '../../scripts/lib/random';
import { ROOT } from '../support/paths';

const CONTENT = 'content';
const files = await readContentFiles(ROOT, CONTENT);
const forms = issueForms(formContentOf(checkSources(files, CONTENT).entries)).filter((f) => f.collection);
const rnd = random(34);

/** The schema's top-level fields of a collection. */
const fieldsOf = (collection: string) =>
  Object.keys((collectionSpec(collection).schema(checkRef) as unknown as { shape: Record<string, unknown> }).shape);

/** An answer to a question: one or two of its options, its own example, or words of its own. */
function answerTo(item: FormItem, variant: number): string {
  const { options, multiple, placeholder } = item.attributes;
  if (options?.length) {
    const pick = options[(rnd.int(options.length) + variant) % options.length] ?? '';
    return multiple
      ? [...new Set([pick, options[(options.indexOf(pick) + 1) % options.length] ?? ''])].join(', ')
      : pick;
  }
  if (placeholder && variant === 0 && !/^[A-Y]+(-[A-Z]+)*$/.test(placeholder)) return placeholder;
  if (placeholder && /^Y+-M+(-D+)?$/.test(placeholder)) return ['2016-09-13', '2017-02-14'][variant % 2] ?? '';
  return `Answer ${variant} to ${item.id}`;
}

const questions = (form: IssueForm) => form.body.filter((i): i is FormItem & { id: string } => Boolean(i.id));

/** The file the answers make, as text; an error naming the form's problems when they make none. */
function written(form: IssueForm, answers: Record<string, string>): string {
  const made = writeAnswers(form, answers, files, CONTENT);
  if (!made.file) throw new Error(`${form.file}: ${made.problems.map((p) => `${p.label} — ${p.message}`).join('; ')}`);
  return made.file.source;
}

/** The front matter of a file's text. */
const frontOf = (source: string) => parse(source.split(/^---$/m)[1] ?? '') as Record<string, unknown>;

describe.each(forms.map((form) => [form.file, form] as const))('the issue form %s', (_file, form) => {
  const full = Object.fromEntries(questions(form).map((q) => [q.id, answerTo(q, 0)]));
  const base = written(form, full);

  it('has questions and makes a file of its collection from them', () => {
    expect(questions(form).length).toBeGreaterThan(2);
    expect(base).toMatch(/^---\n/);
  });

  it.each(questions(form).map((q) => [q.id, q] as const))('carries the answer to "%s" into the file', (id, q) => {
    const options = q.attributes.options ?? [];
    // A question that must be answered, with one option only, has one answer: the file names the option's id.
    if (q.validations?.required && options.length === 1) {
      expect(base, `${form.file}: the answer to "${id}" is lost`).toContain(idOfOption(options[0] ?? ''));
      return;
    }
    // Without the answer (or, for a question that must be answered, with another), the file is not the same.
    const other = q.validations?.required ? answerTo(q, 1) : '';
    expect(other, `${form.file}: a second answer to ${id}`).not.toBe(full[id]);
    expect(written(form, { ...full, [id]: other }), `${form.file}: the answer to "${id}" is lost`).not.toBe(base);
  });

  it("asks every field of its collection's schema, or says why not", () => {
    const { collection, definition } = form;
    const fields = fieldsOf(collection!);
    const unasked = definition!.unasked;
    // What the answers change: every field of a new entry, the fields an update writes.
    const before = (() => {
      const id = /\(([a-z0-9-]+)\)\s*$/.exec(full.body ?? '')?.[1];
      const file = files.find((f) => f.path === `${CONTENT}/${collection}/${id}.mdx`);
      return file ? frontOf(file.source) : {};
    })();
    const after = frontOf(base);
    const changed = fields.filter((f) => JSON.stringify(after[f]) !== JSON.stringify(before[f]));
    for (const field of fields)
      expect(
        changed.includes(field) || Boolean(unasked[field]?.trim()),
        `${form.file}: the field "${field}" is neither asked nor in its definition's unasked, with a reason`,
      ).toBe(true);
    for (const field of Object.keys(unasked)) {
      expect(fields, `${form.file}: unasked names "${field}", which the schema has not`).toContain(field);
      expect(changed, `${form.file}: "${field}" is unasked, but the form writes it`).not.toContain(field);
    }
  });
});

describe('the CSV tables of open data', () => {
  const tabled = COLLECTION_NAMES.filter((c) => collectionSpec(c).csv);

  it('exist for some collections', () => expect(tabled.length).toBeGreaterThan(0));

  it.each(tabled)('have a column for every field of the %s schema, or say why not', (collection) => {
    const { columns, omit } = collectionSpec(collection).csv!;
    for (const field of fieldsOf(collection))
      expect(
        columns.includes(field) || Boolean(omit[field]?.trim()),
        `${collection}: the field "${field}" is neither a column nor in csv.omit, with a reason`,
      ).toBe(true);
    for (const field of Object.keys(omit)) {
      expect(fieldsOf(collection), `${collection}: csv.omit names "${field}", which the schema has not`).toContain(
        field,
      );
      expect(columns, `${collection}: "${field}" is both a column and left out`).not.toContain(field);
    }
  });
});
