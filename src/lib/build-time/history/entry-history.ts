/**
 * Each entry's history, from the git history of the content folder: for
 * every commit that changed an entry, when, what it changed in the same
 * words as a review (words.ts: each field before → after, the text's
 * changes), and the commit. Every version of a changed file is read from git
 * in one `git cat-file` and parsed as the content check parses it. An entry
 * renamed keeps its history under its new name. In a shallow clone the
 * history stops at the clone's edge, and says so.
 */
import { execFileSync } from 'node:child_process';
import { checkSources, type CheckedEntry } from '../content-check';
import { readLog, shallowEdge, type Commit } from './git-log';
import { CHANGE_VERBS, entryChanges, type EntryChange } from './entry-changes';
import { fieldLines, textHunks, type Hunk, type Labeller } from './word-diff';

/** One change of an entry. */
export interface HistoryStep {
  commit: string;
  /** ISO date of the commit. */
  date: string;
  kind: EntryChange['kind'];
  /** What changed in its fields, a line each. */
  fields: string[];
  /** What changed in its page text. */
  text: Hunk[];
  /** How many more changes of the text there are than `text` shows. */
  more: number;
}

export interface EntryHistory {
  /** Newest first. */
  steps: HistoryStep[];
  /** False when the history does not reach back to the entry's first version (a shallow clone). */
  complete: boolean;
}

/** The text of each `revision:path` in one `git cat-file --batch`; undefined for one git does not have. */
function readBlobs(root: string, specs: readonly string[]): Map<string, string | undefined> {
  const texts = new Map<string, string | undefined>();
  if (!specs.length) return texts;
  const out = execFileSync('git', ['cat-file', '--batch'], {
    cwd: root,
    input: `${specs.join('\n')}\n`,
    maxBuffer: 1 << 30,
  });
  let at = 0;
  for (const spec of specs) {
    const end = out.indexOf(0x0a, at);
    const header = out.subarray(at, end).toString('utf8');
    at = end + 1;
    const size = /^[0-9a-f]+ blob (\d+)$/.exec(header)?.[1];
    if (size === undefined) {
      texts.set(spec, undefined);
      continue;
    }
    texts.set(spec, out.subarray(at, at + Number(size)).toString('utf8'));
    at += Number(size) + 1;
  }
  return texts;
}

/** The entries of one version of one file, parsed as the content check parses it (none if it cannot be read). */
function entriesOf(path: string | undefined, source: string | undefined, contentDir: string): CheckedEntry[] {
  if (!path || source === undefined) return [];
  return checkSources([{ path, source }], contentDir).entries;
}

const key = (e: { collection: string; id: string }) => `${e.collection}/${e.id}`;

/** What a step says when one of the two versions of the file cannot be read with today's rules. */
export const UNREADABLE = "the file changed (a version of it that today's content check cannot read)";

/**
 * The history of every entry of the content folder, by "collection/id" of its
 * current name; `label` names the entries references point to. Empty outside
 * a git repository.
 */
export function readEntryHistories(
  root: string,
  contentDir: string,
  label: Labeller,
  commits: readonly Commit[] = readLog(root, contentDir),
): Map<string, EntryHistory> {
  const edge = shallowEdge(root);
  const specs = commits.flatMap((c) =>
    c.files.flatMap((f) => [
      ...(f.to ? [`${c.hash}:${f.to}`] : []),
      ...(f.from && c.parent ? [`${c.parent}:${f.from}`] : []),
    ]),
  );
  const blobs = readBlobs(root, specs);
  const histories = new Map<string, EntryHistory>();
  /** Names an entry had before a rename, to the name it has now. */
  const renamedTo = new Map<string, string>();
  const current = (name: string) => renamedTo.get(name) ?? name;
  /** The entries a file's path held in the newest version read so far, by their names now. */
  const heldBy = new Map<string, string[]>();
  const record = (name: string, step: HistoryStep) => {
    const history = histories.get(name) ?? { steps: [], complete: false };
    history.steps.push(step);
    histories.set(name, history);
  };
  for (const commit of commits) {
    // At a shallow clone's edge, git shows every file as added: the history stops before it.
    if (edge.has(commit.hash)) break;
    const step = (kind: EntryChange['kind']): HistoryStep => ({
      commit: commit.hash,
      date: commit.date,
      kind,
      fields: [],
      text: [],
      more: 0,
    });
    for (const file of commit.files) {
      const was = file.from && commit.parent ? blobs.get(`${commit.parent}:${file.from}`) : undefined;
      const now = file.to ? blobs.get(`${commit.hash}:${file.to}`) : undefined;
      const before = entriesOf(file.from, was, contentDir);
      const after = entriesOf(file.to, now, contentDir);
      // The entries the file holds, by their names now; known from a newer version when this one cannot be read.
      const names = [...new Set([...after, ...before].map((e) => current(key(e))))];
      const held = names.length ? names : (heldBy.get(file.to ?? file.from ?? '') ?? []);
      if (file.from) heldBy.set(file.from, held);
      // A version today's rules cannot read (written before a field was renamed, say): the file changed, no more is known.
      if ((was !== undefined && !before.length) || (now !== undefined && !after.length)) {
        for (const name of held)
          record(name, file.status === 'A' ? step('added') : { ...step('changed'), fields: [UNREADABLE] });
        continue;
      }
      for (const change of entryChanges(before, after)) {
        const name = current(key(change.kind === 'removed' ? change.before : change.after));
        if (change.kind === 'removed' || change.kind === 'added') {
          record(name, step(change.kind));
          continue;
        }
        if (change.kind === 'renamed') renamedTo.set(key(change.before), name);
        const text = textHunks(change.before.text ?? '', change.after.text ?? '');
        record(name, {
          ...step(change.kind),
          fields: fieldLines(change, label, label),
          text: text.hunks,
          more: text.more,
        });
      }
    }
  }
  // Complete when it reaches back to the commit that added the entry.
  for (const history of histories.values()) history.complete = history.steps.some((s) => s.kind === 'added');
  return histories;
}

/** At most this many fields are named in a step's sentence; the rest are counted. */
const SUMMARY_FIELDS = 4;

/** A step as one plain sentence, for a feed or a list: "Changed: partners: − P3C; the page text (2 changes)." */
export function stepSummary(step: HistoryStep): string {
  const textChanges = step.text.length + step.more;
  const others = step.fields.length - SUMMARY_FIELDS;
  const parts = [
    ...step.fields.slice(0, SUMMARY_FIELDS),
    ...(others > 0 ? [`${others === 1 ? '1 more field' : `${others} more fields`}`] : []),
    ...(textChanges ? [`the page text (${textChanges === 1 ? '1 change' : `${textChanges} changes`})`] : []),
  ];
  return parts.length ? `${CHANGE_VERBS[step.kind]}: ${parts.join('; ')}.` : `${CHANGE_VERBS[step.kind]}.`;
}
