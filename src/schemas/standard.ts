import { z } from 'astro/zod';
import { text, textList, type RefFactory } from './common';

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

export function standardSchema(ref: RefFactory) {
  return z
    .object({
      /** Name used in headings, e.g. "Constrained Application Protocol". */
      name: text,
      /** Short name or designation, e.g. "CoAP", "IEEE C37.118.1-2011". */
      acronym: text.optional(),
      aliases: textList,
      kind: z.enum(STANDARD_KINDS),
      /** The body that maintains it, when it has a page. */
      maintainer: ref('bodies').optional(),
      /** Who issued it, in words, when it is not a body of the site (e.g. "European Commission"). */
      issuer: text.optional(),
      /** Other bodies the report connects with it. */
      bodies: z.array(ref('bodies')).default([]),
      topics: z.array(ref('topics')).default([]),
      /** Partners that co-author or use it, as the report says. */
      partners: z.array(ref('partners')).default([]),
      /** Its state, as the report gives it ("close to being finalised"). */
      status: text.optional(),
      summary: text,
      citations: z.array(ref('references')).default([]),
      ambiguities: textList,
    })
    .strict();
}
