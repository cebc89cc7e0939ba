/**
 * Every URL of the site is built here, so that the whole site works under a
 * sub-path (Astro's `base`, set from SITE_BASE).
 */
import type { CollectionName, Ref } from '../schemas';
import { joinBase } from './base';

export { joinBase };

/** The folder of each collection's pages; data collections live on one page each, entries as anchors. */
const PAGE_OF: Record<CollectionName, { path: string; anchors: boolean }> = {
  bodies: { path: 'bodies/', anchors: false },
  meetings: { path: 'meetings/', anchors: false },
  partners: { path: 'partners/', anchors: false },
  topics: { path: 'topics/', anchors: false },
  standards: { path: 'standards/', anchors: false },
  reports: { path: 'reports/', anchors: false },
  results: { path: 'results/', anchors: true },
  glossary: { path: 'glossary/', anchors: true },
  references: { path: 'references/', anchors: true },
};

/** The path of a collection's index page, without base: "/bodies/". */
export function collectionPath(collection: CollectionName): string {
  return `/${PAGE_OF[collection].path}`;
}

/** The path of an entry's page or anchor, without base: "/bodies/etsi/", "/glossary/#coap". */
export function entryPath(ref: Ref): string {
  const page = PAGE_OF[ref.collection];
  return page.anchors ? `/${page.path}#${ref.id}` : `/${page.path}${ref.id}/`;
}

/** Site-relative link for use in pages (base included). */
export function href(path: string): string {
  return joinBase(import.meta.env.BASE_URL, path);
}

export const entryHref = (ref: Ref) => href(entryPath(ref));
export const collectionHref = (collection: CollectionName) => href(collectionPath(collection));

/** The absolute address of a site path, for canonical links and structured data. */
export const absoluteUrl = (site: URL | undefined) => (path: string) => new URL(href(path), site).href;
