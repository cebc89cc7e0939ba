/**
 * Every URL of the site's pages is built here, so that the whole site works
 * under a sub-path (Astro's `base`, set from SITE_BASE); the paths without the
 * base are build-time/paths.ts's.
 */
import type { CollectionName, Ref } from '../build-time/site-collections';
import { collectionPath, entryPath } from '../build-time/paths';
import { joinBase } from '../pure/base';
import { WORDS_PATH } from '../pure/words';

export { joinBase };

export { collectionPath, entryPath };

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
