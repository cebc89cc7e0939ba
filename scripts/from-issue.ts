/**
 * npm run from-issue -- <file>   (or - for standard input)
 *
 * Reads the body of an issue written with one of the forms of
 * .github/ISSUE_TEMPLATE/ (as GitHub writes it: "### Label", the answer,
 * "_No response_") and writes the entry's file in the content folder: a new
 * meeting, or a body's file with its new status. It prints the file's path;
 * or the problems, each named by the form's label, writes nothing and exits
 * with 1. An issue of the correction form makes no file.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readContentFiles, checkSources } from '../src/lib/build-time/content-check';
import { contentDir } from '../src/lib/build-time/project';
import { formContentOf, issueForms } from '../src/lib/tools/issue-forms/forms';
import { formatFormProblem, fromIssue } from '../src/lib/tools/issue-forms/answers';
import { count } from '../src/lib/pure/count';

const source = process.argv[2];
if (!source) {
  console.error('Name the file that holds the issue body, or - to read it from standard input.');
  process.exit(2);
}
const body = readFileSync(source === '-' ? 0 : source, 'utf8');
const root = process.cwd();
const files = await readContentFiles(root, contentDir());
const forms = issueForms(formContentOf(checkSources(files, contentDir()).entries));
const result = fromIssue(body, forms, files, contentDir());
if (result.problems.length) {
  console.error(
    [
      `The form has ${count(result.problems.length, 'problem')}:`,
      ...result.problems.map((p) => `  ${formatFormProblem(p)}`),
    ].join('\n'),
  );
  process.exit(1);
}
if (!result.file) {
  console.log(`This issue (${result.form?.name ?? 'no form'}) makes no file: the maintainers answer it.`);
  process.exit(0);
}
writeFileSync(path.join(root, result.file.path), result.file.source);
console.log(result.file.path);
