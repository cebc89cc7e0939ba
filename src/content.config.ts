/**
 * The content collections, one per entry of the registry (src/registry.ts):
 * MDX pages from a folder, or one YAML file of entries. The data model itself
 * (fields, kinds, statuses) lives in src/schemas/. Everything loads from the
 * project's content folder (content/, see src/lib/project.ts).
 */
import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import type { RefFactory } from './schemas';
import { COLLECTION_NAMES, collectionSpec, type CollectionName, type REGISTRY } from './registry';
import { tolerant } from './lib/tolerant-loader';
import { contentDir } from './lib/project';

const ref = reference as unknown as RefFactory;
const root = contentDir();

function define(name: CollectionName) {
  const spec = collectionSpec(name);
  const loader =
    spec.type === 'pages'
      ? glob({ base: `./${root}/${spec.folder}`, pattern: '*.mdx' })
      : file(`./${root}/${spec.file}`);
  return defineCollection({ loader: tolerant(loader), schema: spec.schema(ref) });
}

/** Each collection typed with its own schema, so that entries are typed in pages. */
type Collections = {
  [C in CollectionName]: ReturnType<typeof define> & { schema: ReturnType<(typeof REGISTRY)[C]['schema']> };
};

export const collections = Object.fromEntries(COLLECTION_NAMES.map((name) => [name, define(name)])) as Collections;
