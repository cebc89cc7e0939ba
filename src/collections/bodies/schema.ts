import { z } from 'astro/zod';
import {
  ambiguitiesField,
  basisField,
  fromElsewhereField,
  partialDate,
  quoteField,
  sourcesField,
  text,
  textList,
  webUrl,
  type RefFactory,
} from '../../lib/collection-api/fields';

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
 * Where the project stands with a body, as a report states it: from the
 * weakest engagement to the strongest, then "no overlap". What the report
 * must say for each to apply is in status.ts (STATUS_SCALE) and on
 * the bodies page.
 */
export const ENGAGEMENT_STATUSES = [
  'named',
  'monitoring',
  'if-needed',
  'considering',
  'intended',
  'contact-sought',
  'in-contact',
  'promoting',
  'contributing',
  'no-overlap',
] as const;

/** A standards organisation, committee, working group, task force or association. */
export function bodySchema(ref: RefFactory) {
  return z
    .object({
      name: text.describe('full name'),
      acronym: text.optional().describe('short name used in headings and lists'),
      aliases: textList.describe('other spellings the reports use, so that search finds them (list)'),
      kind: z.enum(BODY_KINDS).describe('what sort of body it is (values below)'),
      parent: ref('bodies')
        .optional()
        .describe('id of the body this one belongs to; leave out for a top-level organisation'),
      website: webUrl.optional().describe("the body's own web site"),
      summary: text.describe('one or two sentences on what the body is, used in lists and page descriptions'),
      scope: textList.describe('areas of activity, as the report quotes them (list)'),
      relevance: z
        .array(
          z
            .object({
              result: ref('results').describe('id of a result in `content/results.yaml`'),
              quote: quoteField('say why the body matters to that result'),
              note: text.optional().describe('a remark of the editors, when the quotation needs one'),
            })
            .strict(),
        )
        .default([])
        .describe('which project results the body matters to, and why (list; see below)'),
      engagement: z
        .array(
          z
            .object({
              status: z.enum(ENGAGEMENT_STATUSES).describe('the status (values below)'),
              assessed: partialDate
                .optional()
                .describe(
                  'when the report says the status was assessed, `"YYYY-MM-DD"` or `"YYYY-MM"`; leave it out when the report gives no date (the report\'s delivery is shown)',
                ),
              report: ref('reports').describe('id of the report that states it'),
              quote: quoteField('state the status'),
              note: text.optional().describe('a remark of the editors, e.g. what else the report says'),
            })
            .strict(),
        )
        .default([])
        .describe(
          'where the project stands with the body, as each report assessed it, oldest first; the last one is the current status (list; see below)',
        ),
      partners: z.array(ref('partners')).default([]).describe('ids of the partners engaging with the body (list)'),
      topics: z.array(ref('topics')).default([]).describe('ids of the themes it works on (list)'),
      planned: textList.describe('what the project intends to bring to it, one line each (list)'),
      citations: z
        .array(ref('references'))
        .default([])
        .describe('ids of entries of `references.yaml` the report cites for this body (list)'),
      sources: sourcesField(ref, 'where the reports speak of this body (see the rules above)'),
      basis: basisField(),
      fromElsewhere: fromElsewhereField(),
      ambiguities: ambiguitiesField(),
    })
    .strict();
}

export type BodyData = z.output<ReturnType<typeof bodySchema>>;
export type EngagementStatus = BodyData['engagement'][number]['status'];

/** How the values are shown. */
export const BODY_KIND_LABELS: Record<BodyData['kind'], string> = {
  organisation: 'Organisation',
  'technical-committee': 'Technical committee',
  'working-group': 'Working group',
  'study-committee': 'Study committee',
  'expert-group': 'Expert group',
  'specialist-task-force': 'Specialist task force',
  'industry-specification-group': 'Industry specification group',
  'partnership-project': 'Partnership project',
  programme: 'Programme',
  'coordination-group': 'Coordination group',
  'joint-groups': 'Joint groups',
  'user-association': 'User association',
  'industry-association': 'Industry association',
  cooperation: 'Cooperation',
  network: 'Network',
};
