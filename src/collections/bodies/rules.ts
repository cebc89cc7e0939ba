/** What holds between bodies: no body is its own ancestor. */
import type { Rule } from '../../lib/collection-api/rule';
import type { BodyData } from './schema';

/** Reports a body whose chain of parents leads back to itself (each body of the loop once). */
const noParentLoop: Rule<BodyData> = {
  holds: 'no body is its own ancestor',
  check({ entries, report }) {
    const parents = new Map(entries.map((e) => [e.id, e.data.parent]));
    for (const entry of entries) {
      const seen = new Set<string>();
      let parent = entry.data.parent;
      while (parent && !seen.has(parent.id)) {
        if (parent.id === entry.id) {
          report.field(
            entry,
            ['parent'],
            `the parents loop back to "${entry.id}" (${[entry.id, ...seen, entry.id].join(' → ')}) — a body cannot be its own ancestor`,
          );
          break;
        }
        seen.add(parent.id);
        parent = parents.get(parent.id);
      }
    }
  },
};

export const BODY_RULES: readonly Rule<BodyData>[] = [noParentLoop];
