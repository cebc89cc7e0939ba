/**
 * The data model: one schema per collection, shared by Astro and the
 * standalone content check. Which collection uses which schema, and where its
 * files live, is said once, in src/registry.ts.
 */
import type { z } from 'astro/zod';
import { bodySchema } from './body';
import { glossarySchema, referenceSchema, resultSchema } from './data';
import { meetingSchema } from './meeting';
import { partnerSchema } from './partner';
import { reportSchema } from './report';
import { standardSchema } from './standard';
import { topicSchema } from './topic';

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

/** The parsed data of one entry of each collection. */
export type BodyData = z.output<ReturnType<typeof bodySchema>>;
export type MeetingData = z.output<ReturnType<typeof meetingSchema>>;
export type PartnerData = z.output<ReturnType<typeof partnerSchema>>;
export type TopicData = z.output<ReturnType<typeof topicSchema>>;
export type StandardData = z.output<ReturnType<typeof standardSchema>>;
export type ReportData = z.output<ReturnType<typeof reportSchema>>;
export type GlossaryData = z.output<ReturnType<typeof glossarySchema>>;
export type ReferenceData = z.output<ReturnType<typeof referenceSchema>>;
export type ResultData = z.output<ReturnType<typeof resultSchema>>;
export type Contribution = MeetingData['contributions'][number];
export type EngagementStatus = BodyData['engagement'][number]['status'];
