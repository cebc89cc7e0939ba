import { z } from 'astro/zod';
import { text } from '../../lib/collection-api/fields';

/** content/results.yaml: the project's results that bodies are relevant to. */
export function resultSchema() {
  return z
    .object({
      name: text.describe('name of the result'),
      short: text.optional().describe('short label'),
      summary: text.describe('what it is'),
    })
    .strict();
}

export type ResultData = z.output<ReturnType<typeof resultSchema>>;
