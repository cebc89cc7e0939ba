/**
 * Links written in page text to the site's own pages ("/bodies/etsi/"):
 * spelled the way partners write them, they are normalised the one way the
 * site serves them, and the content check resolves them to an entry.
 */
import { COLLECTION_NAMES, REGISTRY, type CollectionName } from './site-collections';

/** True for a link to a page of this site, not to another site or a fragment of the same page. */
export const isSiteLink = (url: string) => url.startsWith('/') && !url.startsWith('//');

/**
 * "/bodies/etsi#x" → "/bodies/etsi/#x": a path without a file extension gets
 * its trailing slash, as the site's pages are folders; the base, if the
 * writer included it, is taken off ("/sub/bodies/etsi/" → "/bodies/etsi/").
 */
export function normaliseSiteLink(url: string, base = '/'): string {
  const [, path = '', rest = ''] = /^([^?#]*)(.*)$/.exec(url) ?? [];
  const prefix = base.replace(/\/$/, '');
  let own = prefix && (path === prefix || path.startsWith(`${prefix}/`)) ? path.slice(prefix.length) || '/' : path;
  if (!own.endsWith('/') && !/\.[a-z0-9]+$/i.test(own)) own = `${own}/`;
  return `${own}${rest}`;
}

/** The pages of the site that are neither an entry nor a collection's page: its own, and those the collections add. */
export const FIXED_PAGES = [
  '/',
  '/search/',
  ...COLLECTION_NAMES.flatMap((c) =>
    (REGISTRY[c].routes ?? []).flatMap(({ pattern, label }) => (label ? [`${pattern}/`] : [])),
  ),
  '/changes/',
  '/data/',
  '/accessibility/',
  '/privacy/',
];

/** Where a site link goes: an entry of a collection (with its anchor id for a data collection), or another page. */
export type SiteTarget = { collection: CollectionName; id?: string } | { page: string };

/** The target of a normalised site link. */
export function siteTarget(url: string): SiteTarget {
  const [, path = '/', hash = ''] = /^([^?#]*)(?:\?[^#]*)?(?:#(.*))?$/.exec(url) ?? [];
  const [first, second, ...more] = path.split('/').filter(Boolean);
  const collection = COLLECTION_NAMES.find((c) => REGISTRY[c].path === first);
  if (!collection || more.length) return { page: path };
  const spec = REGISTRY[collection];
  if (spec.type === 'data') return second ? { page: path } : { collection, id: hash || undefined };
  return { collection, id: second };
}
