/** A built site under test, with the content and the configuration it was built from. */
import type { CheckedEntry } from '../../src/lib/build-time/content-check';
import { loadSiteConfig } from '../../src/lib/build-time/project';
import type { SiteConfig } from '../../src/lib/build-time/site-config';
import { joinBase } from '../../src/lib/pure/base';
import { entryPath } from '../../src/lib/render/urls';
import { hasPages, type Ref } from '../../src/lib/build-time/site-collections';
import { realContent } from './content';
import { readSite, type BuiltPage } from './html';
import { ROOT, SITES, type SiteName } from './paths';

export interface OpenSite {
  name: SiteName;
  dir: string;
  base: string;
  /** The content folder it was built from, relative to the root. */
  contentDir: string;
  entries: CheckedEntry[];
  /** Entries with a page of their own. */
  pageEntries: CheckedEntry[];
  pages: Map<string, BuiltPage>;
  config: SiteConfig;
  /** A site path with the base: "/bodies/" → "/sub/bodies/". */
  url(path: string): string;
  /** The URL of an entry's page or anchor, with the base. */
  entryUrl(ref: Ref): string;
  /** The built page at a URL (with the base); throws when there is none. */
  page(url: string): BuiltPage;
}

export async function openSite(name: SiteName): Promise<OpenSite> {
  const site = SITES[name];
  const entries = await realContent(ROOT, site.contentDir);
  const pages = await readSite(site.dir, site.base);
  const config = await loadSiteConfig(ROOT, { ...process.env, SITE_PROJECT: site.project });
  const url = (path: string) => joinBase(site.base, path);
  return {
    name,
    dir: site.dir,
    base: site.base,
    contentDir: site.contentDir,
    entries,
    pageEntries: entries.filter((e) => hasPages(e.collection)),
    pages,
    config,
    url,
    entryUrl: (ref) => url(entryPath(ref)),
    page(at) {
      const page = pages.get(at);
      if (!page) throw new Error(`no page at ${at} in the ${name} site`);
      return page;
    },
  };
}

/** One entry of each collection that has pages: a sample of every entry template. */
export function onePerTemplate(site: OpenSite): CheckedEntry[] {
  const seen = new Set<string>();
  return site.pageEntries.filter((e) => !seen.has(e.collection) && seen.add(e.collection));
}
