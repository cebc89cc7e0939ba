/** The bad-content fixtures: small valid content, and the mistakes applied to it. */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import {
  checkRef,
  decodeContentFile,
  readContentFiles,
  type ContentFile,
} from '../../src/lib/build-time/content-check';
import { collectionSpec, isCollectionName } from '../../src/lib/build-time/site-collections';
import { ROOT } from './paths';
import type { ProjectOptions } from './project';

const FIXTURES = path.join(ROOT, 'tests/fixtures');

export interface Patch {
  file: string;
  from: string;
  to: string;
}

export interface BadContentCase {
  name: string;
  patch?: Patch | Patch[];
  write?: Record<string, string | null>;
  /** Pictures added to the content folder: path → size in bytes. */
  pictures?: Record<string, number>;
  /** A file saved in another encoding than UTF-8, as an editor would save it. */
  encode?: { file: string; as: 'latin1' | 'utf16le' };
  expect?: string[];
}

export const badContentCases: BadContentCase[] = parse(
  readFileSync(path.join(FIXTURES, 'bad-content/cases.yaml'), 'utf8'),
);

/** An expected problem of a case: its text, and whether a problem need only start with it. */
export interface Expected {
  text: string;
  prefix: boolean;
}

/**
 * The problems a case expects, as the check prints them: "@" and "@+N" made
 * the lines of the file the case patches (its first patch there starts at
 * "@"), "{fields of <collection>}" the fields of that collection's schema,
 * and a trailing " …" a match by the beginning (see cases.yaml).
 */
export function expectedProblems(c: BadContentCase, base: readonly ContentFile[]): Expected[] {
  const anchors = new Map<string, number>();
  for (const patch of [c.patch ?? []].flat()) {
    const file = `content/${patch.file}`;
    const source = base.find((f) => f.path === file)?.source ?? '';
    const at = source.indexOf(patch.from);
    if (anchors.has(file) || at < 0) continue;
    // The first line the patch touches: where `from` starts, or the next line when it starts with a line break.
    const start = at + patch.from.length - patch.from.replace(/^\n+/, '').length;
    anchors.set(file, source.slice(0, start).split('\n').length);
  }
  return (c.expect ?? []).map((line) => {
    const file = /^[^:]+/.exec(line)?.[0] ?? '';
    const at = (offset?: string) => {
      const anchor = anchors.get(file);
      if (anchor === undefined) throw new Error(`case "${c.name}": "@" in ${file}, which it does not patch`);
      return anchor + Number(offset ?? 0);
    };
    const text = line
      .replace(/^([^:]+):@([+-]\d+)? /, (_, name: string, offset?: string) => `${name}:${at(offset)} `)
      .replace(/\bline @([+-]\d+)?/g, (_, offset?: string) => `line ${at(offset)}`)
      .replace(/\{fields of ([a-z-]+)\}/g, (_, collection: string) => fieldsOf(collection).join(', '));
    return line.endsWith(' …') ? { text: text.slice(0, -' …'.length), prefix: true } : { text, prefix: false };
  });
}

/** True when `problem` is what `expected` says. */
export const matches = (problem: string, expected: Expected) =>
  expected.prefix ? problem.startsWith(expected.text) : problem === expected.text;

/** The fields of a collection's schema, in order. */
function fieldsOf(collection: string): string[] {
  if (!isCollectionName(collection)) throw new Error(`cases.yaml names "${collection}", which is not a collection`);
  return Object.keys((collectionSpec(collection).schema(checkRef) as unknown as { shape: object }).shape);
}

/** The valid base content, with paths as they would be in a project: "content/…". */
export async function baseContent(): Promise<ContentFile[]> {
  const files = await readContentFiles(FIXTURES, 'base-content');
  return files.map((f) => ({ ...f, path: f.path.replace(/^base-content\//, 'content/') }));
}

/** The base content with one case's mistakes applied. */
export function applyCase(base: readonly ContentFile[], c: BadContentCase): ContentFile[] {
  let files = [...base];
  for (const patch of [c.patch ?? []].flat()) {
    const file = files.find((f) => f.path === `content/${patch.file}`);
    if (!file || !file.source.includes(patch.from))
      throw new Error(`case "${c.name}": "${patch.from}" not found in ${patch.file}`);
    files = files.map((f) => (f === file ? { ...f, source: f.source.replace(patch.from, patch.to) } : f));
  }
  for (const [name, source] of Object.entries(c.write ?? {})) {
    files = files.filter((f) => f.path !== `content/${name}`);
    if (source !== null) files.push({ path: `content/${name}`, source });
  }
  for (const [name, size] of Object.entries(c.pictures ?? {}))
    files.push({ path: `content/${name}`, source: '', size });
  if (c.encode) {
    const { file, as } = c.encode;
    files = files.map((f) => (f.path === `content/${file}` ? decodeContentFile(f.path, encoded(f.source, as)) : f));
  }
  return files;
}

/** A text as an editor saves it in `encoding`: UTF-16 with its byte-order mark, as Windows Notepad writes it. */
export function encoded(text: string, encoding: 'latin1' | 'utf16le'): Buffer {
  return encoding === 'utf16le'
    ? Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])
    : Buffer.from(text, 'latin1');
}

/** A case as changes to a project copy whose content/ is the base content. */
export function caseChanges(c: BadContentCase): Record<string, string | null | ((source: string) => string)> {
  const changes: Record<string, string | null | ((source: string) => string)> = {};
  for (const patch of [c.patch ?? []].flat()) {
    const previous = changes[`content/${patch.file}`];
    changes[`content/${patch.file}`] = (source) =>
      (typeof previous === 'function' ? previous(source) : source).replace(patch.from, patch.to);
  }
  for (const [name, source] of Object.entries(c.write ?? {})) changes[`content/${name}`] = source;
  return changes;
}

export const BASE_CONTENT_DIR = path.join(FIXTURES, 'base-content');

/** The project of the base content: its content, and the site configuration naming its report. */
export const BASE_PROJECT: ProjectOptions = {
  content: BASE_CONTENT_DIR,
  // Its report is report-v1, whose words the home page's paragraphs are not.
  siteConfig: (source) =>
    source.replace(/currentReport: '[^']*'/, "currentReport: 'report-v1'").replace(/\n\s*wordsFrom: '[^']*',/, ''),
};

/**
 * A second version of the fixture report: it follows report-v1, adds one meeting (with one contribution)
 * and changes the status of org-tc-1, so that its document has a progress section to show.
 */
export async function reportV2Changes(): Promise<Record<string, string | ((source: string) => string)>> {
  const dir = path.join(FIXTURES, 'report-v2');
  const changes: Record<string, string | ((source: string) => string)> = {};
  for (const file of ['reports/report-v2.mdx', 'meetings/2021-02-14-tc-1-plenary.mdx'])
    changes[`content/${file}`] = await readFile(path.join(dir, file), 'utf8');
  changes['content/bodies/org-tc-1.mdx'] = (source) =>
    source.replace(
      'partners:\n',
      '  - status: promoting\n    assessed: "2021-06"\n    report: report-v2\n    quote: "the partners presented the project to TC 1 again"\npartners:\n',
    );
  return changes;
}
