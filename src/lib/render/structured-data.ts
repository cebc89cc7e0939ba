/**
 * schema.org descriptions of the pages, as JSON-LD. Each collection's
 * definition says what its entry pages are (`jsonLd`: an Organization, an
 * Event, a Report …); this module adds the context, and describes the site.
 */
import { collectionSpec, type PageCollectionName } from '../build-time/site-collections';
import type { LdContext } from '../collection-api/define';
import type { NodeOf } from '../build-time/site-collections';
import type { Thing } from '../pure/compact';
import type { SiteConfig } from '../build-time/site-config';

/** The structured data of an entry's page, when its collection describes its entries. */
export function entryLd<C extends PageCollectionName>(
  collection: C,
  node: NodeOf[C],
  context: LdContext,
): Thing | undefined {
  const thing = collectionSpec(collection).jsonLd?.(node, context);
  return thing && { '@context': 'https://schema.org', ...thing };
}

export function websiteLd(site: SiteConfig, url: (path: string) => string): Thing {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name: site.title,
    description: site.description,
    url: url('/'),
    inLanguage: site.locale,
  };
}
