/** Each content file checked on its own: a YAML data file of entries, an MDX page, or a file in no collection's place. */
import {
  COLLECTION_NAMES,
  sourcePattern,
  type CollectionName,
  type CollectionSpec,
  type Ref,
} from '../site-collections';
import type { CheckedEntry } from '../../collection-api/checked-entry';
import { checkRef } from './check-ref';
import { parseDataFile, parsePageFile } from './parse';
import type { Problem } from './problem';
import { validate } from './validate';
import { checkMdxText } from './mdx';
import type { ContentFile } from './content-files';
import type { PicturesOf } from './pictures';
import { ID_PATTERN, slugify } from '../../pure/slug';

/** What the check gathers file by file. */
export interface Tally {
  problems: Problem[];
  checked: CheckedEntry[];
  /** Entries that exist but could not be read or validated: references to them are not reported again. */
  broken: Ref[];
  /** Every file's path, to tell a copy from a new file. */
  paths: ReadonlySet<string>;
  /** The pictures each page's text shows, whether or not its front matter could be read. */
  pictures: PicturesOf[];
}

/** A YAML data file: one entry per id. */
export function checkDataFile(file: ContentFile, collection: CollectionName, spec: CollectionSpec, tally: Tally): void {
  const parsed = parseDataFile(file.path, file.source);
  tally.problems.push(...parsed.problems);
  if (parsed.problems.length) {
    tally.broken.push({ collection, id: '*' });
    return;
  }
  if (!parsed.data || typeof parsed.data !== 'object' || Array.isArray(parsed.data)) {
    const message = `expected one "id:" line per ${spec.noun}, each followed by its indented fields`;
    tally.problems.push({ file: file.path, line: 1, field: '(file)', message });
    return;
  }
  const schema = spec.schema(checkRef);
  for (const id of Object.keys(parsed.data)) {
    if (!ID_PATTERN.test(id)) {
      const message = `the id "${id}" must use lowercase letters, digits and hyphens only, e.g. "${slugify(id)}"`;
      tally.problems.push({ file: file.path, line: parsed.lineOf([id]), field: id, message });
    }
    const result = validate(file.path, schema, parsed, [id]);
    for (const problem of result.problems)
      tally.problems.push({ ...problem, field: `${id}, ${problem.field}`.replace(/, \(front matter\)$/, '') });
    if (!result.data) tally.broken.push({ collection, id });
    else {
      const data = result.data as Record<string, unknown>;
      tally.checked.push({ collection, id, file: file.path, data, prefix: [id], lineOf: parsed.lineOf });
    }
  }
}

/** An MDX page: its file name, front matter and text. */
export function checkPageFile(
  file: ContentFile,
  id: string,
  collection: CollectionName,
  spec: CollectionSpec,
  tally: Tally,
) {
  // "x (1).mdx", "x copy.mdx": what a file manager names a copy.
  const copied = id.replace(/\s*\(\d+\)$|[\s_-]+copy(?:[\s_-]*\d+)?$/i, '');
  const original = file.path.replace(/[^/]+$/, `${copied}.mdx`);
  if (copied !== id && tally.paths.has(original)) {
    const message = `this looks like a copy of ${original} — keep one of the two files, or give this one a name of its own`;
    tally.problems.push({ file: file.path, field: '(file name)', message });
    return;
  }
  if (!ID_PATTERN.test(id)) {
    const message = `the file name must use lowercase letters, digits and hyphens only — rename it to "${slugify(id)}.mdx"`;
    tally.problems.push({ file: file.path, field: '(file name)', message });
    return;
  }
  const parsed = parsePageFile(file.path, file.source);
  tally.problems.push(...parsed.problems);
  // The page text is checked whatever its front matter holds, so that one round of fixes is enough.
  const text = checkMdxText(file.path, parsed.text, parsed.textLine);
  tally.pictures.push({ file: file.path, pictures: text.pictures });
  if (parsed.problems.length) {
    tally.problems.push(...text.problems);
    tally.broken.push({ collection, id });
    return;
  }
  const result = validate(file.path, spec.schema(checkRef), parsed);
  tally.problems.push(...result.problems, ...text.problems);
  if (!result.data) tally.broken.push({ collection, id });
  else {
    const { lineOf, textLine } = parsed;
    const data = result.data as Record<string, unknown>;
    tally.checked.push({
      collection,
      id,
      file: file.path,
      data,
      lineOf,
      text: parsed.text,
      textLine,
      links: text.links,
      prose: text.prose,
    });
  }
}

/** Every place content files go, for the message about a file that is in none of them. */
const where = (contentDir: string) => COLLECTION_NAMES.map((name) => sourcePattern(name, contentDir)).join(', ');

/** Why a file that belongs to no collection would not appear on the site. */
export function misplaced(
  parts: readonly string[],
  ext: string,
  stem: string,
  inPageFolder: boolean,
  contentDir: string,
) {
  if (inPageFolder && parts.length === 2 && ['.md', '.markdown', '.mdown', '.txt'].includes(ext))
    return `pages are MDX files — rename it to "${stem}.mdx"`;
  if (inPageFolder && parts.length > 2)
    return `pages sit directly in ${contentDir}/${parts[0]}/, not in a sub-folder — move it there`;
  return `this file is not part of any collection, so it would not appear on the site — content files go in: ${where(contentDir)}`;
}
