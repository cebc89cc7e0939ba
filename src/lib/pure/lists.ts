/** Small helpers shared by the graph's builders. */

export const unique = <T>(items: Iterable<T>): T[] => [...new Set(items)];

/** Compares names the way a reader sorts them: case and accents aside. */
export const byName = (a: string, b: string) => a.localeCompare(b, 'en', { sensitivity: 'base' });

export function mapOf<N extends { id: string }>(nodes: Iterable<N>): Map<string, N> {
  return new Map([...nodes].map((node) => [node.id, node]));
}

/** The value at `key`; an error naming `what` when there is none (a broken invariant of the graph, not bad content). */
export function mustGet<K, V>(map: ReadonlyMap<K, V>, key: K, what = 'entry'): V {
  const value = map.get(key);
  if (value === undefined) throw new Error(`the graph has no ${what} "${String(key)}"`);
  return value;
}

/** Pushes `value` to the list at `key`, creating it. */
export function add<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Groups `items` by a key. */
export function groupBy<T>(items: Iterable<T>, key: (item: T) => string | undefined): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k !== undefined) add(groups, k, item);
  }
  return groups;
}

/** The distinct values of `items` that are defined, in order. */
export const uniqueDefined = <T>(items: Iterable<T | undefined>): T[] => [
  ...new Set([...items].filter((x): x is T => x !== undefined)),
];
