import { count } from '../../pure/count';

/**
 * How much a problem stops: an error stops a build; a warning (text the
 * scaffolder left to write) is shown in the dev server and refused by a build.
 */
export type Severity = 'error' | 'warning';

/** One thing wrong with the content, said so that the person who wrote it can fix it. */
export interface Problem {
  /** Path of the file, relative to the project root, e.g. "content/meetings/x.mdx". */
  file: string;
  /** 1-based line in that file, when known. */
  line?: number;
  /** The field, e.g. "bodies, item 2" or "contributions, item 1, partner"; "(file)" for the file as a whole. */
  field: string;
  /** What is wrong and what is expected. */
  message: string;
  /** Absent: an error. */
  severity?: Severity;
}

/** True for a problem the dev server shows as a warning. */
export const isWarning = (problem: Problem) => problem.severity === 'warning';

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

/**
 * Renders a field path for the person who wrote the file, positions in lists
 * counted from 1 as people count them: ["contributions", 0, "partner"] →
 * "contributions, item 1, partner".
 */
export function fieldName(path: readonly (string | number)[]): string {
  return path.map((part) => (typeof part === 'number' ? `item ${part + 1}` : part)).join(', ') || '(front matter)';
}
