/**
 * The content check in a process of its own, so that a build runs it beside
 * Astro's work instead of before it (src/integrations/content-check.ts):
 * `vite-node content-check-child.ts <root> <content folder> [<site config> <public folder>]`
 * prints the problems and the number of entries as JSON.
 */
import { checkContent } from '../lib/build-time/content-check';

const [root = process.cwd(), contentDir = 'content', file, publicDir = 'public'] = process.argv.slice(2);
const { problems, entries } = await checkContent(root, contentDir, file ? { file, publicDir } : undefined);
process.stdout.write(JSON.stringify({ problems, entries: entries.length }));
