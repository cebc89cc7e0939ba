/**
 * The content check: reads every file under content/, validates it against
 * the data model and checks that the entries fit together. It runs before
 * every build (see src/integrations/content-check.ts), in the tests, and
 * alone as `npm run check:content`. Every problem is reported in one run.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'astro/zod';
import type { RefFactory } from '../../schemas';
import { COLLECTION_NAMES, REGISTRY, collectionSpec, isCollectionName, sourcePattern, type Ref } from '../../registry';
import { checkIntegrity, type CheckedEntry } from './integrity';
import { parseDataFile, parsePageFile } from './parse';
import type { Problem } from './problem';
import { validate } from './validate';
import { checkMdxText } from './mdx';
import { ID_PATTERN, slugify } from '../slug';

export { formatProblem, formatProblems, type Problem } from './problem';
export type { CheckedEntry } from './integrity';

/** A file of the content folder: its path relative to the project root, and its text. */
export interface ContentFile {
  path: string;
  source: string;
}

/** The schema factory's reference fields, outside Astro: an id that becomes { collection, id }. */
export const checkRef: RefFactory = (collection) => {
  if (!isCollectionName(collection)) throw new Error(`a schema refers to "${collection}", which is not a collection`);
  const { noun } = REGISTRY[collection];
  return z
    .string({
      invalid_type_error: `expected the id of a ${noun} (its file name without .mdx)`,
      required_error: `expected the id of a ${noun}`,
    })
    .min(1, `expected the id of a ${noun}`)
    .transform((id) => ({ collection, id }));
};

const entries = COLLECTION_NAMES.map((name) => [name, collectionSpec(name)] as const);

/** Every place content files go, for the message about a file that is in none of them. */
const where = (contentDir: string) => COLLECTION_NAMES.map((name) => sourcePattern(name, contentDir)).join(', ');

export interface CheckResult {
  problems: Problem[];
  entries: CheckedEntry[];
}

/** Checks a set of content files (pure: no file system). */
export function checkSources(files: readonly ContentFile[], contentDir = 'content'): CheckResult {
  const problems: Problem[] = [];
  const checked: CheckedEntry[] = [];
  /** Entries that exist but could not be read or validated. */
  const broken: Ref[] = [];
  const seen = new Set<string>();

  for (const file of [...files].sort((a, b) => a.path.localeCompare(b.path))) {
    const rel = path.posix.relative(contentDir, file.path);
    const parts = rel.split('/');
    const name = parts.at(-1)!;
    if (name.startsWith('.')) continue;
    const ext = path.posix.extname(name);
    const stem = name.slice(0, name.length - ext.length);

    const dataEntry = entries.find(([, c]) => c.type === 'data' && parts.length === 1 && c.file === name);
    const pageEntry = entries.find(([, c]) => c.type === 'pages' && parts[0] === c.folder);

    if (dataEntry) {
      const [collection, model] = dataEntry;
      seen.add(collection);
      const parsed = parseDataFile(file.path, file.source);
      problems.push(...parsed.problems);
      if (parsed.problems.length) {
        broken.push({ collection, id: '*' });
        continue;
      }
      if (!parsed.data || typeof parsed.data !== 'object' || Array.isArray(parsed.data)) {
        problems.push({
          file: file.path,
          line: 1,
          field: '(file)',
          message: `expected one "id:" line per ${model.noun}, each followed by its indented fields`,
        });
        continue;
      }
      const schema = model.schema(checkRef);
      for (const id of Object.keys(parsed.data)) {
        if (!ID_PATTERN.test(id)) {
          problems.push({
            file: file.path,
            line: parsed.lineOf([id]),
            field: id,
            message: `the id "${id}" must use lowercase letters, digits and hyphens only, e.g. "${slugify(id)}"`,
          });
        }
        const result = validate(file.path, schema, parsed, [id]);
        for (const problem of result.problems)
          problems.push({ ...problem, field: `${id}.${problem.field}`.replace(/\.\(front matter\)$/, '') });
        if (result.data) {
          checked.push({
            collection,
            id,
            file: file.path,
            data: result.data as Record<string, unknown>,
            prefix: [id],
            lineOf: parsed.lineOf,
          });
        } else broken.push({ collection, id });
      }
      continue;
    }

    if (pageEntry && parts.length === 2 && ext === '.mdx') {
      const [collection, model] = pageEntry;
      seen.add(collection);
      if (!ID_PATTERN.test(stem)) {
        problems.push({
          file: file.path,
          field: '(file name)',
          message: `the file name must use lowercase letters, digits and hyphens only — rename it to "${slugify(stem)}.mdx"`,
        });
        continue;
      }
      const parsed = parsePageFile(file.path, file.source);
      problems.push(...parsed.problems);
      if (parsed.problems.length) {
        broken.push({ collection, id: stem });
        continue;
      }
      const result = validate(file.path, model.schema(checkRef), parsed);
      problems.push(...result.problems, ...checkMdxText(file.path, parsed.text, parsed.textLine));
      if (!result.data) broken.push({ collection, id: stem });
      else {
        checked.push({
          collection,
          id: stem,
          file: file.path,
          data: result.data as Record<string, unknown>,
          lineOf: parsed.lineOf,
          text: parsed.text,
          textLine: parsed.textLine,
        });
      }
      continue;
    }

    const message =
      pageEntry && parts.length === 2 && ['.md', '.markdown', '.mdown', '.txt'].includes(ext)
        ? `pages are MDX files — rename it to "${stem}.mdx"`
        : pageEntry && parts.length > 2
          ? `pages sit directly in ${contentDir}/${parts[0]}/, not in a sub-folder — move it there`
          : `this file is not part of any collection, so it would not appear on the site — content files go in: ${where(contentDir)}`;
    problems.push({ file: file.path, field: '(file)', message });
  }

  for (const [collection, model] of entries) {
    if (model.type === 'data' && !seen.has(collection)) {
      broken.push({ collection, id: '*' });
      problems.push({
        file: `${contentDir}/${model.file}`,
        field: '(file)',
        message: `the file is missing — it holds the ${model.plural} and must exist, even if nearly empty`,
      });
    }
  }

  problems.push(...checkIntegrity(checked, broken, contentDir));
  return { problems, entries: checked };
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
      return { path: rel, source: await readFile(full, 'utf8') };
    }),
  );
}

/** Reads and checks the content folder of the project at `root`. */
export async function checkContent(root: string, contentDir = 'content'): Promise<CheckResult> {
  return checkSources(await readContentFiles(root, contentDir), contentDir);
}
