/**
 * Every URL of the site is built here, so that the whole site works under a
 * sub-path (Astro's `base`, set from SITE_BASE).
 */
import { REGISTRY, type CollectionName, type Ref } from './site-collections';
import { joinBase } from '../pure/base';
import { WORDS_PATH } from '../pure/words';

export { joinBase };

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

/** Site-relative link for use in pages (base included). */
export function href(path: string): string {
  return joinBase(import.meta.env.BASE_URL, path);
}

export const entryHref = (ref: Ref) => href(entryPath(ref));
export const collectionHref = (collection: CollectionName) => href(collectionPath(collection));

/** The absolute address of a site path, for canonical links and structured data. */
export const absoluteUrl = (site: URL | undefined) => (path: string) => new URL(href(path), site).href;

/** The addresses the heads and structured data of entry pages are made with: of a site path, of an entry's page, and a link to it. */
export function entryUrls(site: URL | undefined) {
  const url = absoluteUrl(site);
  return { url, page: (ref: Ref) => url(entryPath(ref)), href: entryHref };
}

/** Where the browser's search finds Pagefind, the site, the vocabulary of names and the words of the index: the data attributes of a search's root. */
export const searchAssets = () => ({
  'data-bundle': href('pagefind/'),
  'data-base': href(''),
  'data-vocabulary': href('search/vocabulary/'),
  'data-words': href(WORDS_PATH),
});
