/**
 * npm run check:content — checks every file under content/ and prints each
 * problem as "file:line — field — what is wrong — what is expected".
 * Exits with 1 when there is any problem. SITE_PROJECT=<folder> checks another
 * project's content (see src/lib/project.ts).
 */
import { checkContent, formatProblems } from '../src/lib/content-check';
import { contentDir } from '../src/lib/project';

const root = process.argv[2] ?? process.cwd();
const { problems, entries } = await checkContent(root, contentDir());
if (problems.length) {
  console.error(formatProblems(problems));
  process.exit(1);
}
console.log(`Content is valid: ${entries.length} entries checked.`);
