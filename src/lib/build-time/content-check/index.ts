/**
 * The content check: reads every file under content/, validates it against
 * the data model and checks that the entries fit together. It runs with
 * every build (see src/integrations/content-check.ts), in the tests, and
 * alone as `npm run check:content`. Every problem is reported in one run.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { COLLECTION_NAMES, collectionSpec, sourcePattern, type CollectionName, type Ref } from '../site-collections';
import type { CheckedEntry } from '../../collection-api/checked-entry';
import { checkRules } from './rules';
import { quotedReports } from './rules/quotations';
import type { Problem } from './problem';
import { decodeContentFile, isPicture, type ContentFile } from './content-files';
import { checkPictures } from './pictures';
import { REPORTS } from '../../collection-api/reports';
import { checkDataFile, checkPageFile, misplaced, type Tally } from './entry-files';
import { checkSiteConfig, type LoadedSiteConfig, type SiteConfigContext } from './check-site-config';

export { annotations, formatProblem, formatProblems, isWarning, workflowCommand, type Problem } from './problem';
export type { CheckedEntry } from '../../collection-api/checked-entry';
export type { LoadedSiteConfig } from './check-site-config';

export { decodeContentFile, type ContentFile } from './content-files';

export { checkRef } from './check-ref';

const entries = COLLECTION_NAMES.map((name) => [name, collectionSpec(name)] as const);

export interface CheckResult {
  problems: Problem[];
  entries: CheckedEntry[];
}

/** A site configuration to check with the content, and how to tell whether its pictures exist. */
export interface SiteToCheck {
  loaded: LoadedSiteConfig;
  publicFile: SiteConfigContext['publicFile'];
}

/** Checks a set of content files, and the site configuration when given (pure: no file system). */
export function checkSources(files: readonly ContentFile[], contentDir = 'content', site?: SiteToCheck): CheckResult {
  const tally: Tally = {
    problems: [],
    checked: [],
    broken: [],
    paths: new Set(files.map((f) => f.path)),
    pictures: [],
  };
  const seen = new Set<CollectionName>();

  for (const file of [...files].sort((a, b) => a.path.localeCompare(b.path))) {
    const rel = path.posix.relative(contentDir, file.path);
    const parts = rel.split('/');
    const name = parts.at(-1) ?? rel;
    if (name.startsWith('.')) continue;
    const ext = path.posix.extname(name);
    const stem = name.slice(0, name.length - ext.length);
    const data = entries.find(([, c]) => c.type === 'data' && parts.length === 1 && `${c.name}.yaml` === name);
    const pages = entries.find(([, c]) => c.type === 'pages' && parts[0] === c.name);

    if (file.unreadable) {
      tally.problems.push({
        file: file.path,
        line: file.unreadable.line,
        field: '(file)',
        message: file.unreadable.message,
      });
      if (data) seen.add(data[0]);
      const ref = data ? { collection: data[0], id: '*' } : pages ? { collection: pages[0], id: stem } : undefined;
      if (ref) tally.broken.push(ref as Ref);
    } else if (pages && parts.length === 2 && isPicture(name)) {
      // A picture beside the pages that show it: checked with them (pictures.ts).
      continue;
    } else if (data && data[1].type === 'data') {
      seen.add(data[0]);
      checkDataFile(file, data[0], data[1], tally);
    } else if (pages && pages[1].type === 'pages' && parts.length === 2 && ext === '.mdx') {
      seen.add(pages[0]);
      checkPageFile(file, stem, pages[0], pages[1], tally);
    } else {
      const message = misplaced(parts, ext, stem, Boolean(pages), contentDir);
      tally.problems.push({ file: file.path, field: '(file)', message });
    }
  }

  for (const [collection, spec] of entries) {
    if (spec.type === 'data' && !seen.has(collection)) {
      tally.broken.push({ collection, id: '*' });
      const message = `the file is missing — it holds the ${spec.plural} and must exist, even if nearly empty`;
      tally.problems.push({ file: sourcePattern(collection, contentDir), field: '(file)', message });
    }
  }

  tally.problems.push(...checkPictures(tally.pictures, files));
  tally.problems.push(...checkRules(tally.checked, tally.broken, contentDir));
  if (site) {
    const reports = tally.checked.filter((e) => e.collection === REPORTS).map((e) => e.id);
    const reportText = quotedReports(tally.checked);
    const quotes = (report: string, words: string) => reportText.of([report]).has(words);
    tally.problems.push(...checkSiteConfig(site.loaded, { reports, publicFile: site.publicFile, quotes }));
  }
  return { problems: tally.problems, entries: tally.checked };
}

/** Every file under `contentDir`, paths relative to `root`. */
export async function readContentFiles(root: string, contentDir = 'content'): Promise<ContentFile[]> {
  const base = path.join(root, contentDir);
  const names = await readdir(base, { recursive: true, withFileTypes: true });
  const files = names.filter((d) => d.isFile());
  return Promise.all(
    files.map(async (d) => {
      const full = path.join(d.parentPath ?? (d as unknown as { path: string }).path, d.name);
      const rel = path.relative(root, full).split(path.sep).join('/');
      return decodeContentFile(rel, await readFile(full));
    }),
  );
}

/** Where a project's site configuration is: its file and public folder, relative to the root. */
export interface SiteConfigFiles {
  file: string;
  publicDir: string;
  /** The configuration, when the caller has loaded it; otherwise the file is imported (in Vite or vite-node). */
  config?: unknown;
}

/** Reads a site configuration for the check: its text and the value it exports as `site`. */
async function loadSite(root: string, files: SiteConfigFiles): Promise<SiteToCheck> {
  const full = path.join(root, files.file);
  const config =
    files.config ?? ((await import(/* @vite-ignore */ pathToFileURL(full).href)) as { site?: unknown }).site;
  return {
    loaded: { file: files.file, source: await readFile(full, 'utf8'), config },
    publicFile: (file) => existsSync(path.join(root, files.publicDir, file)),
  };
}

/** Reads and checks the content folder of the project at `root`, and its site configuration when given. */
export async function checkContent(root: string, contentDir = 'content', site?: SiteConfigFiles): Promise<CheckResult> {
  const [files, loaded] = await Promise.all([
    readContentFiles(root, contentDir),
    site ? loadSite(root, site) : undefined,
  ]);
  return checkSources(files, contentDir, loaded);
}
