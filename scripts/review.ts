/**
 * npm run review -- --base <git revision> [--site-url <address>]
 *
 * Prints, as Markdown, what the working tree's content changes against the
 * content at <revision>: entries added, removed and renamed, each field
 * before → after, the page text's changes, the pages of the site that show
 * them (linked under --site-url, a preview of the change), and the content
 * check's verdict. A pull request's comment is this text.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { reviewChanges, reviewMarkdown } from '../src/lib/tools/review';
import { contentDir, publicDir, siteConfigFile } from '../src/lib/build-time/project';

const { values } = parseArgs({
  options: { base: { type: 'string' }, 'site-url': { type: 'string' } },
});
if (!values.base) {
  console.error('Name the revision to compare with: npm run review -- --base origin/main');
  process.exit(2);
}
const root = process.cwd();
const review = await reviewChanges(root, contentDir(), values.base, {
  file: siteConfigFile(),
  publicDir: publicDir(process.env, (folder) => existsSync(path.join(root, folder))),
});
process.stdout.write(reviewMarkdown(review, values['site-url']));
