/**
 * The data model: one schema per collection, shared by Astro and the
 * standalone content check. Which collection uses which schema, and where its
 * files live, is said once, in src/registry.ts.
 */
import type { z } from 'astro/zod';
import type { bodySchema } from './body';
import type { glossarySchema, referenceSchema, resultSchema } from './data';
import type { meetingSchema } from './meeting';
import type { partnerSchema } from './partner';
import type { reportSchema } from './report';
import type { standardSchema } from './standard';
import type { topicSchema } from './topic';

export * from './common';
export * from './body';
export * from './data';
export * from './meeting';
export * from './partner';
export * from './report';
export * from './standard';
export * from './topic';

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
