/** Schemas of the data collections, each one YAML file mapping ids to entries. */
import { z } from 'astro/zod';
import { calendarDate, text, webUrl, type RefFactory } from './common';

/** content/glossary.yaml: abbreviation → entry. */
export function glossarySchema(ref: RefFactory) {
  return z
    .object({
      term: text.describe('the abbreviation as written'),
      expansion: text.describe('what it stands for'),
      listed: z
        .boolean({ invalid_type_error: 'expected true or false' })
        .default(false)
        .describe("`true` when the report's own List of Abbreviations has it, otherwise `false` (the default)"),
      body: ref('bodies').optional().describe('id of a body page that explains it further'),
      standard: ref('standards').optional().describe('id of a standard page'),
      topic: ref('topics').optional().describe('id of a topic page'),
      partner: ref('partners').optional().describe('id of a partner page'),
      result: ref('results').optional().describe('id of a result'),
      note: text.optional().describe('a remark'),
    })
    .strict();
}

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

/** content/results.yaml: the project's results that bodies are relevant to. */
export function resultSchema() {
  return z
    .object({
      name: text.describe('name of the result'),
      short: text.optional().describe('short label'),
      summary: text.describe('what it is'),
    })
    .strict();
}
