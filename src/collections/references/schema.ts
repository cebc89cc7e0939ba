import { z } from 'astro/zod';
import { calendarDate, text, webUrl } from '../../lib/collection-api/fields';

/** content/references.yaml: the reports' bibliography, id → entry. */
export function referenceSchema() {
  return z
    .object({
      number: z
        .number({ invalid_type_error: 'expected a whole number' })
        .int()
        .positive()
        .describe(
          'the number the report gives it, shown as [n]; a whole number without quotes, used by no other reference',
        ),
      author: text.describe('author or publisher, as the report gives it'),
      title: text.describe('title'),
      publisher: text.optional().describe('where it is published'),
      url: webUrl.optional().describe('web address'),
      year: z
        .number({ invalid_type_error: 'expected a year, e.g. 2016' })
        .int()
        .optional()
        .describe('year of publication, without quotes'),
      accessed: calendarDate
        .optional()
        .describe('when the report\'s authors last opened it: a full day, `"YYYY-MM-DD"`'),
    })
    .strict();
}

export type ReferenceData = z.output<ReturnType<typeof referenceSchema>>;
