/** Reading the built site: its pages, their links and anchors. */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import * as cheerio from 'cheerio';

export interface BuiltPage {
  /** URL path under the site's base, e.g. "/sub/bodies/etsi/". */
  url: string;
  file: string;
  $: cheerio.CheerioAPI;
}

/** Every HTML page of a built site, with its URL path under `base`. */
export async function readSite(dir: string, base: string): Promise<Map<string, BuiltPage>> {
  const files = (await readdir(dir, { recursive: true })).filter((f) => f.endsWith('.html'));
  const pages = new Map<string, BuiltPage>();
  for (const file of files) {
    const rel = file.split(path.sep).join('/');
    const url = base + rel.replace(/index\.html$/, '').replace(/\.html$/, '');
    pages.set(url, { url, file: path.join(dir, file), $: cheerio.load(await readFile(path.join(dir, file), 'utf8')) });
  }
  return pages;
}

/** The internal links of a page, resolved to absolute paths with fragments. */
export function internalLinks(page: BuiltPage): { href: string; path: string; hash: string; attr: string }[] {
  const out: { href: string; path: string; hash: string; attr: string }[] = [];
  page.$('a[href], link[href], img[src], script[src], form[action]').each((_, el) => {
    const attr = ['href', 'src', 'action'].find((a) => page.$(el).attr(a) !== undefined)!;
    const href = page.$(el).attr(attr)!;
    if (/^(https?:|mailto:|tel:|data:)/i.test(href) && !href.startsWith('https://example.org')) return;
    const url = new URL(href, `https://example.org${page.url}`);
    out.push({ href, path: url.pathname, hash: decodeURIComponent(url.hash.slice(1)), attr });
  });
  return out;
}

/** The hrefs of every link in the page's main content. */
export function mainLinks(page: BuiltPage): string[] {
  return page
    .$('main a[href]')
    .map((_, el) => page.$(el).attr('href')!)
    .get();
}
