/** A link in page text to a page of the site leads to a page that exists. */
import { REGISTRY } from '../../site-collections';
import { didYouMean } from '../../../pure/suggest';
import { FIXED_PAGES, normaliseSiteLink, siteTarget } from '../../site-links';
import { sentence } from '../validate';
import type { Rule } from '../../../collection-api/rule';

export const siteLinks: Rule = {
  holds: 'links to pages of the site lead to pages that exist',
  check({ entries, ids, report }) {
    for (const entry of entries)
      for (const { url, line } of entry.links ?? []) {
        const normal = normaliseSiteLink(url);
        // Files (pictures, the feed …) are not pages; the link check of the built site covers them.
        if (/\.[a-z0-9]+(?:[?#].*)?$/i.test(normal.split('#')[0] ?? '')) continue;
        const target = siteTarget(normal);
        let wrong: string | undefined;
        if ('page' in target) {
          if (!FIXED_PAGES.includes(target.page))
            wrong = sentence(
              'no page of the site has this address',
              `its pages are ${FIXED_PAGES.join(', ')} and those of the collections`,
            );
        } else if (target.id !== undefined) {
          const known = ids.get(target.collection) ?? [];
          if (!known.includes(target.id))
            wrong = sentence(
              `unknown ${REGISTRY[target.collection].noun} "${target.id}"`,
              didYouMean(target.id, known),
            );
        }
        if (wrong) report.text(entry, line, `the link "${url}" goes nowhere — ${wrong}`);
      }
  },
};
