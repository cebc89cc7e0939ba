/**
 * What a change to the content does, entry by entry: entries added, removed
 * and renamed, and each field that changed, before → after, found by
 * comparing the parsed entries of two versions of the content (not the
 * lines of their files). The review and the entries' history both say it
 * in words (words.ts).
 */
import type { CollectionName, Ref } from '../site-collections';
import type { CheckedEntry } from '../content-check';
import { isRef, type Path } from '../refs';

/** One field that changed: absent before, it was added; absent after, removed. */
export interface FieldChange {
  path: Path;
  before?: unknown;
  after?: unknown;
  /** True when the change adds or removes one item of a list (the path names the list). */
  item?: boolean;
}

export type EntryChange =
  | { kind: 'added'; after: CheckedEntry }
  | { kind: 'removed'; before: CheckedEntry }
  | { kind: 'changed' | 'renamed'; before: CheckedEntry; after: CheckedEntry; fields: FieldChange[]; text: boolean };

/** A change's kind as a heading or a history says it: "Added", "Changed" … */
export const CHANGE_VERBS: Record<EntryChange['kind'], string> = {
  added: 'Added',
  changed: 'Changed',
  renamed: 'Renamed',
  removed: 'Removed',
};

const json = (value: unknown) => JSON.stringify(value);
const isObject = (value: unknown): value is Record<string, unknown> =>
  Boolean(value) && typeof value === 'object' && !Array.isArray(value) && !isRef(value);

/** The fields that differ between two parsed values, deepest first where both sides have the same shape. */
export function fieldChanges(before: unknown, after: unknown, path: Path = []): FieldChange[] {
  if (json(before) === json(after)) return [];
  if (Array.isArray(before) && Array.isArray(after)) {
    // Lists of the same length, of records: each record compared with the one at its place.
    if (before.length === after.length && before.every(isObject) && after.every(isObject))
      return before.flatMap((item, i) => fieldChanges(item, after[i], [...path, i]));
    // Otherwise, the items gone and the items new.
    const kept = new Set(after.map(json));
    const had = new Set(before.map(json));
    return [
      ...before.filter((item) => !kept.has(json(item))).map((item) => ({ path, before: item, item: true })),
      ...after.filter((item) => !had.has(json(item))).map((item) => ({ path, after: item, item: true })),
    ];
  }
  if (isObject(before) && isObject(after))
    return [...new Set([...Object.keys(before), ...Object.keys(after)])].flatMap((key) =>
      fieldChanges(before[key], after[key], [...path, key]),
    );
  return [{ path, ...(before === undefined ? {} : { before }), ...(after === undefined ? {} : { after }) }];
}

const key = (e: { collection: CollectionName; id: string }) => `${e.collection}/${e.id}`;
export const refOf = (e: CheckedEntry): Ref => ({ collection: e.collection, id: e.id }) as Ref;

/** The words of an entry's data and text, to tell a renamed entry from a new one. */
function wordsOf(entry: CheckedEntry): Set<string> {
  return new Set(`${json(entry.data)} ${entry.text ?? ''}`.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
}

/** How alike two entries are: the share of their words they have in common (0 to 1). */
function likeness(a: CheckedEntry, b: CheckedEntry): number {
  const x = wordsOf(a);
  const y = wordsOf(b);
  const common = [...x].filter((w) => y.has(w)).length;
  return common / Math.max(1, x.size + y.size - common);
}

/** Entries at least this alike, one gone and one new in the same collection, are one entry renamed. */
const RENAMED = 0.6;

/** What changed from the entries `before` to the entries `after`, in the order of `after` (removed ones last). */
export function entryChanges(before: readonly CheckedEntry[], after: readonly CheckedEntry[]): EntryChange[] {
  const old = new Map(before.map((e) => [key(e), e]));
  const now = new Map(after.map((e) => [key(e), e]));
  const gone = before.filter((e) => !now.has(key(e)));
  const changes: EntryChange[] = [];
  for (const entry of after) {
    const previous = old.get(key(entry));
    if (previous) {
      const fields = fieldChanges(previous.data, entry.data);
      const text = (previous.text ?? '').trim() !== (entry.text ?? '').trim();
      if (fields.length || text) changes.push({ kind: 'changed', before: previous, after: entry, fields, text });
      continue;
    }
    const candidates = gone
      .filter((e) => e.collection === entry.collection)
      .map((e) => ({ e, score: likeness(e, entry) }))
      .sort((a, b) => b.score - a.score);
    const renamed = candidates[0] && candidates[0].score >= RENAMED ? candidates[0].e : undefined;
    if (renamed) {
      gone.splice(gone.indexOf(renamed), 1);
      changes.push({
        kind: 'renamed',
        before: renamed,
        after: entry,
        fields: fieldChanges(renamed.data, entry.data),
        text: (renamed.text ?? '').trim() !== (entry.text ?? '').trim(),
      });
    } else changes.push({ kind: 'added', after: entry });
  }
  return [...changes, ...gone.map((e) => ({ kind: 'removed' as const, before: e }))];
}
