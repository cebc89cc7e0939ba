/** The project's real content, read and checked the way the build reads it. */
import { checkContent, type CheckedEntry } from '../../src/lib/build-time/content-check';
import type { GraphInput } from '../../src/lib/build-time/graph';
import { COLLECTION_NAMES } from '../../src/collections';
import { ROOT } from './paths';

export async function realContent(root = ROOT, contentDir = 'content'): Promise<CheckedEntry[]> {
  const { problems, entries } = await checkContent(root, contentDir);
  if (problems.length)
    throw new Error(`the content of ${contentDir} has problems: ${problems.map((p) => p.message).join('; ')}`);
  return entries;
}

export function toGraphInput(entries: readonly CheckedEntry[]): GraphInput {
  const input = Object.fromEntries(COLLECTION_NAMES.map((c) => [c, [] as unknown[]])) as Record<string, unknown[]>;
  for (const e of entries) input[e.collection]!.push({ id: e.id, data: e.data });
  return input as unknown as GraphInput;
}
