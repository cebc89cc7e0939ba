import { z } from 'astro/zod';
import {
  ambiguitiesField,
  calendarDate,
  partialDate,
  text,
  textList,
  type RefFactory,
} from '../../lib/collection-api/fields';

/** A version of the standardisation report (a deliverable). */
export function reportSchema(ref: RefFactory) {
  return z
    .object({
      number: text.describe('deliverable number'),
      title: text.describe('title'),
      version: text.describe('version, as text'),
      supersedes: ref('reports').optional().describe('id of the earlier version this one replaces'),
      period: z
        .object({
          start: partialDate.describe('first day or month covered, `"YYYY-MM-DD"` or `"YYYY-MM"`'),
          end: partialDate.describe('last day or month covered'),
        })
        .strict()
        .optional()
        .describe(
          "the period the report covers; without it, from the earlier version's delivery to this one's (see below)",
        ),
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
      authors: z
        .array(ref('partners'))
        .default([])
        .describe(
          "ids of the partners of the report's Authors table, in its order (list); their people are the partners' `people`, never an e-mail address",
        ),
      keywords: textList.describe('keywords (list)'),
      abstract: text.describe('the abstract'),
      acknowledgement: text
        .optional()
        .describe('the funding sentence printed on the cover, word for word; without it the cover prints none'),
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
      sections: z
        .array(
          z
            .object({
              number: text.describe('the section number, in quotes: `"2.1"`'),
              title: text.describe('the heading, as the report writes it'),
              bodies: z
                .array(ref('bodies'))
                .min(1, 'name at least one body the section is about')
                .describe('ids of the bodies the section is about (list)'),
            })
            .strict(),
        )
        .default([])
        .describe(
          "the report's sections on standards bodies, in the report's order; the assembled document is made from them (list; see below)",
        ),
      abbreviations: z
        .array(ref('glossary'))
        .default([])
        .describe("ids of the glossary entries of the report's List of Abbreviations, in its order (list)"),
      ambiguities: ambiguitiesField(),
    })
    .strict();
}

export type ReportData = z.output<ReturnType<typeof reportSchema>>;
