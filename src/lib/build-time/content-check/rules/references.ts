/** Every reference names an entry that exists. */
import { REGISTRY, idsIn } from '../../site-collections';
import { isRef, walk } from '../../refs';
import { didYouMean } from '../../../pure/suggest';
import { sentence } from '../validate';
import type { Rule } from '../../../collection-api/rule';

export const references: Rule = {
  holds: 'every reference names an entry that exists',
  check({ entries, ids, isBroken, contentDir, report }) {
    for (const entry of entries)
      for (const [path, value] of walk(entry.data)) {
        if (!isRef(value) || isBroken(value)) continue;
        const known = ids.get(value.collection) ?? [];
        if (known.includes(value.id)) continue;
        const { noun, plural } = REGISTRY[value.collection];
        const hint = didYouMean(value.id, known);
        const listing =
          known.length <= 12
            ? `known ${plural}: ${known.join(', ') || 'none'}`
            : `the ${plural} are the ${idsIn(value.collection, contentDir)}`;
        report.field(entry, path, sentence(`unknown ${noun} "${value.id}"`, hint, hint ? '' : listing));
      }
  },
};
