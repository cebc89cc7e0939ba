/**
 * When each content file last changed, from git history: one `git log` for
 * the whole content folder, read once per build. In a shallow clone the
 * oldest commit present stands for all history before it, so files whose
 * latest change is that commit get no date rather than a wrong one.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** A marker that cannot occur in a file name or a date. */
const COMMIT = '\u0000commit ';

/** The `git log` arguments whose output parseGitLog() reads. */
export const GIT_LOG_ARGS = [
  'log',
  `--format=${COMMIT.replace('\u0000', '%x00')}%H %cI`,
  '--name-only',
  '--no-renames',
];

/**
 * Maps each file path to the ISO date of the newest commit that touched it.
 * `boundary` lists the commits of a shallow clone's edge, whose dates say
 * nothing about the files they appear to add.
 */
export function parseGitLog(output: string, boundary: ReadonlySet<string> = new Set()): Map<string, string> {
  const dates = new Map<string, string>();
  const settled = new Set<string>();
  for (const block of output.split('\u0000').filter(Boolean)) {
    const [header = '', ...files] = block.split('\n');
    const match = /^commit ([0-9a-f]+) (\S+)$/.exec(header.trim());
    if (!match) continue;
    const [, hash, date] = match;
    for (const file of files.map((f) => f.trim()).filter(Boolean)) {
      if (settled.has(file)) continue;
      settled.add(file);
      if (hash && date && !boundary.has(hash)) dates.set(file, date);
    }
  }
  return dates;
}

/** The commits at the edge of a shallow clone, whose dates say nothing about the files they seem to add. */
export function shallowEdge(root: string): Set<string> {
  const gitDir = execFileSync('git', ['rev-parse', '--git-dir'], { cwd: root, encoding: 'utf8' }).trim();
  const shallowFile = path.resolve(root, gitDir, 'shallow');
  return new Set(
    existsSync(shallowFile)
      ? readFileSync(shallowFile, 'utf8')
          .split('\n')
          .map((l) => l.trim())
          .filter(Boolean)
      : [],
  );
}

/** Last-changed dates of the files under `folder`, or an empty map outside a git repository. */
export function readLastChanged(root: string, folder: string): Map<string, string> {
  return new Map([...readHistory(root, folder)].map(([file, { last }]) => [file, last]));
}

/** A file's history: when it last changed and, when the history reaches back that far, when it was added. */
export interface FileHistory {
  last: string;
  /** Undefined in a shallow clone whose edge hides the commit that added the file. */
  added?: string;
}

/** Like parseGitLog(), with the date each file was added where the history holds it. */
export function parseHistory(output: string, boundary: ReadonlySet<string> = new Set()): Map<string, FileHistory> {
  const last = parseGitLog(output, boundary);
  const history = new Map<string, FileHistory>();
  for (const [file, date] of last) history.set(file, { last: date });
  // Blocks run newest first: the last block naming a file is the commit that added it.
  for (const block of output.split('\u0000').filter(Boolean)) {
    const [header = '', ...files] = block.split('\n');
    const match = /^commit ([0-9a-f]+) (\S+)$/.exec(header.trim());
    if (!match) continue;
    const [, hash = '', date = ''] = match;
    for (const file of files.map((f) => f.trim()).filter(Boolean)) {
      const entry = history.get(file);
      if (entry) entry.added = boundary.has(hash) ? undefined : date;
    }
  }
  return history;
}

/** The history of the files under `folder`, from one `git log`, or an empty map outside a git repository. */
export function readHistory(root: string, folder: string): Map<string, FileHistory> {
  try {
    const output = execFileSync('git', [...GIT_LOG_ARGS, '--', folder], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 64 * 1024 * 1024,
    });
    return parseHistory(output, shallowEdge(root));
  } catch {
    return new Map();
  }
}
