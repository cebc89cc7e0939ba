/** `fromElsewhere:` names fields the entry fills, each once. */
import { z } from 'astro/zod';
import { collectionSpec, type CollectionName } from '../../site-collections';
import type { RefFactory } from '../../../collection-api/fields';
import { didYouMean } from '../../../pure/suggest';
import { sentence } from '../validate';
import type { Rule } from '../../../collection-api/rule';

/** The fields an entry of `collection` may have, in the schema's order. */
function fieldsOf(collection: CollectionName): string[] {
  const anyRef = (() => z.any()) as unknown as RefFactory;
  const schema = collectionSpec(collection).schema(anyRef);
  return schema instanceof z.ZodObject ? Object.keys(schema.shape as object) : [];
}

/** Fields that say where the rest comes from, never themselves from elsewhere. */
const ABOUT_SOURCES = ['fromElsewhere', 'ambiguities', 'sources', 'basis'];

export const fromElsewhere: Rule = {
  holds: 'facts marked as from elsewhere are fields the entry fills',
  check({ entries, report }) {
    for (const entry of entries) {
      const { collection, data } = entry;
      if (!Array.isArray(data.fromElsewhere)) continue;
      const fields = fieldsOf(collection).filter((k) => !ABOUT_SOURCES.includes(k));
      const seen = new Set<string>();
      (data.fromElsewhere as { field: string }[]).forEach(({ field }, index) => {
        const at = ['fromElsewhere', index, 'field'];
        const value = data[field];
        const empty = value === undefined || (Array.isArray(value) && value.length === 0);
        if (!fields.includes(field))
          report.field(
            entry,
            at,
            sentence(
              `this entry has no field "${field}"`,
              didYouMean(field, fields),
              `its fields: ${fields.join(', ')}`,
            ),
          );
        else if (empty)
          report.field(entry, at, `"${field}" has no value in this entry — remove this item, or fill in ${field}`);
        else if (seen.has(field))
          report.field(entry, at, `"${field}" is already listed — say where it comes from once`);
        seen.add(field);
      });
    }
  },
};
