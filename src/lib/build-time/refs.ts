/**
 * References inside parsed entries: a reference field parses to
 * { collection, id }. Shared by the content check (every reference must
 * resolve) and the graph (every reference is a link, navigable both ways).
 */
import { isCollectionName, type Ref } from './site-collections';

export type { Path } from '../collection-api/rule';
import type { Path } from '../collection-api/rule';

/** True when `value` is a parsed reference to an entry of a registered collection. */
export function isRef(value: unknown): value is Ref {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  const v = value as Record<string, unknown>;
  return Object.keys(v).length === 2 && typeof v.id === 'string' && isCollectionName(v.collection);
}

/** Every value in `data` with its path; references are yielded whole, not descended into. */
export function* walk(data: unknown, path: Path = []): Generator<[Path, unknown]> {
  yield [path, data];
  if (isRef(data)) return;
  if (Array.isArray(data)) {
    for (const [index, item] of data.entries()) yield* walk(item, [...path, index]);
  } else if (data && typeof data === 'object') {
    for (const [key, value] of Object.entries(data)) yield* walk(value, [...path, key]);
  }
}

/** The field a path names, without list positions: ["contributions", 0, "partner"] → "contributions.partner". */
export const fieldOf = (path: Path): string => path.filter((part) => typeof part === 'string').join('.');

/** Every reference in `data`, with the field it is in. */
export function* refsIn(data: unknown): Generator<{ field: string; ref: Ref }> {
  for (const [path, value] of walk(data)) if (isRef(value)) yield { field: fieldOf(path), ref: value };
}
