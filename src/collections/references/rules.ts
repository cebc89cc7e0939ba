/** What holds between references: each has its own number. */
import type { Rule } from '../../lib/collection-api/rule';
import type { ReferenceData } from './schema';

const ownNumber: Rule<ReferenceData> = {
  holds: 'each reference has its own number',
  check({ entries, report }) {
    const numbers = new Map<number, string>();
    for (const entry of entries) {
      const other = numbers.get(entry.data.number);
      if (other)
        report.field(
          entry,
          ['number'],
          `number ${entry.data.number} is already used by "${other}" — each reference has its own number`,
        );
      else numbers.set(entry.data.number, entry.id);
    }
  },
};

export const REFERENCE_RULES: readonly Rule<ReferenceData>[] = [ownNumber];
