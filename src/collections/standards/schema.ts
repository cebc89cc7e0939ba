import { z } from 'astro/zod';
import {
  ambiguitiesField,
  basisField,
  fromElsewhereField,
  text,
  textList,
  type RefFactory,
} from '../../lib/collection-api/fields';

export const STANDARD_KINDS = [
  'protocol',
  'standard',
  'specification',
  'internet-draft',
  'data-model',
  'guide',
  'directive',
  'mandate',
] as const;

/** A protocol, specification, directive or mandate. */
export function standardSchema(ref: RefFactory) {
  return z
    .object({
      name: text.describe('name used in headings'),
      acronym: text.optional().describe('short name or designation'),
      aliases: textList.describe('other spellings, for search (list)'),
      kind: z.enum(STANDARD_KINDS).describe('what sort of document it is (values below)'),
      maintainer: ref('bodies').optional().describe('id of the body that maintains it, when it has a page'),
      issuer: text.optional().describe('who issued it, in words, when that is not a body of the site'),
      bodies: z.array(ref('bodies')).default([]).describe('ids of other bodies the report connects with it (list)'),
      topics: z.array(ref('topics')).default([]).describe('ids of themes (list)'),
      partners: z.array(ref('partners')).default([]).describe('ids of partners that co-author or use it (list)'),
      status: text.optional().describe("its state, in the report's words (free text, not a list of values)"),
      summary: text.describe('one or two sentences on what it is'),
      citations: z.array(ref('references')).default([]).describe('ids of entries of `references.yaml` (list)'),
      basis: basisField(),
      fromElsewhere: fromElsewhereField(),
      ambiguities: ambiguitiesField(),
    })
    .strict();
}

export type StandardData = z.output<ReturnType<typeof standardSchema>>;

/** How the values are shown. */
export const STANDARD_KIND_LABELS: Record<(typeof STANDARD_KINDS)[number], string> = {
  protocol: 'Protocol',
  standard: 'Standard',
  specification: 'Specification',
  'internet-draft': 'Internet-Draft',
  'data-model': 'Data model',
  guide: 'Guide',
  directive: 'Directive',
  mandate: 'Mandate',
};
