/**
 * The content collections. The data model itself (fields, kinds, statuses)
 * lives in src/schemas/; this file only tells Astro where each collection's
 * files are. Everything loads from the top-level content/ folder.
 */
import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import {
  MODEL,
  bodySchema,
  glossarySchema,
  meetingSchema,
  partnerSchema,
  referenceSchema,
  reportSchema,
  resultSchema,
  standardSchema,
  topicSchema,
  type RefFactory,
} from './schemas';
import { tolerant } from './lib/tolerant-loader';

export const CONTENT_DIR = 'content';

const ref = reference as unknown as RefFactory;

const pages = (folder: string) => tolerant(glob({ base: `./${CONTENT_DIR}/${folder}`, pattern: '*.mdx' }));
const data = (name: string) => tolerant(file(`./${CONTENT_DIR}/${name}`));

export const collections = {
  bodies: defineCollection({ loader: pages(MODEL.bodies.folder), schema: bodySchema(ref) }),
  meetings: defineCollection({ loader: pages(MODEL.meetings.folder), schema: meetingSchema(ref) }),
  partners: defineCollection({ loader: pages(MODEL.partners.folder), schema: partnerSchema(ref) }),
  topics: defineCollection({ loader: pages(MODEL.topics.folder), schema: topicSchema(ref) }),
  standards: defineCollection({ loader: pages(MODEL.standards.folder), schema: standardSchema(ref) }),
  reports: defineCollection({ loader: pages(MODEL.reports.folder), schema: reportSchema(ref) }),
  results: defineCollection({ loader: data(MODEL.results.file), schema: resultSchema() }),
  glossary: defineCollection({ loader: data(MODEL.glossary.file), schema: glossarySchema(ref) }),
  references: defineCollection({ loader: data(MODEL.references.file), schema: referenceSchema() }),
};
