/** Every internal link and fragment of the built site resolves, at / and under /sub/. */
import { describe, expect, it } from 'vitest';
import { brokenLinks, internalLinks, readSite } from '../support/html';
import { SITE_ORIGIN, SITES, sitesUnderTest } from '../support/paths';

describe.each(sitesUnderTest())('links of the %s site', (name) => {
  const site = SITES[name];

  it('resolve to a page or file, and every fragment to an element on it', async () => {
    const pages = await readSite(site.dir, site.base);
    expect(pages.size).toBeGreaterThan(20);
    const { broken, count: checked } = brokenLinks(pages, { ...site, origin: SITE_ORIGIN });
    expect(broken).toEqual([]);
    // Every page links to the navigation, the footer and its own entries: an empty site would not pass.
    expect(checked).toBeGreaterThan(pages.size * 15);
  });

  it('never leaves the base path', async () => {
    const pages = await readSite(site.dir, site.base);
    const outside: string[] = [];
    for (const page of pages.values()) {
      for (const link of internalLinks(page, SITE_ORIGIN))
        if (!link.path.startsWith(site.base)) outside.push(`${page.url}: ${link.href}`);
    }
    expect(outside).toEqual([]);
  });
});
