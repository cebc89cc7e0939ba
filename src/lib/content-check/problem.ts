import { count } from '../count';

/** One thing wrong with the content, said so that the person who wrote it can fix it. */
export interface Problem {
  /** Path of the file, relative to the project root, e.g. "content/meetings/x.mdx". */
  file: string;
  /** 1-based line in that file, when known. */
  line?: number;
  /** The field, e.g. "bodies[1]" or "contributions[0].partner"; "(file)" for the file as a whole. */
  field: string;
  /** What is wrong and what is expected. */
  message: string;
}

/** "content/x.mdx:4 — field — message" */
export function formatProblem(problem: Problem): string {
  const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
  return `${where} — ${problem.field} — ${problem.message}`;
}

/** The whole report: a heading with the count, then one line per problem, sorted by file and line. */
export function formatProblems(problems: readonly Problem[]): string {
  const sorted = [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || a.field.localeCompare(b.field),
  );
  const heading = `The content has ${count(problems.length, 'problem')}:`;
  return [heading, ...sorted.map((p) => `  ${formatProblem(p)}`)].join('\n');
}

/** Renders a field path the way the front matter reads: contributions[0].partner */
export function fieldName(path: readonly (string | number)[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${part}` : part;
  }
  return out || '(front matter)';
}
