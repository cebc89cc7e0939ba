/**
 * Pages and queries to measure, taken from the project's own content and
 * build, so that the scripts serve any project: the largest page of each kind
 * of entry (the worst case), and the names visitors would type.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { checkContent } from '../src/lib/build-time/content-check';
import { contentDir } from '../src/lib/build-time/project';
import { PAGE_COLLECTIONS, REGISTRY } from '../src/lib/build-time/site-collections';

/** For each collection with pages, its largest built page ("bodies/x/index.html"), relative to `dir`. */
export function largestEntryPages(dir: string): string[] {
  return PAGE_COLLECTIONS.flatMap((collection) => {
    const folder = path.join(dir, REGISTRY[collection].path);
    const pages = readdirSync(folder, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => path.posix.join(REGISTRY[collection].path, d.name, 'index.html'))
      // Folders of other pages (/meetings/by/…) are not entries.
      .filter((page) => existsSync(path.join(dir, page)))
      .sort((a, b) => statSync(path.join(dir, b)).size - statSync(path.join(dir, a)).size);
    return pages.slice(0, 1);
  });
}

/** Up to `count` names of the project's bodies, standards and topics, as visitors would type them. */
export async function contentQueries(count: number): Promise<string[]> {
  const { entries } = await checkContent(process.cwd(), contentDir());
  const names = entries
    .filter((e) => ['bodies', 'standards', 'topics'].includes(e.collection))
    .map((e) => String(e.data.acronym ?? e.data.name).toLowerCase());
  return [...new Set(names)].slice(0, count);
}

/** The middle value of some numbers (the upper one of the two middle ones for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}
