/** The project's real content, read and checked the way the build reads it. */
import { checkContent, type CheckedEntry } from '../../src/lib/build-time/content-check';
import { graphInputOf, type GraphInput } from '../../src/lib/build-time/graph';
import { ROOT } from './paths';

export async function realContent(root = ROOT, contentDir = 'content'): Promise<CheckedEntry[]> {
  const { problems, entries } = await checkContent(root, contentDir);
  if (problems.length)
    throw new Error(`the content of ${contentDir} has problems: ${problems.map((p) => p.message).join('; ')}`);
  return entries;
}

export const toGraphInput = (entries: readonly CheckedEntry[]): GraphInput => graphInputOf(entries);
