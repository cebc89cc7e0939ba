import { z } from 'astro/zod';
import { partialDate, sourceSchema, text, textList, webUrl, type RefFactory } from './common';

/** What sort of body an entry is. */
export const BODY_KINDS = [
  'organisation',
  'technical-committee',
  'working-group',
  'study-committee',
  'expert-group',
  'specialist-task-force',
  'industry-specification-group',
  'partnership-project',
  'programme',
  'coordination-group',
  'joint-groups',
  'user-association',
  'industry-association',
  'cooperation',
  'network',
] as const;

/**
 * Where the project stands with a body, as a report assessed it.
 * Ordered from the closest engagement to the loosest.
 */
export const ENGAGEMENT_STATUSES = [
  'contributing',
  'in-contact',
  'contact-sought',
  'planned',
  'considered',
  'monitoring',
  'no-overlap',
  'listed',
] as const;

export function bodySchema(ref: RefFactory) {
  return z
    .object({
      /** Full name, e.g. "Technical Committee Cyber Security". */
      name: text,
      /** Short name used in headings and lists, e.g. "TC CYBER". */
      acronym: text.optional(),
      /** Other spellings the reports use ("TC-Cyber"), so that search finds them. */
      aliases: textList,
      /** What sort of body this is. */
      kind: z.enum(BODY_KINDS),
      /** The body this one belongs to (ETSI for TC CYBER). Omit for a top-level organisation. */
      parent: ref('bodies').optional(),
      /** The body's own web site. */
      website: webUrl.optional(),
      /** One or two sentences on what the body is, used in lists and page descriptions. */
      summary: text,
      /** Areas of activity, as the report quotes them. */
      scope: textList,
      /** Which of the project's results the body matters to, and why. */
      relevance: z
        .array(
          z
            .object({
              /** A result from content/results.yaml. */
              result: ref('results'),
              /** Why, in the report's words. */
              note: text.optional(),
            })
            .strict(),
        )
        .default([]),
      /** The engagement status as each report assessed it, oldest first; the last one is current. */
      engagement: z
        .array(
          z
            .object({
              status: z.enum(ENGAGEMENT_STATUSES),
              /** When it was assessed: "YYYY-MM-DD" or "YYYY-MM". */
              assessed: partialDate,
              /** The report that states it. */
              report: ref('reports'),
              /** The report's words on the status. */
              note: text.optional(),
            })
            .strict(),
        )
        .default([]),
      /** Partners engaging with this body. */
      partners: z.array(ref('partners')).default([]),
      /** Themes this body works on. */
      topics: z.array(ref('topics')).default([]),
      /** What the project intends to bring to this body. */
      planned: textList,
      /** Entries of content/references.yaml that the report cites for this body. */
      citations: z.array(ref('references')).default([]),
      /** Where the reports speak of this body. */
      sources: z.array(sourceSchema(ref)).default([]),
      /** Points where the report is unclear or inconsistent, said plainly. */
      ambiguities: textList,
    })
    .strict();
}
