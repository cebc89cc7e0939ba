import { z } from 'astro/zod';
import { calendarDate, text, textList, type RefFactory } from './common';

export function reportSchema(ref: RefFactory) {
  return z
    .object({
      /** Deliverable number, e.g. "D6.4". */
      number: text,
      title: text,
      /** "1.0" */
      version: text,
      /** The earlier version this one replaces. */
      supersedes: ref('reports').optional(),
      /** Contractual delivery date, as the grant agreement states it ("Project Month 6"). */
      dueDate: text,
      /** Actual delivery date. */
      deliveryDate: calendarDate,
      workPackage: text,
      /** Nature code (R = report). */
      nature: text,
      /** Dissemination level (PU = public). */
      dissemination: text,
      personMonths: z.number({ invalid_type_error: 'expected a number, e.g. 1.5' }).nonnegative().optional(),
      pages: z.number({ invalid_type_error: 'expected a whole number' }).int().positive().optional(),
      /** Partners credited on the cover. */
      contributors: z.array(ref('partners')).default([]),
      keywords: textList,
      abstract: text,
      history: z
        .array(
          z
            .object({
              date: calendarDate,
              revision: text,
              comment: text,
              author: text,
              /** Affiliation as the report writes it. */
              affiliation: text,
              /** The partner, when the affiliation names one unambiguously. */
              partner: ref('partners').optional(),
            })
            .strict(),
        )
        .default([]),
      ambiguities: textList,
    })
    .strict();
}
