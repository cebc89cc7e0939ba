/**
 * The issue forms as files of the repository (.github/ISSUE_TEMPLATE/):
 * written by `npm run docs`, and compared with what the schemas and the
 * content make of them, so that a change that adds a body, a partner or a
 * report is told to write them again.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { CheckedEntry } from '../../build-time/content-check';
import { formContentOf, issueForms, renderForm } from './forms';

export const FORMS_FOLDER = '.github/ISSUE_TEMPLATE';

/** Writes the forms into the repository at `root`. */
export function writeForms(root: string, entries: readonly CheckedEntry[]): void {
  const folder = path.join(root, FORMS_FOLDER);
  mkdirSync(folder, { recursive: true });
  for (const form of issueForms(formContentOf(entries))) writeFileSync(path.join(folder, form.file), renderForm(form));
}

/**
 * The form files that are missing, or differ from what the schemas and
 * `entries` make of them; none when all agree, or when the repository has no
 * forms at all (a copy of the project, another project).
 */
export function staleForms(root: string, entries: readonly CheckedEntry[]): string[] {
  const folder = path.join(root, FORMS_FOLDER);
  if (!existsSync(folder)) return [];
  const forms = issueForms(formContentOf(entries));
  const extra = readdirSync(folder).filter((f) => !forms.some((form) => form.file === f));
  return [
    ...forms
      .filter((form) => {
        const file = path.join(folder, form.file);
        return !existsSync(file) || readFileSync(file, 'utf8') !== renderForm(form);
      })
      .map((form) => `${FORMS_FOLDER}/${form.file}`),
    ...extra.map((f) => `${FORMS_FOLDER}/${f}`),
  ];
}
