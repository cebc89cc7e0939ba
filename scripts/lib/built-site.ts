/**
 * Reading a built site: its pages, their links and anchors; and the generic
 * checks of its pages that the tests and the fast check of a change share
 * (links that resolve, valid HTML).
 */
import { existsSync, statSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';

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

/**
 * The internal links of a page, resolved to absolute paths with fragments:
 * relative ones, and absolute ones to the site's own `origin` when given
 * (its canonical address, SITE_URL).
 */
export function internalLinks(
  page: BuiltPage,
  origin?: string,
): { href: string; path: string; hash: string; attr: string }[] {
  const own = origin?.replace(/\/$/, '');
  const out: { href: string; path: string; hash: string; attr: string }[] = [];
  page.$('a[href], link[href], img[src], script[src], form[action]').each((_, el) => {
    const attr = ['href', 'src', 'action'].find((a) => page.$(el).attr(a) !== undefined);
    const href = attr && page.$(el).attr(attr);
    if (!attr || href === undefined) return;
    if (/^(https?:|mailto:|tel:|data:)/i.test(href) && !(own && (href === own || href.startsWith(`${own}/`)))) return;
    const url = new URL(href, `${own ?? 'https://site.invalid'}${page.url}`);
    out.push({ href, path: url.pathname, hash: decodeURIComponent(url.hash.slice(1)), attr });
  });
  return out;
}

/** The built file a site path leads to (a file, or a folder's index.html), if any. */
export function fileFor(dir: string, base: string, urlPath: string): string | undefined {
  if (!urlPath.startsWith(base)) return undefined;
  const rel = decodeURIComponent(urlPath.slice(base.length));
  const target = path.join(dir, rel);
  if (existsSync(target) && statSync(target).isFile()) return target;
  const index = path.join(target, 'index.html');
  return existsSync(index) ? index : undefined;
}

/**
 * The internal links of `checked` (every page when not given) that lead to no
 * page or file, or to a fragment no element of the page holds; and how many
 * links were checked.
 */
export function brokenLinks(
  pages: ReadonlyMap<string, BuiltPage>,
  site: { dir: string; base: string; origin?: string },
  checked: Iterable<BuiltPage> = pages.values(),
): { broken: string[]; count: number } {
  const byFile = new Map([...pages.values()].map((p) => [p.file, p]));
  const broken: string[] = [];
  let count = 0;
  for (const page of checked) {
    for (const link of internalLinks(page, site.origin)) {
      count++;
      const file =
        link.path === page.url && link.href.startsWith('#') ? page.file : fileFor(site.dir, site.base, link.path);
      if (!file) {
        broken.push(`${page.url}: ${link.attr}="${link.href}" has no target`);
        continue;
      }
      if (link.hash) {
        const target = byFile.get(file);
        if (!target || target.$(`[id="${link.hash}"]`).length === 0)
          broken.push(`${page.url}: ${link.href} — no element with id "${link.hash}"`);
      }
    }
  }
  return { broken, count };
}

/** html-validate's findings on each page, with the project's rules (.htmlvalidate.json), as "url:line:column rule: message". */
export async function htmlProblems(pages: Iterable<BuiltPage>): Promise<string[]> {
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const errors: string[] = [];
  for (const page of pages) {
    const report = await validator.validateFile(page.file);
    for (const result of report.results)
      for (const m of result.messages) errors.push(`${page.url}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
  }
  return errors;
}
