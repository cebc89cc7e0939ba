import { z } from 'astro/zod';
import { ambiguitiesField, calendarDate, text, textList, type RefFactory } from './common';

/** A version of the standardisation report (a deliverable). */
export function reportSchema(ref: RefFactory) {
  return z
    .object({
      number: text.describe('deliverable number'),
      title: text.describe('title'),
      version: text.describe('version, as text'),
      supersedes: ref('reports').optional().describe('id of the earlier version this one replaces'),
      dueDate: text.describe('contractual delivery date, as the grant agreement states it (free text)'),
      deliveryDate: calendarDate.describe('actual delivery date: a full day, `"YYYY-MM-DD"`'),
      workPackage: text.describe('work package'),
      nature: text.describe('nature code (R = report)'),
      dissemination: text.describe('dissemination level (PU = public)'),
      personMonths: z
        .number({ invalid_type_error: 'expected a number, e.g. 1.5' })
        .nonnegative()
        .optional()
        .describe('effort, a number without quotes'),
      pages: z
        .number({ invalid_type_error: 'expected a whole number' })
        .int()
        .positive()
        .optional()
        .describe('number of pages, a whole number without quotes'),
      contributors: z.array(ref('partners')).default([]).describe('ids of the partners credited on the cover (list)'),
      keywords: textList.describe('keywords (list)'),
      abstract: text.describe('the abstract'),
      history: z
        .array(
          z
            .object({
              date: calendarDate.describe('a full day, `"YYYY-MM-DD"`'),
              revision: text.describe('revision'),
              comment: text.describe('what changed'),
              author: text.describe('author, as the report writes it'),
              affiliation: text.describe('affiliation, as the report writes it'),
              partner: ref('partners')
                .optional()
                .describe('id of the partner, when the affiliation names one unambiguously'),
            })
            .strict(),
        )
        .default([])
        .describe('the document history table (see below)'),
      ambiguities: ambiguitiesField(),
    })
    .strict();
}
