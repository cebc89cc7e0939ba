/**
 * A collection is one folder and one line: a copy of src/collections/standards/
 * renamed to deliverables, named in the list of src/collections/index.ts, and
 * two entries in content/deliverables/, are a new collection for the compiler
 * and for every generic feature — its list and entry pages, the navigation and
 * the home page, a type of search, open data with its schema, the content
 * check's messages — with nothing else of the code touched.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { parse } from 'yaml';
import { astroBuild, type BuildResult } from '../support/astro';
import { projectWith, removeProjects } from '../support/project';
import { ROOT } from '../support/paths';

/** "standards" → "deliverables", keeping each spelling's case: Standard, STANDARD, standard. */
function renamed(text: string): string {
  return text.replace(/standard(s?)/gi, (word, plural: string) => {
    const to = `deliverable${plural}`;
    if (word === word.toUpperCase()) return to.toUpperCase();
    if (word[0] === word[0]?.toUpperCase()) return `${to[0]?.toUpperCase()}${to.slice(1)}`;
    return to;
  });
}

/** Copies a folder with every file name and file text renamed. */
function copyRenamed(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const target = path.join(to, renamed(entry.name));
    if (entry.isDirectory()) copyRenamed(path.join(from, entry.name), target);
    else writeFileSync(target, renamed(readFileSync(path.join(from, entry.name), 'utf8')));
  }
}

/** Names the new collection in the list, one import and one name, after standards: what a person adds. */
function addToList(file: string): void {
  const list = readFileSync(file, 'utf8');
  const named = list
    .replace(
      "import standards from './standards/collection';",
      "import standards from './standards/collection';\nimport deliverables from './deliverables/collection';",
    )
    .replace(/\bstandards, /, 'standards, deliverables, ');
  if (named === list || !named.includes('standards, deliverables, '))
    throw new Error(`${file}: the list has changed its form`);
  writeFileSync(file, named);
}

/** The first two standards, by file name, whose kind is not "standard" (a kind the rename would change). */
const ENTRIES = readdirSync(path.join(ROOT, 'content/standards'))
  .filter((f) => f.endsWith('.mdx'))
  .sort()
  .map((file) => {
    const source = readFileSync(path.join(ROOT, 'content/standards', file), 'utf8');
    const data = parse(source.split(/^---$/m)[1] ?? '') as { kind: string; acronym?: string; name: string };
    return { file, id: file.replace(/\.mdx$/, ''), kind: data.kind, label: data.acronym ?? data.name };
  })
  .filter((e) => e.kind !== 'standard')
  .slice(0, 2);

let dir: string;
let build: BuildResult;
let check: ReturnType<typeof spawnSync>;
const out = (file: string) => path.join(dir, 'dist', file);
const page = (url: string) => cheerio.load(readFileSync(out(path.join(url, 'index.html')), 'utf8'));

beforeAll(async () => {
  dir = await projectWith();
  copyRenamed(path.join(dir, 'src/collections/standards'), path.join(dir, 'src/collections/deliverables'));
  addToList(path.join(dir, 'src/collections/index.ts'));
  mkdirSync(path.join(dir, 'content/deliverables'));
  for (const e of ENTRIES)
    cpSync(path.join(dir, 'content/standards', e.file), path.join(dir, 'content/deliverables', e.file));
  check = spawnSync(process.execPath, [path.join(dir, 'node_modules/astro/astro.js'), 'check'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  build = await astroBuild(dir);
}, 600_000);

afterAll(removeProjects);

describe('a collection added as one folder', () => {
  it('copies two entries of a kind the rename keeps', () => {
    expect(ENTRIES).toHaveLength(2);
  });

  it('type-checks', () => {
    expect(check.status, `${check.stdout}${check.stderr}`).toBe(0);
    expect(check.stdout).toMatch(/- 0 errors/);
  });

  it('builds', () => {
    expect(build.code, build.output.slice(-3000)).toBe(0);
  });

  it("has a list that links each entry's page, and a page for each entry", () => {
    const $ = page('/deliverables/');
    expect($('h1').text()).toContain('Deliverables');
    for (const e of ENTRIES) {
      expect($(`main a[href="/deliverables/${e.id}/"]`).length, e.id).toBeGreaterThan(0);
      const entry = page(`/deliverables/${e.id}/`);
      expect(entry('h1').text()).toContain(e.label);
      // The same entry is still a standard of its own, with its own page.
      expect(existsSync(out(`standards/${e.id}/index.html`))).toBe(true);
    }
  });

  it('is linked from the navigation of every page and from the home page', () => {
    for (const url of ['/', '/bodies/', `/deliverables/${ENTRIES[0]?.id}/`])
      expect(page(url)('header nav a[href="/deliverables/"]').length, url).toBe(1);
    expect(page('/')('main a[href="/deliverables/"]').length).toBeGreaterThan(0);
  });

  it('is a type of page in search, and its names are in the vocabulary', () => {
    for (const e of ENTRIES) {
      const $ = page(`/deliverables/${e.id}/`);
      expect($('[data-pagefind-filter="type:Deliverable"]').length, e.id).toBe(1);
    }
    const vocabulary = readFileSync(out('search/vocabulary/all.json'), 'utf8');
    expect(vocabulary).toContain('"Deliverable"');
    for (const e of ENTRIES) expect(vocabulary).toContain(`/deliverables/${e.id}/`);
  });

  it('publishes its entries as open data, with a JSON Schema', () => {
    const data = JSON.parse(readFileSync(out('data/deliverables.json'), 'utf8')) as {
      count: number;
      items: { id: string; page: string }[];
    };
    expect(data.count).toBe(2);
    expect(data.items.map((i) => i.id).sort()).toEqual(ENTRIES.map((e) => e.id).sort());
    for (const item of data.items) expect(item.page).toMatch(new RegExp(`/deliverables/${item.id}/$`));
    const schema = JSON.parse(readFileSync(out('data/deliverables.schema.json'), 'utf8')) as { title: string };
    expect(schema.title).toContain('Deliverables');
    expect(page('/data/')(`main a[href="/data/deliverables.json"]`).length).toBeGreaterThan(0);
  });

  it("names the collection in the content check's messages", () => {
    const [first] = ENTRIES;
    if (!first) throw new Error('no entry');
    const file = path.join(dir, 'content/deliverables', first.file);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^kind: .*$/m, 'kind: report'));
    // A partner's slip: the folder named in the singular.
    mkdirSync(path.join(dir, 'content/deliverable'));
    renameSync(
      path.join(dir, 'content/deliverables', ENTRIES[1]?.file ?? ''),
      path.join(dir, 'content/deliverable', ENTRIES[1]?.file ?? ''),
    );
    const run = spawnSync(
      process.execPath,
      [path.join(dir, 'node_modules/vite-node/vite-node.mjs'), 'scripts/check-content.ts'],
      { cwd: dir, encoding: 'utf8' },
    );
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(new RegExp(`content/deliverables/${first.id}\\.mdx:\\d+ — kind — `));
    expect(run.stderr).toMatch(/content\/deliverable\/[^ ]+\.mdx — \(file\) — .*content\/deliverables\/\*\.mdx/);
  });
});
