/**
 * npm run check:content — checks every file under content/, and the site
 * configuration, and prints each problem as
 * "file:line — field — what is wrong — what is expected".
 * In GitHub Actions (GITHUB_ACTIONS=true) each problem is also printed as a
 * workflow command, so that it shows at its line of a pull request.
 * Exits with 1 when there is any problem. SITE_PROJECT=<folder> checks another
 * project's content (see src/lib/build-time/project.ts).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { annotations, checkContent, formatProblems } from '../src/lib/build-time/content-check';
import { contentDir, publicDir, siteConfigFile } from '../src/lib/build-time/project';

const root = process.argv[2] ?? process.cwd();
const { problems, entries } = await checkContent(root, contentDir(), {
  file: siteConfigFile(),
  publicDir: publicDir(process.env, (folder) => existsSync(path.join(root, folder))),
});
// In GitHub Actions, each problem also shows at its line of a pull request's changed files.
const commands = annotations(problems, process.env);
if (commands) console.log(commands);
if (problems.length) {
  console.error(formatProblems(problems));
  process.exit(1);
}
console.log(`Content is valid: ${entries.length} entries checked.`);
