/**
 * npm run check:changes -- --base <git revision>
 *
 * The fast check of a change to the content (a pull request that changes only
 * content/ and pictures): the content check, then the build, then the generic
 * checks on the pages of the site the change shows on (from npm run review):
 * their links resolve, their HTML is valid, axe-core finds no WCAG 2.1 AA
 * violation in either colour scheme, the search index holds the entries'
 * pages, and the pages of removed entries are gone. Not the whole test
 * suite: a change to anything else runs it (npm test). Exits with 1 on any
 * problem, each said on its own line.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { annotations, formatProblems } from '../src/lib/build-time/content-check';
import { refOf, reviewChanges } from '../src/lib/tools/review';
import { staleForms } from '../src/lib/tools/issue-forms/form-files';
import { entryPath } from '../src/lib/render/urls';
import { indexedPages } from '../src/lib/search/search-words';
import { contentDir, publicDir, siteConfigFile } from '../src/lib/build-time/project';
import { joinBase } from '../src/lib/pure/base';
import { count } from '../src/lib/pure/count';
import { astroBuild } from './lib/astro-build';
import { axeViolations } from './lib/audit';
import { brokenLinks, htmlProblems, readSite } from './lib/built-site';
import { launchBrowser } from './lib/chromium';
import { serve } from './lib/static-server';

const { values } = parseArgs({ options: { base: { type: 'string' }, out: { type: 'string', default: 'dist' } } });
if (!values.base) {
  console.error('Name the revision to compare with: npm run check:changes -- --base origin/main');
  process.exit(2);
}
const started = performance.now();
const seconds = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
const root = process.cwd();
const out = path.resolve(values.out ?? 'dist');
const base = process.env.SITE_BASE ?? '/';

// 1. The content check, with the review's list of pages.
const review = await reviewChanges(root, contentDir(), values.base, {
  file: siteConfigFile(),
  publicDir: publicDir(process.env, (folder) => existsSync(path.join(root, folder))),
});
if (review.after.problems.length) {
  const commands = annotations(review.after.problems, process.env);
  if (commands) console.log(commands);
  console.error(formatProblems(review.after.problems));
  process.exit(1);
}
// The issue forms offer the content's bodies, partners and reports: a change that adds one writes them again.
const stale = staleForms(root, review.after.entries);
if (stale.length) {
  console.error(
    `The issue forms no longer offer what the content holds: ${stale.join(', ')} — run npm run docs and commit them (a maintainer can do it on this pull request)`,
  );
  process.exit(1);
}
console.log(`content check passed (${seconds()}); the change shows on ${count(review.pages.length, 'page')}`);

// 2. The build, as the site is published.
const build = await astroBuild(root, { SITE_OUT_DIR: out });
if (build.code !== 0) {
  console.error(`${build.output}\nThe build failed.`);
  process.exit(1);
}
console.log(`built (${seconds()})`);

// 3. The pages the change shows on.
const pages = await readSite(out, base);
const problems: string[] = [];
const wanted = review.pages.map((p) => ({ ...p, url: joinBase(base, p.path.split('#')[0] ?? p.path) }));
// The pages of entries removed, or renamed away, must be gone; every other page the change shows on must be built.
const gone = new Set(
  review.changes.flatMap((c) =>
    c.kind === 'removed' || c.kind === 'renamed' ? [joinBase(base, entryPath(refOf(c.before)))] : [],
  ),
);
const checked = [...new Set(wanted.map((p) => p.url))].flatMap((url) => {
  const page = pages.get(url);
  if (gone.has(url)) {
    if (page) problems.push(`${url}: the entry is gone, but its page is still built`);
    return [];
  }
  if (!page) problems.push(`${url}: the change shows on this page, but the build has no such page`);
  return page ? [page] : [];
});
problems.push(...brokenLinks(pages, { dir: out, base, origin: process.env.SITE_URL }, checked).broken);
problems.push(...(await htmlProblems(checked)));
// The search index holds every own page that is a page of its own (an entry of a data collection is an anchor).
const indexed = new Set((await indexedPages(path.join(out, 'pagefind'))).map((p) => p.url));
for (const page of wanted.filter((p) => p.own && !p.path.includes('#') && !gone.has(p.url)))
  if (!indexed.has(page.url)) problems.push(`${page.url}: the search index does not hold this page`);
const server = await serve(out, base);
const browser = await launchBrowser();
try {
  const origin = new URL(server.url).origin;
  const urls = checked.map((p) => p.url);
  for (const scheme of ['light', 'dark'] as const)
    problems.push(...(await axeViolations(browser, origin, urls, scheme)));
} finally {
  await browser.close();
  await server.close();
}
if (problems.length) {
  console.error(
    `The pages the change shows on have ${count(problems.length, 'problem')}:\n${problems.map((p) => `  ${p}`).join('\n')}`,
  );
  process.exit(1);
}
console.log(
  `checked ${count(checked.length, 'page')} the change shows on: links, HTML, accessibility (light and dark), search index — all pass (${seconds()})`,
);
