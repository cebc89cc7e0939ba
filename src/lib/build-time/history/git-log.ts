/**
 * The one reader of the content's git history: one `git log --name-status`
 * of the content folder, newest first, which both the dates of files (when
 * each last changed, when it was added) and the history of every entry
 * (entry-history.ts) are made from. In a shallow clone the oldest commits
 * present stand for all history before them: files they seem to add get no
 * date rather than a wrong one.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** One file a commit added (A), changed (M), renamed (R…) or deleted (D). */
export interface FileChange {
  status: string;
  /** The path before the commit, for a file renamed, changed or deleted. */
  from?: string;
  /** The path after it, for a file added, renamed or changed. */
  to?: string;
}

export interface Commit {
  hash: string;
  /** When it was committed, ISO 8601. */
  date: string;
  parent?: string;
  files: FileChange[];
}

/** The `git log` arguments whose output parseLog() reads. */
export const LOG_ARGS = ['log', '--format=%x00%H %P%x01%cI', '--name-status', '-M', '--no-merges'];

/** The commits of LOG_ARGS' output, newest first. */
export function parseLog(output: string): Commit[] {
  return output
    .split('\u0000')
    .filter((block) => block.trim())
    .map((block) => {
      const [header = '', ...lines] = block.split('\n');
      const [ids = '', date = ''] = header.split('\u0001');
      const [hash = '', parent] = ids.trim().split(' ');
      const files = lines
        .map((line) => line.split('\t'))
        .filter(([status]) => status && /^[AMDR]/.test(status))
        .map(([status = '', first, second]): FileChange => {
          if (status.startsWith('R')) return { status: 'R', from: first, to: second };
          if (status === 'A') return { status, to: first };
          if (status === 'D') return { status, from: first };
          return { status, from: first, to: first };
        });
      return { hash, date: date.trim(), parent: parent || undefined, files };
    });
}

/** The commits of the history of `folder`, newest first; none outside a git repository. */
export function readLog(root: string, folder: string): Commit[] {
  try {
    return parseLog(
      execFileSync('git', [...LOG_ARGS, '--', folder], {
        cwd: root,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
        maxBuffer: 1 << 28,
      }),
    );
  } catch {
    return [];
  }
}

/** The commits at the edge of a shallow clone, whose dates say nothing about the files they seem to add. */
export function shallowEdge(root: string): Set<string> {
  try {
    const gitDir = execFileSync('git', ['rev-parse', '--git-dir'], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    const shallowFile = path.resolve(root, gitDir, 'shallow');
    return new Set(
      existsSync(shallowFile)
        ? readFileSync(shallowFile, 'utf8')
            .split('\n')
            .map((l) => l.trim())
            .filter(Boolean)
        : [],
    );
  } catch {
    return new Set();
  }
}

/** A file's history: when it last changed and, when the history reaches back that far, when it was added. */
export interface FileHistory {
  last: string;
  /** Undefined in a shallow clone whose edge hides the commit that added the file. */
  added?: string;
}

/**
 * Each path's history: the newest commit that names it (as it is after the
 * commit, or as it was before it: a file renamed names both) and the oldest;
 * `boundary`'s commits give no date.
 */
export function fileHistories(commits: readonly Commit[], boundary: ReadonlySet<string>): Map<string, FileHistory> {
  const histories = new Map<string, FileHistory>();
  const settled = new Set<string>();
  for (const { hash, date, files } of commits) {
    const named = new Set(files.flatMap((f) => [f.to, f.from]).filter((p): p is string => Boolean(p)));
    for (const file of named) {
      const dated = !boundary.has(hash);
      if (!settled.has(file)) {
        settled.add(file);
        if (dated) histories.set(file, { last: date });
      }
      // Newest first: the last commit that names a file is the one that added it.
      const history = histories.get(file);
      if (history) history.added = dated ? date : undefined;
    }
  }
  return histories;
}

/** The history of each file under `folder` (one `git log`), or none outside a git repository. */
export const readFileHistories = (root: string, folder: string): Map<string, FileHistory> =>
  fileHistories(readLog(root, folder), shallowEdge(root));
