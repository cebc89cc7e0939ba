/** Reading the built site: its pages, their links and anchors (shared with the scripts), and the main content's links. */
import type { BuiltPage } from '../../scripts/lib/built-site';

export * from '../../scripts/lib/built-site';

/** The hrefs of every link in the page's main content. */
export function mainLinks(page: BuiltPage): string[] {
  return page
    .$('main a[href]')
    .map((_, el) => page.$(el).attr('href')!)
    .get();
}
