/** The path of every collection's page and every entry's, without the base path: the same in Astro and in the tools. */
import { REGISTRY, type CollectionName, type Ref } from './site-collections';

/** The path of a collection's page, without base: "/bodies/". */
export function collectionPath(collection: CollectionName): string {
  return `/${REGISTRY[collection].path}/`;
}

/**
 * The path of an entry's page without base, "/bodies/etsi/"; entries of a data
 * collection are anchors on the collection's page, "/glossary/#coap".
 */
export function entryPath(ref: Ref): string {
  const spec = REGISTRY[ref.collection];
  return spec.type === 'data' ? `/${spec.path}/#${ref.id}` : `/${spec.path}/${ref.id}/`;
}
