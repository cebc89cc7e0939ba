import { z } from 'astro/zod';
import { text, type RefFactory } from '../../lib/collection-api/fields';

/** content/glossary.yaml: abbreviation → entry. */
export function glossarySchema(ref: RefFactory) {
  return z
    .object({
      term: text.describe('the abbreviation as written'),
      expansion: text.describe('what it stands for'),
      body: ref('bodies').optional().describe('id of a body page that explains it further'),
      standard: ref('standards').optional().describe('id of a standard page'),
      topic: ref('topics').optional().describe('id of a topic page'),
      partner: ref('partners').optional().describe('id of a partner page'),
      result: ref('results').optional().describe('id of a result'),
      note: text.optional().describe('a remark'),
    })
    .strict();
}

export type GlossaryData = z.output<ReturnType<typeof glossarySchema>>;
