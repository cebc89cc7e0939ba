import { z } from 'astro/zod';
import { sourceSchema, text, textList, webUrl, type RefFactory } from './common';

export function partnerSchema(ref: RefFactory) {
  return z
    .object({
      /** Short name used across the site, e.g. "P3C". */
      name: text,
      /** Legal name as the report gives it. */
      legalName: text.optional(),
      aliases: textList,
      country: text.optional(),
      website: webUrl.optional(),
      /** The partner's part in the standardisation work. */
      role: text,
      /** People named in the reports. Names only: e-mail addresses are never published. */
      people: textList,
      sources: z.array(sourceSchema(ref)).default([]),
      ambiguities: textList,
    })
    .strict();
}
