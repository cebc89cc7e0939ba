/** How the content check reads a reference field: an id, which becomes { collection, id }. */
import { z } from 'astro/zod';
import type { RefFactory } from '../../collection-api/fields';
import { REGISTRY, isCollectionName } from '../site-collections';

/** The schema factory's reference fields, outside Astro: an id that becomes { collection, id }. */
export const checkRef: RefFactory = (collection) => {
  if (!isCollectionName(collection)) throw new Error(`a schema refers to "${collection}", which is not a collection`);
  const { noun } = REGISTRY[collection];
  return z
    .string({
      invalid_type_error: `expected the id of a ${noun} (its file name without .mdx)`,
      required_error: `expected the id of a ${noun}`,
    })
    .min(1, `expected the id of a ${noun}`)
    .transform((id) => ({ collection, id }));
};
