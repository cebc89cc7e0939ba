import { z } from 'astro/zod';
import { text, textList, type RefFactory } from '../../lib/collection-api/fields';

/** A theme across bodies. */
export function topicSchema(ref: RefFactory) {
  return z
    .object({
      name: text.describe('name of the theme'),
      summary: text.describe('one or two sentences on the theme'),
      aliases: textList.describe('other words for it, for search (list)'),
      related: z.array(ref('topics')).default([]).describe('ids of neighbouring themes (list)'),
    })
    .strict();
}

export type TopicData = z.output<ReturnType<typeof topicSchema>>;
