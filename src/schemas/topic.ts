import { z } from 'astro/zod';
import { text, textList, type RefFactory } from './common';

export function topicSchema(ref: RefFactory) {
  return z
    .object({
      name: text,
      /** One or two sentences on the theme. */
      summary: text,
      aliases: textList,
      /** Neighbouring themes. */
      related: z.array(ref('topics')).default([]),
    })
    .strict();
}
