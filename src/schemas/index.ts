/**
 * The data model in one table: each collection, where its files live and its schema.
 * `src/content.config.ts` and the standalone content check both read it.
 */
import type { z } from 'astro/zod';
import { bodySchema } from './body';
import type { CollectionName, RefFactory } from './common';
import { glossarySchema, referenceSchema, resultSchema } from './data';
import { meetingSchema } from './meeting';
import { partnerSchema } from './partner';
import { reportSchema } from './report';
import { standardSchema } from './standard';
import { topicSchema } from './topic';

export interface PageCollection {
  /** One MDX file per entry in this folder of content/. */
  type: 'pages';
  folder: string;
  /** What one entry is called in messages. */
  noun: string;
  schema: (ref: RefFactory) => z.ZodTypeAny;
}

export interface DataCollection {
  /** One YAML file mapping ids to entries. */
  type: 'data';
  file: string;
  noun: string;
  schema: (ref: RefFactory) => z.ZodTypeAny;
}

export const MODEL = {
  bodies: { type: 'pages', folder: 'bodies', noun: 'body', schema: bodySchema },
  meetings: { type: 'pages', folder: 'meetings', noun: 'meeting', schema: meetingSchema },
  partners: { type: 'pages', folder: 'partners', noun: 'partner', schema: partnerSchema },
  topics: { type: 'pages', folder: 'topics', noun: 'topic', schema: topicSchema },
  standards: { type: 'pages', folder: 'standards', noun: 'standard', schema: standardSchema },
  reports: { type: 'pages', folder: 'reports', noun: 'report', schema: reportSchema },
  results: { type: 'data', file: 'results.yaml', noun: 'result', schema: resultSchema },
  glossary: { type: 'data', file: 'glossary.yaml', noun: 'glossary entry', schema: glossarySchema },
  references: { type: 'data', file: 'references.yaml', noun: 'reference', schema: referenceSchema },
} as const satisfies Record<CollectionName, PageCollection | DataCollection>;

export {
  bodySchema,
  glossarySchema,
  meetingSchema,
  partnerSchema,
  referenceSchema,
  reportSchema,
  resultSchema,
  standardSchema,
  topicSchema,
};
export * from './common';
export { BODY_KINDS, ENGAGEMENT_STATUSES } from './body';
export { MEETING_KINDS, CONTRIBUTION_KINDS } from './meeting';
export { STANDARD_KINDS } from './standard';

import type { z as zod } from 'astro/zod';
/** The parsed data of one entry of each collection. */
export type BodyData = zod.output<ReturnType<typeof bodySchema>>;
export type MeetingData = zod.output<ReturnType<typeof meetingSchema>>;
export type PartnerData = zod.output<ReturnType<typeof partnerSchema>>;
export type TopicData = zod.output<ReturnType<typeof topicSchema>>;
export type StandardData = zod.output<ReturnType<typeof standardSchema>>;
export type ReportData = zod.output<ReturnType<typeof reportSchema>>;
export type GlossaryData = zod.output<ReturnType<typeof glossarySchema>>;
export type ReferenceData = zod.output<ReturnType<typeof referenceSchema>>;
export type ResultData = zod.output<ReturnType<typeof resultSchema>>;
export type Contribution = MeetingData['contributions'][number];
export type EngagementStatus = BodyData['engagement'][number]['status'];
