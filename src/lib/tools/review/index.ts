/**
 * The review of a change to the content: what it changes, in the project's
 * own words (entries added, removed, renamed; each field before → after; the
 * page text's changes), the pages of the site it shows on, and the content
 * check's verdict, as Markdown for a pull request's comment
 * (`npm run review -- --base <revision>`).
 */
import { REGISTRY } from '../../build-time/site-collections';
import { checkContent, checkSources, formatProblem, type SiteConfigFiles } from '../../build-time/content-check';
import { count } from '../../pure/count';
import { entryPath } from '../../build-time/paths';
import { CHANGE_VERBS, entryChanges, refOf, type EntryChange } from '../../build-time/history/entry-changes';
import { pagesShowing, type ShownOn } from './pages';
import { contentAt } from './revision';
import { versionOf, type Version } from './version';
import { fieldLines, textInWords, valueInWords } from '../../build-time/history/word-diff';

export {
  entryChanges,
  fieldChanges,
  refOf,
  type EntryChange,
  type FieldChange,
} from '../../build-time/history/entry-changes';
export {
  fieldInWords,
  fieldLines,
  hunkMarkdown,
  textHunks,
  textInWords,
  valueInWords,
  type Hunk,
} from '../../build-time/history/word-diff';

export interface Review {
  changes: EntryChange[];
  /** Files of the content that cannot be read as they are: their problems are in the verdict. */
  unreadable: string[];
  pages: ShownOn[];
  before: Version;
  after: Version;
}

/** Compares the content at `base` with the working tree's. */
export async function reviewChanges(
  root: string,
  contentDir: string,
  base: string,
  site?: SiteConfigFiles,
): Promise<Review> {
  const [baseFiles, head] = await Promise.all([
    contentAt(root, contentDir, base),
    checkContent(root, contentDir, site),
  ]);
  const before = versionOf(checkSources(baseFiles, contentDir));
  const after = versionOf(head);
  // An entry whose file has problems now cannot be read: it is not removed, and the verdict says why.
  const read = new Set(after.entries.map((e) => e.file));
  const unreadable = [...new Set(after.problems.map((p) => p.file))].filter((f) => !read.has(f)).sort();
  const changes = entryChanges(before.entries, after.entries).filter(
    (c) => c.kind !== 'removed' || !unreadable.includes(c.before.file),
  );
  return { changes, unreadable, pages: pagesShowing(changes, before, after), before, after };
}

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** A page of the site: linked when the site's address is known, with its path otherwise. */
const linked = (title: string, path: string, siteUrl?: string) =>
  siteUrl
    ? `[${title}](${new URL(path.replace(/^\//, ''), siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`).href})`
    : `${title} \`${path}\``;

/** Longer lists of pages are folded, so that the changes stay in view. */
const FOLD_PAGES_OVER = 12;

/** The lines of an entry's change, each an item under it. */
function details(change: EntryChange, review: Review): string[] {
  const { before, after } = review;
  if (change.kind === 'added')
    return Object.entries(change.after.data)
      .filter(([, value]) => value !== undefined && !(Array.isArray(value) && value.length === 0))
      .flatMap(([field, value]) =>
        Array.isArray(value) && value.some((v) => v && typeof v === 'object' && !('collection' in v))
          ? [`${field}:`, ...value.map((v, i) => `  - ${i + 1}. ${valueInWords(v, after.label)}`)]
          : [`${field}: ${valueInWords(value, after.label)}`],
      );
  if (change.kind === 'removed') return [`file: \`${change.before.file}\``];
  const lines = fieldLines(change, before.label, after.label);
  if (change.kind === 'renamed') lines[0] += ` (\`${change.after.file}\`)`;
  if (change.text) {
    const text = textInWords(change.before.text ?? '', change.after.text ?? '');
    lines.push(...(text.length ? [`page text:`, ...text.map((t) => `  - ${t}`)] : ['page text: spacing only']));
  }
  return lines;
}

/** The review as Markdown; `siteUrl` links the pages of the site (a preview of the change). */
export function reviewMarkdown(review: Review, siteUrl?: string): string {
  const out: string[] = ['## What this change does to the site', ''];
  if (!review.changes.length && !review.unreadable.length) out.push('No entry of the content changes.', '');
  for (const kind of ['added', 'changed', 'renamed', 'removed'] as const) {
    const of = review.changes.filter((c) => c.kind === kind);
    if (!of.length) continue;
    out.push(`### ${CHANGE_VERBS[kind]} (${of.length})`, '');
    for (const change of of) {
      const entry = change.kind === 'removed' ? change.before : change.after;
      const version = change.kind === 'removed' ? review.before : review.after;
      const ref = refOf(entry);
      const name = `**${version.label(ref)}**`;
      const where = change.kind === 'removed' ? '' : ` — ${linked('page', entryPath(ref), siteUrl)}`;
      out.push(`- ${capital(REGISTRY[entry.collection].noun)} ${name}${where}`);
      out.push(...details(change, review).map((line) => (line.startsWith('  - ') ? `  ${line}` : `  - ${line}`)));
    }
    out.push('');
  }
  if (review.unreadable.length) {
    out.push(`### Cannot be read until its problems are fixed (${review.unreadable.length})`, '');
    out.push(...review.unreadable.map((file) => `- \`${file}\``), '');
  }
  if (review.pages.length) {
    const pages = review.pages.map((p) => `- ${linked(p.title, p.path, siteUrl)}`);
    const heading = `Pages of the site it shows on (${review.pages.length})`;
    if (pages.length > FOLD_PAGES_OVER)
      out.push(`<details><summary><strong>${heading}</strong></summary>`, '', ...pages, '', '</details>', '');
    else out.push(`### ${heading}`, '', ...pages, '');
  }
  out.push('### Content check', '');
  const problems = review.after.problems;
  if (!problems.length) out.push(`✅ Passed: ${count(review.after.entries.length, 'entry', 'entries')} checked.`);
  else {
    out.push(`❌ ${capital(count(problems.length, 'problem'))} to fix before this can be merged:`, '');
    out.push(...problems.map((p) => `- \`${formatProblem(p).replace(/`/g, "'")}\``));
  }
  return `${out.join('\n')}\n`;
}
