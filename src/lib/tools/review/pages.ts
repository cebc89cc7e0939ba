/**
 * The pages of the site a change shows on: each changed entry's own page
 * (or its anchor on its collection's page), its collection's list, and the
 * pages of the entries it refers to and that refer to it, before and after
 * the change (a meeting shows on its bodies' and partners' pages, a body on
 * its topics' …).
 */
import { REGISTRY, type Ref } from '../../build-time/site-collections';
import { refsIn } from '../../build-time/refs';
import { collectionPath, entryPath } from '../../build-time/paths';
import { refOf, type EntryChange } from '../../build-time/history/entry-changes';
import type { Version } from './version';

export interface ShownOn {
  /** The page's path without the site's base: "/bodies/etsi-tc-cyber/". */
  path: string;
  title: string;
  /** True for the changed entries' own pages, listed first. */
  own: boolean;
}

export function pagesShowing(changes: readonly EntryChange[], before: Version, after: Version): ShownOn[] {
  const pages = new Map<string, ShownOn>();
  const add = (path: string, title: string, own = false) => {
    const known = pages.get(path);
    if (!known || (own && !known.own)) pages.set(path, { path, title, own });
  };
  const related = (ref: Ref, version: Version) => {
    const entry = version.entries.find((e) => e.collection === ref.collection && e.id === ref.id);
    if (!entry) return;
    add(entryPath(ref), version.label(ref), true);
    add(collectionPath(ref.collection), REGISTRY[ref.collection].title);
    for (const { ref: target } of refsIn(entry.data)) add(entryPath(target), version.label(target));
    for (const { from } of version.links.to(ref)) add(entryPath(from), version.label(from));
  };
  for (const change of changes) {
    if ('before' in change) related(refOf(change.before), before);
    if ('after' in change) related(refOf(change.after), after);
  }
  return [...pages.values()].sort((a, b) => Number(b.own) - Number(a.own) || a.path.localeCompare(b.path));
}
