/** Every internal link and fragment of the built site resolves, at / and under /sub/. */
import { describe, expect, it } from 'vitest';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { internalLinks, readSite } from '../support/html';
import { SITES, sitesUnderTest } from '../support/paths';

function fileFor(dir: string, base: string, urlPath: string): string | undefined {
  if (!urlPath.startsWith(base)) return undefined;
  const rel = decodeURIComponent(urlPath.slice(base.length));
  const target = path.join(dir, rel);
  if (existsSync(target) && statSync(target).isFile()) return target;
  const index = path.join(target, 'index.html');
  return existsSync(index) ? index : undefined;
}

describe.each(sitesUnderTest())('links of the %s site', (name) => {
  const site = SITES[name];

  it('resolve to a page or file, and every fragment to an element on it', async () => {
    const pages = await readSite(site.dir, site.base);
    expect(pages.size).toBeGreaterThan(20);
    const broken: string[] = [];
    let checked = 0;
    for (const page of pages.values()) {
      for (const link of internalLinks(page)) {
        checked++;
        const file =
          link.path === page.url && link.href.startsWith('#') ? page.file : fileFor(site.dir, site.base, link.path);
        if (!file) {
          broken.push(`${page.url}: ${link.attr}="${link.href}" has no target`);
          continue;
        }
        if (link.hash) {
          const target = [...pages.values()].find((p) => p.file === file);
          if (!target || target.$(`[id="${link.hash}"]`).length === 0)
            broken.push(`${page.url}: ${link.href} — no element with id "${link.hash}"`);
        }
      }
    }
    expect(broken).toEqual([]);
    // Every page links to the navigation, the footer and its own entries: an empty site would not pass.
    expect(checked).toBeGreaterThan(pages.size * 15);
  });

  it('never leaves the base path', async () => {
    const pages = await readSite(site.dir, site.base);
    const outside: string[] = [];
    for (const page of pages.values()) {
      for (const link of internalLinks(page))
        if (!link.path.startsWith(site.base)) outside.push(`${page.url}: ${link.href}`);
    }
    expect(outside).toEqual([]);
  });
});
