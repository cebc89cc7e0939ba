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

/** A workflow command's message: GitHub reads "%", CR and LF as escapes. */
const escapeData = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
/** A workflow command's property: also ":" and ",", which separate properties. */
const escapeProperty = (text: string) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

/**
 * A problem as a GitHub Actions workflow command ("::error file=…,line=…,
 * title=…::message"), which GitHub shows at that line of a pull request's
 * changed files; a warning as "::warning".
 */
export function workflowCommand(problem: Problem): string {
  const properties = [
    `file=${escapeProperty(problem.file)}`,
    ...(problem.line ? [`line=${problem.line}`] : []),
    `title=${escapeProperty(`Content check: ${problem.field}`)}`,
  ];
  return `::${isWarning(problem) ? 'warning' : 'error'} ${properties.join(',')}::${escapeData(problem.message)}`;
}

/**
 * The problems as workflow commands, one per line, when running in GitHub
 * Actions (GITHUB_ACTIONS=true); nothing elsewhere. Printed besides the
 * plain list, never instead of it.
 */
export function annotations(problems: readonly Problem[], env: Record<string, string | undefined>): string {
  return env.GITHUB_ACTIONS === 'true' ? problems.map(workflowCommand).join('\n') : '';
}
