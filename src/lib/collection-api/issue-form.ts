/**
 * What a collection's issue form is: the GitHub form (.github/ISSUE_TEMPLATE/)
 * through which a partner writes one of its entries without writing YAML,
 * and how the answers become the entry. A collection gives it in its
 * definition (`issueForm`, in its folder's issue-form.ts); the framework
 * writes the form (`npm run docs`), reads an issue written with it
 * (`npm run from-issue`), checks the file it makes with the rest of the
 * content, and names every problem by the question it is about.
 */
import type { Document } from 'yaml';
import type { CollectionName } from './types';

/** A question of a form, or a paragraph of it, as GitHub's form schema writes it. */
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

/** An entry a dropdown offers: its id and the name people know it by. */
export interface Choice {
  id: string;
  label: string;
}

/** A dropdown's option for an entry, and the id read back from it: "ETSI TC CYBER (etsi-tc-cyber)". */
export const optionOf = (choice: Choice) => `${choice.label} (${choice.id})`;
export const idOfOption = (option: string) => /\(([a-z0-9-]+)\)\s*$/.exec(option.trim())?.[1] ?? option.trim();

/** The ids of a dropdown's answer of several options: each chosen option ends with its id in brackets. */
export const idsOf = (answer: string) =>
  answer.trim() ? [...answer.matchAll(/\(([a-z0-9-]+)\)/g)].map((m) => m[1] ?? '').filter(Boolean) : [];

/** A question answered by typing, on one line (`input`) or on several (`textarea`). */
const typed =
  (type: 'input' | 'textarea') =>
  (id: string, label: string, description: string, required: boolean, placeholder?: string): FormItem => ({
    type,
    id,
    attributes: { label, description, ...(placeholder ? { placeholder } : {}) },
    validations: { required },
  });
export const input = typed('input');
export const textarea = typed('textarea');

/** A question answered by choosing one option, or several. */
export const dropdown = (
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

/** What a form's questions are made from. */
export interface QuestionContext {
  /** A field's meaning, from the schema's documentation, as a form says it; `of` names the list whose items have it. */
  describe(field: string, of?: string): string;
  /** Every entry of a collection as a dropdown's option, "ETSI TC CYBER (etsi-tc-cyber)", in the order of their names. */
  options(collection: CollectionName): string[];
  /** What happens once the form is submitted, for the form's first paragraph. */
  next: string;
}

/** What the answers are made into an entry with. */
export interface AnswerContext {
  /** The path of the file of an entry of the form's collection: "content/meetings/<id>.mdx". */
  path(id: string): string;
  /** The file of an entry of the form's collection as it is, when there is one: its front matter and its text. */
  existing(id: string): { front: Document; text: string } | undefined;
  /** The id the scaffolder gives a new entry of the form's collection with these values. */
  newId(values: Record<string, string>): string;
}

/** A problem of an answer, by its question's id, and the line of the answer for one of several lines. */
export interface AnswerProblem {
  question: string;
  line?: number;
  message: string;
}

/** The entry the answers make: its id, its front matter (data, or the document of the file it changes) and its text. */
export interface Written {
  id: string;
  front: Record<string, unknown> | Document;
  text: string;
}

export interface IssueFormDefinition {
  /** Its file name in .github/ISSUE_TEMPLATE/. */
  file: string;
  name: string;
  description: string;
  /** The start of an issue's title. */
  title: string;
  labels: string[];
  /** Its questions, in order, each with the id the answers are read by. */
  questions(context: QuestionContext): FormItem[];
  /** The entry the answers make, or the problems that stop it. */
  write(
    answers: Readonly<Record<string, string>>,
    context: AnswerContext,
  ): { entry?: Written; problems: AnswerProblem[] };
  /**
   * The question a problem that the content check finds in the written file is about, from its field's path
   * ("engagement", "item 2", "quote"); undefined for the question of the field's own name.
   */
  questionOf?(path: readonly string[]): { question: string; line?: number; prefix?: string } | undefined;
  /** The fields of the schema that no question asks, each with why: a test holds every other field to a question. */
  unasked: Readonly<Record<string, string>>;
}
