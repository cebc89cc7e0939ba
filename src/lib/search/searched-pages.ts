/**
 * Which built files can hold a searchable page, as one glob for Pagefind:
 * the page of each entry of a collection with pages ("bodies/<id>/index.html")
 * and the page of a data collection, whose entries are anchors there
 * ("glossary/index.html"). Pagefind indexes only those of them that carry
 * `data-pagefind-body`; leaving out every other file (lists, later pages,
 * facet pages, the timeline) spares it reading most of a large site's HTML.
 */
import { COLLECTION_NAMES, REGISTRY } from '../build-time/site-collections';

export function searchedPagesGlob(): string {
  const files = COLLECTION_NAMES.map((collection) => {
    const spec = REGISTRY[collection];
    return spec.type === 'pages' ? `${spec.path}/*/index.html` : `${spec.path}/index.html`;
  });
  return `{${files.join(',')}}`;
}
