/**
 * What a rule of the content check is, and the one way a rule reports a
 * problem. A rule holds across fields or files (every reference resolves, a
 * meeting ends after it starts …); the schema has already checked each field
 * on its own. Generic rules are listed in content-check/rules/index.ts; a collection's own rules
 * are in its folder and named by its definition (`rules`).
 */
import type { CollectionName, Ref } from './types';
import type { CheckedEntry } from './checked-entry';
import type { Severity } from '../build-time/content-check/problem';

/** A path inside an entry's data: field names and list positions. */
export type Path = (string | number)[];

/** How a rule reports: at a field of an entry, or at a line of its page text. */
export interface Reporter {
  /** A problem with the field at `path` inside the entry. */
  field(entry: CheckedEntry, path: Path, message: string, severity?: Severity): void;
  /** A problem at `line` (1-based, in the file) of the entry's page text. */
  text(entry: CheckedEntry, line: number, message: string, severity?: Severity): void;
}

/** What a rule is given. */
export interface RuleContext<Data = Record<string, unknown>> {
  /** The entries the rule is about: every entry for a generic rule, the collection's for a collection's rule. */
  entries: readonly CheckedEntry<Data>[];
  /** Every entry that could be read. */
  all: readonly CheckedEntry[];
  /** The ids of each collection's entries that could be read. */
  ids: ReadonlyMap<CollectionName, readonly string[]>;
  /** True when `ref` names an entry whose file exists but could not be read (its own problem is reported). */
  isBroken(ref: Ref): boolean;
  /** True when some entry could not be read, so that rules over all the text would judge on part of it. */
  incomplete: boolean;
  contentDir: string;
  report: Reporter;
}

export interface Rule<Data = Record<string, unknown>> {
  /** What the rule holds, in a few words: "a meeting ends after it starts". */
  holds: string;
  check(context: RuleContext<Data>): void;
}

/** The line of the file where the line at `index` (0-based) of an entry's page text stands. */
export const textLine = (entry: CheckedEntry, index: number) => (entry.textLine ?? 1) + index;
