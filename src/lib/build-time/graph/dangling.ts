/**
 * The dev server renders pages while content is being edited, so an entry
 * may refer to one that does not exist (a typo in an id) or that is held back
 * because it does not fit its schema. Building the graph from such entries
 * would stop every page with a stack trace; leaving them out, and the entries
 * that refer to them in turn, keeps the rest of the site readable while the
 * content check says what to fix. Builds never need this: they stop first.
 */
import { refsIn } from '../refs';
import { COLLECTION_NAMES, type CollectionName, type Ref } from '../site-collections';

interface Item {
  id: string;
  data: unknown;
}

/** `input` without the entries whose references, directly or through others, lead nowhere; and what was left out. */
export function withoutDangling<T extends Record<CollectionName, readonly Item[]>>(input: T): { kept: T; left: Ref[] } {
  let current = { ...input };
  const left: Ref[] = [];
  for (;;) {
    const known = new Map(COLLECTION_NAMES.map((c) => [c, new Set(current[c].map((e) => e.id))]));
    const resolves = (e: Item) => [...refsIn(e.data)].every(({ ref }) => known.get(ref.collection)?.has(ref.id));
    let changed = false;
    const next = { ...current };
    for (const c of COLLECTION_NAMES) {
      const kept = current[c].filter(resolves);
      if (kept.length === current[c].length) continue;
      changed = true;
      left.push(...current[c].filter((e) => !kept.includes(e)).map((e) => ({ collection: c, id: e.id })));
      (next as Record<CollectionName, readonly Item[]>)[c] = kept;
    }
    if (!changed) return { kept: current, left };
    current = next;
  }
}
