/**
 * Astro's content collections, one per folder of src/collections/: a page
 * collection's MDX files from content/<name>/, a data collection's entries
 * from content/<name>.yaml, each with its definition's schema. Everything
 * loads from the project's content folder (content/, see src/lib/build-time/project.ts),
 * which the site's integration names.
 */
import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import type { RefFactory } from './lib/collection-api/fields';
import {
  COLLECTION_NAMES,
  collectionSpec,
  type CollectionName,
  type Collections as Definitions,
} from './lib/build-time/site-collections';
import { tolerant } from './lib/render/tolerant-loader';
// Served by the site's integration (src/integrations/index.ts).
import { contentDir as root, tolerant as lenient } from 'virtual:standards-site/content';

const ref = reference as unknown as RefFactory;

function define(name: CollectionName) {
  const spec = collectionSpec(name);
  const loader =
    spec.type === 'pages' ? glob({ base: `./${root}/${name}`, pattern: '*.mdx' }) : file(`./${root}/${name}.yaml`);
  return defineCollection({ loader: lenient ? tolerant(loader) : loader, schema: spec.schema(ref) });
}

/** Each collection typed with its own schema, so that entries are typed in pages. */
type Collections = {
  [C in CollectionName]: ReturnType<typeof define> & { schema: ReturnType<Definitions[C]['schema']> };
};

export const collections = Object.fromEntries(COLLECTION_NAMES.map((name) => [name, define(name)])) as Collections;
