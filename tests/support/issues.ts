/** Issues as GitHub writes them from the project's forms, and `npm run from-issue` run on them in a project copy. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import type { IssueForm } from '../../src/lib/tools/issue-forms/forms';
import { ROOT } from './paths';

const VITE_NODE = path.join(ROOT, 'node_modules/vite-node/vite-node.mjs');

/** An issue's body as GitHub writes it from a form: each question's label as a heading, then the answer or "_No response_". */
export function issueBody(form: IssueForm, answers: Record<string, string>): string {
  for (const id of Object.keys(answers))
    if (!form.body.some((item) => item.id === id)) throw new Error(`the form "${form.name}" has no field "${id}"`);
  return form.body
    .filter((item) => item.type !== 'markdown')
    .map((item) => `### ${item.attributes.label}\n\n${answers[item.id ?? ''] || '_No response_'}`)
    .join('\n\n');
}

/** An option of a form's dropdown, as the partner picks it. */
export function option(form: IssueForm, id: string, value: string): string {
  const options = form.body.find((item) => item.id === id)?.attributes.options ?? [];
  const found = options.find((o) => o === value || o.endsWith(`(${value})`));
  if (!found) throw new Error(`the field "${id}" of "${form.name}" offers no "${value}": ${options.join(', ')}`);
  return found;
}

/** `npm run from-issue -- -` in the project copy `dir`, the issue's body on its standard input. */
export const runFromIssue = (dir: string, body: string) =>
  spawnSync(process.execPath, [VITE_NODE, 'scripts/from-issue.ts', '-'], { cwd: dir, input: body, encoding: 'utf8' });
