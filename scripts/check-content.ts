/**
 * npm run check:content — checks every file under content/, and the site
 * configuration, and prints each problem as
 * "file:line — field — what is wrong — what is expected".
 * Exits with 1 when there is any problem. SITE_PROJECT=<folder> checks another
 * project's content (see src/lib/build-time/project.ts).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { checkContent, formatProblems } from '../src/lib/build-time/content-check';
import { contentDir, publicDir, siteConfigFile } from '../src/lib/build-time/project';

const root = process.argv[2] ?? process.cwd();
const { problems, entries } = await checkContent(root, contentDir(), {
  file: siteConfigFile(),
  publicDir: publicDir(process.env, (folder) => existsSync(path.join(root, folder))),
});
if (problems.length) {
  console.error(formatProblems(problems));
  process.exit(1);
}
console.log(`Content is valid: ${entries.length} entries checked.`);
