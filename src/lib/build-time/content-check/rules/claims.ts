/**
 * Every claim rests on the report or says where it comes from: each field a
 * collection lists in its definition's `claims` (a body's kind, who maintains
 * a standard), when it has a value, is in the entry's `basis` (the report's
 * words, which the quotations rule finds in the report) or in its
 * `fromElsewhere` (with its source), and not in both.
 */
import { collectionSpec } from '../../site-collections';
import type { Rule } from '../../../collection-api/rule';

const fieldsIn = (list: unknown) =>
  new Set(Array.isArray(list) ? list.map((item) => (item as { field?: unknown }).field) : []);

export const claims: Rule = {
  holds: 'every claim rests on the report’s words or says where it comes from',
  check({ entries, report }) {
    for (const entry of entries) {
      const fields = collectionSpec(entry.collection).claims ?? [];
      if (fields.length === 0) continue;
      const basis = fieldsIn(entry.data.basis);
      const elsewhere = fieldsIn(entry.data.fromElsewhere);
      for (const field of fields) {
        const value = entry.data[field];
        if (value === undefined || (Array.isArray(value) && value.length === 0)) continue;
        const id = (value as { id?: unknown }).id;
        const shown = typeof value === 'string' ? `"${value}"` : typeof id === 'string' ? `"${id}"` : 'its value';
        if (basis.has(field) && elsewhere.has(field))
          report.field(
            entry,
            [field],
            `${field} is both in basis and in fromElsewhere — keep basis if the report states ${shown}, fromElsewhere if it does not`,
          );
        else if (!basis.has(field) && !elsewhere.has(field))
          report.field(
            entry,
            [field],
            `say where ${shown} comes from — quote the report's words that state it in basis (- field: ${field}, quote: "…"), or name its source in fromElsewhere (- field: ${field}, source: "…")`,
          );
      }
    }
  },
};
