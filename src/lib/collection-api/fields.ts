/**
 * Field types shared by every collection. Each one carries the message a
 * partner sees when a value does not fit, so that errors say what is expected.
 */
import { z } from 'astro/zod';
import { tryParsePartialDate } from '../pure/dates';
import { REPORTS } from './reports';

/**
 * What a reference field holds once parsed: the collection and the id of the
 * target. The collection names are the folders of src/collections/.
 */
export interface Ref<C extends string = string> {
  collection: C;
  id: string;
}

/**
 * Builds the schema of a reference field. Inside Astro this is `reference()`
 * from `astro:content`; the standalone content check passes its own factory
 * with the same output shape, so one schema serves both.
 */
export type RefFactory = <C extends string>(collection: C) => z.ZodType<Ref<C>, z.ZodTypeDef, unknown>;

/** What separates a field's meaning from the condition under which an optional field is required. */
export const REQUIRED_WHEN = ' | required: ';

/**
 * The documentation of a field, for the people who write content: what it
 * means and, for an optional field that some entries must give, when. The
 * field tables of CONTRIBUTING.md are generated from it (`npm run docs`).
 */
export const doc = (meaning: string, requiredWhen?: string) =>
  requiredWhen ? `${meaning}${REQUIRED_WHEN}${requiredWhen}` : meaning;

const DATE_HINT = 'a date in quotes, "YYYY-MM-DD"';
const PARTIAL_DATE_HINT = 'a date in quotes, "YYYY-MM-DD", or "YYYY-MM" when only the month is known';

/** True when `value` is "YYYY-MM" or "YYYY-MM-DD" naming a day or month that exists. */
export function isCalendarDate(value: string, allowMonth = true): boolean {
  const date = tryParsePartialDate(value);
  return date !== undefined && (allowMonth || date.day !== undefined);
}

function dateString(hint: string, allowMonth: boolean) {
  return z
    .string({
      invalid_type_error: `expected ${hint}; write the date between quotes so it is read as written`,
      required_error: `expected ${hint}`,
    })
    .refine((value) => isCalendarDate(value, allowMonth), {
      message: `is not a real calendar date — expected ${hint}`,
    });
}

/** A day: "2016-09-13". */
export const calendarDate = dateString(DATE_HINT, false);

/** A day or, when only the month is known, a month: "2016-06". The precision is kept. */
export const partialDate = dateString(PARTIAL_DATE_HINT, true);

/** A time of day, 24-hour clock: "09:30". */
export const timeOfDay = z
  .string({ invalid_type_error: 'expected a time in quotes, "HH:MM" (24-hour clock)' })
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'is not a time — expected a time in quotes, "HH:MM" (24-hour clock)');

/** The time zones Node knows (IANA names), and UTC. */
const TIME_ZONES = new Set([...Intl.supportedValuesOf('timeZone'), 'UTC']);

/** A time zone, as its IANA name: "Europe/Brussels". */
export const timeZone = z
  .string({ invalid_type_error: 'expected a time zone in quotes, such as "Europe/Brussels"' })
  .refine((value) => TIME_ZONES.has(value), {
    message: 'is not a time zone — expected a name such as "Europe/Brussels", "Europe/Rome" or "UTC"',
  });

/** An http(s) address. */
export const webUrl = z
  .string({ invalid_type_error: 'expected a web address starting with https:// or http://' })
  .url('expected a web address starting with https:// or http://')
  .refine((value) => /^https?:\/\//i.test(value), {
    message: 'expected a web address starting with https:// or http://',
  });

/** A line of text that may not be empty. */
export const text = z
  .string({ invalid_type_error: 'expected text', required_error: 'this field is required' })
  .trim()
  .min(1, 'expected text, not an empty value');

/** A list of lines of text. */
export const textList = z.array(text).default([]);

/**
 * The words of a report a claim rests on, copied exactly; "…" marks words
 * left out. The content check looks for them in the report's text.
 */
export const quoteField = (what: string) =>
  text.describe(
    `the report's own words that ${what}, copied exactly (write … for words left out); the build checks that the report says them`,
  );

/** Where in a report an entry's facts are stated. */
export function sourceSchema(ref: RefFactory) {
  return z
    .object({
      report: ref(REPORTS).describe('id of the report that states it'),
      section: text.optional().describe('the section number in that report, in quotes'),
      transcribed: z
        .boolean({ invalid_type_error: 'expected true or false' })
        .optional()
        .describe(
          "`true` when the entry's page text is that section's words, as printed (the assembled report is made of them); the page says so above the text, and otherwise calls its text the site's",
        ),
      as: text
        .optional()
        .describe(
          'the words the report names the entry by there, when they are not its title: a meeting as its row of a meeting table, a partner as the Authors table prints it',
        ),
    })
    .strict();
}

/** `sources:` of an entry: where the reports state its facts. */
export const sourcesField = (ref: RefFactory, meaning: string) =>
  z.array(sourceSchema(ref)).default([]).describe(meaning);

/**
 * `fromElsewhere:` of an entry: which of its fields state a fact the reports
 * do not, and where the fact comes from. Every page and list that shows such
 * a field marks it.
 */
export const fromElsewhereField = () =>
  z
    .array(
      z
        .object({
          field: text.describe('the name of the field, e.g. `country`'),
          source: text.describe('where the fact comes from, in words, e.g. "inferred from the legal name"'),
        })
        .strict(),
    )
    .default([])
    .describe('fields whose facts do not come from the reports, and where they come from (list; see below)');

/**
 * `basis:` of an entry: the report's words that state the value of a field
 * such as a body's `kind` or a standard's `maintainer`. Every value of the
 * fields a collection names in its definition's `claims` rests on them or on
 * `fromElsewhere`; the content check finds each quotation in the report.
 */
export const basisField = () =>
  z
    .array(
      z
        .object({
          field: text.describe('the name of the field, e.g. `kind`'),
          quote: quoteField("state the field's value"),
        })
        .strict(),
    )
    .default([])
    .describe(
      "the report's words that state the values of fields such as `kind` (list; see below); a value the report does not state goes in `fromElsewhere`",
    );

/** `ambiguities:` of an entry: what its sources leave unclear, said plainly. */
export const ambiguitiesField = (what = 'the report leaves') => textList.describe(`what ${what} unclear (list)`);

/** A source of an entry, as parsed: the report (a reference), its section, and how the entry's text relates to it. */
export type Source = z.output<ReturnType<typeof sourceSchema>>;

/**
 * What every entry page reads of an entry, whatever its collection: the
 * fields the collections share through the helpers above, each optional
 * (a collection may not have it). Any entry's data is one, with no cast.
 */
export interface SharedFields {
  sources?: readonly Source[];
  ambiguities?: readonly string[];
  citations?: readonly Ref[];
  [field: string]: unknown;
}
