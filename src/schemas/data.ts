/** Schemas of the data collections, each one YAML file mapping ids to entries. */
import { z } from 'astro/zod';
import { calendarDate, text, webUrl, type RefFactory } from './common';

/** content/glossary.yaml: abbreviation → entry. */
export function glossarySchema(ref: RefFactory) {
  return z
    .object({
      /** The abbreviation as written, e.g. "CoAP". */
      term: text,
      /** What it stands for. */
      expansion: text,
      /** True when the report's own List of Abbreviations has it. */
      listed: z.boolean({ invalid_type_error: 'expected true or false' }).default(false),
      /** A page of the site that explains it further (at most one). */
      body: ref('bodies').optional(),
      standard: ref('standards').optional(),
      topic: ref('topics').optional(),
      partner: ref('partners').optional(),
      result: ref('results').optional(),
      note: text.optional(),
    })
    .strict();
}

/** content/references.yaml: the reports' bibliography, id → entry. */
export function referenceSchema() {
  return z
    .object({
      /** The number the report gives it, shown as [n]. */
      number: z.number({ invalid_type_error: 'expected a whole number' }).int().positive(),
      /** Author or publisher, as the report gives it. */
      author: text,
      title: text,
      /** Where it is published, e.g. "ETSI Portal". */
      publisher: text.optional(),
      url: webUrl.optional(),
      /** Year of publication, when given. */
      year: z.number({ invalid_type_error: 'expected a year, e.g. 2016' }).int().optional(),
      /** When the report's authors last opened it. */
      accessed: calendarDate.optional(),
    })
    .strict();
}

/** content/results.yaml: the project's results that bodies are relevant to. */
export function resultSchema() {
  return z
    .object({
      name: text,
      /** Short label, e.g. "NORM". */
      short: text.optional(),
      summary: text,
    })
    .strict();
}
